// A date in words under its boxes, on the request page, in headless Chromium, keyboard only: a day
// and month typed the other way round (10/03/2022 meant as 10 March) show as "3 de octubre de
// 2022", so the person sees it. The line follows the language switch, stays empty while the date is
// not a real day (the core's message says why), and is filled when answers come back from a saved
// draft or an imported file. axe-core at every step.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { serve } from "../../tools/serve.mjs";
import { launch, watch } from "../support/browser.mjs";
import { ROOT } from "../support/cli.mjs";

const AXE = readFileSync(`${ROOT}/node_modules/axe-core/axe.min.js`, "utf8");
const BIRTH = "#pf-filer-dateOfBirth";
const WORDS = `${BIRTH}-words`;
let server, url, browser, page, log;

before(async () => {
  ({ server, url } = await serve({ root: `${ROOT}/www` }));
  browser = await launch({ viewport: { width: 360, height: 780 }, locale: "en-US" });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  log = watch(page);
  await page.clock.setFixedTime(new Date(2026, 10, 27, 10, 0, 0));
  await page.goto(url);
  await page.waitForSelector("body[data-ready]");
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Presses Tab (Shift+Tab when `back`) until `selector` has focus. */
async function tabTo(selector, { back = false, limit = 200 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  assert.fail(`${selector} cannot be reached with the keyboard`);
}

async function type(selector, text) {
  await tabTo(selector);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

async function press(selector, options) {
  await tabTo(selector, options);
  await page.keyboard.press("Enter");
}

const words = () => page.textContent(WORDS);

/** axe-core (WCAG 2.1 A and AA) on the page as it is now. */
async function accessible(step) {
  if (!(await page.evaluate(() => typeof window.axe === "object"))) await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    window.axe.run(document, { preload: false, runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } }),
  );
  const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  assert.deepEqual(found, [], `axe violations at "${step}"`);
}

test("a date shows in words as it is typed: 10/03/2022 is October 3, in Spanish and in English", async () => {
  await press('[data-lang="es"]');
  assert.equal(await page.getAttribute("html", "lang"), "es");
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

test("no console errors, and no request left the page's origin", () => {
  assert.deepEqual(log.errors, []);
  const origin = new URL(url).origin;
  assert.deepEqual(log.requests.filter((r) => !r.startsWith(origin) && !r.startsWith("blob:") && !r.startsWith("data:")), []);
});
