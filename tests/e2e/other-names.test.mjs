// Other names (Part 2, Items 3 and 21) one row at a time (issue 15: fewer stops on the way): no
// empty rows at first, "Add a name" shows the next and goes to it, at most three; rows with a
// name stay shown after a reload and an import, and the names reach the review.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { inLanguage, openHelper } from "../support/page.mjs";
import { accessible } from "../support/axe.mjs";
import { goToStep } from "../support/steps.mjs";

let session, page, log;

before(async () => {
  session = await openHelper({ locale: "es-MX" });
  ({ page, log } = session);
});

after(() => session?.close());

const ADD = "#pf-filer-otherNames-add";
const rows = () => page.$$eval('[data-q="filer.otherNames"] .name-row', (all) => all.map((r) => !r.hidden));

test("no empty rows at first: one button instead of nine boxes", async () => {
  await page.click("#pf-consent-yes");
  await goToStep(page, "filer");
  assert.deepEqual(await rows(), [false, false, false]);
  assert.equal(await page.textContent(ADD), "Agregar un nombre");
  // From the given name, the keyboard reaches the button, not hidden boxes.
  await page.focus("#pf-filer-name-middleName");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), ADD.slice(1));
  await accessible(page, "other names folded");
});

test("Add a name shows the next row and goes to it; at three the button goes", async () => {
  await page.keyboard.press("Enter");
  assert.deepEqual(await rows(), [true, false, false]);
  assert.equal(await page.evaluate(() => document.activeElement.id), "pf-filer-otherNames-0-familyName");
  await page.keyboard.type("Ortega");
  await page.click(ADD);
  await page.click(ADD);
  assert.deepEqual(await rows(), [true, true, true]);
  assert.ok(await page.isHidden(ADD), "no fourth row: the form has three lines");
  await page.focus("#pf-filer-otherNames-1-givenName");
  await page.keyboard.type("Lucy");
  await page.keyboard.press("Tab");
  await accessible(page, "three rows");
});

test("after a reload only the rows with a name come back, with their names", async () => {
  await page.waitForTimeout(300); // the draft is saved after a short pause
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  await goToStep(page, "filer");
  assert.deepEqual(await rows(), [true, true, false]);
  assert.equal(await page.inputValue("#pf-filer-otherNames-0-familyName"), "Ortega");
  assert.equal(await page.inputValue("#pf-filer-otherNames-1-givenName"), "Lucy");
  assert.ok(await page.isVisible(ADD));
  // English: the button's words follow the language.
  await page.click('[data-lang="en"]');
  await inLanguage(page, "en");
  assert.equal(await page.textContent(ADD), "Add a name");
});

test("no console errors", () => {
  assert.deepEqual(log.errors, []);
});
