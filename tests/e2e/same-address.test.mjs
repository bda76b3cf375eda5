// "Does this person get mail at your mailing address?" in the page (issue 15: no "same address as
// mine" for the child). The §10 request is imported; Yes hides the child's mailing address
// (Part 2, Item 24), the review says it is her mother's; No shows the answers typed before again.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { inLanguage, openHelper } from "../support/page.mjs";
import { ROOT } from "../support/cli.mjs";
import { accessible } from "../support/axe.mjs";
import { goToStep } from "../support/steps.mjs";

let session, page, log;

before(async () => {
  session = await openHelper({ locale: "es-MX" });
  ({ page, log } = session);
});

after(() => session?.close());

const id = (path) => `#pf-${path.replace(/[.[\]]+/g, "-").replace(/-$/, "")}`;
const block = (path) => `[data-q="${path}"]`;
const SAME = "beneficiary.mailingAddressSameAsFiler";
const ITEM_24 = ["street", "unit", "city", "country", "state", "zipCode"].map((p) => `beneficiary.mailingAddress.${p}`);

/** Picks a yes/no answer with the keyboard: Tab to the group, then the arrow keys. */
async function choose(path, value) {
  const group = `input[name="${id(path).slice(1)}"]`;
  await page.focus(`${group}[value="true"]`);
  const target = `${group}[value="${value}"]`;
  if (!(await page.isChecked(target))) await page.keyboard.press(value === "true" ? "Space" : "ArrowDown");
  assert.ok(await page.isChecked(target), `${path} = ${value}`);
}

test("the §10 request imported: the question is asked near Item 24, nothing answered yet", async () => {
  await page.click('[data-lang="es"]');
  await inLanguage(page, "es");
  await page.setInputFiles("#pf-import", `${ROOT}/examples/reparole-medical-child.json`);
  await page.waitForFunction(() => /reparole-medical-child\.json/.test(document.querySelector("#pf-data-status").textContent));
  await goToStep(page, "beneficiary");
  assert.ok(await page.isVisible(block(SAME)));
  assert.match(await page.textContent(block(SAME)), /¿Esta persona recibe el correo en su dirección postal\?/);
  assert.match(await page.textContent(`${id(SAME)}-item`), /Parte 2, Punto 24/);
  assert.equal(await page.locator(`input[name="${id(SAME).slice(1)}"]:checked`).count(), 0, "not answered");
  for (const path of ITEM_24) assert.ok(await page.isVisible(block(path)), path);
});

test("Yes hides the child's mailing address; the review says it is the filer's", async () => {
  await choose(SAME, "true");
  for (const path of ITEM_24) await page.waitForSelector(block(path), { state: "hidden" });
  assert.ok(await page.isVisible(block("beneficiary.classOfAdmission")), "the rest of her section stays");
  await goToStep(page, "check");
  await page.waitForSelector("#pf-summary:not([hidden])");
  assert.equal(await page.textContent("#pf-summary-count"), "No hay problemas que corregir. Lea los consejos y luego imprima la revisión.");
  const review = await page.textContent("#pf-review");
  assert.match(
    review,
    /¿Esta persona recibe el correo en su dirección postal\?Sí: la misma dirección postal de quien presenta el formulario \(3020 Children's Way, Apt 12, San Diego, CA 92123, United States\)/,
  );
  // Item 24's own lines are not in the review: only the answer above stands for them.
  const item24 = await page.$$eval("#pf-review .answers dt", (dts) => dts.map((dt) => dt.textContent).filter((t) => /Punto 24\b/.test(t)));
  assert.equal(item24.length, 1, item24.join(" | "));
  await accessible(page, "the same address, reviewed");
});

test("No shows the answers typed before again, untouched", async () => {
  await goToStep(page, "beneficiary");
  await choose(SAME, "false");
  for (const path of ITEM_24) await page.waitForSelector(block(path), { state: "visible" });
  assert.equal(await page.inputValue(id("beneficiary.mailingAddress.street")), "3020 Children's Way");
  assert.equal(await page.inputValue(id("beneficiary.mailingAddress.zipCode")), "92123");
});

test("no console errors", () => {
  assert.deepEqual(log.errors, []);
});
