// The page's own words (ids page-<key> of the language files, www/locales/<code>.ftl) exist in
// every language, with the same keys and placeholders, every key the pages use has a text, and
// they come through the core, the one renderer.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { before, test } from "node:test";
import { loadHelper, languageFiles } from "../support/wasm.mjs";

const WWW = new URL("../../www/", import.meta.url);

/** Placeholders only some languages use, and why. */
const ONLY_IN_SOME = {
  // In Spanish each question also names the English form's Part and Item it fills.
  itemLine: ["item_en"],
};

let i18n;
let core;
before(async () => {
  core = await loadHelper({ languages: false });
  i18n = await import(new URL("i18n.js", WWW));
  for (const [code, text] of languageFiles()) i18n.addLanguage(code, text);
});

function flatten(obj, prefix = "") {
  return Object.entries(obj).flatMap(([k, v]) => (v && typeof v === "object" ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]));
}

/** A text's placeholders, from the file itself. */
function placeholders(code, key) {
  const file = readFileSync(new URL(`../src/i18n/locales/${code}.ftl`, WWW), "utf8");
  const [message, attribute] = key.split(".");
  const start = file.indexOf(`\npage-${message} =`);
  assert.ok(start >= 0, `page-${message} in ${code}.ftl`);
  let body = file.slice(start + 1).split(/\n(?=[a-z#-])/i)[0];
  if (attribute) body = body.split("\n").find((line) => line.trim().startsWith(`.${attribute} =`));
  return [...new Set([...body.matchAll(/\{ \$(\w+)/g)].map((m) => m[1]))].sort();
}

test("every language has the page's words, the same keys, all filled in, with the same placeholders", () => {
  const codes = languageFiles().map(([code]) => code);
  assert.deepEqual(codes.slice(0, 2), ["en", "es"]);
  const en = new Map(flatten(i18n.TEXT.en));
  assert.ok(en.size > 170, `${en.size} texts`);
  for (const code of codes.slice(1)) {
    const other = new Map(flatten(i18n.TEXT[code]));
    assert.deepEqual([...other.keys()].sort(), [...en.keys()].sort(), code);
    for (const [key, text] of en) {
      const theirs = other.get(key);
      assert.equal(typeof theirs, typeof text, `${code}.${key}`);
      assert.ok(String(text).trim(), `en.${key} is empty`);
      assert.ok(String(theirs).trim(), `${code}.${key} is empty`);
      if (text !== "No") assert.notEqual(String(theirs), String(text), `${code}.${key} is not translated`);
      const only = ONLY_IN_SOME[key] ?? [];
      const holes = (c) => placeholders(c, key).filter((h) => !only.includes(h));
      assert.deepEqual(holes(code), holes("en"), `placeholders of ${key}`);
    }
  }
});

test("every data-t key the pages use has a text", () => {
  const files = readdirSync(WWW, { recursive: true }).filter((f) => /\.(html|js)$/.test(f) && f !== "i18n.js" && !f.startsWith("pkg"));
  const keys = files.flatMap((f) => [...readFileSync(new URL(f, WWW), "utf8").matchAll(/data-t"?[=:] ?"(\w+)"/g)].map((m) => m[1]));
  assert.ok(keys.length > 30, `found ${keys.length}`);
  for (const key of keys) {
    assert.equal(typeof i18n.TEXT.en[key], "string", key);
    assert.equal(typeof i18n.TEXT.es[key], "string", key);
  }
});

test("a text with placeholders is filled by the core, with plural forms on numbers", () => {
  const { fill, TEXT } = i18n;
  assert.equal(fill(TEXT.es.today, { date: "27 de noviembre de 2026" }), "Hoy es 27 de noviembre de 2026.");
  assert.equal(fill(TEXT.en.sectionMissing, { n: 1 }), "1 to answer");
  assert.equal(fill(TEXT.es.sectionsDone, { done: 2, total: 9 }), "Partes completas: 2 de 9.");
  assert.equal(fill(TEXT.en.summaryCount, { errors: 2, warnings: 0, complete: false }), "Problems to fix: 2. Advice: 0.");
  assert.equal(fill(TEXT.en.itemLine, { item: "Part 2, Item 1", item_en: "Part 2, Item 1" }), "Part 2, Item 1");
  assert.equal(String(TEXT.en.cancel), fill(TEXT.en.cancel), "a plain text fills as itself");
  assert.equal(core.text("es", "page-saved", { time: "10:42" }), "Guardado en este teléfono o computadora a las 10:42.");
  assert.equal(TEXT.es.status.open, "Ya puede pedirlo", "a message's attributes are an object");
  assert.equal(Object.values(TEXT.en.pdfSteps).length, 6, "the steps after the PDF, in order");
});

test("the words for when no language can be loaded are English's", () => {
  assert.equal(i18n.FALLBACK.loadError, i18n.TEXT.en.loadError);
});

test("the language picked: the first the helper speaks, by its code or its primary subtag, else English", () => {
  const { knownLanguage, languageList, pickLanguage } = i18n;
  assert.deepEqual(languageList().slice(0, 2), [
    { code: "en", name: "English", dir: "ltr", listed: true },
    { code: "es", name: "Español", dir: "ltr", listed: true },
  ]);
  assert.equal(knownLanguage("ES"), "es");
  assert.equal(knownLanguage("es-MX"), "es");
  assert.equal(knownLanguage("__proto__"), null);
  assert.equal(pickLanguage(null, "fr-FR", ["de", "es-419"]), "es");
  assert.equal(pickLanguage(undefined, "fr"), "en");
});
