// Part 8's statement builder through the shipped module's boundary (statementQuestions and
// Helper.statement, src/wasm.rs): the §10 request set answer by answer, the builder's answers read
// by id, and whatever else is passed answered with a coded error or taken as no answer, never a trap.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { before, test } from "node:test";
import { ROOT } from "../support/cli.mjs";
import { loadHelper } from "../support/wasm.mjs";

let h;
before(async () => {
  h = await loadHelper();
});

const SECTION_10 = {
  relation: "daughter",
  diagnosis: "short bowel syndrome",
  treatment: "intravenous nutrition 14 hours a day",
  hospital: "a children's hospital in San Diego",
  home: "notAvailable",
  moreTime: "continues",
  payer: "public",
  payerDetail: "Medi-Cal",
};

function helperWith(request, lang = "es") {
  const helper = new h.Helper({ storage: "none", today: "2026-11-27", lang });
  helper.replace(request);
  return helper;
}

test("the words of the builder, in both languages", () => {
  const es = h.statementQuestions("es");
  assert.equal(es.title, "Ayúdeme a escribirlo");
  assert.equal(es.useText, "Usar este texto en la Parte 8");
  assert.equal(es.readBackTitle, "Lo que dice, en español");
  assert.deepEqual(es.questions.find((q) => q.id === "home").choices.map((c) => c.value), ["notAvailable", "notAffordable", "unsafe"]);
  const en = h.statementQuestions();
  assert.equal(en.title, "Help me write this", "no language is English");
  assert.equal(en.readBackTitle, null);
  assert.throws(() => h.statementQuestions("fr"), (e) => e.name === "InputError" && e.code === "lang.unknown");
  assert.throws(() => h.statementQuestions(5), (e) => e.name === "InputError" && e.code === "request.not_text");
});

test("the §10 request: English for the form, read back in Spanish; the builder asks what the request does not say", () => {
  const helper = helperWith(readFileSync(`${ROOT}/examples/reparole-medical-child.json`, "utf8"));
  const result = helper.statement(SECTION_10);
  assert.match(result.english, /^My daughter Sofía is 4 years old and is from Mexico\. She has short bowel syndrome\./);
  assert.match(result.english, /Parole is requested for 1 year, while she receives this care\./);
  assert.match(result.readBack, /^Mi hija Sofía tiene 4 años y es de México\. Tiene short bowel syndrome\./);
  assert.deepEqual(result.skipped, ["stayValue", "stayUnit"]);
  assert.equal(result.shown, true);
  helper.setLanguage("en");
  assert.equal(helper.statement(SECTION_10).readBack, result.english, "in English, the text itself");
  helper.free();
});

test("answers that are not the builder's are no answer; what is not an object throws; nothing traps", () => {
  const helper = helperWith({ application: { onBehalfOfSomeoneElse: false } });
  assert.deepEqual(helper.statement({}), { english: "", readBack: "", skipped: ["relation", "moreTime", "moreTimeDetail"], shown: true });
  assert.equal(helper.statement(null).english, "");
  assert.equal(helper.statement(undefined).english, "");
  assert.equal(helper.statement({ diagnosis: 5, home: "somewhere", payer: ["public"], extra: "x" }).english, "", "a number, an unknown choice, a list");
  assert.equal(helper.statement({ diagnosis: "asthma" }).english, "I have asthma.");
  for (const bad of ["diagnosis", 5, true]) {
    assert.throws(() => helper.statement(bad), (e) => e.name === "InputError" && e.code === "request.not_an_object", String(bad));
  }
  assert.throws(() => helper.statement({ treatment: "x".repeat(200_000) }), (e) => e.name === "InputError" && e.code === "form.answer_too_long" && /treatment/.test(e.message));
  assert.equal(helper.statement({ treatment: "dialysis" }).english, "I need dialysis.", "still working");
  helper.free();
});
