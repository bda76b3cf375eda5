// The size budget: the first view (everything in www/ but the PDF module and the form it fills,
// which load only when asked, and but the language files: the page fetches one, the language it
// opens in), gzip -9, must stay within bench/size-budget.json; the PDF module has its own. A
// commit that raises a budget says why; it never grows in silence.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { firstView, measure } from "../../tools/sizes.mjs";
import { ROOT } from "../support/cli.mjs";

test("the shipped helper stays within its size budget, opened in any of its languages", (t) => {
  const budget = JSON.parse(readFileSync(`${ROOT}/bench/size-budget.json`, "utf8"));
  const { files, languages } = measure(`${ROOT}/www`);
  const wasm = files.find((f) => f.file === "pkg/parole_helper_bg.wasm");
  assert.ok(wasm, "the wasm module is built");
  assert.ok(languages.some((f) => f.file === "locales/en.ftl"), "the language files are built");
  const without = firstView(files, "none").gzip;
  const over = [];
  for (const language of languages) {
    const lang = language.file.slice("locales/".length, -".ftl".length);
    const total = firstView(files, lang);
    assert.equal(total.gzip, without + language.gzip, "one language file counted, the one the page opens in");
    t.diagnostic(`first view opened in ${lang}: ${total.gzip} bytes gzip (wasm ${wasm.gzip}, ${language.file} ${language.gzip}; budget ${budget.gzipBytes})`);
    if (total.gzip > budget.gzipBytes) over.push(`${total.gzip} bytes gzip opened in ${lang}`);
  }
  assert.deepEqual(over, [], `shipped more than the budget of ${budget.gzipBytes} bytes: make it smaller, or raise the budget in a commit that says why`);
});

test("the PDF module loads on demand and stays within its own budget", () => {
  const budget = JSON.parse(readFileSync(`${ROOT}/bench/size-budget.json`, "utf8"));
  const { files, total } = measure(`${ROOT}/www`);
  const module = files.filter((f) => f.file.startsWith("pkg/pdf/"));
  assert.ok(module.some((f) => f.file.endsWith(".wasm")), "the PDF module is built");
  assert.ok(files.some((f) => f.file === "forms/i-131-edition-01-20-25.pdf"), "the official form is shipped");
  const moduleGzip = module.reduce((n, f) => n + f.gzip, 0);
  assert.ok(moduleGzip <= budget.pdfModuleGzipBytes, `PDF module ${moduleGzip} bytes gzip, budget ${budget.pdfModuleGzipBytes}`);
  // None of it is counted in, or loaded by, the first view.
  assert.ok(total.gzip < budget.gzipBytes);
});
