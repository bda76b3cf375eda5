// A date in words under its boxes, on the request page, in headless Chromium, keyboard only: a day
// and month typed the other way round (10/03/2022 meant as 10 March) show as "3 de octubre de
// 2022", so the person sees it. The line follows the language switch, stays empty while the date is
// not a real day (the core's message says why), and is filled when answers come back from a saved
// draft or an imported file. A whole date pasted or typed in one box (2027-01-15, 15/01/2027,
// 3/5/2027) is split into month, day and year, on the request page and in the calculator; one that
// could be read two ways is said in words with a hint on the boxes' order; what is not a date
// stays as typed. axe-core at every step.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { watch } from "../support/browser.mjs";
import { inLanguage, openHelper, TODAY } from "../support/page.mjs";
import { ROOT } from "../support/cli.mjs";
import { accessible as assertAccessible } from "../support/axe.mjs";
import { goToStep } from "../support/steps.mjs";

const BIRTH = "#pf-filer-dateOfBirth";
const WORDS = `${BIRTH}-words`;
let session, url, browser, page, log;

before(async () => {
  session = await openHelper({ locale: "en-US" });
  ({ url, browser, page, log } = session);
});

after(() => session?.close());

/** Presses Tab (Shift+Tab when `back`) until `selector` has focus. */
async function tabTo(selector, { back = false, limit = 200 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  assert.fail(`${selector} cannot be reached with the keyboard`);
}

async function type(selector, text, options) {
  await tabTo(selector, options);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

async function press(selector, options) {
  await tabTo(selector, options);
  await page.keyboard.press("Enter");
  // A language's words are fetched when it is chosen: wait until the page shows it.
  const lang = selector.match(/^\[data-lang="([^"]+)"\]$/)?.[1];
  if (lang) await inLanguage(page, lang);
}

const words = () => page.textContent(WORDS);

const accessible = (step, on = page) => assertAccessible(on, step);

test("a date shows in words as it is typed: 10/03/2022 is October 3, in Spanish and in English", async () => {
  await press('[data-lang="es"]');
  assert.equal(await page.getAttribute("html", "lang"), "es");
  await goToStep(page, "filer");
  // A polite live line under the boxes, also read with each box.
  assert.equal(await page.getAttribute(WORDS, "aria-live"), "polite");
  assert.ok(await page.$eval(WORDS, (line) => line.classList.contains("hint")));
  for (const part of ["month", "day", "year"]) {
    const describedBy = (await page.getAttribute(`${BIRTH}-${part}`, "aria-describedby")).split(" ");
    assert.ok(describedBy.includes(WORDS.slice(1)), `the ${part} box is described by the line`);
  }
  assert.equal(await words(), "");

  // Someone who means 10 March, in the day/month habit, types 10 in the month box.
  await type(`${BIRTH}-month`, "10");
  await type(`${BIRTH}-day`, "03");
  assert.equal(await words(), "", "nothing while the date is not whole");
  await type(`${BIRTH}-year`, "202");
  assert.equal(await words(), "", "nothing while the year is not whole");
  await page.keyboard.type("2");
  assert.equal(await words(), "3 de octubre de 2022");
  await accessible("the date in words, in Spanish");

  await press('[data-lang="en"]', { back: true });
  assert.equal(await words(), "October 3, 2022", "the line follows the language switch");

  // April has 30 days: no line, and the core's message says what is wrong once the date is left.
  await type(`${BIRTH}-month`, "04");
  await type(`${BIRTH}-day`, "31");
  assert.equal(await words(), "");
  await tabTo(`${BIRTH}-year`);
  await page.keyboard.press("Tab");
  await page.waitForSelector(`${BIRTH}-msg .msg.error`);
  assert.match(await page.textContent(`${BIRTH}-msg`), /April 2022 has 30 days/);
  assert.equal(await words(), "");
  await accessible("an impossible date: no words, the core's message");

  await type(`${BIRTH}-day`, "3");
  assert.equal(await words(), "April 3, 2022", "one digit is enough for a day");
});

test("answers put back in the boxes are said in words: a restored draft, an imported file", async () => {
  await press("#pf-consent-yes", { back: true });
  await page.waitForFunction(() => localStorage.getItem("parole-helper:draft")?.includes("dateOfBirth"));
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.equal(await page.inputValue(`${BIRTH}-month`), "04");
  assert.equal(await words(), "April 3, 2022");

  await page.setInputFiles("#pf-import", `${ROOT}/examples/initial-medical-from-abroad.json`);
  await page.waitForFunction(() => /initial-medical-from-abroad\.json/.test(document.querySelector("#pf-data-status").textContent));
  assert.equal(await words(), "June 12, 1984");
  await press('[data-lang="es"]', { back: true });
  assert.equal(await words(), "12 de junio de 1984");
  await accessible("an imported date, in words");
});

/** Pastes `text` into the box that has focus, as the browser does: a paste event carrying it. */
async function paste(text, on = page) {
  await on.evaluate((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

const boxes = (id = BIRTH, on = page) => Promise.all(["month", "day", "year"].map((part) => on.inputValue(`${id}-${part}`)));
const focused = (on = page) => on.evaluate(() => document.activeElement?.id);
const HINT = `${BIRTH}-split`;

test("a whole date pasted in one box is split into month, day and year", async () => {
  await press('[data-lang="en"]', { back: true });
  await goToStep(page, "filer");
  await tabTo(`${BIRTH}-month`);
  await paste("2027-01-15");
  assert.deepEqual(await boxes(), ["01", "15", "2027"]);
  assert.equal(await words(), "January 15, 2027");
  assert.equal(await focused(), `${BIRTH.slice(1)}-year`, "the person goes on from the year");
  assert.equal(await page.evaluate(() => document.activeElement.selectionStart), 4, "at its end");
  assert.equal(await page.textContent(HINT), "", "year, month, day cannot be read two ways");

  // In any of the three boxes.
  await tabTo(`${BIRTH}-day`, { back: true });
  await paste("2027/1/5");
  assert.deepEqual(await boxes(), ["1", "5", "2027"]);
  assert.equal(await words(), "January 5, 2027");

  // A day above 12 first can only be day, month, year.
  await tabTo(`${BIRTH}-month`, { back: true });
  await paste("15/01/2027");
  assert.deepEqual(await boxes(), ["01", "15", "2027"]);
  assert.equal(await words(), "January 15, 2027");
  assert.equal(await page.textContent(HINT), "");
  await accessible("a pasted date, split");

  // The core reads the split date: once the date is left, its message names January 15, 2027.
  await page.keyboard.press("Tab");
  await page.waitForSelector(`${BIRTH}-msg .msg.error`);
  assert.match(await page.textContent(`${BIRTH}-msg`), /The date of birth \(January 15, 2027\) is in the future/);
});

test("a whole date typed in the month box is split; one that can be read two ways is explained", async () => {
  await type(`${BIRTH}-month`, "15/01/2027", { back: true });
  assert.deepEqual(await boxes(), ["01", "15", "2027"]);
  assert.equal(await focused(), `${BIRTH.slice(1)}-year`);

  // 3/5/2027: March 5 in the boxes' order, said in words, with a hint on the order.
  await type(`${BIRTH}-month`, "3/5/2027", { back: true });
  assert.deepEqual(await boxes(), ["3", "5", "2027"]);
  assert.equal(await words(), "March 5, 2027");
  assert.equal(await page.getAttribute(HINT, "aria-live"), "polite");
  assert.equal(await page.textContent(HINT), "Split into month 3, day 5, year 2027. The boxes go month, day, year: check this is the date you meant.");
  assert.ok((await page.getAttribute(`${BIRTH}-year`, "aria-describedby")).split(" ").includes(HINT.slice(1)));
  await accessible("an unsure date, explained");
  await press('[data-lang="es"]', { back: true });
  assert.equal(await page.textContent(HINT), "La fecha quedó así: mes 3, día 5, año 2027. Las casillas van en este orden: mes, día, año. Revise que sea la fecha que quería poner.");
  assert.equal(await words(), "5 de marzo de 2027");
  await accessible("an unsure date, explained in Spanish");

  // She meant 3 May: she puts it right, and the hint goes.
  await type(`${BIRTH}-month`, "5");
  assert.equal(await page.textContent(HINT), "");
  await type(`${BIRTH}-day`, "3");
  assert.equal(await words(), "3 de mayo de 2027");

  // Year, month, day with a one-digit day may go on ("2027-1-1" before "2027-1-15"): split on leaving.
  await type(`${BIRTH}-month`, "2027-1-1", { back: true });
  assert.deepEqual(await boxes(), ["2027-1-1", "3", "2027"], "nothing moves while it is typed");
  await page.keyboard.type("5");
  assert.deepEqual(await boxes(), ["1", "15", "2027"]);
  await type(`${BIRTH}-month`, "2027-1-5", { back: true });
  await page.keyboard.press("Tab");
  assert.deepEqual(await boxes(), ["1", "5", "2027"]);
  assert.equal(await focused(), `${BIRTH.slice(1)}-day`, "Tab goes on as usual");
});

test("what is not a whole date stays as typed, and the core says what is wrong", async () => {
  await type(`${BIRTH}-month`, "hello", { back: true });
  assert.deepEqual(await boxes(), ["hello", "5", "2027"]);
  await type(`${BIRTH}-month`, "3/5/27");
  await tabTo(`${BIRTH}-year`);
  await page.keyboard.press("Tab");
  assert.deepEqual(await boxes(), ["3/5/27", "5", "2027"], "a two-digit year is not split");
  await page.waitForSelector(`${BIRTH}-msg .msg.error`);
  assert.match(await page.textContent(`${BIRTH}-msg`), /escriba el mes solo con números/);
  assert.equal(await words(), "");
  await accessible("not a date: the core's message");

  // Pasted, then Continue (Enter in the year box), then check your answers: the review shows the
  // core's date.
  await tabTo(`${BIRTH}-month`, { back: true });
  await paste("2027-01-15");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => location.hash.startsWith("#part-") && location.hash !== "#part-filer");
  await goToStep(page, "check");
  await page.waitForSelector("#pf-review:not([hidden])");
  assert.match(await page.textContent("#pf-review"), /15 de enero de 2027 \(01\/15\/2027\)/);
  assert.match(await page.textContent(`${BIRTH}-msg`), /La fecha de nacimiento \(15 de enero de 2027\) es una fecha futura/);
});

test("the calculator splits a pasted date too", async () => {
  const calc = await browser.context.newPage();
  const calcLog = watch(calc);
  await calc.clock.setFixedTime(TODAY);
  // In English by its address: the draft here keeps Spanish, which the calculator would open in.
  await calc.goto(new URL("windows.html?lang=en", url).href);
  await calc.waitForSelector("body[data-ready]");
  await calc.focus("#expires-month");
  await paste("2027-03-31", calc);
  assert.deepEqual(await boxes("#expires", calc), ["03", "31", "2027"]);
  assert.equal(await focused(calc), "expires-year");
  await calc.check("#program-ukraine");
  await calc.click('#window-form button[type="submit"]');
  await calc.waitForSelector("#results:not([hidden])");
  assert.deepEqual((await calc.locator("#reparole-result dd").allTextContents()).slice(0, 3), ["March 31, 2027", "October 2, 2026", "December 31, 2026"]);

  await calc.focus("#expires-year");
  await paste("3/5/2027", calc);
  assert.match(await calc.textContent("#expires-split"), /^Split into month 3, day 5, year 2027\./);
  await accessible("the calculator, a pasted date", calc);
  await calc.click('[data-lang="es"]');
  await inLanguage(calc, "es");
  assert.match(await calc.textContent("#expires-split"), /^La fecha quedó así: mes 3, día 5, año 2027\./, "the hint follows the language switch");
  assert.deepEqual(calcLog.errors, []);
  await calc.close();
});

test("no console errors, and no request left the page's origin", () => {
  assert.deepEqual(log.errors, []);
  const origin = new URL(url).origin;
  assert.deepEqual(log.requests.filter((r) => !r.startsWith(origin) && !r.startsWith("blob:") && !r.startsWith("data:")), []);
});
