// The whole request in headless Chromium, keyboard only: the case of shared/domain.md §10 (a mother
// asks re-parole for her 4-year-old daughter on IV nutrition; fictional names) filled in Spanish from
// empty to a clean "check your answers", one step per screen (Continue between Parts). On the way:
// consent, a reload half-way (it lands on the same step), a language switch, the browser's Back and
// Forward, a "Change" button and the way back, export, "Delete my data", import (a broken file, an
// old-version file, the real one), axe-core and the page's width on every step, the keystrokes to
// the clean check page (printed), and a log of every request. Screenshots at 360 px and 1280 px go
// to tests/artifacts/.
import assert from "node:assert/strict";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { serve } from "../../tools/serve.mjs";
import { launch, watch } from "../support/browser.mjs";
import { cli, ROOT } from "../support/cli.mjs";
import { inLanguage } from "../support/page.mjs";
import { accessible as assertAccessible } from "../support/axe.mjs";
import { goToStep, stepHeading } from "../support/steps.mjs";

const ARTIFACTS = `${ROOT}/tests/artifacts`;
let server, url, browser, page, log;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  ({ server, url } = await serve({ root: `${ROOT}/www` }));
  browser = await launch({ viewport: { width: 360, height: 780 }, locale: "en-US", acceptDownloads: true });
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

// ---- keyboard helpers ----

/** Every key pressed and character typed on the way to a clean "check your answers" (issue 15 asks
 *  for the count). `detour` counts the test's own detours (a wrong date, a language switch back and
 *  forth, the reload), which a person filling the form need not make. */
const keys = { total: 0, detour: 0, tabs: 0, typed: 0, counting: true, inDetour: false };
const keyboard = {
  count(n) {
    if (!keys.counting) return;
    keys.total += n;
    if (keys.inDetour) keys.detour += n;
  },
  press(key) {
    keyboard.count(1);
    if (keys.counting && !keys.inDetour && /Tab$/.test(key)) keys.tabs++;
    return page.keyboard.press(key);
  },
  type(text) {
    keyboard.count([...text].length);
    if (keys.counting && !keys.inDetour) keys.typed += [...text].length;
    return page.keyboard.type(text);
  },
};
async function detour(run) {
  keys.inDetour = true;
  try {
    await run();
  } finally {
    keys.inDetour = false;
  }
}

async function focused(selector) {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/** Presses Tab until `selector` has focus (Shift+Tab when `back`). */
async function tabTo(selector, { back = false, limit = 60 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await focused(selector)) return;
    await keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  assert.fail(`${selector} cannot be reached with the keyboard`);
}

/** Types into an input, first selecting what is there (a person typing into an empty box would not). */
async function type(selector, text) {
  await tabTo(selector);
  if (await page.inputValue(selector)) await keyboard.press("Control+A");
  await keyboard.type(text);
}

const id = (path) => `#pf-${path.replace(/[.[\]]+/g, "-").replace(/-$/, "")}`;

async function date(path, [month, day, year]) {
  await type(`${id(path)}-month`, month);
  await type(`${id(path)}-day`, day);
  await type(`${id(path)}-year`, year);
}

/** Picks the radio with `value` in a group, with the arrow keys (Space for the first). */
async function choose(path, value) {
  const group = `input[name="${id(path).slice(1)}"]`;
  await tabTo(group);
  const target = `${group}[value="${value}"]`;
  if (!(await page.isChecked(target))) {
    if (await focused(target)) await keyboard.press("Space");
    for (let i = 0; i < 15 && !(await page.isChecked(target)); i++) await keyboard.press("ArrowDown");
  }
  assert.ok(await page.isChecked(target), `${path} = ${value}`);
}

async function tick(selector) {
  await tabTo(selector);
  await keyboard.press("Space");
  assert.ok(await page.isChecked(selector));
}

async function press(selector, options) {
  await tabTo(selector, options);
  await keyboard.press("Enter");
  // A language's words are fetched when it is chosen: wait until the page shows it.
  const lang = selector.match(/^\[data-lang="([^"]+)"\]$/)?.[1];
  if (lang) await inLanguage(page, lang);
}

/** The step shown: its URL, its heading visible (and focused, unless `focus` is false). */
async function onStep(step, { focus = true } = {}) {
  const hash = step === "start" || step === "check" ? `#${step}` : `#part-${step}`;
  await page.waitForFunction((h) => location.hash === h, hash);
  assert.ok(await page.isVisible(stepHeading(step)), `${step} is shown`);
  if (focus) assert.equal(await page.evaluate(() => `#${document.activeElement?.id}`), stepHeading(step), "focus is on the step's heading");
  // Only this step: no other Part, no review on a Part's step.
  const visible = await page.$$eval("[data-section]", (nodes) => nodes.filter((n) => n.checkVisibility()).map((n) => n.dataset.section));
  assert.deepEqual(visible, step === "start" || step === "check" ? [] : [step]);
}

/** Continue, by keyboard, to the step after this one. */
async function next(step) {
  // Enter in a box or on a choice continues (the browser submits the step, as a phone keyboard's
  // "Go" key does); from a text area or a button, Tab to Continue.
  const inBox = await page.evaluate(() => document.activeElement?.matches('input'));
  if (inBox) await keyboard.press("Enter");
  else await press("#pf-continue");
  await onStep(step);
  assert.match(await page.textContent("#pf-step-status"), /^Paso \d+ de \d+: /);
}

/** Each step fits 360 px without sideways scrolling, and axe finds nothing. */
async function stepChecked(step) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `${step}: the page is ${width} px wide`);
  await accessible(step);
}

const accessible = (step) => assertAccessible(page, step);

async function shot(name) {
  await page.screenshot({ path: `${ARTIFACTS}/request-${name}-360.png`, fullPage: true, caret: "initial" });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: `${ARTIFACTS}/request-${name}-1280.png`, fullPage: true, caret: "initial" });
  await page.setViewportSize({ width: 360, height: 780 });
}

const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("parole-helper:")));
const value = (path) => page.inputValue(id(path));

// ---- the steps ----

test("starts empty, stores nothing before consent, and is accessible", async () => {
  assert.deepEqual(await stored(), []);
  // The page renders itself from the core's catalogue: one block per question, nothing else.
  const described = await page.evaluate(async () => {
    const { questions } = await import("./pkg/parole_helper.js");
    return questions("en").flatMap((s) => s.fields.map((q) => q.path));
  });
  assert.deepEqual(await page.evaluate(() => [...document.querySelectorAll("[data-q]")].map((n) => n.dataset.q)), described);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  // The filer's own details carry autocomplete tokens (WCAG 1.3.5); anyone else's and identity
  // numbers stay "off". Digits bring up the number pad, phones the phone pad.
  const attrs = (path) => page.evaluate((sel) => {
    const input = document.querySelector(sel);
    return [input.getAttribute("autocomplete"), input.getAttribute("inputmode")];
  }, id(path));
  assert.deepEqual(await attrs("filer.name.familyName"), ["family-name", null]);
  assert.deepEqual(await attrs("filer.mailingAddress.zipCode"), ["postal-code", "numeric"]);
  assert.deepEqual(await attrs("filer.physicalAddress.street"), ["section-physical address-line1", null]);
  assert.deepEqual(await attrs("filer.dateOfBirth-month"), ["bday-month", "numeric"]);
  assert.deepEqual(await attrs("filer.dateOfBirth-year"), ["bday-year", "numeric"]);
  assert.deepEqual(await attrs("contact.daytimePhone"), ["tel", "tel"]);
  assert.deepEqual(await attrs("contact.mobilePhone"), ["mobile tel", "tel"]);
  assert.deepEqual(await attrs("contact.email"), ["email", "email"]);
  assert.deepEqual(await attrs("filer.ssn"), ["off", "numeric"]);
  assert.deepEqual(await attrs("filer.uscisOnlineAccountNumber"), ["off", "numeric"]);
  assert.deepEqual(await attrs("filer.aNumber"), ["off", null], "an A-Number starts with A");
  // Countries and states are suggested from lists (the form's English name or code as the value).
  const suggested = (path, value) => page.getAttribute(`${id(path)}-list option[value="${value}"]`, "label");
  assert.equal(await page.getAttribute(id("beneficiary.countryOfBirth"), "list"), `${id("beneficiary.countryOfBirth").slice(1)}-list`);
  assert.equal(await suggested("beneficiary.countryOfBirth", "Mexico"), "Mexico");
  assert.equal(await suggested("filer.mailingAddress.state", "CA"), "California");
  assert.equal(await page.$(`${id("filer.name.familyName")}-list`), null, "names have no list");
  assert.deepEqual(await attrs("beneficiary.name.familyName"), ["off", null]);
  assert.deepEqual(await attrs("beneficiary.dateOfBirth-day"), ["off", "numeric"]);
  assert.deepEqual(await attrs("beneficiary.mailingAddress.zipCode"), ["off", "numeric"]);
  assert.deepEqual(await attrs("interpreter.daytimePhone"), ["off", "tel"]);
  assert.deepEqual(await attrs("biographics.weightPounds"), ["off", "numeric"]);
  assert.deepEqual(await attrs("reason.lengthOfStay.value"), ["off", "numeric"]);
  // Parts 11-12 are not "complete" before any answer: nothing there is needed unless someone
  // helped, so they are optional and left out of the count.
  assert.equal(await page.textContent('#pf-progress-list li:has(a[data-step-link="helpers"]) .state'), "(Optional, not started)");
  assert.equal(await page.textContent("#pf-progress-count"), "0 of 6 parts complete.");
  assert.equal(await page.textContent('[data-badge="helpers"]'), "");
  // The start step: what to have at hand, how long, privacy in two lines, and the task list.
  await onStep("start", { focus: false });
  assert.equal(await page.textContent("#pf-start-title"), "Before you start");
  const start = await page.textContent("#pf-step-start");
  for (const words of ["I-94", "passport", "30 to 45 minutes", "Nothing you type leaves this device.", "only if you say yes"]) assert.ok(start.includes(words), words);
  assert.ok(await page.isVisible("#pf-progress-list"), "the task list is on the start step");
  assert.ok(await page.isHidden("#pf-form") && (await page.isHidden("#pf-step-check")));
  await stepChecked("empty form, start step");
  await shot("start");
});

test("switches to Spanish and agrees to keep the answers on this device", async () => {
  await press('[data-lang="es"]');
  assert.equal(await page.getAttribute("html", "lang"), "es");
  assert.match(await page.textContent("#pf-consent-title"), /Guardar sus respuestas/);
  assert.equal(await page.getAttribute(`${id("filer.countryOfCitizenship")}-list option[value="Germany"]`, "label"), "Alemania", "the list speaks her language");
  await press("#pf-consent-yes");
  assert.deepEqual((await stored()).sort(), ["parole-helper:consent", "parole-helper:draft", "parole-helper:lang"]);
  await accessible("consent given");
});

test("fills Part 1 and Part 2 (the mother) in Spanish, and the window appears from Item 12", async () => {
  assert.equal(await page.textContent("#pf-begin"), "Empezar");
  await press("#pf-begin");
  await onStep("application");
  assert.equal(await page.textContent("#pf-step-status"), "Paso 2 de 9: Parte 1. Qué está pidiendo");
  await stepChecked("Part 1");
  await choose("application.paroleType", "reparole");
  await choose("application.onBehalfOfSomeoneElse", "true");
  await choose("application.program", "general");
  await date("application.currentParoleExpires", ["05", "14", "2027"]);
  await page.waitForSelector("#pf-window:not([hidden]) .window");
  assert.equal(await page.textContent("#pf-window .status"), "Ya puede pedirlo");
  assert.match(await page.textContent("#pf-window .steps"), /90 días antes del 14 de mayo de 2027 es el 13 de febrero de 2027/);
  await choose("application.refugeeStatus", "false");
  await choose("application.filingMethod", "paper");
  await choose("application.feeWaiverRequested", "false");
  // On screen each question carries a small tag with the English form's own Part and Item (what
  // she will find on the paper); the full line in her language is for print.
  const itemLine = `${id("application.currentParoleExpires")}-item`;
  assert.equal(await page.innerText(itemLine), "Part 1, Item 12");
  assert.equal(await page.getAttribute(`${itemLine} .item-tag`, "lang"), "en");
  const shown = (sel) => page.$eval(sel, (n) => getComputedStyle(n).display !== "none");
  assert.equal(await page.textContent(`${itemLine} .item-full`), "Parte 1, Punto 12 (en el formulario en inglés: Part 1, Item 12)");
  assert.deepEqual([await shown(`${itemLine} .item-tag`), await shown(`${itemLine} .item-full`)], [true, false]);
  await page.emulateMedia({ media: "print" });
  assert.deepEqual([await shown(`${itemLine} .item-tag`), await shown(`${itemLine} .item-full`)], [false, true]);
  await page.emulateMedia({ media: "screen" });

  await next("filer");
  // Re-parole brought Part 9's step in, filing for someone else her step: 11 steps now.
  assert.equal(await page.textContent("#pf-step-status"), "Paso 3 de 11: Parte 2. Sus datos (quien pide)");
  await type(id("filer.name.familyName"), "Luna Ortega");
  await type(id("filer.name.givenName"), "Lucía");
  await type(id("filer.mailingAddress.street"), "3020 Children's Way");
  await type(id("filer.mailingAddress.unit"), "Apt 12");
  await type(id("filer.mailingAddress.city"), "San Diego");
  await type(id("filer.mailingAddress.country"), "United States");
  await type(id("filer.mailingAddress.state"), "CA");
  await type(id("filer.mailingAddress.zipCode"), "92123");
  await type(id("filer.countryOfBirth"), "Mexico");
  await type(id("filer.countryOfCitizenship"), "Mexico");
  await choose("filer.sex", "female");
  // Her birth date typed whole in the first box, as people write it: the page splits it into the
  // boxes (month first, as they are), moves on to the year, and says the day in words to check.
  await type(`${id("filer.dateOfBirth")}-month`, "8/9/1994");
  assert.ok(await focused(`${id("filer.dateOfBirth")}-year`));
  assert.deepEqual(await Promise.all(["month", "day", "year"].map((p) => page.inputValue(`${id("filer.dateOfBirth")}-${p}`))), ["8", "9", "1994"]);
  assert.equal(await page.textContent(`${id("filer.dateOfBirth")}-words`), "9 de agosto de 1994");
  // Items 12-15 are for re-parole for oneself: hidden when filing for someone else.
  assert.ok(await page.isHidden('[data-q="filer.i94Number"]'));
  await stepChecked("Parts 1 and 2 filled");
  await shot("part-2");
});

test("a reload half-way lands on the same step and loses nothing", async () => {
  const before = {
    family: await value("filer.name.familyName"),
    zip: await value("filer.mailingAddress.zipCode"),
    birthDay: await page.inputValue(`${id("filer.dateOfBirth")}-day`),
  };
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  await onStep("filer", { focus: false });
  assert.equal(await page.getAttribute("html", "lang"), "es", "the language is remembered too");
  assert.equal(await value("filer.name.familyName"), before.family);
  assert.equal(await value("filer.mailingAddress.zipCode"), before.zip);
  assert.equal(await page.inputValue(`${id("filer.dateOfBirth")}-day`), before.birthDay);
  assert.ok(await page.isChecked(`${id("application.paroleType")}-1`));
  assert.ok(await page.isChecked(`${id("application.onBehalfOfSomeoneElse")}-0`));
  assert.equal(await page.inputValue(`${id("application.currentParoleExpires")}-month`), "05");
  // The person's step comes next, with her questions.
  await detour(() => next("beneficiary"));
  assert.ok(await page.isVisible('[data-q="beneficiary.i94Number"]'), "the beneficiary section is back");
  await stepChecked("the person's step");
});

test("a mistake shows once the question is left, and the language can change mid-way", async () => {
  await type(id("beneficiary.name.familyName"), "Ramírez Luna");
  await type(id("beneficiary.name.givenName"), "Sofía");
  await detour(() => date("beneficiary.dateOfBirth", ["02", "30", "2022"]));
  await detour(() => tabTo(id("beneficiary.countryOfBirth")));
  const msg = `${id("beneficiary.dateOfBirth")}-msg`;
  await page.waitForSelector(`${msg} .msg.error`);
  assert.match(await page.textContent(msg), /febrero de 2022 tiene 28 días, así que no existe el día 30/);
  assert.match(await page.textContent(msg), /Parte 2, Punto 18/);
  assert.equal(await page.getAttribute(`${id("beneficiary.dateOfBirth")}-day`, "aria-invalid"), "true");
  const describedBy = await page.getAttribute(`${id("beneficiary.dateOfBirth")}`, "aria-describedby");
  assert.ok(describedBy.split(" ").includes(`${id("beneficiary.dateOfBirth").slice(1)}-msg`));
  await accessible("an error shown");

  // English for a moment: the answers stay, the words change, the step stays.
  await detour(async () => {
    await press('[data-lang="en"]', { back: true, limit: 200 });
    assert.match(await page.textContent(msg), /February 2022 has 28 days, so there is no day 30/);
    assert.equal(await value("beneficiary.name.givenName"), "Sofía");
    assert.equal(await page.textContent("#pf-continue"), "Continue");
    await press('[data-lang="es"]');
    assert.match(await page.textContent(msg), /febrero de 2022/);
    await onStep("beneficiary", { focus: false });
    await tabTo(`${id("beneficiary.dateOfBirth")}-month`, { limit: 200 });
  });

  await date("beneficiary.dateOfBirth", ["03", "18", "2022"]);
  await tabTo(id("beneficiary.countryOfBirth"));
  await page.waitForFunction((s) => !document.querySelector(`${s} .msg.error`), msg);
});

test("fills the rest in Spanish from the keyboard", async () => {
  await type(id("beneficiary.countryOfBirth"), "Mexico");
  await type(id("beneficiary.countryOfCitizenship"), "Mexico");
  // Her mail comes to her mother's address: one answer instead of six.
  await choose("beneficiary.mailingAddressSameAsFiler", "true");
  await page.waitForSelector('[data-q="beneficiary.mailingAddress.street"]', { state: "hidden" });
  await type(id("beneficiary.classOfAdmission"), "DT");
  await type(id("beneficiary.i94Number"), "456789123C4");

  await next("biographics");
  await choose("biographics.ethnicity", "hispanicOrLatino");
  await tick(`input[name="${id("biographics.race").slice(1)}"][value="white"]`);
  // She knows her daughter's height and weight in centimetres and kilos: the page writes them in
  // the form's feet, inches and pounds, and says so.
  await type(id("biographics.heightFeet"), "99 cm");
  await tabTo(id("biographics.heightInches"));
  assert.deepEqual([await value("biographics.heightFeet"), await value("biographics.heightInches")], ["3", "3"]);
  assert.equal(await page.textContent(`${id("biographics.heightFeet")}-note`), "99 cm son 3 pies y 3 pulgadas. El formulario pide pies y pulgadas: eso es lo que escribimos.");
  await type(id("biographics.weightPounds"), "15 kg");
  await tabTo(`input[name="${id("biographics.eyeColor").slice(1)}"]`);
  assert.equal(await value("biographics.weightPounds"), "33");
  assert.match(await page.textContent(`${id("biographics.weightPounds")}-note`), /^15 kg son 33 libras\./);
  await choose("biographics.eyeColor", "brown");
  await choose("biographics.hairColor", "brown");
  await stepChecked("Part 3");
  await next("removal");
  await choose("removalProceedings", "false");
  await choose("previousDocuments.reentryPermit", "false");
  await choose("previousDocuments.advanceParole", "false");
  await stepChecked("Part 4");

  await next("reason");
  await choose("reason.category", "medical");
  await choose("reason.lifeThreateningEmergency", "true");
  // Part 8 in English from short answers (the statement builder): the diagnosis, the treatment and
  // the hospital as the doctor's letter writes them, the rest chosen; read back in Spanish.
  await press("#pf-st-title");
  await choose("st.relation", "daughter");
  await type("#pf-st-diagnosis", "short bowel syndrome");
  await type("#pf-st-treatment", "intravenous nutrition 14 hours a day");
  await type("#pf-st-hospital", "a children's hospital in San Diego");
  await choose("st.home", "notAvailable");
  await type("#pf-st-stayValue", "1");
  await choose("st.stayUnit", "years");
  await choose("st.moreTime", "continues");
  await choose("st.payer", "public");
  assert.match(await page.textContent("#pf-st-read-back"), /^Mi hija Sofía tiene 4 años y es de México\. Tiene short bowel syndrome\./);
  await press("#pf-st-use");
  assert.ok(await focused(id("reason.explanation")), "back in the Part 8 box, to read and edit");
  assert.match(await value("reason.explanation"), /^My daughter Sofía is 4 years old and is from Mexico\. She has short bowel syndrome\. .* Her care is paid for by public health coverage\.$/);
  // "How long" was answered once, in the builder: Item 2 has it.
  assert.equal(await value("reason.lengthOfStay.value"), "1");
  assert.ok(await page.isChecked(`${id("reason.lengthOfStay.unit")}-3`));
  assert.ok(await page.isHidden('[data-q="reason.expectedArrival"]'), "arrival is for initial parole only");
  await stepChecked("Part 8");
  await next("workPermit");
  await choose("workPermit", "false");
  await stepChecked("Part 9");

  await next("signature");
  // Digits only, as a phone keypad types them: the form's boxes take the digits.
  await type(id("contact.daytimePhone"), "8585550166");
  await choose("signature.signerRole", "parent");
  // She signs the day she prints: one button gives today's date (the clock is set to Nov 27, 2026).
  await press(`${id("signature.date")}-today`);
  assert.deepEqual(await Promise.all(["month", "day", "year"].map((p) => page.inputValue(`${id("signature.date")}-${p}`))), ["11", "27", "2026"]);
  assert.equal(await page.textContent(`${id("signature.date")}-words`), "27 de noviembre de 2026");
  await stepChecked("Part 10");
  await next("helpers");
  await choose("interpreter.used", "false");
  await choose("preparer.used", "false");
  await stepChecked("all answered");
});

/** Every answer of the review is within the page, none is squeezed: on paper each is under its
 *  question, at least 40% of the page wide (Part 8's long reason among them); on screen the
 *  answers column is at least 40% of the review's width. */
async function answersFit(step) {
  const width = page.viewportSize().width;
  const { review, answers } = await page.evaluate(() => {
    const box = (node) => (({ left, right, width }) => ({ left, right, width }))(node.getBoundingClientRect());
    return {
      review: box(document.querySelector("#pf-review")),
      answers: [...document.querySelectorAll("#pf-review .answers dd")].map((dd) => ({ text: dd.textContent, question: dd.previousElementSibling.textContent, ...box(dd) })),
    };
  });
  const print = await page.evaluate(() => matchMedia("print").matches);
  const least = 0.4 * (print ? width : review.width);
  assert.ok(answers.some((a) => a.text.startsWith("My daughter Sofía")), "Part 8's reason is in the review");
  for (const a of answers) {
    const name = `${step}: "${a.question}" → "${a.text.slice(0, 30)}" (${Math.round(a.left)}-${Math.round(a.right)} px)`;
    assert.ok(a.left >= 0 && a.right <= width, `${name} lies outside the ${width} px page`);
    assert.ok(a.width >= least, `${name} is ${Math.round(a.width)} px wide, under ${Math.round(least)}`);
  }
}

test("Check your answers: focus on its heading, no problems are left, and the review is complete", async () => {
  await press("#pf-continue");
  await page.waitForSelector("#pf-summary:not([hidden])");
  await onStep("check");
  keys.counting = false;
  console.log(`keystrokes to a clean "check your answers": ${keys.total} (${keys.total - keys.detour} without the test's detours: a wrong date, a language switch, back to Continue after the reload: ${keys.detour} keys; of the rest ${keys.typed} characters typed, ${keys.tabs} Tab presses)`);
  assert.equal(await page.textContent("#pf-step-status"), "Paso 11 de 11: Revise sus respuestas");
  assert.equal(await page.textContent("#pf-summary-count"), "No hay problemas que corregir. Lea los consejos y luego imprima la revisión.");
  assert.equal(await page.textContent("#pf-announce"), "Problemas que corregir: 0. Consejos: 0.");
  assert.match(await page.textContent("#pf-progress-count"), /Partes completas: 9 de 9\./);
  const review = await page.textContent("#pf-review");
  assert.match(review, /Parte 2, Punto 16 · Apellido\(s\)Ramírez Luna/);
  assert.match(review, /14 de mayo de 2027 \(05\/14\/2027\)/);
  assert.match(review, /Obligatorio: Para cada documento que no esté en inglés/);
  assert.match(review, /Recomendado: Una carta del médico/);
  assert.match(review, /\$630Se paga con el formulario/);
  assert.match(review, /Esto no es asesoría legal/);
  assert.match(review, /i131-parole-2026-11-28/);
  // A "Change" button after each answer, named for it; the task list is here too.
  assert.equal(await page.textContent('#pf-review .change[data-path="beneficiary.name.familyName"]'), "Cambiar: Apellido(s)");
  assert.equal(await page.locator("#pf-review .change").count(), await page.locator("#pf-review .answers dd").count());
  assert.ok(await page.isVisible("#pf-progress-list"));
  await stepChecked("check your answers");
  await shot("review");
  await page.setViewportSize({ width: 1280, height: 900 });
  try {
    await answersFit("on screen, 1280 px wide");
  } finally {
    await page.setViewportSize({ width: 360, height: 780 });
  }
  await page.emulateMedia({ media: "print" });
  await page.screenshot({ path: `${ARTIFACTS}/request-print.png`, fullPage: true, caret: "initial" });
  await answersFit("on paper, at the page's width");
  const viewport = page.viewportSize();
  try {
    // US Letter at 96 dpi.
    await page.setViewportSize({ width: 816, height: 1056 });
    await answersFit("on paper, 816 px wide");
    await page.screenshot({ path: `${ARTIFACTS}/request-print-816.png`, fullPage: true, caret: "initial" });
  } finally {
    await page.setViewportSize(viewport);
  }
  assert.ok(await page.isHidden("#pf-form"), "the printout is the review, not the form");
  assert.ok(await page.isHidden("#pf-review .change"), "no Change buttons on paper");
  assert.ok(await page.isVisible("#pf-review .checklist"));
  // The dates to file are on paper too (the README promises them in the printed review).
  const printedDates = await page.locator("#pf-review dl").last();
  assert.ok(await printedDates.isVisible());
  const dates = await printedDates.innerText();
  assert.match(dates, /Último día\s+14 de mayo de 2027/);
  assert.match(dates, /Pídalo a más tardar \(consejo\)\s+13 de febrero de 2027/);
  assert.match(dates, /Primer día para pedirlo\s+No se encontró un primer día oficial/);
  // And the same dates as the core's picture: one line, today on it, named for screen readers.
  const picture = page.locator('#pf-review svg[role="img"]');
  assert.ok(await picture.isVisible(), "the timeline prints with the review");
  assert.equal(await page.textContent("#pf-timeline-title"), "Cuándo pedirlo: una línea de tiempo");
  assert.deepEqual(await page.locator("#pf-review svg .row-title").allTextContents(), ["Nuevo parole"]);
  assert.deepEqual(await page.locator("#pf-review svg text.label").allTextContents(), [
    "Hoy: 27 de noviembre de 2026",
    "Pídalo antes de (consejo): 13 de febrero de 2027",
    "Último día: 14 de mayo de 2027",
  ]);
  await page.emulateMedia({ media: "screen" });
});

let filledPdf;

test("the filled Form I-131: loaded only when asked, downloaded by keyboard, what to do with it", async () => {
  const loadedPdfCode = () => log.requests.filter((r) => /\/pkg\/pdf\/|\/forms\//.test(r));
  assert.deepEqual(loadedPdfCode(), [], "the first view and the review never load the PDF module or the form");
  const part = await page.textContent("#pf-pdf");
  assert.match(part, /Firme a mano la Parte 10, Punto 4, con tinta negra/);
  assert.match(part, /Ponga con él los documentos de la lista de arriba/);
  assert.ok(await page.isHidden("#pf-pdf-anyway"), "no problems are open: one plain download button");
  await tabTo("#pf-pdf", { limit: 250 });
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.equal(file.suggestedFilename(), "I-131-RamírezLuna-Sofía.pdf");
  filledPdf = readFileSync(await file.path());
  assert.equal(filledPdf.subarray(0, 5).toString(), "%PDF-");
  await page.waitForFunction(() => /Descargado: I-131-RamírezLuna-Sofía\.pdf/.test(document.querySelector("#pf-pdf .pdf-status").textContent));
  assert.ok(loadedPdfCode().length >= 3, "the module, its wasm and the form load now, from this origin");
  await accessible("filled form");
});

test("the browser's Back and Forward move between steps, and lose nothing", async () => {
  await page.goBack();
  await onStep("helpers");
  assert.ok(await page.isChecked(`${id("preparer.used")}-1`));
  await stepChecked("Back to Parts 11 and 12");
  await page.goBack();
  await onStep("signature");
  assert.equal(await value("contact.daytimePhone"), "8585550166");
  await page.goForward();
  await onStep("helpers");
  await page.goForward();
  await onStep("check");
  assert.equal(await page.textContent("#pf-summary-count"), "No hay problemas que corregir. Lea los consejos y luego imprima la revisión.");
});

test("Change goes to the question, and \"Back to check your answers\" returns", async () => {
  const change = '#pf-review .change[data-path="filer.mailingAddress.zipCode"]';
  await press(change, { limit: 250 });
  await onStep("filer", { focus: false });
  assert.equal(await page.evaluate(() => document.activeElement.id), id("filer.mailingAddress.zipCode").slice(1), "focus is on the answer to change");
  assert.ok(await page.isVisible("#pf-to-check"));
  assert.equal(await page.textContent("#pf-to-check"), "Volver a revisar sus respuestas");
  await stepChecked("a Change from check your answers");
  await keyboard.press("Control+A");
  await keyboard.type("92124");
  await press("#pf-to-check");
  await onStep("check");
  assert.match(await page.textContent("#pf-review"), /Parte 2, Punto 3 · Código postal \(ZIP\)92124/, "the review shows the change");
  assert.ok(await page.isHidden("#pf-to-check"), "no way back to offer on check your answers itself");
  // And back as it was, for the PDF comparison below.
  await press(change, { limit: 250 });
  await keyboard.press("Control+A");
  await keyboard.type("92123");
  await press("#pf-to-check");
  await onStep("check");
});

let exported;

test("export, delete my data, and import back", async () => {
  await tabTo("#pf-export", { back: true, limit: 200 });
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.equal(file.suggestedFilename(), "solicitud-parole.json");
  exported = readFileSync(await file.path(), "utf8");
  const data = JSON.parse(exported);
  assert.equal(data.beneficiary.name.givenName, "Sofía");
  assert.equal(data.schemaVersion, 3);

  await press("#pf-delete");
  assert.equal(await page.evaluate(() => document.activeElement.id), "pf-delete-yes");
  await page.keyboard.press("Enter");
  assert.deepEqual(await stored(), [], "nothing of the helper is left in storage");
  assert.equal(await value("filer.name.familyName"), "");
  assert.ok(await page.isHidden("#pf-review"), "the review of the deleted answers is gone");
  assert.ok(await page.isHidden("#pf-pdf"), "and so is the offer to fill the form with them");
  assert.equal(await page.textContent("#pf-data-status"), "Sus datos se borraron de este teléfono o computadora.");
  await onStep("start", { focus: false });
  await stepChecked("after delete");

  // A broken file: a clear message, and the (now empty) answers stay as they are.
  await goToStep(page, "filer");
  await page.fill(id("filer.name.familyName"), "Borrador");
  const broken = `${ARTIFACTS}/broken.json`;
  writeFileSync(broken, '{"filer": {"aNumbr": "A1"}}');
  await importFile(broken);
  assert.match(await page.textContent("#pf-data-status"), /No se pudo importar este archivo\. .*"aNumbr".*Sus respuestas actuales no cambiaron\./);
  assert.equal(await value("filer.name.familyName"), "Borrador");

  // A file from version 1 of the model (numbers as numbers) is migrated.
  const old = JSON.parse(exported);
  Object.assign(old, { schemaVersion: 1 });
  old.biographics.weightPounds = 33;
  const oldFile = `${ARTIFACTS}/version-1.json`;
  writeFileSync(oldFile, JSON.stringify(old));
  await importFile(oldFile);
  assert.match(await page.textContent("#pf-data-status"), /se actualizó/);
  await onStep("check", { focus: false });
  assert.equal(await value("biographics.weightPounds"), "33");

  // The real export.
  const good = `${ARTIFACTS}/exported.json`;
  writeFileSync(good, exported);
  await importFile(good);
  assert.equal(await page.textContent("#pf-data-status"), "Respuestas importadas de exported.json.");
  assert.equal(await value("beneficiary.name.familyName"), "Ramírez Luna");
  assert.equal(await page.inputValue(`${id("signature.date")}-day`), "27");
});

test("the PDF the page made is byte for byte the CLI's for the same answers", () => {
  const file = `${ARTIFACTS}/request-exported-for-pdf.json`;
  writeFileSync(file, exported);
  const out = `${ARTIFACTS}/request-cli.pdf`;
  const { status, stderr } = cli(["pdf", file, "-o", out]);
  assert.equal(status, 0, stderr);
  assert.ok(readFileSync(out).equals(filledPdf), "identical bytes");
  writeFileSync(`${ARTIFACTS}/request-page.pdf`, filledPdf);
});

async function importFile(path) {
  const previous = await page.textContent("#pf-data-status");
  await tabTo("#pf-import", { back: true, limit: 80 });
  // The key press must reach the input and click it: that is the page's part, and it is checked
  // every time. Chromium now and then does not open a chooser for a click that comes right after
  // the previous chooser closed (measured: the click event fires, user activation is active, no
  // chooser in 1 of ~60): only then is the press repeated, never when the click did not happen.
  await page.evaluate(() => {
    const input = document.querySelector("#pf-import");
    input.dataset.clicks = "0";
    input.onclick = () => (input.dataset.clicks = String(Number(input.dataset.clicks) + 1));
  });
  let chooser;
  for (let attempt = 1; attempt <= 3 && !chooser; attempt++) {
    [chooser] = await Promise.all([page.waitForEvent("filechooser", { timeout: 3000 }).catch(() => null), page.keyboard.press("Space")]);
    assert.equal(await page.getAttribute("#pf-import", "data-clicks"), String(attempt), "Space on the import button clicks it");
  }
  assert.ok(chooser, "the file chooser opens from the keyboard");
  await chooser.setFiles(path);
  await page.waitForFunction((p) => document.querySelector("#pf-data-status").textContent !== p, previous);
}

test("a saved draft that cannot be read is reported and kept, never overwritten", async () => {
  await page.evaluate(() => {
    localStorage.setItem("parole-helper:consent", "yes");
    localStorage.setItem("parole-helper:draft", '{"schemaVersion": 9, "filer": {}}');
  });
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  await page.waitForSelector("#pf-restore:not([hidden])");
  await onStep("check", { focus: false });
  await goToStep(page, "filer");
  // "Delete my data" also forgot the language: the page is back in the browser's English.
  assert.match(await page.textContent("#pf-restore-text"), /newer version of the helper \(version 9\)\. .* They were kept as they are\./);
  const attempt = Number((await page.getAttribute("#pf-save-status", "data-attempt")) ?? 0);
  await type(id("filer.name.familyName"), "Nueva");
  // Wait for the autosave to decide, not for a fixed time: it keeps the unreadable draft.
  await page.waitForFunction((n) => Number(document.querySelector("#pf-save-status").dataset.attempt ?? 0) > n, attempt, { timeout: 5000 });
  assert.equal(await page.getAttribute("#pf-save-status", "data-outcome"), "kept-unreadable-draft");
  assert.equal(await page.evaluate(() => localStorage.getItem("parole-helper:draft")), '{"schemaVersion": 9, "filer": {}}');
  await accessible("unreadable draft");
  await press("#pf-restore-discard", { back: true, limit: 200 });
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("parole-helper:draft") ?? "{}").form?.filer?.name?.familyName === "Nueva");
  assert.ok(await page.isHidden("#pf-restore"));
});

test("fits a 360 px screen without sideways scrolling", async () => {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `the page is ${width} px wide`);
});

test("no console errors, and no request ever left the page's origin", () => {
  assert.deepEqual(log.errors, []);
  const origin = new URL(url).origin;
  const foreign = log.requests.filter((r) => !r.startsWith(origin) && !r.startsWith("blob:") && !r.startsWith("data:"));
  assert.deepEqual(foreign, []);
  // No answer travels in a URL either (not even to this origin).
  for (const typed of ["Luna", "Ramírez", "Sof", "456789123C4", "92123", "1994", "5550166"]) {
    const leaked = log.requests.filter((r) => decodeURIComponent(r).includes(typed));
    assert.deepEqual(leaked, [], `"${typed}" in a request`);
  }
});
