// axe-core (WCAG 2.1 A and AA) on a page as it is now: no violation, or the test fails naming each
// rule and where it broke.
//
//   await accessible(page, "review");
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { ROOT } from "./cli.mjs";

const AXE = readFileSync(`${ROOT}/node_modules/axe-core/axe.min.js`, "utf8");

export async function accessible(page, step) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { preload: false, runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(found, [], `axe violations at "${step}"`);
}
