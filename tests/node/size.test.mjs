// The size budget: the first view (everything in www/ but the PDF module and the form it fills,
// which load only when asked), gzip -9, must stay within bench/size-budget.json; the PDF module
// has its own. A commit that raises a budget says why; it never grows in silence.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { measure } from "../../tools/sizes.mjs";
import { ROOT } from "../support/cli.mjs";

test("the shipped helper stays within its size budget", () => {
  const budget = JSON.parse(readFileSync(`${ROOT}/bench/size-budget.json`, "utf8"));
  const { total, files } = measure(`${ROOT}/www`);
  const wasm = files.find((f) => f.file === "pkg/parole_helper_bg.wasm");
  assert.ok(wasm, "the wasm module is built");
  assert.ok(
    total.gzip <= budget.gzipBytes,
    `shipped ${total.gzip} bytes gzip, budget ${budget.gzipBytes}: make it smaller, or raise the budget in a commit that says why`,
  );
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
