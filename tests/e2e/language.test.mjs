// Languages loaded one at a time (issue 17, points 2 and 5), in headless Chromium at 360 px: the
// page opens with one language file, English; Español is picked with the keyboard from a later step
// and everything is reworded without losing an answer or the step; the address keeps ?lang=es and a
// reload opens in it; a language file that cannot be fetched (404) or read is said in words, in
// the language the page has, and the answers stay.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { accessible } from "../support/axe.mjs";
import { inLanguage, openHelper } from "../support/page.mjs";
import { goToStep } from "../support/steps.mjs";

const FAMILY = "#pf-filer-name-familyName";
const GIVEN = "#pf-filer-name-givenName";
let session, page, log;

// No service worker: it would answer the language file's request before the routes below could.
before(async () => {
  session = await openHelper({ locale: "en-US", serviceWorkers: "block" });
  ({ page, log } = session);
});

after(() => session?.close());

/** Presses Tab (Shift+Tab when `back`) until `selector` has focus. */
async function tabTo(selector, { back = false, limit = 300 } = {}) {
  for (let i = 0; i < limit; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
  }
  assert.fail(`${selector} cannot be reached with the keyboard`);
}

const languageFiles = () => log.requests.filter((r) => /\/locales\/.*\.ftl$/.test(r)).map((r) => new URL(r).pathname);

test("the page opens with one language file, and the picker names each language in itself", async () => {
  assert.deepEqual(languageFiles(), ["/locales/en.ftl"]);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.getAttribute("html", "dir"), "ltr");
  const buttons = await page.$$eval("nav.langs button", (all) => all.map((b) => [b.dataset.lang, b.lang, b.textContent, b.getAttribute("aria-pressed")]));
  assert.deepEqual(buttons.slice(0, 2), [
    ["en", "en", "English", "true"],
    ["es", "es", "Español", "false"],
  ]);
  assert.equal(await page.getAttribute("nav.langs", "aria-label"), "Language");
});

test("Español, picked with the keyboard from a later step: reworded, every answer and the step kept", async () => {
  await page.click("#pf-consent-yes");
  await goToStep(page, "filer");
  await page.fill(FAMILY, "Luna");
  await page.fill(GIVEN, "Sofía");
  await page.focus(GIVEN);
  const step = await page.evaluate(() => location.hash);
  await tabTo('[data-lang="es"]', { back: true });
  await page.keyboard.press("Enter");
  await inLanguage(page, "es");
  assert.deepEqual(languageFiles(), ["/locales/en.ftl", "/locales/es.ftl"], "Spanish fetched when picked");
  assert.equal(await page.textContent("h1"), "Revise su solicitud de parole");
  assert.equal(await page.title(), "Revisar una solicitud de parole (Formulario I-131) · Parole Form Helper");
  assert.equal(await page.textContent("#pf-continue"), "Continuar");
  assert.equal(await page.getAttribute("nav.langs", "aria-label"), "Idioma");
  assert.equal(await page.getAttribute('[data-lang="es"]', "aria-pressed"), "true");
  assert.equal(await page.getAttribute('[data-lang="en"]', "aria-pressed"), "false");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.lang), "es", "focus stays on the picker");
  assert.deepEqual([await page.inputValue(FAMILY), await page.inputValue(GIVEN)], ["Luna", "Sofía"]);
  assert.equal(await page.evaluate(() => location.hash), step, "the same step");
  assert.equal(await page.evaluate(() => new URL(location.href).searchParams.get("lang")), "es");
  assert.equal(await page.evaluate(() => localStorage.getItem("parole-helper:lang")), "es", "kept with the draft");
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 360, `no sideways scrolling at 360 px (${width} px)`);
  await accessible(page, "in Spanish, on a later step");
});

test("a reload opens in Spanish, with the answers", async () => {
  await page.waitForFunction(() => /Luna/.test(localStorage.getItem("parole-helper:draft") ?? ""));
  const before = log.requests.length;
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.equal(await page.getAttribute("html", "lang"), "es");
  assert.equal(await page.textContent("h1"), "Revise su solicitud de parole");
  assert.deepEqual(log.requests.slice(before).filter((r) => /\/locales\/.*\.ftl$/.test(r)).map((r) => new URL(r).pathname), ["/locales/es.ftl"], "one language file");
  assert.equal(await page.inputValue(FAMILY), "Luna");
});

test("a language file that cannot be fetched: said in the language the page has, the answers kept", async () => {
  // Opening in Spanish (the address and the draft say so) while its file is missing: English, and why.
  await page.route("**/locales/es.ftl", (route) => route.fulfill({ status: 404, contentType: "text/plain", body: "Not found" }));
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.equal(await page.getAttribute("html", "lang"), "en");
  await page.waitForSelector("#lang-notice:not([hidden])");
  assert.match(await page.textContent("#lang-notice"), /^The words for Español could not be loaded \(no connection, or the file is missing\), so the helper stays in this language\. Your answers are kept\./);
  assert.equal(await page.inputValue(FAMILY), "Luna", "the draft is still read");

  // Picking it again from a later step: the same words, nothing changed.
  await goToStep(page, "filer");
  await page.fill(GIVEN, "Ana");
  await page.focus(GIVEN);
  const step = await page.evaluate(() => location.hash);
  await page.evaluate(() => (document.getElementById("lang-notice").hidden = true));
  await tabTo('[data-lang="es"]', { back: true });
  await page.keyboard.press("Enter");
  await page.waitForSelector("#lang-notice:not([hidden])");
  assert.match(await page.textContent("#lang-notice"), /^The words for Español could not be loaded/);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.getAttribute('[data-lang="en"]', "aria-pressed"), "true");
  assert.deepEqual([await page.inputValue(FAMILY), await page.inputValue(GIVEN)], ["Luna", "Ana"]);
  assert.equal(await page.evaluate(() => location.hash), step, "the same step");
  await accessible(page, "a language that could not be loaded");
});

test("a language file that cannot be read: said the same way, nothing changed", async () => {
  await page.unroute("**/locales/es.ftl");
  await page.route("**/locales/es.ftl", (route) => route.fulfill({ status: 200, contentType: "text/plain", body: "page-cancel = { $\n" }));
  await page.evaluate(() => (document.getElementById("lang-notice").hidden = true));
  await page.click('[data-lang="es"]');
  await page.waitForSelector("#lang-notice:not([hidden])");
  assert.match(await page.textContent("#lang-notice"), /^The words for Español could not be loaded/);
  assert.equal(await page.getAttribute("html", "lang"), "en");
  assert.equal(await page.inputValue(GIVEN), "Ana");
  // The file back: the same button works.
  await page.unroute("**/locales/es.ftl");
  await page.click('[data-lang="es"]');
  await inLanguage(page, "es");
  assert.ok(await page.isHidden("#lang-notice"));
  assert.equal(await page.inputValue(GIVEN), "Ana");
});

test("no console errors but the missing file's", () => {
  assert.deepEqual(log.errors.filter((e) => !/status of 404/.test(e)), []);
});
