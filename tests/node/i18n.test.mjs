// The page's own words exist in both languages, with the same keys and placeholders.
import assert from "node:assert/strict";
import { test } from "node:test";
import { fill, TEXT } from "../../www/i18n.js";

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
    const holes = (s) => (s.match(/\{\w+\}/g) ?? []).sort();
    assert.deepEqual(holes(es.get(key)), holes(text), `placeholders of ${key}`);
  }
});

test("every data-t key of the page has a text", async () => {
  const { readFile } = await import("node:fs/promises");
  const html = await readFile(new URL("../../www/index.html", import.meta.url), "utf8");
  const keys = [...html.matchAll(/data-t="(\w+)"/g)].map((m) => m[1]);
  assert.ok(keys.length > 10);
  for (const key of keys) assert.equal(typeof TEXT.es[key], "string", key);
});

test("fill replaces placeholders", () => {
  assert.equal(fill(TEXT.es.today, { date: "27 de noviembre de 2026" }), "Hoy es 27 de noviembre de 2026.");
});
