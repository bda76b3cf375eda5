// Ukrainian end to end (issue 17's done-when): a Ukrainian parolee on a phone (360 px, the browser in
// uk-UA, the clock at Nov 27, 2026) uses the helper entirely in Ukrainian, keyboard only. Olena
// Kovalenko's Uniting for Ukraine re-parole (examples/reparole-ukraine.json) is typed from the start
// step to a clean "check your answers": she writes her country of birth as "Україна" and her birth
// date the Ukrainian way (30.04.1988), her height and weight in centimetres and kilos; the page must
// answer in Ukrainian. On the way: the U4U window with its 180-day rule, the reminders file (.ics)
// read back with an iCalendar parser, axe-core on the start step, a question step and check your
// answers, no English UI text and no raw message id on screen; then the renewal date calculator
// (windows.html?lang=uk) for the same date. Screenshots: tests/artifacts/uk-<what>-360.png.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import ICAL from "ical.js";
import { accessible as assertAccessible } from "../support/axe.mjs";
import { ROOT } from "../support/cli.mjs";
import { inLanguage, openHelper } from "../support/page.mjs";
import { loadHelper } from "../support/wasm.mjs";
import { stepHeading } from "../support/steps.mjs";

const ARTIFACTS = `${ROOT}/tests/artifacts`;
const WIDTH = 360;
const OLENA = JSON.parse(readFileSync(`${ROOT}/examples/reparole-ukraine.json`, "utf8"));
let session, page, log;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  session = await openHelper({ locale: "uk-UA", viewport: { width: WIDTH, height: 780 }, acceptDownloads: true });
  ({ page, log } = session);
});

after(() => session?.close());

// ---- the language files ----

/** The simple messages of a Fluent file (`id = text` on one line, and `.attr = text` as id.attr):
 *  multi-line and selector messages are left out. */
function simpleMessages(file) {
  const messages = new Map();
  let id = null;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const top = /^([a-zA-Z][\w-]*) = (\S.*)$/.exec(line);
    const attr = /^\s+\.([\w-]+) = (\S.*)$/.exec(line);
    if (top) [id] = [top[1], messages.set(top[1], top[2])];
    else if (/^[a-zA-Z][\w-]* =\s*$/.test(line)) id = line.split(" ")[0];
    else if (attr && id) messages.set(`${id}.${attr[1]}`, attr[2]);
    else if (!/^\s/.test(line)) id = null;
  }
  return messages;
}

/** The translators' Ukrainian file (src/i18n/locales/uk.ftl, with its comments; `make build`
 *  writes www/locales/uk.ftl from it, which the page fetches). */
const UK_SOURCE = `${ROOT}/src/i18n/locales/uk.ftl`;
const UK = simpleMessages(UK_SOURCE);

/** A fixed Ukrainian text of the language file, by id. */
function uk(id) {
  const text = UK.get(id);
  assert.ok(text && !text.includes("{"), `${id} is a fixed text of src/i18n/locales/uk.ftl`);
  // File names are written in Latin letters (page-fileName, page-exportFileName).
  if (!/[fF]ileName$/.test(id)) assert.match(text, /[а-яіїєґ]/i, `${id} is in Ukrainian`);
  return text;
}

// ---- keyboard helpers (as tests/e2e/request.test.mjs types the §10 case) ----

const focused = (selector) => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Presses Tab until `selector` has focus (Shift+Tab when `back`). */
async function tabTo(selector, { back = false, limit = 80 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await focused(selector)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  assert.fail(`${selector} cannot be reached with the keyboard`);
}

/** Types into an input, first selecting what is there. */
async function type(selector, text) {
  await tabTo(selector);
  if (await page.inputValue(selector)) await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
}

const id = (path) => `#pf-${path.replace(/[.[\]]+/g, "-").replace(/-$/, "")}`;
const value = (path) => page.inputValue(id(path));

async function date(path, [month, day, year]) {
  await type(`${id(path)}-month`, month);
  await type(`${id(path)}-day`, day);
  await type(`${id(path)}-year`, year);
}

/** Picks the radio with `value` in a group, with the arrow keys (Space for the first). */
async function choose(path, choice) {
  const group = `input[name="${id(path).slice(1)}"]`;
  await tabTo(group);
  const target = `${group}[value="${choice}"]`;
  if (!(await page.isChecked(target))) {
    if (await focused(target)) await page.keyboard.press("Space");
    for (let i = 0; i < 15 && !(await page.isChecked(target)); i++) await page.keyboard.press("ArrowDown");
  }
  assert.ok(await page.isChecked(target), `${path} = ${choice}`);
}

async function tick(selector) {
  await tabTo(selector);
  await page.keyboard.press("Space");
  assert.ok(await page.isChecked(selector));
}

async function press(selector, options) {
  await tabTo(selector, options);
  await page.keyboard.press("Enter");
}

/** The step shown: its address, its heading visible and focused, said in Ukrainian. */
async function onStep(step) {
  const hash = step === "start" || step === "check" ? `#${step}` : `#part-${step}`;
  await page.waitForFunction((h) => location.hash === h, hash);
  assert.ok(await page.isVisible(stepHeading(step)), `${step} is shown`);
  assert.equal(await page.evaluate(() => `#${document.activeElement?.id}`), stepHeading(step), "focus is on the step's heading");
  assert.match(await page.textContent("#pf-step-status"), /^Крок \d+ з \d+: \S/, "the step is said in Ukrainian");
}

/** Continue, by keyboard, to the step after this one. */
async function next(step) {
  if (await page.evaluate(() => document.activeElement?.matches("input"))) await page.keyboard.press("Enter");
  else await press("#pf-continue");
  await onStep(step);
}

/** No sideways scrolling at 360 px; when there is, the outermost boxes that stick out are named. */
const fits = async (where) => {
  const { width, out } = await page.evaluate((limit) => {
    const outside = (el) => el.checkVisibility() && el.getBoundingClientRect().right > limit + 0.5;
    const out = [...document.body.querySelectorAll("*")]
      .filter((el) => outside(el) && !(el.parentElement && outside(el.parentElement)))
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}${typeof el.className === "string" && el.className ? `.${el.className.split(" ").join(".")}` : ""} to ${Math.round(el.getBoundingClientRect().right)} px: "${el.textContent.trim().slice(0, 60)}"`);
    return { width: document.documentElement.scrollWidth, out };
  }, WIDTH);
  assert.ok(width <= WIDTH, `${where}: the page is ${width} px wide at ${WIDTH} px; sticking out: ${out.join("; ")}`);
};
const accessible = (where) => assertAccessible(page, where);
const shot = (name) => page.screenshot({ path: `${ARTIFACTS}/uk-${name}-${WIDTH}.png`, fullPage: true, caret: "initial" });

/** A heading or label's own words (the page puts a space before its "required" tag). */
const words = async (selector) => (await page.textContent(selector)).trim();

/** The text shown on the page (not hidden, not inside boxes people type in). */
const shownText = () => page.evaluate(() => document.body.innerText);

/** A raw message id on screen ("page-continueButton", "check-format-…"): the renderer missed it. */
const RAW_ID = /\b(?:page|check|q|section|choice|program|win|cal|timeline|source|date|st|statement|core|lang|family|person)-[a-z][A-Za-z0-9]*(?:[-.][A-Za-z0-9]+)*/g;

/** English texts of the page's language files that differ in Ukrainian and are shown anyway. */
function englishShown(shown) {
  const english = simpleMessages(`${ROOT}/www/locales/en.ftl`);
  const ukrainian = simpleMessages(`${ROOT}/www/locales/uk.ftl`);
  const found = [];
  for (const [key, text] of english) {
    // A country's English name is what the form takes: shown as examples and as answers.
    if (text.length < 12 || text.includes("{") || ukrainian.get(key) === text || key.startsWith("country-")) continue;
    if (shown.includes(text)) found.push(`${key}: "${text}"`);
  }
  return found;
}

/** What a step shows that is not Ukrainian: raw ids and English texts of the language files. */
async function assertAllUkrainian(where) {
  const text = await shownText();
  assert.deepEqual(text.match(RAW_ID) ?? [], [], `${where}: a message id shown instead of its text`);
  assert.deepEqual(englishShown(text), [], `${where}: English text on the Ukrainian page`);
}

// ---- the request ----

test("opens in Ukrainian from the browser's language (uk-UA), worded from the Ukrainian file", async () => {
  assert.deepEqual(await page.evaluate(() => navigator.languages), ["uk-UA"]);
  // The page prefers the navigator's language when it speaks it (www/page.js openingLanguage).
  assert.equal(await page.getAttribute("html", "lang"), "uk", "opened in Ukrainian without being asked");
  assert.equal(await page.getAttribute("html", "dir"), "ltr");
  assert.equal(await page.getAttribute('[data-lang="uk"]', "aria-pressed"), "true");
  assert.equal(await page.textContent('[data-lang="uk"]'), "Українська");
  assert.equal(await page.getAttribute('[data-lang="uk"]', "lang"), "uk");
  assert.equal(await page.getAttribute("nav.langs", "aria-label"), uk("page-languagesLabel"));
  assert.equal(await page.title(), uk("page-formPageTitle"));
  assert.equal(await page.textContent("h1"), uk("page-formTitle"));
  assert.equal(await page.textContent(stepHeading("start")), uk("page-startTitle"));
  const start = await page.textContent("#pf-step-start");
  for (const key of ["page-startNeed", "page-startI94", "page-startPassport", "page-startTime", "page-formPrivacy"]) assert.ok(start.includes(uk(key)), key);
  assert.equal(await page.textContent("#pf-begin"), uk("page-startButton"));
  assert.equal(await page.textContent("#pf-consent-yes"), uk("page-consentYes"));
  // The calculator's link opens it in Ukrainian too.
  assert.equal(await page.getAttribute('a[href^="windows.html"]', "href"), "windows.html?lang=uk");
  await assertAllUkrainian("the start step");
  await fits("the start step");
  await accessible("the start step, in Ukrainian");
  await shot("start");
});

/** Every text id of a Fluent file (`message`, `message.attribute`; terms left out), in order. */
function textIds(file) {
  const ids = [];
  let message = null;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const top = /^(-?[a-zA-Z][\w-]*) *=/.exec(line);
    const attr = /^\s+\.([\w-]+) *=/.exec(line);
    if (top) ids.push(...((message = top[1].startsWith("-") ? null : top[1]) ? [message] : []));
    else if (attr && message) ids.push(`${message}.${attr[1]}`);
  }
  return ids;
}

test("Ukrainian is a complete language: the same texts as English, and the core says so", async () => {
  // The core calls a file complete when its text ids are English's (src/wasm.rs loadLanguage,
  // a fingerprint of the ids while English is not loaded); www/i18n.js fetches en.ftl as well
  // for a file that is not. A complete Ukrainian needs no English behind it.
  const english = textIds(`${ROOT}/www/locales/en.ftl`);
  const ukrainian = textIds(`${ROOT}/www/locales/uk.ftl`);
  assert.deepEqual(english.filter((i) => !ukrainian.includes(i)), [], "texts Ukrainian lacks");
  const { loadLanguage } = await loadHelper({ languages: false });
  const alone = loadLanguage("uk", readFileSync(`${ROOT}/www/locales/uk.ftl`, "utf8"));
  assert.deepEqual(
    { complete: alone.complete, extra: ukrainian.filter((i) => !english.includes(i) && !i.endsWith(".also")) },
    { complete: true, extra: [] },
    "uk.ftl alone is complete for the core (`.also`, the other spellings people type, is each language's own)",
  );
});

test("the page opened with the Ukrainian file only", () => {
  assert.deepEqual(log.requests.filter((r) => /\/locales\/.*\.ftl$/.test(r)).map((r) => new URL(r).pathname), ["/locales/uk.ftl"], "language files fetched");
});

test("Part 1 by keyboard: the Uniting for Ukraine window with its 180-day rule, in Ukrainian", async () => {
  await press("#pf-consent-yes");
  await page.waitForFunction(() => localStorage.getItem("parole-helper:consent") !== null);
  await press("#pf-begin");
  await onStep("application");
  assert.equal(await words(stepHeading("application")), uk("section-application"));
  await choose("application.paroleType", "reparole");
  await choose("application.onBehalfOfSomeoneElse", "false");
  await choose("application.program", "ukraine");
  assert.equal(await page.textContent(`${id("application.program")} [data-choice-label="ukraine"]`), "Українці (Uniting for Ukraine; 10.C)");
  await date("application.currentParoleExpires", ["03", "31", "2027"]);
  assert.equal(await page.textContent(`${id("application.currentParoleExpires")}-words`), "31 березня 2027 р.");
  await page.waitForSelector("#pf-window:not([hidden]) .window");
  const card = "#pf-window";
  assert.equal(await page.textContent(`${card} h3`), uk("page-windowTitle"));
  assert.equal(await page.textContent(`${card} .status`), "Відкрито: подавати вже можна");
  const rows = await page.$$eval(`${card} dl dt`, (dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling.textContent]));
  assert.deepEqual(rows, [
    [uk("page-lastDay"), "31 березня 2027 р."],
    [uk("page-earliest"), "2 жовтня 2026 р."],
    [uk("page-fileBy"), "31 грудня 2026 р."],
    [uk("page-daysLeft"), "124"],
  ]);
  const steps = await page.locator(`${card} .steps li`).allTextContents();
  assert.ok(
    steps.includes(
      "USCIS вказує: українці (Частина 1, пункт 10.C) мають подавати запит на повторний пароль (re-parole) не раніше ніж за 180 днів до дати закінчення паролю. " +
        "Якщо відлічити 180 днів назад від 31 березня 2027 р., виходить 2 жовтня 2026 р.: це перший день, коли можна подати запит. " +
        "Запит, поданий раніше, можуть відхилити, і збір вам не повернуть.",
    ),
    `the 180-day rule, in Ukrainian:\n${steps.join("\n")}`,
  );
  assert.ok(steps.includes("Сьогодні 27 листопада 2026 р. До закінчення вашого паролю залишилося 124 дні."), steps.join("\n"));
  assert.ok(steps.includes("Подати запит уже можна. Постарайтеся подати його до 31 грудня 2026 р. включно."), steps.join("\n"));
  assert.equal(await page.textContent("#pf-reminders"), uk("page-download"));
  await choose("application.refugeeStatus", "false");
  await choose("application.filingMethod", "online");
  await assertAllUkrainian("Part 1 with the window");
  await fits("Part 1");
  await accessible("Part 1 with the window, in Ukrainian");
  await shot("application");
});

test("the reminders (.ics) from Part 1: downloaded by keyboard, their events in Ukrainian, on the right days", async () => {
  await tabTo("#pf-reminders");
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.equal(file.suggestedFilename(), uk("page-fileName"));
  assert.ok(file.url().startsWith("blob:"), "made in the page, not fetched");
  await page.waitForFunction((t) => document.querySelector("#pf-reminders-msg")?.textContent === t, uk("page-downloaded"));
  const reminders = readFileSync(await file.path(), "utf8");
  const calendar = new ICAL.Component(ICAL.parse(reminders));
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  // The first day to file (2 October 2026) has passed on 27 November 2026: the dates ahead only.
  assert.deepEqual(
    events.map((e) => [e.startDate.toString(), e.summary]),
    [
      ["2026-12-31", uk("cal-reparole-file-by")],
      ["2027-03-31", uk("cal-reparole-ends")],
    ],
  );
  const footer = uk("cal-footer");
  assert.equal(
    events[0].description,
    `Порада, а не правило USCIS: подайте запит на повторний пароль щонайменше за 90 днів до закінчення паролю (31 березня 2027 р.).\n\n${footer}`,
  );
  assert.equal(events[1].description, `${uk("cal-reparole-ends.description")}\n\n${footer}`);
  for (const e of events) {
    const alarms = e.component.getAllSubcomponents("valarm");
    assert.equal(alarms.length, 2, "a week before and on the day");
    for (const alarm of alarms) assert.equal(alarm.getFirstPropertyValue("description"), e.summary, "the alarm says the event's Ukrainian name");
  }
  assert.match(reminders, /PRODID:-\/\/Parole Form Helper\/\/Renewal reminders\/\/UK/);
});

test("Part 2 by keyboard: her name, her US address, and her country of birth as she writes it, \"Україна\"", async () => {
  await next("filer");
  assert.equal(await words(stepHeading("filer")), uk("section-filer"));
  // Her name first as she writes it, in Cyrillic: the page answers in Ukrainian with the
  // official transliteration, and she copies the spelling of her I-94.
  const family = id("filer.name.familyName");
  await type(family, "Коваленко");
  await tabTo(id("filer.name.givenName"));
  await page.waitForSelector(`${family}-msg .msg.error`);
  assert.match(
    await page.textContent(`${family}-msg`),
    /^Помилка: Частина 2, пункт 1: У «Коваленко» є символи, яких форма не приймає\. Напишіть латиницею, як у вашому I-94 або паспорті; за офіційною українською транслітерацією це буде «Kovalenko»\./,
  );
  await tabTo(family, { back: true });
  await type(family, "Kovalenko");
  await type(id("filer.name.givenName"), "Olena");
  await page.waitForFunction((s) => !document.querySelector(`${s}-msg .msg`), family);
  await type(id("filer.mailingAddress.street"), "77 Ashland Ave");
  await type(id("filer.mailingAddress.city"), "Chicago");
  await type(id("filer.mailingAddress.country"), "USA");
  await type(id("filer.mailingAddress.state"), "IL");
  await type(id("filer.mailingAddress.zipCode"), "60607");
  await type(id("filer.aNumber"), "A-220-456-789");
  assert.equal(await words(`label[for="${BIRTH.slice(1)}"]`), `${uk("q-filer-countryOfBirth")} (${uk("page-requiredTag")})`);
  assert.equal(await page.getAttribute(`${BIRTH}-list option[value="Ukraine"]`, "label"), "Україна", "the list names Ukraine in Ukrainian");
  // Her country as she would write it: in Ukrainian. The message shows once she leaves it.
  await type(BIRTH, "Україна");
  await tabTo(id("filer.countryOfCitizenship"));
  await page.waitForSelector(`${BIRTH}-msg .msg`);
  assert.equal(await page.getAttribute(BIRTH, "aria-invalid"), "true");
  assert.equal(await value("filer.countryOfBirth"), "Україна", "nothing typed is changed behind her back");
});

const BIRTH = id("filer.countryOfBirth");

test("\"Україна\": the page says in Ukrainian that the form is filled in English, and names \"Ukraine\"", async () => {
  const said = await page.textContent(`${BIRTH}-msg`);
  await shot("country");
  // In Ukrainian: its tag, its words, its source line.
  assert.match(said, /^Помилка: Частина 2, пункт 6: /, said);
  assert.match(said, /Джерело: USCIS, форма I-131/, said);
  assert.doesNotMatch(said, /\b(?:Error|Write|write|Source|English|Part|Item)\b/, `the message is Ukrainian: ${said}`);
  await accessible("Part 2 with the country message, in Ukrainian");
  // The core knows "Україна" is Ukraine (src/i18n/locales/uk.ftl, the countries: "перевірка її розпізнає (і підказує
  // англійську назву)"): the message names the English word to write (check-format-country-in-english).
  assert.match(said, /Форму заповнюють англійською: напишіть «Ukraine», а не «Україна»\./, said);
});

test("Part 2, the rest: Ukraine in English, and a birth date written the Ukrainian way (30.04.1988) read right", async () => {
  // She writes it in English, as the page says.
  await tabTo(BIRTH, { back: true });
  await type(BIRTH, "Ukraine");
  await tabTo(id("filer.countryOfCitizenship"));
  await page.waitForFunction((s) => !document.querySelector(`${s}-msg .msg.error`), BIRTH);
  assert.equal(await page.getAttribute(BIRTH, "aria-invalid"), null);
  await type(id("filer.countryOfCitizenship"), "Ukraine");
  await choose("filer.sex", "female");
  // Her birth date the Ukrainian way, day first with dots, in the first box: the page puts it in
  // the month, day and year boxes and says it in Ukrainian words.
  const born = id("filer.dateOfBirth");
  await type(`${born}-month`, "30.04.1988");
  assert.ok(await focused(`${born}-year`), "on to the year");
  assert.deepEqual(await Promise.all(["month", "day", "year"].map((p) => page.inputValue(`${born}-${p}`))), ["04", "30", "1988"]);
  assert.equal(await page.textContent(`${born}-words`), "30 квітня 1988 р.");
  await type(id("filer.classOfAdmission"), "UHP");
  await type(id("filer.i94Number"), "123456789B2");
  await date("filer.i94Expires", ["03", "31", "2027"]);
  assert.equal(await page.textContent(`${id("filer.i94Expires")}-words`), "31 березня 2027 р.");
  await assertAllUkrainian("Part 2");
  await fits("Part 2");
  await shot("filer");
});

test("Parts 3 to 12 by keyboard, in Ukrainian: centimetres and kilos turned into the form's units", async () => {
  await next("biographics");
  await choose("biographics.ethnicity", "notHispanicOrLatino");
  await tick(`input[name="${id("biographics.race").slice(1)}"][value="white"]`);
  await type(id("biographics.heightFeet"), "168 cm");
  await tabTo(id("biographics.heightInches"));
  assert.deepEqual([await value("biographics.heightFeet"), await value("biographics.heightInches")], ["5", "6"]);
  assert.equal(
    await page.textContent(`${id("biographics.heightFeet")}-note`),
    "168 cm у футах і дюймах: 5 фт 6 дюйм. Форма питає зріст у футах і дюймах, тому ми записали саме так.",
  );
  await type(id("biographics.weightPounds"), "58 kg");
  await tabTo(`input[name="${id("biographics.eyeColor").slice(1)}"]`);
  assert.equal(await value("biographics.weightPounds"), "128");
  assert.equal(await page.textContent(`${id("biographics.weightPounds")}-note`), "58 kg у фунтах: 128. Форма питає вагу у фунтах, тому ми записали саме так.");
  await choose("biographics.eyeColor", "green");
  await choose("biographics.hairColor", "blond");
  await fits("Part 3");

  await next("removal");
  await choose("removalProceedings", "false");
  await choose("previousDocuments.reentryPermit", "false");
  await choose("previousDocuments.advanceParole", "false");

  await next("reason");
  await choose("reason.category", "family");
  await type(id("reason.explanation"), OLENA.reason.explanation);
  assert.equal(await page.textContent(`${id("reason.explanation")}-english`), uk("page-englishHint"));
  await type(id("reason.lengthOfStay.value"), "2");
  await choose("reason.lengthOfStay.unit", "years");
  await assertAllUkrainian("Part 8");
  await fits("Part 8");

  await next("workPermit");
  await choose("workPermit", "true");

  await next("signature");
  await type(id("contact.daytimePhone"), "312-555-0177");
  await type(id("contact.email"), "olena.k@example.net");
  await choose("signature.signerRole", "self");
  await date("signature.date", ["11", "26", "2026"]);
  assert.equal(await page.textContent(`${id("signature.date")}-words`), "26 листопада 2026 р.");

  await next("helpers");
  await choose("interpreter.used", "false");
  await choose("preparer.used", "false");
  await assertAllUkrainian("Parts 11 and 12");
  await fits("Parts 11 and 12");
});

test("check your answers: in Ukrainian, no errors, the U4U window's dates, axe 0", async () => {
  await press("#pf-continue");
  await page.waitForSelector("#pf-summary:not([hidden])");
  await onStep("check");
  const status = await page.textContent("#pf-step-status");
  assert.match(status, /^Крок (\d+) з \1: /, "the last step");
  assert.ok(status.endsWith(uk("page-checkTitle")), status);
  assert.equal(await page.textContent(stepHeading("check")), uk("page-checkTitle"));
  // No errors, and nothing left to fix.
  assert.equal(await page.textContent("#pf-summary-count"), uk("page-noErrors"));
  assert.equal(await page.textContent("#pf-announce"), "Треба виправити: 0. Поради: 0.");
  assert.equal(await page.locator("#pf-step-check .msg.error").count(), 0);
  assert.equal(await page.textContent("#pf-progress-count"), "Заповнено 8 з 8 частин.");
  // What she typed is Olena's example, answer for answer.
  // (kept on this device with her consent: the autosave comes a moment after the last answer)
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("parole-helper:draft") ?? "{}").form?.preparer);
  const draft = await page.evaluate(() => JSON.parse(localStorage.getItem("parole-helper:draft")));
  assert.deepEqual(draft.form, OLENA);

  // Fixed labels of the page and of the questions, in Ukrainian.
  const shown = await shownText();
  for (const key of [
    "page-reviewTitle",
    "page-answersTitle",
    "page-checklistTitle",
    "page-feesTitle",
    "page-withFiling",
    "page-onApproval",
    "page-windowTitle",
    "page-earliest",
    "page-lastDay",
    "page-fileBy",
    "page-notice",
    "page-printButton",
    "page-pdfButton",
    "section-application",
    "section-filer",
    "section-reason",
    "q-application-currentParoleExpires",
    "q-filer-countryOfBirth",
    "q-filer-dateOfBirth",
    "q-workPermit",
  ]) {
    assert.ok(shown.includes(uk(key)), `${key} ("${uk(key)}") is shown`);
  }
  await assertAllUkrainian("check your answers");

  // The U4U window: its dates in Ukrainian, and the same on the timeline.
  const review = await page.innerText("#pf-review");
  assert.match(review, /Частина 1, пункти 6-11 · За якою програмою\?\s+Українці \(Uniting for Ukraine; 10\.C\)/);
  assert.match(review, /Частина 1, пункт 12 · Останній день теперішнього паролю\s+31 березня 2027 р\. \(03\/31\/2027\)/);
  assert.match(review, /Частина 2, пункт 9 · Дата народження\s+30 квітня 1988 р\. \(04\/30\/1988\)/);
  const dates = await page.$$eval("#pf-review > dl:last-of-type dt", (dts) => dts.map((dt) => [dt.textContent, dt.nextElementSibling.textContent]));
  assert.deepEqual(dates, [
    [uk("page-lastDay"), "31 березня 2027 р."],
    [uk("page-earliest"), "2 жовтня 2026 р."],
    [uk("page-fileBy"), "31 грудня 2026 р."],
  ]);
  assert.ok(review.includes("Відкрито: подавати вже можна"));
  assert.equal(await page.textContent("#pf-timeline-title"), "Коли подавати: часова шкала");
  assert.deepEqual(await page.locator("#pf-review svg .row-title").allTextContents(), ["Повторний пароль"]);
  assert.deepEqual(await page.locator("#pf-review svg text.label").allTextContents(), [
    "Перший день для подання: 2 жовтня 2026 р.",
    "Сьогодні: 27 листопада 2026 р.",
    "Подати не пізніше (порада): 31 грудня 2026 р.",
    "Останній день: 31 березня 2027 р.",
  ]);
  // The picture's words for screen readers carry the 180-day rule.
  const [, desc] = (await page.getAttribute('#pf-review svg[role="img"]', "aria-labelledby")).split(" ");
  const described = await page.textContent(`#${desc}`);
  assert.match(described, /^Дати кожного періоду, словами: Повторний пароль\. /, described);
  assert.match(described, /не раніше ніж за 180 днів до дати закінчення паролю\. Якщо відлічити 180 днів назад від 31 березня 2027 р\., виходить 2 жовтня 2026 р\./, described);
  // The fees in Ukrainian, in dollars.
  assert.match(review, /\$580\s+Сплачується разом із формою\s+Збір за подання форми I-131: \$580 \(онлайн\)/);
  await accessible("check your answers, in Ukrainian");
  await shot("check");
  await fits("check your answers");
});

// ---- the renewal date calculator ----

test("the renewal date calculator in Ukrainian (windows.html?lang=uk): Uniting for Ukraine, 03/31/2027, keyboard only", async () => {
  // From the request's header link, by keyboard: it opens the calculator in Ukrainian.
  await tabTo('a[href^="windows.html"]', { back: true, limit: 400 });
  await Promise.all([page.waitForURL(/windows\.html\?lang=uk$/), page.keyboard.press("Enter")]);
  await page.waitForSelector("body[data-ready]");
  await inLanguage(page, "uk");
  assert.equal(await page.title(), uk("page-pageTitle"));
  assert.equal(await page.textContent("h1"), uk("page-title"));
  await type("#expires-month", "03");
  await type("#expires-day", "31");
  await type("#expires-year", "2027");
  await tabTo('input[name="program"]:checked');
  for (let i = 0; i < 12 && !(await page.isChecked("#program-ukraine")); i++) await page.keyboard.press("ArrowDown");
  assert.ok(await page.isChecked("#program-ukraine"));
  assert.equal(await page.textContent('label[for="program-ukraine"]'), "Українці (Uniting for Ukraine, пункт 10.C)");
  await press('button[type="submit"]');
  await page.waitForSelector("#results:not([hidden])");
  assert.equal(await page.evaluate(() => document.activeElement.id), "results", "focus moves to the results");
  assert.equal(await page.textContent("#today"), "Сьогодні 27 листопада 2026 р.");
  assert.equal(await page.textContent("#announce"), uk("page-shown"));
  assert.equal(await page.textContent("#reparole-result .status"), "Відкрито: подавати вже можна");
  assert.deepEqual(await page.locator("#reparole-result dd").allTextContents(), ["31 березня 2027 р.", "2 жовтня 2026 р.", "31 грудня 2026 р.", "124"]);
  const steps = await page.locator("#reparole-result .steps li").allTextContents();
  assert.deepEqual(steps, [
    "Ваш пароль закінчується 31 березня 2027 р. — це дата «Admit Until» у вашому I-94, і цей день ще входить у строк паролю.",
    "USCIS вказує: українці (Частина 1, пункт 10.C) мають подавати запит на повторний пароль (re-parole) не раніше ніж за 180 днів до дати закінчення паролю. " +
      "Якщо відлічити 180 днів назад від 31 березня 2027 р., виходить 2 жовтня 2026 р.: це перший день, коли можна подати запит. " +
      "Запит, поданий раніше, можуть відхилити, і збір вам не повернуть.",
    ...steps.slice(2),
  ]);
  assert.ok(steps.includes("Сьогодні 27 листопада 2026 р. До закінчення вашого паролю залишилося 124 дні."), steps.join("\n"));
  // The sources: described in Ukrainian, English names marked as English.
  const sources = await page.locator("#reparole-result .sources li").allTextContents();
  assert.ok(sources.some((s) => s.includes(uk("source-uscis-ukraine-reparole"))), sources.join("\n"));
  await assertAllUkrainian("the calculator");
  await fits("the calculator");
  await accessible("the calculator, in Ukrainian");
  await shot("windows");
  // Its reminders are the same Ukrainian events.
  await tabTo("#download");
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.equal(file.suggestedFilename(), uk("page-fileName"));
  const events = new ICAL.Component(ICAL.parse(readFileSync(await file.path(), "utf8"))).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  assert.deepEqual(events.map((e) => [e.startDate.toString(), e.summary]), [
    ["2026-12-31", uk("cal-reparole-file-by")],
    ["2027-03-31", uk("cal-reparole-ends")],
  ]);
});

test("the calculator: a date written day first that reads two ways (03.04.2027) is split month first, and says so in Ukrainian", async () => {
  // 3 April 2027 the Ukrainian way, typed in the first box: the boxes take it month first (the
  // I-94's order) and a line says how it was split, for her to check.
  await tabTo("#expires-month", { back: true, limit: 200 });
  await page.keyboard.press("Control+A");
  await page.keyboard.type("03.04.2027");
  assert.deepEqual(await Promise.all(["month", "day", "year"].map((p) => page.inputValue(`#expires-${p}`))), ["03", "04", "2027"]);
  assert.equal(
    await page.textContent("#expires-split"),
    "Дату розділено так: місяць 03, день 04, рік 2027. Поля йдуть у порядку місяць, день, рік: перевірте, що це саме та дата, яку ви мали на увазі.",
  );
});

test("no console errors, and no request left the page's origin", () => {
  assert.deepEqual(log.errors, []);
  const origin = new URL(session.url).origin;
  assert.deepEqual(log.requests.filter((r) => !r.startsWith(origin) && !r.startsWith("blob:") && !r.startsWith("data:")), []);
});
