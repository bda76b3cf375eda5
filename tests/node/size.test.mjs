// The size budget: everything in www/ (HTML, JS, CSS, the wasm module), gzip -9, must stay within
// bench/size-budget.json. A commit that raises the budget says why; it never grows in silence.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import { measure } from "../../tools/sizes.mjs";
import { ROOT } from "../support/cli.mjs";

test("the shipped helper stays within its size budget", () => {
  const budget = JSON.parse(readFileSync(`${ROOT}/bench/size-budget.json`, "utf8"));
  const { total, files } = measure(`${ROOT}/www`);
  const wasm = files.find((f) => f.file.endsWith(".wasm"));
  assert.ok(wasm, "the wasm module is built");
  assert.ok(
    total.gzip <= budget.gzipBytes,
    `shipped ${total.gzip} bytes gzip, budget ${budget.gzipBytes}: make it smaller, or raise the budget in a commit that says why`,
  );
});
