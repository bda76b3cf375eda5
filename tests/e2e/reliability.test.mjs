// Hostile input and broken storage in headless Chromium: script and HTML in every answer stay text
// everywhere (form, messages, review, print, the partner element); two tabs on one draft warn
// instead of overwriting; a full or blocked storage is reported. Nothing runs that should not,
// no typed data appears in a request.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { serve } from "../../tools/serve.mjs";
import { launch, watch } from "../support/browser.mjs";
import { ROOT } from "../support/cli.mjs";
import { openShadowRoots } from "../support/shadow.mjs";
import { goToStep } from "../support/steps.mjs";

const PAYLOADS = [
  `<img src=x onerror="alert('img')">`,
  `<script>alert('script')</script>`,
  `"><svg onload=alert('svg')>`,
  `javascript:alert('link')`,
  `{{constructor.constructor('alert(1)')()}}`,
];
let site, browser, context;

before(async () => {
  site = await serve({ root: `${ROOT}/www` });
  browser = await launch({ viewport: { width: 1000, height: 900 }, locale: "en-US" });
  context = browser.context;
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

async function open(path = "", init) {
  const page = await context.newPage();
  const log = watch(page);
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  if (init) await page.addInitScript(init);
  await page.goto(new URL(path, site.url).href);
  await page.waitForFunction(() => document.body.dataset.ready || document.querySelector("parole-helper")?.shadowRoot?.querySelector(".helper-root"));
  return { page, log, dialogs };
}

test("script and HTML in every answer stay text: form, messages, review, print", async () => {
  const { page, log, dialogs } = await open();
  // Every section and question on show.
  await goToStep(page, "application");
  await page.click('input[name="pf-application-paroleType"][value="reparole"]');
  await page.click('input[name="pf-application-onBehalfOfSomeoneElse"][value="true"]');
  await page.click('input[name="pf-application-program"][value="other"]');
  await goToStep(page, "helpers");
  await page.click('input[name="pf-interpreter-used"][value="true"]');
  await page.click('input[name="pf-preparer-used"][value="true"]');
  await goToStep(page, "filer");
  await page.check("#pf-filer-physicalAddress");
  await goToStep(page, "beneficiary");
  await page.check("#pf-beneficiary-physicalAddress");
  const scriptsBefore = await page.evaluate(() => document.scripts.length);
  // One step at a time, in order, the last one (Parts 11-12) last.
  const steps = await page.$$eval("[data-step-link]", (links) => links.map((a) => a.dataset.stepLink).filter((s) => s !== "check"));
  assert.equal(steps.at(-1), "helpers");
  let boxes = 0;
  let filled = 0;
  for (const step of steps) {
    await goToStep(page, step);
    const inputs = await page.$$('#pf-form input[type=text]:visible, #pf-form input:not([type]):visible, #pf-form textarea:visible');
    boxes += inputs.length;
    // A payload in a country hides the US state and ZIP boxes: fill what is still shown.
    for (const input of inputs) {
      if (!(await input.isVisible())) continue;
      // Leaving the previous box sends its answer: a payload in a country may hide this one.
      const ok = await input.fill(PAYLOADS[filled % PAYLOADS.length], { timeout: 2000 }).then(() => true, () => false);
      if (ok) filled++;
      else assert.ok(!(await input.isVisible()), "a box that stays visible can always be filled");
    }
  }
  assert.ok(boxes > 60, `only ${boxes} text boxes`);
  assert.ok(filled > 50, `filled ${filled}`);
  // A click on Continue right after typing (Parts 11-12 are the last step: it goes to check your
  // answers): the messages of the question just left must not push the button away between mouse
  // down and mouse up.
  await page.click("#pf-continue");
  await page.waitForSelector("#pf-review:not([hidden])");
  await page.emulateMedia({ media: "print" });
  await page.emulateMedia({ media: "screen" });

  assert.deepEqual(dialogs, [], "no script ran");
  assert.deepEqual(log.errors, [], "nothing was even attempted (a CSP block would show here)");
  assert.equal(await page.evaluate(() => document.scripts.length), scriptsBefore);
  assert.equal(await page.evaluate(() => document.querySelectorAll("img, svg:not([data-ok]), #pf-form script").length), 0, "no element made from an answer");
  const review = await page.textContent("#pf-review");
  assert.ok(review.includes(PAYLOADS[0]) && review.includes(PAYLOADS[1]), "the review shows the answers as typed");
  const messages = await page.textContent("#pf-form");
  assert.ok(messages.includes(`"${PAYLOADS[3]}"`) || messages.includes(PAYLOADS[2]), "messages quote what was typed, as text");
  for (const url of log.requests) for (const p of PAYLOADS) assert.ok(!url.includes(encodeURIComponent(p)) && !url.includes(p), `a payload in ${url}`);
  await page.close();
});

test("the partner element shows hostile answers as text too", async () => {
  // The test looks inside the element: it opens the (closed) shadow root first.
  const { page, log, dialogs } = await open("embed.html?mode=form&storage=none&today=2026-11-27", openShadowRoots);
  await page.waitForFunction(() => document.querySelector("parole-helper").shadowRoot.querySelector("#pf-form"));
  const report = await page.evaluate((payloads) => {
    const el = document.querySelector("parole-helper");
    el.setData({
      application: { paroleType: "reparole", onBehalfOfSomeoneElse: true, program: "other", programName: payloads[0] },
      filer: { name: { familyName: payloads[1], givenName: payloads[2] }, aNumber: payloads[0], ssn: payloads[2] },
      beneficiary: { name: { familyName: payloads[3] }, email: payloads[0] },
      reason: { explanation: payloads.join(" ") },
    });
    return el.validate();
  }, PAYLOADS);
  assert.ok(report.summary.errors > 0);
  await goToStep(page, "check", "parole-helper");
  const shadowText = await page.evaluate(() => document.querySelector("parole-helper").shadowRoot.textContent);
  assert.ok(shadowText.includes(PAYLOADS[0]));
  assert.equal(await page.evaluate(() => document.querySelector("parole-helper").shadowRoot.querySelectorAll("img, script, svg").length), 0);
  assert.deepEqual(dialogs, []);
  assert.deepEqual(log.errors, []);
  await page.close();
});

test("two tabs on one draft: the second is warned, and neither copy is overwritten", async () => {
  const a = await open("#part-filer");
  await a.page.click("#pf-consent-yes");
  await a.page.fill("#pf-filer-name-familyName", "Version A");
  await a.page.waitForFunction(() => localStorage.getItem("parole-helper:draft")?.includes("Version A"));
  const b = await open("#part-filer");
  assert.equal(await b.page.inputValue("#pf-filer-name-familyName"), "Version A", "the second tab opens the draft");

  await a.page.fill("#pf-filer-name-familyName", "Version A, later");
  await b.page.waitForSelector("#pf-other-tab:not([hidden])");
  const attempt = Number((await b.page.getAttribute("#pf-save-status", "data-attempt")) ?? 0);
  await b.page.fill("#pf-filer-name-givenName", "Typed in B");
  // Wait for B's autosave to decide, not for a fixed time.
  await b.page.waitForFunction((n) => Number(document.querySelector("#pf-save-status").dataset.attempt ?? 0) > n, attempt, { timeout: 5000 });
  assert.equal(await b.page.getAttribute("#pf-save-status", "data-outcome"), "other-tab");
  const stored = await b.page.evaluate(() => JSON.parse(localStorage.getItem("parole-helper:draft")));
  assert.equal(stored.form.filer.name.familyName, "Version A, later", "B did not overwrite A's save");
  assert.equal(stored.form.filer.name.givenName, undefined);

  await b.page.click("#pf-other-tab-load");
  assert.equal(await b.page.inputValue("#pf-filer-name-familyName"), "Version A, later");
  assert.ok(await b.page.isHidden("#pf-other-tab"));
  assert.deepEqual([...a.log.errors, ...b.log.errors], []);
  await b.page.click("#pf-delete");
  await b.page.click("#pf-delete-yes");
  await a.page.close();
  await b.page.close();
});

test("a full storage is reported, and export is offered", async () => {
  const { page, log } = await open("#part-filer", () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (key === "parole-helper:draft") throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      return setItem.call(this, key, value);
    };
  });
  await page.click("#pf-consent-yes");
  await page.fill("#pf-filer-name-familyName", "Luna");
  await page.waitForFunction(() => document.querySelector("#pf-save-status").textContent.includes("Could not save"));
  assert.equal(await page.getAttribute("#pf-save-status", "role"), "alert");
  assert.match(await page.textContent("#pf-save-status"), /Export your answers/);
  assert.ok(await page.isVisible("#pf-export"));
  assert.equal(await page.inputValue("#pf-filer-name-familyName"), "Luna", "nothing typed is lost");
  assert.deepEqual(log.errors, []);
  await page.evaluate(() => localStorage.clear());
  await page.close();
});

test("with storage blocked by the browser, the helper still works", async () => {
  const { page, log } = await open("#part-filer", () => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("Access is denied.", "SecurityError"); } });
  });
  await page.fill("#pf-filer-name-familyName", "Luna");
  await page.click("#pf-consent-yes");
  assert.match(await page.textContent("#pf-save-status"), /Could not save/);
  await goToStep(page, "check");
  await page.waitForSelector("#pf-summary:not([hidden])");
  assert.deepEqual(log.errors, []);
  await page.close();
});
