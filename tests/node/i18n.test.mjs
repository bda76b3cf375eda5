// The page's own words exist in both languages, with the same keys and placeholders, and every
// key the pages use has a text.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { fill, TEXT } from "../../www/i18n.js";

const WWW = new URL("../../www/", import.meta.url);

/** Placeholders only one language uses, and why. */
const ONLY_IN_SPANISH = {
  // In Spanish each question also names the English form's Part and Item it fills.
  itemLine: ["{itemEn}"],
};

function flatten(obj, prefix = "") {
  return Object.entries(obj).flatMap(([k, v]) => (typeof v === "object" ? flatten(v, `${prefix}${k}.`) : [[`${prefix}${k}`, v]]));
}

test("English and Spanish have the same keys, all filled in", () => {
  const en = new Map(flatten(TEXT.en));
  const es = new Map(flatten(TEXT.es));
  assert.deepEqual([...es.keys()].sort(), [...en.keys()].sort());
  for (const [key, text] of en) {
    assert.ok(text.trim(), `en.${key} is empty`);
    assert.ok(es.get(key).trim(), `es.${key} is empty`);
    assert.notEqual(es.get(key), text === "No" ? "" : text, `es.${key} is not translated`);
    const holes = (s) => (s.match(/\{\w+\}/g) ?? []).sort();
    const spanish = holes(es.get(key)).filter((h) => !(ONLY_IN_SPANISH[key] ?? []).includes(h));
    assert.deepEqual(spanish, holes(text), `placeholders of ${key}`);
  }
});

test("every data-t key the pages use has a text", () => {
  const files = readdirSync(WWW, { recursive: true }).filter((f) => /\.(html|js)$/.test(f) && f !== "i18n.js" && !f.startsWith("pkg"));
  const keys = files.flatMap((f) => [...readFileSync(new URL(f, WWW), "utf8").matchAll(/data-t"?[=:] ?"(\w+)"/g)].map((m) => m[1]));
  assert.ok(keys.length > 30, `found ${keys.length}`);
  for (const key of keys) {
    assert.equal(typeof TEXT.en[key], "string", key);
    assert.equal(typeof TEXT.es[key], "string", key);
  }
});

test("fill replaces placeholders", () => {
  assert.equal(fill(TEXT.es.today, { date: "27 de noviembre de 2026" }), "Hoy es 27 de noviembre de 2026.");
});
