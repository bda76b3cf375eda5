// Part 8's statement builder ("Ayúdeme a escribirlo", issue 15) in headless Chromium at 360 px, in
// Spanish, keyboard only: the §10 request (shared/domain.md; fictional names) is imported without
// its Part 8 text; the builder is opened and filled from the Part 8 box with Tab, Space and typing;
// the English statement and its Spanish read-back are shown; "Usar este texto en la Parte 8" puts
// the English text in the box (stored the page's usual way) and moves there; a box that already
// has text asks first (Cancelar, Agregar debajo, Reemplazar); the language switch rewords it;
// axe-core finds nothing on the way.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { inLanguage, openHelper } from "../support/page.mjs";
import { ROOT } from "../support/cli.mjs";
import { accessible } from "../support/axe.mjs";
import { goToStep } from "../support/steps.mjs";

let session, page, log;

const BOX = "#pf-reason-explanation";
const ENGLISH =
  "My daughter Sofía is 4 years old and is from Mexico. She has short bowel syndrome. She needs intravenous nutrition 14 hours a day. " +
  "She is treated at a children's hospital in San Diego. This treatment is not available in Mexico. Parole is requested for 1 year, " +
  "while she receives this care. The last parole period was not enough because the treatment continues. " +
  "Her care is paid for by public health coverage (Medi-Cal).";
const READ_BACK =
  "Mi hija Sofía tiene 4 años y es de México. Tiene short bowel syndrome. Necesita intravenous nutrition 14 hours a day. " +
  "Recibe tratamiento en a children's hospital in San Diego. Este tratamiento no está disponible en México. Se pide el parole por 1 año, " +
  "mientras recibe esta atención médica. El período anterior de parole no fue suficiente porque el tratamiento continúa. " +
  "Su atención médica la paga un programa público de salud (Medi-Cal).";

before(async () => {
  session = await openHelper({ locale: "es-MX" });
  ({ page, log } = session);
});

after(() => session?.close());

// ---- keyboard ----

let keys = 0;
const press = (key) => (keys++, page.keyboard.press(key));
const typeText = (text) => ((keys += [...text].length), page.keyboard.type(text));
const focused = (selector) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** One Tab, and focus must then be on `selector`: the builder's order is the reading order. */
async function tab(selector) {
  await press("Tab");
  assert.ok(await focused(selector), `Tab goes to ${selector}, not #${await page.evaluate(() => document.activeElement?.id)}`);
}

const fits = async (where) => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `${where}: the page is ${width} px wide`);
};

test("the §10 request without its Part 8 text: the builder is offered, folded, under the box", async () => {
  await page.click('[data-lang="es"]');
  await inLanguage(page, "es");
  const request = JSON.parse(readFileSync(`${ROOT}/examples/reparole-medical-child.json`, "utf8"));
  delete request.reason.explanation;
  await page.setInputFiles("#pf-import", { name: "sofia.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(request)) });
  await page.waitForFunction(() => /sofia\.json/.test(document.querySelector("#pf-data-status").textContent));
  await goToStep(page, "reason");
  assert.equal(await page.textContent("#pf-st-title"), "Ayúdeme a escribirlo");
  assert.equal(await page.getAttribute("#pf-st-builder", "open"), null, "folded until asked");
  // Right under the Part 8 box, before Item 2.
  const order = await page.evaluate(() => {
    const all = [...document.querySelectorAll("#pf-reason-explanation, #pf-st-title, #pf-reason-lengthOfStay-value")];
    return all.map((n) => n.id);
  });
  assert.deepEqual(order, ["pf-reason-explanation", "pf-st-title", "pf-reason-lengthOfStay-value"]);
  await accessible(page, "Part 8 with the builder folded");
});

test("keyboard only: the builder filled from the Part 8 box, the English text and its Spanish read-back", async () => {
  await page.focus(BOX);
  keys = 0;
  await tab("#pf-st-title");
  await press("Enter");
  assert.notEqual(await page.getAttribute("#pf-st-builder", "open"), null, "Enter opens it");
  assert.equal(await page.textContent("#pf-st-english"), "Conteste una pregunta y el texto aparecerá aquí.");
  assert.ok(await page.isDisabled("#pf-st-use"), "nothing to use yet");
  // Filing for her daughter: who she is to the filer is asked; Item 2 (1 year) is answered, so the
  // builder does not ask how long; a re-parole: why the last period was not enough is asked.
  assert.ok(await page.isVisible('[data-st="relation"]'));
  assert.ok(await page.isHidden('[data-st="stayValue"]') && (await page.isHidden('[data-st="stayUnit"]')));
  assert.ok(await page.isVisible('[data-st="moreTime"]'));
  await tab('input[name="pf-st-relation"][value="daughter"]');
  await press("Space");
  await tab("#pf-st-diagnosis");
  await typeText("short bowel syndrome");
  await tab("#pf-st-treatment");
  await typeText("intravenous nutrition 14 hours a day");
  await tab("#pf-st-hospital");
  await typeText("a children's hospital in San Diego");
  await tab('input[name="pf-st-home"][value="notAvailable"]');
  await press("Space");
  await tab("#pf-st-homeDetail");
  await tab('input[name="pf-st-moreTime"][value="continues"]');
  await press("Space");
  await tab("#pf-st-moreTimeDetail");
  await tab('input[name="pf-st-payer"][value="public"]');
  await press("Space");
  await tab("#pf-st-payerDetail");
  await typeText("Medi-Cal");
  await tab("#pf-st-use");
  assert.equal(await page.textContent("#pf-st-english"), ENGLISH);
  assert.equal(await page.getAttribute("#pf-st-english", "lang"), "en");
  assert.equal(await page.textContent("#pf-st-read-back-title"), "Lo que dice, en español");
  assert.equal(await page.textContent("#pf-st-read-back"), READ_BACK);
  assert.equal(await page.getAttribute("#pf-st-read-back", "lang"), "es");
  assert.equal(await page.textContent("#pf-st-use"), "Usar este texto en la Parte 8");
  await fits("the builder filled");
  await accessible(page, "the builder filled");

  await press("Enter");
  assert.ok(await focused(BOX), "focus goes to the Part 8 box, to edit it");
  assert.equal(await page.inputValue(BOX), ENGLISH);
  assert.equal(await page.textContent("#pf-st-status"), "El texto ya está en la Parte 8. Léalo y cambie lo que no esté bien.");
  assert.equal(await page.getAttribute("#pf-st-builder", "open"), null, "folded again: Tab goes on to Item 2");
  console.log(`keystrokes to fill the builder for the §10 case and use its text, from the Part 8 box: ${keys}`);
  // Stored the page's usual way: the review shows it.
  await goToStep(page, "check");
  await page.waitForSelector("#pf-summary:not([hidden])");
  assert.ok((await page.textContent("#pf-review")).includes(ENGLISH), "the review has the statement");
  assert.deepEqual(log.errors, []);
});

test("a box that already has text asks first: Cancelar keeps it, Agregar debajo adds, Reemplazar replaces", async () => {
  await goToStep(page, "reason");
  await page.focus(BOX);
  await press("Control+End");
  await typeText(" Her doctors' letter is attached.");
  const mine = `${ENGLISH} Her doctors' letter is attached.`;
  assert.equal(await page.inputValue(BOX), mine);
  await tab("#pf-st-title");
  await press("Enter");
  // The answers are still there: change who pays.
  await tab('input[name="pf-st-relation"][value="daughter"]');
  for (const next of ["#pf-st-diagnosis", "#pf-st-treatment", "#pf-st-hospital", 'input[name="pf-st-home"]:checked', "#pf-st-homeDetail"]) await tab(next);
  await tab('input[name="pf-st-moreTime"]:checked');
  await tab("#pf-st-moreTimeDetail");
  await tab('input[name="pf-st-payer"][value="public"]');
  await press("ArrowDown");
  assert.ok(await page.isChecked('input[name="pf-st-payer"][value="private"]'));
  await tab("#pf-st-payerDetail");
  await press("Control+A");
  await press("Delete");
  await tab("#pf-st-use");
  const privately = ENGLISH.replace("public health coverage (Medi-Cal)", "private health insurance");
  assert.equal(await page.textContent("#pf-st-english"), privately);

  await press("Enter");
  assert.ok(await page.isVisible("#pf-st-confirm"));
  assert.match(await page.textContent("#pf-st-confirm"), /ya tiene texto.*Agregar debajo.*Reemplazar.*Cancelar/s);
  assert.ok(await focused("#pf-st-add"), "the choice that keeps everything first");
  assert.equal(await page.inputValue(BOX), mine, "nothing changed before the answer");
  await fits("the question before replacing");
  await accessible(page, "the question before replacing");

  await tab("#pf-st-replace");
  await tab("#pf-st-cancel");
  await press("Enter");
  assert.ok(await page.isHidden("#pf-st-confirm"));
  assert.ok(await focused("#pf-st-use"));
  assert.equal(await page.inputValue(BOX), mine);

  await press("Enter");
  await press("Enter"); // Agregar debajo
  assert.ok(await focused(BOX));
  assert.equal(await page.inputValue(BOX), `${mine}\n\n${privately}`);

  await tab("#pf-st-title");
  await press("Enter");
  await page.focus("#pf-st-use");
  await press("Enter");
  await tab("#pf-st-replace");
  await press("Enter");
  assert.ok(await focused(BOX));
  assert.equal(await page.inputValue(BOX), privately);
  await goToStep(page, "check");
  await page.waitForSelector("#pf-summary:not([hidden])");
  const review = await page.textContent("#pf-review");
  assert.ok(review.includes(privately) && !review.includes("letter is attached"), "the replaced text is the one stored");
});

test("the language switch rewords the builder and keeps its answers; English reads back nothing twice", async () => {
  await goToStep(page, "reason");
  await page.click('[data-lang="en"]');
  await inLanguage(page, "en");
  assert.equal(await page.textContent("#pf-st-title"), "Help me write this");
  if ((await page.getAttribute("#pf-st-builder", "open")) === null) await page.click("#pf-st-title");
  assert.equal(await page.textContent('label[for="pf-st-diagnosis"]'), "Diagnosis, in English, as the doctor's letter says it");
  assert.equal(await page.textContent('[data-st="payer"] legend'), "Who pays for the care?");
  assert.equal(await page.inputValue("#pf-st-diagnosis"), "short bowel syndrome");
  assert.ok(await page.isHidden("#pf-st-read-back"), "in English the text is its own read-back");
  assert.equal(await page.textContent("#pf-st-use"), "Use this text in Part 8");
  await accessible(page, "the builder in English");
  await page.click('[data-lang="es"]');
  await inLanguage(page, "es");
  assert.equal(await page.textContent('label[for="pf-st-diagnosis"]'), "Diagnóstico, en inglés, como lo dice la carta del médico");
  assert.ok(await page.isVisible("#pf-st-read-back"));
  assert.match(await page.textContent("#pf-st-read-back"), /^Mi hija Sofía tiene 4 años/);
});

test("a reason that is not medical has no builder", async () => {
  await page.click('input[name="pf-reason-category"][value="family"]');
  await page.waitForSelector("#pf-st-builder", { state: "hidden" });
  await page.click('input[name="pf-reason-category"][value="medical"]');
  await page.waitForSelector("#pf-st-builder", { state: "visible" });
  assert.deepEqual(log.errors, []);
});
