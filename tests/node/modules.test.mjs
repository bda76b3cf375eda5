// The pages preload exactly the modules they import (directly or not): the lists in the HTML are
// checked against the import graph, so a new module cannot be forgotten or an old one left.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { lazyModules, moduleGraph } from "../../tools/modules.mjs";
import { ROOT } from "../support/cli.mjs";

for (const [page, entry] of [["index.html", "app.js"], ["windows.html", "window-app.js"]]) {
  test(`${page} preloads the modules ${entry} imports, and only those`, () => {
    const html = readFileSync(`${ROOT}/www/${page}`, "utf8");
    const preloaded = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(preloaded.sort(), moduleGraph(`${ROOT}/www`, entry).sort());
  });
}

test("the module graph follows imports through sub-folders and back", () => {
  const graph = moduleGraph(`${ROOT}/www`, "form-ui.js");
  assert.ok(graph.includes("components/question.js") && graph.includes("components/date-boxes.js"));
  assert.ok(graph.includes("dom.js"), "a component's ../dom.js is www/dom.js");
  assert.ok(graph.includes("components/family.js"), "the family's steps and check come with the request page");
  assert.equal(new Set(graph).size, graph.length, "each module once");
});

test("the PDF module loads on demand: shipped, never preloaded", () => {
  const lazy = lazyModules(`${ROOT}/www`, "app.js");
  assert.deepEqual(lazy, ["pkg/pdf/acroform.js"]);
  assert.ok(!moduleGraph(`${ROOT}/www`, "app.js").includes("pkg/pdf/acroform.js"));
});

test("the package holds every module the element imports, the PDF module and the form", () => {
  const files = JSON.parse(readFileSync(`${ROOT}/dist/parole-form-helper/package.json`, "utf8")).files;
  const www = `${ROOT}/www`;
  for (const module of [...moduleGraph(www, "parole-helper.js"), ...lazyModules(www, "parole-helper.js")]) assert.ok(files.includes(module), module);
  for (const file of ["pkg/pdf/acroform_bg.wasm", "forms/i-131-edition-01-20-25.pdf"]) assert.ok(files.includes(file), file);
  // The language files: the element fetches the one it shows, next to itself.
  const languages = readdirSync(`${www}/locales`).filter((f) => f.endsWith(".ftl"));
  assert.ok(languages.includes("en.ftl") && languages.includes("es.ftl"), languages.join(" "));
  for (const file of languages) assert.ok(files.includes(`locales/${file}`), `locales/${file}`);
});

test("the language files a page fetches before the core loads are the core's listed languages, and the stored language's key is the core's", async () => {
  // The guess (LANGUAGE_FILES, written by make build from src/i18n/locales; www/page.js
  // likelyOpeningLanguage) only decides which file to fetch early: the same languages as the core's.
  const { pageText } = await import("../support/wasm.mjs");
  const i18n = await pageText();
  assert.deepEqual([...i18n.LANGUAGE_FILES].sort(), i18n.listedLanguages().map((l) => l.code).sort());
  for (const code of i18n.LANGUAGE_FILES) assert.ok(readdirSync(`${ROOT}/www/locales`).includes(`${code}.ftl`), code);
  const key = readFileSync(`${ROOT}/src/drafts.rs`, "utf8").match(/const LANG: &str = "([^"]+)";/)[1];
  assert.ok(readFileSync(`${ROOT}/www/page.js`, "utf8").includes(`localStorage.getItem(${JSON.stringify(key)})`), key);
});
