// A family in one go in the page (issue 16): the §10 mother and daughter. The mother's request
// (what the family shares, and her own answers) comes in once, from her exported file; "Who needs
// parole?" adds her daughter, whose step asks only her own questions; check your answers shows
// each one's check and the family's summary in Spanish and in English; "Download all forms" gives
// two filled forms, read back by pdf.js, each with its own person's name and I-94 in Part 2; the
// export holds both people and imports back. axe-core finds nothing and nothing scrolls sideways
// at 360 px.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import ICAL from "ical.js";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { inLanguage, openHelper } from "../support/page.mjs";
import { ROOT } from "../support/cli.mjs";
import { accessible } from "../support/axe.mjs";
import { goToStep } from "../support/steps.mjs";

let session, browser, page, log;
let parts; // the mother's sections that apply ("Partes completas: 9 de 9.")

before(async () => {
  session = await openHelper({ locale: "es-MX" });
  ({ browser, page, log } = session);
});

after(() => session?.close());

const P = "people.1.";
const id = (path) => `#pf-${path.replace(/\./g, "-")}`;
/** To the start step, by its address (check your answers has no "All steps" link). */
async function toStart() {
  await page.evaluate(() => (location.hash = "#start"));
  await page.waitForSelector("#pf-start-title", { state: "visible" });
}
const noSidewaysScroll = () => page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth);

/** Answers one of the daughter's questions the way its inputs take it, then leaves it. */
async function answer(path, value) {
  const target = id(P + path);
  if (/^\d{4}-\d\d-\d\d$/.test(value)) {
    const [y, m, d] = value.split("-");
    await page.fill(`${target}-month`, m);
    await page.fill(`${target}-day`, d);
    await page.fill(`${target}-year`, y);
  } else if (typeof value === "boolean" || (await page.locator(`input[name="${target.slice(1)}"]`).count())) {
    await page.check(`input[name="${target.slice(1)}"][value="${value}"]`);
  } else {
    await page.fill(target, value);
  }
  await page.keyboard.press("Tab");
}

// The daughter's own answers (examples/family-mother-daughter.json, people[1]).
const SOFIA = [
  ["beneficiary.name.familyName", "Ramírez Luna"],
  ["beneficiary.name.givenName", "Sofía"],
  ["beneficiary.dateOfBirth", "2022-03-18"],
  ["beneficiary.countryOfBirth", "Mexico"],
  ["beneficiary.countryOfCitizenship", "Mexico"],
  ["beneficiary.mailingAddressSameAsFiler", true],
  ["beneficiary.classOfAdmission", "DT"],
  ["beneficiary.i94Number", "456789123C4"],
  ["application.currentParoleExpires", "2027-05-14"],
  ["biographics.ethnicity", "hispanicOrLatino"],
  ["biographics.race", "white"],
  ["biographics.heightFeet", "3"],
  ["biographics.heightInches", "3"],
  ["biographics.weightPounds", "33"],
  ["biographics.eyeColor", "brown"],
  ["biographics.hairColor", "brown"],
  ["removalProceedings", false],
  ["previousDocuments.reentryPermit", false],
  ["previousDocuments.advanceParole", false],
  ["reason.category", "medical"],
  ["reason.treatmentAvailableAtHome", false],
  ["reason.lifeThreateningEmergency", true],
  [
    "reason.explanation",
    "My daughter Sofia, age 4, has short bowel syndrome. She depends on intravenous nutrition 14 hours a day and on close follow-up by the intestinal rehabilitation team at a children's hospital in San Diego. This care is not available where we lived in Mexico.",
  ],
  ["reason.lengthOfStay.value", "1"],
  ["reason.lengthOfStay.unit", "years"],
  ["workPermit", false],
  ["signature.signerRole", "parent"],
];

test("the mother's request comes in once; Who needs parole? adds her daughter, with a step of her own", async () => {
  await page.click('[data-lang="es"]');
  await inLanguage(page, "es");
  await page.setInputFiles("#pf-import", `${ROOT}/examples/reparole-medical-mother.json`);
  await page.waitForFunction(() => /reparole-medical-mother\.json/.test(document.querySelector("#pf-data-status").textContent));
  await toStart();
  assert.equal(await page.textContent("#pf-who-title"), "¿Quién necesita el parole?");
  parts = Number(/de (\d+)\./.exec(await page.textContent("#pf-progress-count"))[1]);
  assert.equal(await page.textContent("#pf-progress-count"), `Partes completas: ${parts} de ${parts}.`);
  assert.deepEqual(await page.$$eval("#pf-people li", (lis) => lis.map((li) => li.textContent)), ["Lucía Luna Ortega (primera solicitud)"]);
  await page.focus("#pf-add-person");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#pf-people li:nth-child(2) a");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "Persona 2", "focus on the new person");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#pf-sec-people-1-title", { state: "visible" });
  assert.equal(await page.evaluate(() => document.activeElement.id), "pf-sec-people-1-title");
  assert.equal(await page.textContent("#pf-sec-people-1-title"), "Persona 2: sus propias respuestas");
  // Only her own questions: nothing of what the family shares is asked again.
  const asked = await page.$$eval("#pf-sec-people-1 [data-q]", (qs) => qs.map((q) => q.dataset.q));
  assert.ok(asked.every((path) => path.startsWith(P)), asked.join(" "));
  for (const shared of ["filer.name.familyName", "contact.daytimePhone", "interpreter.used", "signature.date", "application.paroleType"]) {
    assert.ok(!asked.includes(P + shared), `${shared} is asked once, for everybody`);
  }
  assert.ok(await page.isVisible(id(P + "beneficiary.i94Number")), "her I-94: re-parole for someone else");
  assert.equal(await page.locator(`${id(P + "beneficiary.name.familyName")}`).count(), 1, "ids stay unique");
  await accessible(page, "the daughter's step");
  assert.ok(await noSidewaysScroll(), "no sideways scroll on her step");
});

test("her step still to answer: the summary lists her problems by name and counts everyone's; the task list has her step", async () => {
  await goToStep(page, "check");
  await page.waitForSelector("#pf-family:not([hidden])");
  // Her problems, each after her name, counted with her mother's (none) in the summary and aloud.
  const items = await page.$$eval("#pf-summary-list li", (lis) => lis.map((li) => [li.className, li.textContent]));
  const hers = items.filter(([, text]) => text.startsWith("Problema: Persona 2: "));
  assert.ok(hers.length > 3, items.join("\n"));
  const errors = items.filter(([kind]) => kind === "error").length;
  const advice = items.filter(([kind]) => kind === "warning").length;
  assert.equal(await page.textContent("#pf-summary-count"), `Problemas que corregir: ${errors}. Consejos: ${advice}.`);
  assert.equal(await page.textContent("#pf-announce"), `Problemas que corregir: ${errors}. Consejos: ${advice}.`);
  // The task list: her step after the sections, to do, and counted.
  assert.equal(await page.textContent("#pf-progress-count"), `Partes completas: ${parts} de ${parts + 1}.`);
  const entry = page.locator('#pf-progress-list li:has([data-step-link="people-1"])');
  assert.match(await entry.textContent(), /^Persona 2: sus propias respuestas \(Faltan: \d+\)$/);
  await accessible(page, "the check with her problems");
  assert.ok(await noSidewaysScroll(), "no sideways scroll with her problems");
  // A link of hers goes to her question, on her step.
  await page.locator("#pf-summary-list li", { hasText: "Persona 2: " }).first().locator("a").press("Enter");
  await page.waitForSelector("#pf-sec-people-1-title", { state: "visible" });
  assert.match(await page.evaluate(() => document.activeElement.closest("[data-q]")?.dataset.q ?? ""), /^people\.1\./);
  // The task list's link to her step, from the start step.
  await toStart();
  await page.click('[data-step-link="people-1"]');
  await page.waitForSelector("#pf-sec-people-1-title", { state: "visible" });
});

test("her own answers, once; her name follows everywhere", async () => {
  for (const [path, value] of SOFIA) await answer(path, value);
  await page.waitForFunction(() => document.querySelector("#pf-sec-people-1-title").textContent.startsWith("Sofía Ramírez Luna"));
  await toStart();
  assert.deepEqual(await page.$$eval("#pf-people li", (lis) => lis.map((li) => li.textContent)), [
    "Lucía Luna Ortega (primera solicitud)",
    "Sofía Ramírez Luna Quitar a Sofía Ramírez Luna",
  ]);
  await accessible(page, "who needs parole, two people");
});

test("check your answers: each person's check and the family's summary, in Spanish and in English", async () => {
  await goToStep(page, "check");
  await page.waitForSelector("#pf-family:not([hidden])");
  let family = await page.textContent("#pf-family");
  assert.match(family, /Las solicitudes de su familia/);
  assert.deepEqual(await page.$$eval("#pf-family h3", (hs) => hs.map((h) => h.textContent).slice(0, 2)), ["Lucía Luna Ortega", "Sofía Ramírez Luna"]);
  assert.equal((family.match(/No hay problemas que corregir/g) ?? []).length, 2, family);
  assert.match(family, /Cuándo presentar, la fecha más próxima primero/);
  assert.equal(await page.locator("#pf-family .family-dates li").count(), 2);
  assert.match(family, /Para: Lucía Luna Ortega, Sofía Ramírez Luna/);
  assert.match(family, /Lucía Luna Ortega: \$910 con el formulario, \$1,000 solo si lo aprueban\..*1804\(b\)\(2\)/);
  assert.match(family, /Sofía Ramírez Luna: \$630 con el formulario, \$1,000 solo si lo aprueban\..*1804\(b\)\(1\)/);
  assert.match(family, /En total: \$1,540 con los formularios, \$2,000 solo si los aprueban/);
  // Everyone complete: the task list counts her step, the summary has nothing to fix.
  assert.equal(await page.textContent("#pf-progress-count"), `Partes completas: ${parts + 1} de ${parts + 1}.`);
  assert.equal(await page.textContent('#pf-progress-list li:has([data-step-link="people-1"])'), "Sofía Ramírez Luna: sus propias respuestas (Completa)");
  assert.equal(await page.textContent("#pf-summary-count"), "No hay problemas que corregir. Lea los consejos y luego imprima la revisión.");
  // Her own answers by Part and Item, under her name, after the review, printed with it.
  assert.deepEqual(await page.$$eval("#pf-people-answers h2", (hs) => hs.map((h) => h.textContent)), ["Sofía Ramírez Luna"]);
  const answers = await page.textContent("#pf-people-answers");
  assert.match(answers, /Sus respuestas, por Parte y Punto de su propio Formulario I-131\./);
  assert.match(answers, /456789123C4/);
  assert.ok(!answers.includes("456789124C5"), "not her mother's I-94");
  assert.equal(await page.locator('#pf-people-answers .change[data-path="people.1.beneficiary.i94Number"]').count(), 1, "Change goes to her own question");
  assert.equal(await page.locator('#pf-people-answers .change[data-path="filer.name.familyName"]').count(), 1, "and to the shared one for what is shared");
  await page.emulateMedia({ media: "print" });
  assert.ok(await page.isVisible("#pf-people-answers .person-answers h2"), "printed");
  assert.ok(!(await page.isVisible("#pf-people-answers .change")), "without the Change buttons");
  assert.equal(await page.$eval("#pf-people-answers .person-answers", (s) => getComputedStyle(s).breakBefore), "page");
  await page.emulateMedia({ media: "screen" });
  await page.locator('#pf-people-answers .change[data-path="people.1.beneficiary.i94Number"]').press("Enter");
  await page.waitForSelector("#pf-sec-people-1-title", { state: "visible" });
  assert.equal(await page.evaluate(() => document.activeElement.closest("[data-q]")?.dataset.q), "people.1.beneficiary.i94Number");
  await goToStep(page, "check");
  await page.waitForSelector("#pf-family:not([hidden])");
  await accessible(page, "the family's check, Spanish");
  assert.ok(await noSidewaysScroll(), "no sideways scroll on the check");

  await page.click('[data-lang="en"]');

  await inLanguage(page, "en");
  await page.waitForFunction(() => /Your family's requests/.test(document.querySelector("#pf-family").textContent));
  family = await page.textContent("#pf-family");
  assert.equal((family.match(/No problems to fix/g) ?? []).length, 2, family);
  assert.match(family, /When to file, the earliest deadline first/);
  assert.match(family, /For: Lucía Luna Ortega, Sofía Ramírez Luna/);
  assert.match(family, /Together: \$1,540 with the forms, \$2,000 only if approved, before any exemption\./);
  assert.match(family, /a medical emergency/);
  assert.match(await page.textContent("#pf-people-answers"), /Their answers, by Part and Item of their own Form I-131\./);
  await accessible(page, "the family's check, English");
});

/** Every filled field of a PDF: name → value (pdf.js, as tests/node/pdf.test.mjs reads them). */
async function fields(path) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(path)), standardFontDataUrl: `${ROOT}/node_modules/pdfjs-dist/standard_fonts/`, verbosity: 0 }).promise;
  const out = {};
  for (const [name, widgets] of Object.entries(await doc.getFieldObjects())) {
    const value = widgets.map((w) => w.value).find((v) => typeof v === "string" && v.trim() && v !== "Off");
    if (value) out[name] = value;
  }
  return out;
}
const field = (all, pattern) => Object.entries(all).find(([name]) => pattern.test(name))?.[1];

test("Download all forms: one PDF per person, named after them, each with its own name and I-94 in Part 2", async () => {
  const files = [];
  const collect = (d) => files.push(d);
  page.on("download", collect);
  await page.focus("#pf-pdf-all");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /Downloaded:/.test(document.querySelector("#pf-family [role=status]").textContent), null, { timeout: 30_000 });
  // The browser tells of each download a moment after the page made it.
  for (let i = 0; i < 100 && files.length < 2; i++) await page.waitForTimeout(100);
  page.off("download", collect);
  assert.deepEqual(files.map((f) => f.suggestedFilename()), ["I-131-LunaOrtega-Lucía.pdf", "I-131-RamírezLuna-Sofía.pdf"]);
  const [mother, daughter] = await Promise.all(files.map(async (f) => fields(await f.path())));
  assert.equal(field(mother, /Part2_Line1_FamilyName/), "Luna Ortega");
  assert.equal(field(mother, /Part2_Line13_I94/), "456789124C5");
  assert.ok(!Object.values(mother).includes("456789123C4"), "not her daughter's I-94");
  assert.equal(field(daughter, /P2_Line16_FamilyName/), "Ramírez Luna");
  assert.equal(field(daughter, /P2_Line27_I94/), "456789123C4");
  assert.equal(field(daughter, /Part2_Line1_FamilyName/), "Luna Ortega", "her mother files for her");
  assert.ok(!Object.values(daughter).includes("456789124C5"), "not her mother's I-94");
});

test("everyone's reminders: one calendar file, each event named after its person (read by ical.js)", async () => {
  await page.focus("#pf-family-reminders");
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(await file.path(), "utf8")));
  const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  const of = (name) => events.filter((e) => e.summary.startsWith(`${name} · `)).map((e) => e.startDate.toString());
  const [mother, daughter] = [of("Lucía Luna Ortega"), of("Sofía Ramírez Luna")];
  assert.ok(mother.length && daughter.length, "both people have events");
  assert.equal(mother.length + daughter.length, events.length, "every event names its person");
  assert.ok(daughter.includes("2027-05-14"), "her parole's last day");
  assert.equal(new Set(events.map((e) => e.uid)).size, events.length);
});

test("the export holds both people, and imports back into a fresh page", async () => {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#pf-export")]);
  const exported = JSON.parse(readFileSync(await file.path(), "utf8"));
  assert.equal(exported.family.people.length, 2);
  assert.equal(exported.family.shared.filer.name.givenName, "Lucía");
  assert.equal(exported.family.people[1].beneficiary.i94Number, "456789123C4");
  // Everything deleted, then the file brought back.
  await page.click("#pf-delete");
  await page.click("#pf-delete-yes");
  await page.waitForFunction(() => document.querySelectorAll("#pf-people li").length === 1);
  await page.setInputFiles("#pf-import", await file.path());
  await page.waitForSelector("#pf-family:not([hidden])");
  assert.deepEqual(await page.$$eval("#pf-family h3", (hs) => hs.map((h) => h.textContent).slice(0, 2)), ["Lucía Luna Ortega", "Sofía Ramírez Luna"]);
  assert.equal(await page.inputValue(id(P + "beneficiary.i94Number")), "456789123C4");
});

test("no console errors", () => {
  assert.deepEqual(log.errors, []);
});
