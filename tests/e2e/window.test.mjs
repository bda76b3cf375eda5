// The renewal-window page end to end in headless Chromium, keyboard only, at 360 px:
// enter a date, read the window, switch to Spanish without losing input, download and parse the
// reminders, see a clear message for a bad date; no console errors, no request to another origin.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import ICAL from "ical.js";
import { serve } from "../../tools/serve.mjs";
import { launch, watch } from "../support/browser.mjs";
import { ROOT } from "../support/cli.mjs";
import { inLanguage } from "../support/page.mjs";
import { accessible as assertAccessible } from "../support/axe.mjs";

const ARTIFACTS = `${ROOT}/tests/artifacts`;
let server, url, browser, page, log;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ server, url } = await serve({ root: `${ROOT}/www` }));
  browser = await launch({ viewport: { width: 360, height: 780 }, locale: "en-US" });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  log = watch(page);
  // The person's local date: the page must use it as "today".
  await page.clock.setFixedTime(new Date(2026, 10, 27, 10, 0, 0));
  await page.goto(new URL("windows.html", url).href);
  await page.waitForSelector("body[data-ready]");
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Presses Tab until `selector` has focus: the page must be reachable by keyboard alone. */
async function tabTo(selector) {
  for (let i = 0; i < 40; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`${selector} cannot be reached with Tab`);
}

async function typeInto(selector, text) {
  await tabTo(selector);
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

const texts = (selector) => page.locator(selector).allTextContents();

const accessible = (step) => assertAccessible(page, step);

test("computes the Ukrainian re-parole window from the keyboard", async () => {
  await accessible("empty calculator");
  await typeInto("#expires-month", "03");
  await typeInto("#expires-day", "31");
  await typeInto("#expires-year", "2027");
  await tabTo('input[name="program"]:checked');
  // The programs follow the form's boxes: 11, then 10.A (FRP), 10.B (Afghans), 10.C (Ukrainians).
  for (let i = 0; i < 12 && !(await page.isChecked("#program-ukraine")); i++) await page.keyboard.press("ArrowDown");
  assert.ok(await page.isChecked("#program-ukraine"));
  await tabTo('button[type="submit"]');
  await page.keyboard.press("Enter");

  await page.waitForSelector("#results:not([hidden])");
  assert.equal(await page.evaluate(() => document.activeElement.id), "results", "focus moves to the results");
  assert.equal(await page.textContent("#today"), "Today is November 27, 2026.");
  assert.deepEqual(await texts("#reparole-result dd"), ["March 31, 2027", "October 2, 2026", "December 31, 2026", "124"]);
  assert.equal(await page.textContent("#reparole-result .status"), "Open: you can ask now");
  const steps = await texts("#reparole-result .steps li");
  assert.ok(steps.includes("Today is November 27, 2026. 124 days are left until your parole ends."), steps.join("\n"));
  assert.equal(await page.textContent("#announce"), "Your dates are shown below.");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scrolling at 360 px (page is ${width} px wide)`);
  await page.screenshot({ path: `${ARTIFACTS}/window-en-360.png`, fullPage: true, caret: "initial" });
  await accessible("window shown");
});

test("switching to Spanish keeps every answer and translates the result", async () => {
  await tabTo('[data-lang="es"]');
  await page.keyboard.press("Enter");
  await inLanguage(page, "es");
  assert.equal(await page.getAttribute("html", "lang"), "es");
  assert.equal(await page.getAttribute('[data-lang="es"]', "aria-pressed"), "true");
  assert.deepEqual(
    await Promise.all(["#expires-month", "#expires-day", "#expires-year"].map((s) => page.inputValue(s))),
    ["03", "31", "2027"],
  );
  assert.ok(await page.isChecked("#program-ukraine"));
  assert.equal(await page.textContent('label[for="program-ukraine"]'), "Personas de Ucrania (Uniting for Ukraine, Punto 10.C)");
  assert.equal(await page.textContent("#reparole-result .status"), "Ya puede pedirlo");
  assert.deepEqual(await texts("#reparole-result dd"), ["31 de marzo de 2027", "2 de octubre de 2026", "31 de diciembre de 2026", "124"]);
  assert.ok((await texts("#reparole-result .steps li")).includes("Hoy es 27 de noviembre de 2026. Faltan 124 días para que termine su parole."));
  // The sources too: in Spanish, the names of official pages kept in English marked as such.
  const sources = await texts("#reparole-result .sources li");
  assert.ok(sources.some((s) => s.includes('Human Rights First, "I was paroled in the United States" (en inglés): pida el nuevo parole')), sources.join("\n"));
  assert.ok(!sources.some((s) => /Legal-aid|Our inference|USCIS says/.test(s)), sources.join("\n"));
  assert.deepEqual([...new Set(await page.$$eval("#reparole-result .sources li [lang]", (all) => all.map((e) => e.lang)))], ["es"]);
  await page.screenshot({ path: `${ARTIFACTS}/window-es-360.png`, fullPage: true, caret: "initial" });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${ARTIFACTS}/window-es-1280.png`, fullPage: true, caret: "initial" });
  await accessible("in Spanish, at 1280 px");
  await page.setViewportSize({ width: 360, height: 780 });
});

/** The picture's rows: title, labels, and where the row is on the page. */
const pictureRows = () =>
  page.$$eval("#timeline-box svg g.row", (rows) =>
    rows.map((row) => ({
      title: row.querySelector(".row-title").textContent,
      labels: [...row.querySelectorAll("text.label")].map((t) => t.textContent),
      box: (({ top, bottom, left, right }) => ({ top, bottom, left, right }))(row.getBoundingClientRect()),
    })),
  );

test("both windows as one picture: two lines, today on each, in Spanish, on a phone and on paper", async () => {
  await typeInto("#eadExpires-month", "01");
  await typeInto("#eadExpires-day", "15");
  await typeInto("#eadExpires-year", "2027");
  await tabTo('button[type="submit"]');
  await page.keyboard.press("Enter");
  await page.waitForSelector("#ead-result article");
  const svg = page.locator("#timeline-box svg");
  assert.equal(await svg.getAttribute("role"), "img");
  // Its name and description are the title and the plain explanation, in the person's language.
  const [title, desc] = (await svg.getAttribute("aria-labelledby")).split(" ");
  assert.equal(await page.textContent(`#${title}`), "Cuándo pedirlo: una línea de tiempo");
  const description = await page.textContent(`#${desc}`);
  assert.match(description, /^Las fechas de cada período, en palabras: Nuevo parole\. .*Permiso de trabajo\. /);
  assert.match(description, /Hoy es 27 de noviembre de 2026/);
  const rows = await pictureRows();
  assert.deepEqual(rows.map((r) => r.title), ["Nuevo parole", "Permiso de trabajo"]);
  assert.deepEqual(rows[0].labels, [
    "Primer día para pedirlo: 2 de octubre de 2026",
    "Hoy: 27 de noviembre de 2026",
    "Pídalo antes de (consejo): 31 de diciembre de 2026",
    "Último día: 31 de marzo de 2027",
  ]);
  assert.ok(rows[1].labels.includes("Vence el permiso: 15 de enero de 2027"), rows[1].labels.join(" | "));
  assert.equal(await page.locator("#timeline-box svg script, #timeline-box svg foreignObject, #timeline-box svg a").count(), 0);
  // On a phone: the picture fits, and the page does not scroll sideways.
  const phone = await svg.boundingBox();
  assert.ok(phone.x >= 0 && phone.x + phone.width <= 360, `the picture fits 360 px: ${JSON.stringify(phone)}`);
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360);
  await svg.screenshot({ path: `${ARTIFACTS}/timeline-es-360.png` });
  await accessible("the picture of both windows");
  // On paper (US Letter at 96 dpi is 816 px wide): one line per window, one under the other.
  await page.setViewportSize({ width: 816, height: 1056 });
  await page.emulateMedia({ media: "print" });
  assert.ok(await svg.isVisible(), "the picture prints");
  const printed = await pictureRows();
  assert.ok(printed[0].box.bottom <= printed[1].box.top, "each window on its own line");
  for (const row of printed) assert.ok(row.box.right <= 816, "and inside the page");
  await page.screenshot({ path: `${ARTIFACTS}/window-print-816.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 360, height: 780 });
  // Back to one window for the tests that follow.
  for (const part of ["month", "day", "year"]) {
    await tabTo(`#eadExpires-${part}`);
    await page.keyboard.press("Control+A");
    await page.keyboard.press("Backspace");
  }
  await tabTo('button[type="submit"]');
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("#timeline-box svg g.row").length === 1);
});

test("downloads reminders that an iCalendar parser reads back with the right dates", async () => {
  await tabTo("#download");
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.equal(download.suggestedFilename(), "recordatorios-parole.ics");
  assert.ok(download.url().startsWith("blob:"), "the file is made in the page, not fetched");
  const ics = readFileSync(await download.path(), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  // 2 October 2026 has passed on 27 November 2026: only the dates ahead are reminded.
  assert.deepEqual(events.map((e) => e.startDate.toString()), ["2026-12-31", "2027-03-31"]);
  assert.equal(events[1].summary, "Último día de su parole (I-94)");
  for (const e of events) assert.equal(e.component.getAllSubcomponents("valarm").length, 2);
});

test("an impossible date gets a clear Spanish message and nothing typed is lost", async () => {
  await typeInto("#expires-month", "02");
  await typeInto("#expires-day", "30");
  await typeInto("#expires-year", "2026");
  await tabTo('button[type="submit"]');
  await page.keyboard.press("Enter");
  await page.waitForSelector("#expires-error:not([hidden])");
  assert.equal(
    await page.textContent("#expires-error"),
    "Revise la fecha en que termina su parole: febrero de 2026 tiene 28 días, así que no existe el día 30.",
  );
  assert.equal(await page.getAttribute("#expires-month", "aria-invalid"), "true");
  assert.equal(await page.evaluate(() => document.activeElement.id), "expires-month", "focus goes to the field");
  assert.ok(await page.isHidden("#results"));
  assert.equal(await page.inputValue("#expires-day"), "30");
  assert.equal(await page.textContent("#announce"), "Problemas que corregir: 1.");
  await page.screenshot({ path: `${ARTIFACTS}/window-error-es-360.png`, caret: "initial" });
  await accessible("a date error shown");

  // Fixing it clears the message.
  await typeInto("#expires-day", "28");
  await tabTo('button[type="submit"]');
  await page.keyboard.press("Enter");
  await page.waitForSelector("#results:not([hidden])");
  assert.ok(await page.isHidden("#expires-error"));
  assert.equal(await page.getAttribute("#expires-month", "aria-invalid"), null);
  assert.equal(await page.textContent("#reparole-result .status"), "Ya terminó");
});

test("an empty date and an ended program are explained", async () => {
  for (const s of ["#expires-month", "#expires-day", "#expires-year"]) await page.fill(s, "");
  await page.click('button[type="submit"]');
  assert.equal(await page.textContent("#expires-error"), "Escriba la fecha en que termina su parole.");
  await page.fill("#expires-month", "3");
  await page.fill("#expires-day", "31");
  await page.fill("#expires-year", "2027");
  await page.check("#program-chnv");
  await page.click('button[type="submit"]');
  assert.equal(await page.textContent("#reparole-result .status"), "El programa terminó");
  await page.click("#download");
  assert.match(await page.textContent("#download-error"), /terminó el programa CHNV/);
  await accessible("an ended program, reminders refused");
});

test("FRP with the I-485 exception gets dates; a termination notice gets a lawyer, not reminders", async () => {
  await page.check("#program-frp");
  assert.ok(await page.isVisible("#frpException"), "the FRP question appears for FRP only");
  await page.click('button[type="submit"]');
  assert.equal(await page.textContent("#reparole-result .status"), "El programa terminó");
  await page.check("#frpException");
  await page.waitForFunction(() => document.querySelector("#reparole-result .status")?.textContent !== "El programa terminó");
  assert.equal(await page.textContent("#reparole-result .status"), "Ya puede pedirlo");
  await page.check("#terminationNotice");
  await page.waitForFunction(() => /aviso de DHS/.test(document.querySelector("#reparole-result .status")?.textContent));
  assert.match(await page.textContent("#reparole-result"), /Hable ya con un abogado/);
  await page.click("#download");
  assert.match(await page.textContent("#download-error"), /no hay fechas que recordarle/);
  await accessible("a termination notice");
  await page.uncheck("#terminationNotice");
  await page.check("#program-general");
  assert.ok(await page.isHidden("#frpException"), "and disappears for other programs");
});

test("the §10 family: mother and daughter as two lines with today on them, reminders named, by keyboard", async () => {
  for (const [part, text] of [["month", "05"], ["day", "14"], ["year", "2027"]]) await typeInto(`#expires-${part}`, text);
  await tabTo("#people-add");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement.id), "person-0-name", "focus goes to the new person's name");
  assert.equal(await page.textContent("#person-0 legend"), "Persona 2");
  await page.keyboard.type("Sofía");
  // A date that does not exist is named with her name, next to her boxes.
  for (const [part, text] of [["month", "02"], ["day", "30"], ["year", "2027"]]) await typeInto(`#person-0-expires-${part}`, text);
  await tabTo('button[type="submit"]');
  await page.keyboard.press("Enter");
  await page.waitForSelector("#person-0-error:not([hidden])");
  assert.match(await page.textContent("#person-0-error"), /^Revise la fecha en que termina el parole de Sofía: febrero de 2027 tiene 28 días/);
  assert.equal(await page.evaluate(() => document.activeElement.id), "person-0-expires-month");
  assert.equal(await page.inputValue("#person-0-name"), "Sofía", "nothing typed is lost");
  await typeInto("#person-0-expires-month", "05");
  await typeInto("#person-0-expires-day", "14");
  await tabTo('button[type="submit"]');
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.querySelectorAll("#timeline-box svg g.row").length === 2);
  assert.ok(await page.isHidden("#person-0-error"));
  const rows = await pictureRows();
  assert.deepEqual(rows.map((r) => r.title), ["Nuevo parole", "Nuevo parole · Sofía"]);
  for (const row of rows) {
    assert.ok(row.labels.includes("Hoy: 27 de noviembre de 2026"), row.labels.join(" | "));
    assert.ok(row.labels.includes("Último día: 14 de mayo de 2027"), row.labels.join(" | "));
  }
  // Today is in the same place on both lines: one scale.
  // (each row's first today-mark is the one on its line; the second leads its label)
  const todayX = await page.$$eval("#timeline-box svg g.row", (rows) => rows.map((row) => row.querySelector("line.today").getAttribute("x1")));
  assert.equal(todayX.length, 2);
  assert.equal(todayX[0], todayX[1]);
  assert.equal(await page.textContent("#people-result h3"), "Nuevo parole (Formulario I-131) · Sofía");
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 360);
  await page.locator("#timeline-box svg").screenshot({ path: `${ARTIFACTS}/timeline-family-es-360.png` });
  await accessible("the family's picture");
  // Reminders for both, Sofía's named.
  await tabTo("#download");
  const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(await download.path(), "utf8")));
  const summaries = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v)).map((e) => `${e.startDate} ${e.summary}`);
  assert.deepEqual(summaries.sort(), [
    "2027-02-13 Nuevo parole: pídalo a más tardar hoy (consejo)",
    "2027-02-13 Sofía · Nuevo parole: pídalo a más tardar hoy (consejo)",
    "2027-05-14 Sofía · Último día de su parole (I-94)",
    "2027-05-14 Último día de su parole (I-94)",
  ]);
  // In English too, and on paper.
  await tabTo('[data-lang="en"]');
  await page.keyboard.press("Enter");
  await inLanguage(page, "en");
  await page.waitForFunction(() => document.querySelector("#timeline-box svg .row-title")?.textContent === "Re-parole");
  assert.deepEqual((await pictureRows()).map((r) => r.title), ["Re-parole", "Re-parole · Sofía"]);
  assert.equal(await page.textContent("#person-0 legend"), "Person 2");
  assert.equal(await page.inputValue("#person-0-name"), "Sofía");
  await page.setViewportSize({ width: 816, height: 1056 });
  await page.emulateMedia({ media: "print" });
  const printed = await pictureRows();
  assert.ok(printed[0].box.bottom <= printed[1].box.top && printed[1].box.right <= 816, "one line each, on the page");
  await page.screenshot({ path: `${ARTIFACTS}/window-family-print-816.png`, fullPage: true });
  await page.emulateMedia({ media: "screen" });
  await page.setViewportSize({ width: 360, height: 780 });
  // Removing her takes her line away.
  await page.click("#person-0 .remove");
  await page.waitForFunction(() => document.querySelectorAll("#timeline-box svg g.row").length === 1);
  assert.equal(await page.evaluate(() => document.activeElement.id), "people-add");
});

test("no console errors and no request to another origin", () => {
  assert.deepEqual(log.errors, []);
  const origin = new URL(url).origin;
  const foreign = log.requests.filter((r) => !r.startsWith(origin) && !r.startsWith("blob:") && !r.startsWith("data:"));
  assert.deepEqual(foreign, []);
  assert.ok(log.requests.some((r) => r.endsWith(".wasm")));
});
