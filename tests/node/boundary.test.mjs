// The shipped module's boundary, through the JavaScript glue a page or a partner's script calls:
// whatever is passed (a number, a boolean, a Symbol, a BigInt, an object, null, a 64 MB string)
// where text or a request belongs, every export answers with a coded, worded Error and keeps
// working. Before, a number given as a question's path trapped the module ("memory access out of
// bounds" in the string glue), and a huge paste was copied into its memory before being refused.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { loadHelper, wasmExports } from "../support/wasm.mjs";

let h;
before(async () => {
  h = await loadHelper();
});

const HOSTILE = [
  ["a number", 5],
  ["a boolean", true],
  ["a Symbol", Symbol("x")],
  ["a BigInt", 10n],
  ["an object", {}],
  ["an object with a length", { length: 1e9 }],
  ["an array", ["filer.ssn"]],
  ["a function", () => "filer.ssn"],
];

/** `fn()` throws an InputError with a code and a message in `lang`; never a trap or a TypeError. */
function refuses(fn, code, what) {
  assert.throws(fn, (error) => {
    assert.ok(!(error instanceof WebAssembly.RuntimeError), `${what}: the module trapped (${error.message})`);
    assert.equal(error.name, "InputError", `${what}: ${error}`);
    if (code) assert.equal(error.code, code, what);
    assert.ok(error.message.length > 10, what);
    return true;
  });
}

/** The module still answers a good call (a trap would have left it unusable). */
function stillWorks() {
  assert.equal(h.validate({ filer: { name: { familyName: "Luna" } } }, { today: "2026-11-27" }).ruleset.checkedOn, "2026-11-27");
  const helper = new h.Helper({ storage: "none", today: "2026-11-27" });
  assert.ok(helper.set("filer.name.familyName", "Luna").questions.find((q) => q.path === "filer.name.familyName").answered);
  helper.free();
}

test("Helper.set: a path that is not text is a coded error, in the helper's language", () => {
  const helper = new h.Helper({ storage: "none", lang: "es" });
  for (const [what, value] of [...HOSTILE, ["null", null], ["undefined", undefined]]) {
    refuses(() => helper.set(value, "x"), "request.not_text", `set(${what})`);
    stillWorks();
  }
  assert.throws(() => helper.set(5, "x"), /no es texto/, "worded in Spanish");
  // An answer of the wrong kind names its question.
  for (const [what, value] of HOSTILE.filter(([w]) => w !== "an object with a length")) {
    refuses(() => helper.set("filer.ssn", value), "form.wrong_type", `set(path, ${what})`);
  }
  helper.free();
});

test("setLanguage, questions and programs: a language that is not text, or not ours, is a coded error", () => {
  const helper = new h.Helper({ storage: "none" });
  for (const [what, value] of HOSTILE) {
    refuses(() => helper.setLanguage(value), "request.not_text", `setLanguage(${what})`);
    refuses(() => h.questions(value), "request.not_text", `questions(${what})`);
    refuses(() => h.programs(value), "request.not_text", `programs(${what})`);
  }
  for (const code of ["fr", "ES ", "__proto__", "<script>"]) {
    if (code === "ES ") continue; // "ES " is Spanish (case and spaces do not matter)
    refuses(() => helper.setLanguage(code), "lang.unknown", code);
    refuses(() => h.questions(code), "lang.unknown", code);
  }
  assert.equal(h.questions("ES ")[0].title, h.questions("es")[0].title);
  assert.equal(h.programs(undefined)[0].id, "general", "missing: English");
  stillWorks();
  helper.free();
});

test("validate, replace and the Helper's options: what is not a request or options is refused", () => {
  const helper = new h.Helper({ storage: "none", today: "2026-11-27" });
  helper.set("filer.name.familyName", "Luna");
  const notObjects = HOSTILE.filter(([w]) => !["an object", "an object with a length", "a function"].includes(w));
  for (const [what, value] of [...notObjects, ["null", null], ["a JSON array", "[1, 2]"]]) {
    refuses(() => h.validate(value), "form.not_an_object", `validate(${what})`);
    refuses(() => helper.replace(value), "form.not_an_object", `replace(${what})`);
  }
  // Options may be missing (null, undefined); anything else must be an object.
  for (const [what, value] of notObjects) {
    refuses(() => h.validate({}, value), "request.not_an_object", `validate({}, ${what})`);
    refuses(() => new h.Helper(value), "request.not_an_object", `new Helper(${what})`);
  }
  // A cycle or a BigInt inside: JSON.stringify cannot write it, so it is not a request.
  const cycle = { filer: {} };
  cycle.filer.self = cycle;
  refuses(() => helper.replace(cycle), "form.not_an_object", "a cycle");
  refuses(() => helper.replace({ filer: { ssn: 10n } }), "form.not_an_object", "a BigInt inside");
  refuses(() => helper.replace({ filer: { ssn: ["not", "text"] } }), "form.wrong_type", "a list for text");
  refuses(() => new h.Helper({ storage: "None" }), "request.unknown_storage", "a typo must not mean store");
  refuses(() => new h.Helper({ storageKey: 5 }), "request.not_text", "a storage key that is not text");
  refuses(() => new h.Helper({ today: "2026-02-29", lang: "es" }), "date.no_such_day", "an impossible today");
  assert.equal(helper.answers()["filer.name.familyName"], "Luna", "nothing changed");
  stillWorks();
  helper.free();
});

test("a 64 MB paste is refused before it is copied into the module's memory", () => {
  const memory = () => wasmExports.memory.buffer.byteLength;
  const helper = new h.Helper({ storage: "none" });
  const huge = `{"reason":{"explanation":"${"x".repeat(64 * 1024 * 1024)}"}}`;
  const before = memory();
  refuses(() => h.validate(huge), "form.too_large", "validate(64 MB)");
  refuses(() => helper.replace(huge), "form.too_large", "replace(64 MB)");
  refuses(() => helper.replace({ reason: { explanation: "x".repeat(64 * 1024 * 1024) } }), "form.too_large", "replace(a 64 MB object)");
  refuses(() => helper.set("reason.explanation", "x".repeat(64 * 1024 * 1024)), "form.answer_too_long", "set(64 MB)");
  refuses(() => helper.set("biographics.race", Array(4_000_000).fill("white")), "form.too_large", "set(a 4-million-item list)");
  refuses(() => helper.set(`filer.${"x".repeat(64 * 1024 * 1024)}`, "x"), "form.unknown_question", "set(a 64 MB path)");
  const grew = memory() - before;
  assert.ok(grew < 8 * 1024 * 1024, `the module's memory grew by ${(grew / 1048576).toFixed(1)} MB`);
  // One answer longer than any box: refused, naming it; at the limit: taken.
  refuses(() => helper.set("reason.explanation", "é".repeat(20_001)), "form.answer_too_long", "20,001 characters");
  assert.equal(helper.set("reason.explanation", "é".repeat(20_000)).totals.errors >= 0, true);
  stillWorks();
  helper.free();
});
