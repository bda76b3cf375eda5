// A partner's website embeds the helper under the strict policy
//   default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none';
//   base-uri 'none'; require-trusted-types-for 'script'
// from a second origin (the helper's own site runs on another port): with a script tag, in both
// languages and both modes, and in an iframe. The events carry the documented payloads, nothing
// violates the policy, and no request leaves the two origins.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { PARTNER_CSP, serve } from "../../tools/serve.mjs";
import { launch, watch } from "../support/browser.mjs";
import { ROOT } from "../support/cli.mjs";
import { accessible } from "../support/axe.mjs";
import { openShadowRoots } from "../support/shadow.mjs";
import { goToStep } from "../support/steps.mjs";

let helperSite, partnerSite, browser, page, log;

before(async () => {
  helperSite = await serve({ root: `${ROOT}/www` });
  partnerSite = await serve({
    root: `${ROOT}/demo/partner`,
    mounts: { "/parole-helper/": `${ROOT}/dist/parole-form-helper` },
    csp: PARTNER_CSP,
  });
  assert.notEqual(new URL(helperSite.url).origin, new URL(partnerSite.url).origin);
  browser = await launch({ viewport: { width: 1000, height: 900 }, locale: "en-US" });
  // The elements' shadow roots are closed; these tests look inside, so they open them first
  // (tests/e2e/data-safety.test.mjs checks them closed).
  await browser.context.addInitScript(openShadowRoots);
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  log = watch(page);
  const response = await page.goto(partnerSite.url);
  // The policy partners are promised (docs/embedding.md), written out here: if the server's
  // constant drifted, the page would be tested under some other policy.
  const PROMISED =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";
  assert.ok(readFileSync(`${ROOT}/docs/embedding.md`, "utf8").includes(`Content-Security-Policy: ${PROMISED}\n`));
  assert.equal(response.headers()["content-security-policy"], PROMISED);
  await page.waitForFunction(() => window.partnerLog?.filter((e) => e.type === "parole-helper:ready").length === 2);
});

after(async () => {
  await browser?.close();
  helperSite?.server.close();
  partnerSite?.server.close();
});

const events = (type, target) => page.evaluate(([t, id]) => window.partnerLog.filter((e) => e.type === t && (!id || e.target === id)), [type, target]);

test("both elements say they are ready, with their mode and language", async () => {
  const ready = await events("parole-helper:ready");
  assert.deepEqual(
    ready.map((e) => [e.target, e.detail.mode, e.detail.lang, typeof e.detail.version]).sort(),
    [["dates", "window", "es", "string"], ["request", "form", "es", "string"]],
  );
});

/** Where focus is: `host#inner` inside an element's shadow root, or the page's own element id. */
const focused = () =>
  page.evaluate(() => {
    const host = document.activeElement;
    const inner = host?.shadowRoot?.activeElement;
    return inner ? `${host.id}#${inner.id || inner.tagName.toLowerCase()}` : host?.id ?? "";
  });

/** Presses Tab until focus is on `target` (as `focused()` names it): keyboard only. */
async function tabTo(target) {
  for (let i = 0; i < 60; i++) {
    if ((await focused()) === target) return;
    await page.keyboard.press("Tab");
  }
  assert.fail(`${target} cannot be reached with Tab on the partner page`);
}

test("window mode, keyboard only: computes the window in Spanish and sends it in an event", async () => {
  await page.evaluate(() => document.activeElement?.blur());
  for (const [box, text] of [["expires-month", "03"], ["expires-day", "31"], ["expires-year", "2027"]]) {
    await tabTo(`dates#${box}`);
    await page.keyboard.type(text);
  }
  await tabTo("dates#button");
  while (!(await page.evaluate(() => document.querySelector("#dates").shadowRoot.activeElement?.type === "submit"))) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForSelector("#dates #results:not([hidden])");
  assert.equal(await focused(), "dates#results", "focus moves to the results inside the element");
  assert.equal(await page.textContent("#dates #reparole-result .status"), "Ya puede pedirlo");
  const [w] = await events("parole-helper:window", "dates");
  assert.equal(w.detail.kind, "reparole");
  assert.equal(w.detail.program, "general");
  assert.equal(w.detail.expiresOn, "2027-03-31");
  assert.equal(w.detail.fileByOn, "2026-12-31");
  assert.equal(w.detail.today, "2026-11-27", "the today attribute is used");
  assert.equal(w.detail.daysUntilExpiry, 124);
  // The element shows the core's picture too, inside its own root.
  assert.equal(await page.textContent("#dates #timeline-title"), "Cuándo pedirlo: una línea de tiempo");
  assert.deepEqual(await page.locator("#dates #timeline-box .row-title").allTextContents(), ["Nuevo parole"]);
});

test("the lang attribute (and the element's own switch) change the language, answers stay", async () => {
  await page.evaluate(() => document.getElementById("dates").setAttribute("lang", "en"));
  await page.waitForFunction(() => document.querySelector("#dates").shadowRoot.querySelector("#reparole-result .status")?.textContent === "Open: you can ask now");
  assert.equal(await page.inputValue("#dates #expires-day"), "31");
  await page.click('#dates button[data-lang="es"]');
  assert.equal(await page.getAttribute("#dates", "lang"), "es");
  await page.waitForFunction(() => document.querySelector("#dates").shadowRoot.querySelector("#reparole-result .status")?.textContent === "Ya puede pedirlo");
  // <parole-helper lang="uk">: its file is fetched next to the element, and the element speaks it.
  await page.evaluate(() => document.getElementById("dates").setAttribute("lang", "uk"));
  await page.waitForFunction(() => document.querySelector("#dates").shadowRoot.querySelector("#reparole-result .status")?.textContent === "Відкрито: подавати вже можна");
  assert.equal(await page.inputValue("#dates #expires-day"), "31", "answers stay");
  assert.equal(await page.getAttribute('#dates button[data-lang="uk"]', "aria-pressed"), "true");
  assert.equal(await page.textContent('#dates button[data-lang="uk"]'), "Українська", "named in itself");
  await page.click('#dates button[data-lang="es"]');
  await page.waitForFunction(() => document.querySelector("#dates").shadowRoot.querySelector("#reparole-result .status")?.textContent === "Ya puede pedirlo");
});

test("form mode: change events carry completion and counts, and no personal data by default", async () => {
  const count = () => page.evaluate(() => window.partnerLog.filter((e) => e.type === "parole-helper:change" && e.target === "request").length);
  const beforeClick = await count();
  await goToStep(page, "application", "#request");
  await page.click('#request input[name="pf-application-paroleType"][value="reparole"]');
  await page.waitForFunction((n) => window.partnerLog.filter((e) => e.type === "parole-helper:change" && e.target === "request").length > n, beforeClick);
  const before = (await events("parole-helper:change", "request")).at(-1).detail;
  // Wait for the event that follows the name (it answers a required question: one error fewer),
  // not one from before it was typed.
  const seen = await count();
  await goToStep(page, "filer", "#request");
  await page.fill("#request #pf-filer-name-familyName", "Luna Ortega");
  await page.waitForFunction(
    ([n, errors]) => window.partnerLog.filter((e) => e.type === "parole-helper:change" && e.target === "request").slice(n).some((e) => e.detail.errors < errors),
    [seen, before.errors],
  );
  const changes = await events("parole-helper:change", "request");
  const last = changes.at(-1).detail;
  assert.ok(last.errors < before.errors, "this event is about the typed name");
  assert.deepEqual(Object.keys(last).sort(), ["completion", "errors", "warnings"]);
  assert.equal(typeof last.errors, "number");
  assert.ok(last.errors > 0);
  assert.deepEqual(Object.keys(last.completion).sort(), ["complete", "sectionsComplete", "sectionsTotal"]);
  assert.equal(last.completion.complete, false);
  assert.ok(!JSON.stringify(changes).includes("Luna Ortega"), "no answers leave the element without share-data");
});

test("with share-data, the answers come too; setData, getData and validate work", async () => {
  await page.evaluate(() => document.getElementById("request").setAttribute("share-data", ""));
  const example = JSON.parse(readFileSync(`${ROOT}/examples/reparole-medical-child.json`, "utf8"));
  const report = await page.evaluate((data) => {
    const el = document.getElementById("request");
    el.setData(data);
    return el.validate();
  }, example);
  assert.equal(report.summary.errors, 0, JSON.stringify(report.diagnostics.map((d) => d.code)));
  assert.equal(report.window.fileByOn, "2027-02-13");
  const data = await page.evaluate(() => document.getElementById("request").getData());
  assert.equal(data.beneficiary.name.givenName, "Sofía");
  const last = (await events("parole-helper:change", "request")).at(-1).detail;
  assert.equal(last.data.beneficiary.name.givenName, "Sofía");
  assert.equal(last.completion.complete, true);
  const windows = await events("parole-helper:window", "request");
  assert.equal(windows.at(-1).detail.expiresOn, "2027-05-14");
  assert.equal(await page.inputValue("#request #pf-beneficiary-name-familyName"), "Ramírez Luna");
});

test("the partner's theme reaches inside: custom properties and ::part", async () => {
  const color = await page.evaluate(() => {
    const button = document.getElementById("request").shadowRoot.querySelector('button[type="submit"]');
    return getComputedStyle(button).backgroundColor;
  });
  assert.equal(color, "rgb(0, 105, 92)", "--ph-color-accent from partner.css");
  assert.deepEqual(await page.evaluate(() => window.cspViolations), [], "nothing on the partner page broke its policy");
});

test("storage=\"none\" stores nothing, and the page is accessible", async () => {
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage)), []);
  assert.equal(await page.evaluate(() => document.getElementById("request").shadowRoot.querySelector("#pf-consent")), null);
  await accessible(page, "the partner page, storage none");
});

test("in an iframe, the element works under the same policy", async () => {
  await page.goto(new URL("iframe.html", partnerSite.url).href);
  const frame = page.frameLocator("#helper-frame");
  await frame.locator("#expires-month").fill("6");
  await frame.locator("#expires-day").fill("30");
  await frame.locator("#expires-year").fill("2027");
  await frame.locator('button[type="submit"]').click();
  await frame.locator("#results:not([hidden])").waitFor();
  assert.match(await frame.locator("#reparole-result .steps").textContent(), /30 de junio de 2027/);
  const violations = await page.evaluate(() => window.cspViolations);
  assert.deepEqual(violations, []);
  const inFrame = await page.frames().find((f) => f.url().includes("embed.html")).evaluate(() => document.querySelectorAll("parole-helper").length);
  assert.equal(inFrame, 1);
});

test("no policy violation, no console error, no request outside the two origins", async () => {
  const origins = [new URL(partnerSite.url).origin, new URL(helperSite.url).origin];
  const foreign = log.requests.filter((r) => !origins.some((o) => r.startsWith(o)) && !r.startsWith("blob:") && !r.startsWith("data:"));
  assert.deepEqual(foreign, []);
  assert.deepEqual(log.errors, []);
  assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
});
