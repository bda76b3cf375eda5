// Nothing lost, nothing trusted (issue 14), in headless Chromium: what comes from outside a
// family's own typing (a stored language, a partner's setData and attributes, a second element on
// the page, an imported file) is checked and refused in words, never blanks the page or writes
// over a draft; remounts leave no listener behind; the review never turns an impossible date into
// another day; and the element's closed shadow root keeps answers away from the page's scripts.
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, test } from "node:test";
import { serve } from "../../tools/serve.mjs";
import { launch, watch } from "../support/browser.mjs";
import { ROOT } from "../support/cli.mjs";
import { inLanguage } from "../support/page.mjs";
import { openShadowRoots } from "../support/shadow.mjs";
import { goToStep } from "../support/steps.mjs";
import { pageText } from "../support/wasm.mjs";

const { fill, TEXT } = await pageText();

const EXAMPLE = JSON.parse(readFileSync(`${ROOT}/examples/reparole-medical-child.json`, "utf8"));
let site, browser, context, tmp;

before(async () => {
  site = await serve({ root: `${ROOT}/www` });
  browser = await launch({ viewport: { width: 1000, height: 900 }, locale: "en-US" });
  context = browser.context;
  tmp = mkdtempSync(join(tmpdir(), "parole-helper-safety-"));
});

after(async () => {
  await browser?.close();
  site?.server.close();
  rmSync(tmp, { recursive: true, force: true });
});

/** A new page at `path`, with `inits` (functions, or [function, argument]) run before the page's
 *  own scripts, and a log of errors and dialogs. */
async function open(path, ...inits) {
  const page = await context.newPage();
  const log = watch(page);
  const dialogs = [];
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    d.dismiss();
  });
  for (const init of inits) await (Array.isArray(init) ? page.addInitScript(...init) : page.addInitScript(init));
  await page.goto(new URL(path, site.url).href);
  return { page, log, dialogs };
}

async function done({ page }) {
  await page.evaluate(() => localStorage.clear());
  await page.close();
}

/** Waits for the element `selector` to be mounted (its form or calculator is there). */
const mounted = (page, selector = "parole-helper") =>
  page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector("#pf-form, #window-form"), selector);

// ---- 1. a stored language the helper does not speak ----

test("a stored language that is not one of ours falls back to the browser's, with a message, and the form works", async () => {
  for (const stored of ["fr", "ES", "", `<img src=x onerror="alert(1)">`, "__proto__"]) {
    const seed = (value) => {
      if (sessionStorage.getItem("seeded")) return;
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("parole-helper:consent", "yes");
      localStorage.setItem("parole-helper:lang", value);
    };
    const tab = await open("#part-filer", [seed, stored]);
    const { page, log, dialogs } = tab;
    await page.waitForSelector("body[data-ready]", { timeout: 10_000 });
    assert.equal(await page.getAttribute("html", "lang"), "en", JSON.stringify(stored));
    assert.ok(await page.isVisible("#pf-filer-name-familyName"), `the form is there (${JSON.stringify(stored)})`);
    assert.ok(await page.isVisible("#pf-delete"), "and Delete my data");
    assert.equal(await page.textContent("#lang-notice"), TEXT.en.storedLangIgnored);
    assert.ok(await page.isVisible("#lang-notice"));
    // The person chooses: the notice goes, and a good value replaces the bad one.
    await page.click('[data-lang="es"]');
    await inLanguage(page, "es");
    assert.ok(await page.isHidden("#lang-notice"));
    assert.equal(await page.evaluate(() => localStorage.getItem("parole-helper:lang")), "es");
    assert.deepEqual([log.errors, dialogs], [[], []], JSON.stringify(stored));
    await done(tab);
  }
});

// ---- 2. two elements on one page ----

/** Puts helpers with these attributes on an empty embed page (the page's own one removed). */
async function helpers(page, list) {
  await page.evaluate((list) => {
    document.querySelector("parole-helper")?.remove();
    for (const attrs of list) {
      const el = document.createElement("parole-helper");
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      document.body.append(el);
    }
  }, list);
  for (const { id } of list) await mounted(page, `#${id}`);
}

const answer = (page, id) => page.evaluate((id) => document.getElementById(id).getData().filer?.name?.familyName ?? null, id);
const draft = (page, key = "parole-helper:draft") => page.evaluate((k) => JSON.parse(localStorage.getItem(k) ?? "null")?.form?.filer?.name?.familyName ?? null, key);

test("two elements on one page with the default draft: the second is told and stores nothing; Alice is never replaced", async () => {
  const consented = () => localStorage.setItem("parole-helper:consent", "yes");
  const tab = await open("embed.html?today=2026-11-27", openShadowRoots, consented);
  const { page, log } = tab;
  const two = [{ id: "first", today: "2026-11-27" }, { id: "second", today: "2026-11-27" }];
  await helpers(page, two);
  assert.ok(await page.isHidden("#first #pf-duplicate"));
  assert.equal(await page.textContent("#second #pf-duplicate"), TEXT.en.duplicateDraft);
  await goToStep(page, "filer", "#first");
  await goToStep(page, "filer", "#second");
  await page.fill("#first #pf-filer-name-familyName", "Alice");
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("parole-helper:draft") ?? "null")?.form?.filer?.name?.familyName === "Alice");
  await page.fill("#second #pf-filer-name-familyName", "Bob");
  await page.waitForFunction(() => document.getElementById("second").getData().filer?.name?.familyName === "Bob");
  // The first saves again after the second's typing: still its own answers, and nothing from Bob.
  const attempt = Number(await page.getAttribute("#first #pf-save-status", "data-attempt"));
  await page.fill("#first #pf-filer-name-givenName", "A.");
  await page.waitForFunction((n) => Number(document.querySelector("#first").shadowRoot.querySelector("#pf-save-status").dataset.attempt) > n, attempt);
  assert.equal(await page.getAttribute("#first #pf-save-status", "data-outcome"), "saved");
  assert.equal(await page.getAttribute("#second #pf-save-status", "data-attempt"), null, "the second never tried to save");
  assert.equal(await draft(page), "Alice");
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes("draft"))), ["parole-helper:draft"]);

  // Bob's answers are kept nowhere: the browser asks before they go.
  const asked = [];
  page.removeAllListeners("dialog");
  page.on("dialog", (d) => {
    asked.push(d.type());
    d.accept();
  });
  await page.reload();
  assert.deepEqual(asked, ["beforeunload"]);
  await helpers(page, two);
  assert.equal(await answer(page, "first"), "Alice", "after a reload the draft is Alice's");
  assert.equal(await answer(page, "second"), null, "the second shows nobody else's answers");
  assert.ok(await page.isVisible("#second #pf-duplicate"));
  assert.deepEqual(log.errors, []);
  await done(tab);
});

test("with a storage-key each, two elements keep their own drafts across a reload", async () => {
  const consented = () => localStorage.setItem("parole-helper:consent", "yes");
  const tab = await open("embed.html?today=2026-11-27", openShadowRoots, consented);
  const { page, log } = tab;
  const keyed = [{ id: "mother", "storage-key": "mother", today: "2026-11-27" }, { id: "child", "storage-key": "child", today: "2026-11-27" }];
  await helpers(page, keyed);
  assert.ok((await page.isHidden("#mother #pf-duplicate")) && (await page.isHidden("#child #pf-duplicate")));
  await goToStep(page, "filer", "#mother");
  await goToStep(page, "filer", "#child");
  await page.fill("#mother #pf-filer-name-familyName", "Alice");
  await page.fill("#child #pf-filer-name-familyName", "Bob");
  await page.waitForFunction(
    () => localStorage.getItem("parole-helper:draft:mother")?.includes("Alice") && localStorage.getItem("parole-helper:draft:child")?.includes("Bob"),
  );
  assert.equal(await page.evaluate(() => localStorage.getItem("parole-helper:draft")), null, "and nothing under the default key");
  await page.reload();
  await helpers(page, keyed);
  assert.deepEqual([await answer(page, "mother"), await answer(page, "child")], ["Alice", "Bob"]);
  assert.deepEqual(log.errors, []);
  await done(tab);
});

// ---- 3. setData from the partner's page ----

test("setData refuses what is not a request with a coded, worded error: form, report and draft untouched", async () => {
  const consented = () => localStorage.setItem("parole-helper:consent", "yes");
  const tab = await open("embed.html?today=2026-11-27", consented);
  const { page, log } = tab;
  await page.waitForFunction(() => document.querySelector("parole-helper").getData?.() != null);
  await page.evaluate((data) => document.querySelector("parole-helper").setData(data), EXAMPLE);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("parole-helper:draft") ?? "null")?.form?.beneficiary?.name?.givenName === "Sofía");
  const snapshot = () =>
    page.evaluate(() => {
      const el = document.querySelector("parole-helper");
      return { data: el.getData(), report: el.validate(), draft: localStorage.getItem("parole-helper:draft") };
    });
  const good = await snapshot();
  assert.equal(good.report.summary.errors, 0);
  const bad = [
    ["a list where text belongs", { ...EXAMPLE, filer: { ...EXAMPLE.filer, ssn: ["not", "text"] } }, "form.wrong_type", "filer.ssn"],
    ["null", null, "form.not_an_object", "a form is a JSON object"],
    ["a number", 5, "form.not_an_object", "a form is a JSON object"],
    ["an array", [EXAMPLE], "form.not_an_object", "a form is a JSON object"],
    ["a typo", { filer: { aNumbr: "A1" } }, "form.unknown_question", "aNumbr"],
    ["not JSON", "{ not json", "form.not_json", "not valid JSON"],
    ["a cycle", "cycle", "form.not_an_object", "a form is a JSON object"],
  ];
  for (const [what, data, code, words] of bad) {
    const thrown = await page.evaluate((data) => {
      let value = data;
      if (data === "cycle") {
        value = { filer: {} };
        value.filer.self = value;
      }
      try {
        document.querySelector("parole-helper").setData(value);
        return null;
      } catch (error) {
        return { name: error.name, code: error.code, message: error.message };
      }
    }, data);
    assert.equal(thrown?.code, code, what);
    assert.equal(thrown.name, "InputError", what);
    assert.ok(thrown.message.includes(words), `${what}: ${thrown.message}`);
    assert.deepEqual(await snapshot(), good, `${what}: nothing changed, and validate() is not stale`);
  }
  // In the person's language (once its words are loaded: they are fetched when it is chosen).
  await page.evaluate(() => document.querySelector("parole-helper").setAttribute("lang", "es"));
  const refusal = () =>
    page.evaluate(() => {
      try {
        document.querySelector("parole-helper").setData(null);
      } catch (error) {
        return error.message;
      }
    });
  await page.waitForFunction(() => {
    try {
      document.querySelector("parole-helper").setData(null);
    } catch (error) {
      return !error.message.startsWith("This is not a form");
    }
  });
  assert.match(await refusal(), /un formulario es un objeto JSON/);
  // A good one after all that is taken, and saved: nothing blocked the draft.
  await page.evaluate(() => document.querySelector("parole-helper").setData({ filer: { name: { familyName: "Otra" } } }));
  await page.waitForFunction(() => JSON.parse(localStorage.getItem("parole-helper:draft")).form.filer.name.familyName === "Otra");
  assert.deepEqual(log.errors, []);
  await done(tab);
});

test("in window mode too, setData refuses data of the wrong shape with a coded, worded error", async () => {
  const tab = await open("embed.html?mode=window&today=2026-11-27");
  const { page, log } = tab;
  await page.waitForFunction(() => document.querySelector("parole-helper").getData?.() != null);
  await page.evaluate(() => document.querySelector("parole-helper").setData({ program: "ukraine", expires: "2027-03-31" }));
  const good = await page.evaluate(() => document.querySelector("parole-helper").getData());
  for (const [data, code, field] of [
    [null, "request.not_an_object", null],
    [5, "request.not_an_object", null],
    [["ukraine"], "request.not_an_object", null],
    [{ expires: 20270331 }, "request.not_text", "expires"],
    [{ program: { id: "ukraine" } }, "request.not_text", "program"],
    [{ frpException: "yes" }, "request.not_yes_no", "frpException"],
  ]) {
    const thrown = await page.evaluate((data) => {
      try {
        document.querySelector("parole-helper").setData(data);
      } catch (error) {
        return { name: error.name, code: error.code, field: error.field, message: error.message };
      }
    }, data);
    assert.deepEqual([thrown?.name, thrown?.code, thrown?.field], ["InputError", code, field], JSON.stringify(data));
    assert.match(thrown.message, /cannot read/);
    assert.deepEqual(await page.evaluate(() => document.querySelector("parole-helper").getData()), good);
  }
  assert.deepEqual(log.errors, []);
  await done(tab);
});

// ---- 4. a today attribute that is no date ----

test("a bad today attribute is named, in the person's language, in both modes; a good one then mounts", async () => {
  for (const [query, words] of [
    ["embed.html?mode=form&today=2026-02-29", `This website set up the helper with a setting it cannot use: today="2026-02-29". Check today's date: February 2026 has 28 days, so there is no day 29.`],
    ["embed.html?mode=window&today=2026-02-29&lang=es", `Este sitio web configuró la herramienta con un ajuste que no puede usar: today="2026-02-29". Revise la fecha de hoy: febrero de 2026 tiene 28 días, así que no existe el día 29.`],
    ["embed.html?mode=form&today=tomorrow&lang=es", `today="tomorrow"`],
  ]) {
    const tab = await open(query, openShadowRoots);
    const { page, log } = tab;
    await page.waitForSelector("parole-helper #ph-setting-error", { timeout: 10_000 });
    const text = await page.textContent("parole-helper #ph-setting-error");
    assert.ok(text.includes(words), `${query}: ${text}`);
    assert.equal(await page.getAttribute("parole-helper #ph-setting-error", "role"), "alert");
    assert.deepEqual(log.errors, [], query);
    // The partner fixes the attribute: the helper starts.
    const ready = page.evaluate(() => new Promise((done) => document.addEventListener("parole-helper:ready", done, { once: true })));
    await page.evaluate(() => document.querySelector("parole-helper").setAttribute("today", "2026-11-27"));
    await ready;
    await mounted(page);
    await done(tab);
  }
});

// ---- 5. remounts and removal leave no listener behind ----

test("125 attribute changes and a removal leave no storage listener (and no old form) behind", async () => {
  const tab = await open("embed.html?today=2026-11-27", openShadowRoots);
  const { page, log } = tab;
  await mounted(page);
  const cdp = await context.newCDPSession(page);
  const listeners = async () => {
    const { result } = await cdp.send("Runtime.evaluate", { expression: "window" });
    const { listeners } = await cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    return listeners.filter((l) => l.type === "storage").length;
  };
  assert.equal(await listeners(), 1);
  await page.evaluate(() => {
    const el = document.querySelector("parole-helper");
    for (let i = 0; i < 125; i++) el.setAttribute(["today", "storage-key", "program"][i % 3], ["2026-11-27", `key-${i}`, "general"][i % 3]);
  });
  await mounted(page);
  assert.equal(await listeners(), 1, "one element, one listener, after 125 remounts");
  await page.evaluate(() => document.querySelector("parole-helper").remove());
  assert.equal(await listeners(), 0, "removed: nothing listens any more");
  // Put back, it mounts again and works (a root is attached once).
  const ready = page.evaluate(() => new Promise((done) => document.addEventListener("parole-helper:ready", done, { once: true })));
  await page.evaluate(() => document.body.append(Object.assign(document.createElement("parole-helper"), { id: "back" })));
  await ready;
  await page.evaluate(() => {
    const el = document.createElement("parole-helper");
    el.id = "moved";
    document.body.append(el);
  });
  await mounted(page, "#moved");
  await page.evaluate(() => document.body.prepend(document.getElementById("moved"))); // a move: out and in again
  await mounted(page, "#moved");
  await goToStep(page, "filer", "#moved");
  await page.fill("#moved #pf-filer-name-familyName", "Luna");
  await page.waitForFunction(() => document.getElementById("moved").getData().filer?.name?.familyName === "Luna");
  assert.deepEqual(log.errors, []);
  await cdp.detach();
  await done(tab);
});

// ---- 6. an imported file is weighed before it is read ----

test("an import over 5 MB is refused by its size, without reading it; a small one still imports", async () => {
  const tab = await open("#part-filer", () => {
    window.reads = 0;
    for (const method of ["text", "arrayBuffer", "stream", "bytes"]) {
      const original = Blob.prototype[method];
      if (!original) continue;
      Blob.prototype[method] = function (...args) {
        window.reads++;
        return original.apply(this, args);
      };
    }
    const readAs = FileReader.prototype.readAsText;
    FileReader.prototype.readAsText = function (...args) {
      window.reads++;
      return readAs.apply(this, args);
    };
  });
  const { page, log } = tab;
  await page.waitForSelector("body[data-ready]");
  await page.fill("#pf-filer-name-familyName", "Luna");
  // 50 MB, sparse: the size is real, the disk is not used.
  const big = join(tmp, "big.json");
  writeFileSync(big, "{}");
  truncateSync(big, 50_000_000);
  await page.setInputFiles("#pf-import", big);
  await page.waitForFunction(() => document.querySelector("#pf-data-status").textContent.includes("big.json"));
  assert.equal(await page.textContent("#pf-data-status"), fill(TEXT.en.importTooLarge, { file: "big.json", size: "50.0" }));
  assert.equal(await page.evaluate(() => window.reads), 0, "not a byte was read");
  assert.equal(await page.inputValue("#pf-filer-name-familyName"), "Luna");
  const small = join(tmp, "small.json");
  writeFileSync(small, JSON.stringify(EXAMPLE));
  await page.setInputFiles("#pf-import", small);
  await page.waitForFunction(() => document.querySelector("#pf-data-status").textContent.includes("small.json"));
  assert.equal(await page.inputValue("#pf-beneficiary-name-givenName"), "Sofía");
  assert.deepEqual(log.errors, []);
  await done(tab);
});

// ---- 9. dates in the printed review ----

test("the printed review shows an impossible date as typed, never as another day", async () => {
  const tab = await open("#part-filer");
  const { page, log } = tab;
  await page.waitForSelector("body[data-ready]");
  const typeDate = async (id, [month, day, year]) => {
    await page.fill(`${id}-month`, month);
    await page.fill(`${id}-day`, day);
    await page.fill(`${id}-year`, year);
  };
  await typeDate("#pf-filer-dateOfBirth", ["02", "29", "2026"]);
  await goToStep(page, "signature");
  await typeDate("#pf-signature-date", ["00", "00", "0000"]);
  await goToStep(page, "check");
  await page.waitForSelector("#pf-review:not([hidden])");
  const review = await page.textContent("#pf-review");
  assert.ok(review.includes("2026-02-29") && review.includes("0000-00-00"), "as typed");
  for (const wrong of ["March 1, 2026", "November 30, 1899", "NaN", "Invalid"]) assert.ok(!review.includes(wrong), wrong);
  // The page's own date words refuse to make up a day too.
  const words = await page.evaluate(async () => {
    const { longDate } = await import("./dom.js");
    return ["2026-02-29", "0000-00-00", "2027-03-31", "garbage"].map((d) => longDate(d, "en"));
  });
  assert.deepEqual(words, ["2026-02-29", "0000-00-00", "March 31, 2027", "garbage"]);
  assert.deepEqual(log.errors, []);
  await done(tab);
});

// ---- 12. what the partner page's other scripts can see ----

test("the shadow root is closed and typing does not bubble out: the page's scripts see no answer", async () => {
  const tab = await open("embed.html?mode=form&storage=none&today=2026-11-27", () => {
    window.seen = { bubbled: [], captured: [] };
    for (const type of ["keydown", "keyup", "keypress", "beforeinput", "input", "change", "paste"]) {
      // What a session-replay or analytics script does: listen on the document.
      document.addEventListener(type, (e) => window.seen.bubbled.push(`${type}:${e.key ?? e.data ?? ""}:${e.composedPath().length}`));
      window.addEventListener(type, (e) => window.seen.captured.push(`${type}:${e.key ?? ""}`), { capture: true });
    }
  });
  const { page, log } = tab;
  await page.waitForFunction(() => document.querySelector("parole-helper").getData?.() != null);
  assert.equal(await page.evaluate(() => document.querySelector("parole-helper").shadowRoot), null, "closed");
  assert.equal(await page.evaluate(() => document.querySelectorAll("input, textarea").length), 0, "no box reachable from the page");
  // Focus the family-name box through the DevTools protocol (which sees closed roots), then type.
  const cdp = await context.newCDPSession(page);
  const { root } = await cdp.send("DOM.getDocument", { depth: -1, pierce: true });
  const find = (node, name = "id", value = "pf-filer-name-familyName") => {
    const attrs = node.attributes ?? [];
    for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === name && attrs[i + 1] === value) return node;
    for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
      const found = find(child, name, value);
      if (found) return found;
    }
    return null;
  };
  const box = find(root);
  assert.ok(box, "the box is inside the element");
  // The box is on Part 2's step: the task list's link goes there (clicked through the protocol too).
  const { object } = await cdp.send("DOM.resolveNode", { nodeId: find(root, "data-step-link", "filer").nodeId });
  await cdp.send("Runtime.callFunctionOn", { objectId: object.objectId, functionDeclaration: "function () { this.click(); }" });
  await cdp.send("DOM.focus", { nodeId: box.nodeId });
  await page.keyboard.type("Secret");
  await page.keyboard.press("Tab");
  await page.waitForFunction(() => document.querySelector("parole-helper").getData().filer?.name?.familyName === "Secret");
  const seen = await page.evaluate(() => window.seen);
  assert.deepEqual(seen.bubbled, [], "nothing typed bubbles out to the document");
  // Not a wall: a listener in the capture phase still sees the keys (docs/embedding.md says so).
  assert.ok(seen.captured.includes("keydown:S"), "capture-phase listeners still see keys");
  assert.deepEqual(log.errors, []);
  await cdp.detach();
  await done(tab);
});

// ---- answers nobody keeps are not lost in silence (issue 15, "nothing lost", in part) ----

/** Closes `page` as a person closing the tab would; resolves to the beforeunload dialogs shown. */
async function closeTab(page) {
  const asked = [];
  page.removeAllListeners("dialog"); // open() dismisses dialogs: here the person leaves
  page.on("dialog", (d) => {
    if (d.type() === "beforeunload") asked.push(d.type());
    d.accept();
  });
  await page.close({ runBeforeUnload: true });
  // The page goes once the dialog is accepted (or at once when none was shown).
  await page.waitForEvent("close").catch(() => {});
  return asked;
}

test("closing the tab with answers nobody keeps asks first; with consent the pending save is made instead", async () => {
  // Nothing typed: the tab closes without a question.
  let tab = await open("index.html#part-filer");
  await tab.page.waitForSelector("#pf-filer-name-familyName");
  assert.deepEqual(await closeTab(tab.page), []);
  // Typed, no consent: the browser asks before the answers go.
  tab = await open("index.html#part-filer");
  // (typed, not filled: a browser asks only on a page the person has used)
  await tab.page.click("#pf-filer-name-familyName");
  await tab.page.keyboard.type("Luna Ortega");
  assert.deepEqual(await closeTab(tab.page), ["beforeunload"]);
  // Consent, then an answer closed within the save's 300 ms: no question, and the answer is kept.
  tab = await open("index.html#part-filer");
  await tab.page.click("#pf-consent-yes");
  await tab.page.fill("#pf-filer-name-familyName", "Ramírez");
  assert.deepEqual(await closeTab(tab.page), []);
  const check = await open("index.html#part-filer");
  await check.page.waitForFunction(() => document.querySelector("#pf-filer-name-familyName")?.value === "Ramírez");
  await done(check);
});

test("storage=\"none\" says plainly that nothing is kept, and closing with answers asks first", async () => {
  const tab = await open("embed.html?mode=form&storage=none&lang=es&today=2026-11-27", openShadowRoots);
  await mounted(tab.page);
  assert.equal(await tab.page.textContent("parole-helper #pf-no-storage"), TEXT.es.noStorage);
  assert.equal(await tab.page.locator("parole-helper #pf-consent").count(), 0, "no question about saving what is never saved");
  await goToStep(tab.page, "filer", "parole-helper");
  await tab.page.click("parole-helper #pf-filer-name-familyName");
  await tab.page.keyboard.type("Luna");
  assert.deepEqual(await closeTab(tab.page), ["beforeunload"]);
});

test("the save status follows the language switch (issue 15)", async () => {
  const tab = await open("index.html#part-filer");
  const { page } = tab;
  await page.click("#pf-consent-yes");
  await page.fill("#pf-filer-name-familyName", "Luna");
  await page.waitForFunction(() => document.querySelector("#pf-save-status")?.dataset.outcome === "saved" && /Luna/.test(localStorage.getItem("parole-helper:draft")));
  assert.match(await page.textContent("#pf-save-status"), /^Saved on this device at /);
  await page.click('[data-lang="es"]');
  await inLanguage(page, "es");
  await page.waitForFunction(() => /^Guardado en este teléfono o computadora a las /.test(document.querySelector("#pf-save-status").textContent));
  await page.click('[data-lang="en"]');
  await inLanguage(page, "en");
  await page.waitForFunction(() => /^Saved on this device at /.test(document.querySelector("#pf-save-status").textContent));
  await done(tab);
});

test("a no to saving can become a yes later, and a yes can be taken back without losing the page's answers (issue 15)", async () => {
  const tab = await open("index.html#part-filer");
  const { page } = tab;
  const stored = () => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("parole-helper:")));
  await page.click("#pf-consent-no");
  assert.ok(await page.isHidden("#pf-consent"));
  assert.ok((await page.isVisible("#pf-consent-later")) && (await page.isHidden("#pf-consent-stop")));
  await page.fill("#pf-filer-name-familyName", "Luna");
  assert.deepEqual(await stored(), [], "no means nothing stored");
  await page.click("#pf-consent-later");
  await page.waitForFunction(() => /Luna/.test(localStorage.getItem("parole-helper:draft") ?? ""));
  assert.ok((await page.isHidden("#pf-consent-later")) && (await page.isVisible("#pf-consent-stop")));
  await page.click("#pf-consent-stop");
  assert.deepEqual(await stored(), [], "taken back: nothing of the helper is left on the device");
  assert.equal(await page.inputValue("#pf-filer-name-familyName"), "Luna", "and the answers stay on the page");
  assert.equal(await page.textContent("#pf-save-status"), TEXT.en.withdrawn);
  assert.ok(await page.isVisible("#pf-consent-later"));
  // Typing on saves nothing now.
  await page.fill("#pf-filer-name-givenName", "Lucía");
  await page.waitForFunction(() => document.querySelector("#pf-save-status").dataset.outcome === "no-consent");
  assert.deepEqual(await stored(), []);
  await done(tab);
});
