// Offline after one visit (issue 18): www/sw.js keeps the helper's own files, the page works with
// the network off and says its rules are those of the copy kept here; online again, a new
// version on the server is what the page gets (nothing stale while a fresh copy can be had); the
// cache holds the helper's files and nothing else (no answer is ever in it).
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { serve } from "../../tools/serve.mjs";
import { launch, watch } from "../support/browser.mjs";
import { ROOT } from "../support/cli.mjs";
import { accessible } from "../support/axe.mjs";

// A copy of the site, so the test can ship a "new version" without touching www/.
const site = mkdtempSync(join(tmpdir(), "parole-helper-site-"));
let server, url, browser, page, log;

before(async () => {
  cpSync(`${ROOT}/www`, site, { recursive: true });
  ({ server, url } = await serve({ root: site }));
  browser = await launch({ viewport: { width: 360, height: 780 }, locale: "es-ES" });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  log = watch(page);
  await page.goto(url);
  await page.waitForSelector("body[data-ready]");
});

after(async () => {
  await browser?.close();
  server?.close();
  rmSync(site, { recursive: true, force: true });
});

const controlled = () => page.evaluate(() => !!navigator.serviceWorker.controller);

test("the first visit keeps the helper's files, and says nothing about being offline", async () => {
  await page.evaluate(() => navigator.serviceWorker.ready);
  // The worker controls the page from its next load; that load fills the cache with every file.
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.ok(await controlled(), "the page is under the worker");
  assert.ok(await page.isHidden("#offline-notice"));
  const cached = await page.evaluate(async () => (await (await caches.open("parole-helper")).keys()).map((r) => new URL(r.url).pathname));
  for (const file of ["/", "/app.js", "/form-ui.js", "/pkg/parole_helper_bg.wasm", "/helper.css", "/locales/es.ftl"]) assert.ok(cached.includes(file), `${file} is kept`);
  // Languages are fetched one at a time: only the one the page opened in.
  assert.ok(!cached.includes("/locales/en.ftl"), "English was never fetched");
  // Only files of the site: every path names a file served from it.
  for (const path of cached) assert.ok(path === "/" || readFileSync(join(site, path)), path);
});

test("with the network off the page still loads, works, and says its rules may be old", async () => {
  await browser.context.setOffline(true);
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.ok(await page.isVisible("#offline-notice"));
  assert.match(await page.textContent("#offline-notice"), /^No hay conexión\. .*la fecha en que se revisaron\.$/);
  // The core answers: Part 1's window from a parole end date.
  await page.click("#pf-begin");
  await page.check("#pf-application-paroleType-1");
  await page.fill("#pf-application-currentParoleExpires-month", "05");
  await page.fill("#pf-application-currentParoleExpires-day", "14");
  await page.fill("#pf-application-currentParoleExpires-year", "2027");
  await page.waitForSelector("#pf-window:not([hidden]) .window");
  await accessible(page, "offline");
  // English was never fetched here: offline it cannot be, which is said in Spanish; the answers,
  // the step and the language stay.
  await page.click('[data-lang="en"]');
  await page.waitForSelector("#lang-notice:not([hidden])");
  assert.match(await page.textContent("#lang-notice"), /^No se pudieron cargar las palabras en English \(no hay conexión/);
  assert.equal(await page.getAttribute("html", "lang"), "es");
  assert.equal(await page.inputValue("#pf-application-currentParoleExpires-month"), "05");
  assert.ok(await page.isVisible("#pf-application-currentParoleExpires-year"), "the same step");
});

test("online again: the notice goes, and a new version on the server is what the page gets", async () => {
  await browser.context.setOffline(false);
  await page.waitForSelector("#offline-notice", { state: "hidden" });
  const words = join(site, "locales/es.ftl");
  writeFileSync(words, readFileSync(words, "utf8").replace("page-formTitle = Revise su solicitud de parole\n", "page-formTitle = Revise su solicitud de parole (versión nueva)\n"));
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  assert.equal(await page.textContent("h1"), "Revise su solicitud de parole (versión nueva)", "the page opens in the browser's Spanish again");
});

test("no console errors", () => {
  // Offline, the network's own: the page's requests, and English's file that the worker could not
  // answer (ERR_FAILED), said to the person in Spanish above.
  assert.deepEqual(log.errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource: net::ERR_FAILED$/.test(e)), []);
});
