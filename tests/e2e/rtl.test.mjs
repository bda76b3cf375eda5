// Right to left (issue 17, point 4): the request in a pseudo-language that runs right to left, every
// text 40% longer (tools/pseudo-locale.mjs made at test time from www/locales/en.ftl and served for
// locales/ar-XB.ftl, nothing written into www/), at a 360 px phone's width. On every step (the start,
// each Part, each person of a family, check your answers; then the renewal date calculator with a
// family's timeline): <html dir> is rtl, nothing scrolls sideways, no text is clipped (no box that
// hides part of its text, no text outside the page or outside its picture), and a screenshot goes to
// tests/artifacts/rtl-<step>-360.png. On Part 1 the keyboard goes along each line from right to left
// and down the page, and every stop shows its focus ring whole.
//
// What it needs from the core: "ar-XB" in the list of languages (src/i18n LANGUAGES), unlisted (the
// picker does not offer it) and right to left:
//   Language { code: "ar-XB", name: "Pseudo RTL", dir: Direction::Rtl, listed: false, words: None }
// and the page opening in the language of ?lang=<code> even when unlisted, fetching
// locales/<code>.ftl, setting <html lang> and <html dir> from that list. Until then ?lang=ar-XB
// opens in English and every test fails (on <html lang>, then on dir).
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { serve } from "../../tools/serve.mjs";
import { pseudoLocalize, structure } from "../../tools/pseudo-locale.mjs";
import { launch, watch } from "../support/browser.mjs";
import { ROOT } from "../support/cli.mjs";
import { TODAY } from "../support/page.mjs";
import { goToStep, stepHeading } from "../support/steps.mjs";

/** The pseudo-language, and the file its words are made from. */
const LANG = "ar-XB";
const SOURCE = `${ROOT}/www/locales/en.ftl`;

const ARTIFACTS = `${ROOT}/tests/artifacts`;
const WIDTH = 360;
const RLO = "\u202E";
let server, url, browser, page, log;

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  const english = readFileSync(SOURCE, "utf8");
  const pseudo = pseudoLocalize(english);
  // The same file in other words: every id, attribute, placeholder and select key as in English.
  assert.deepEqual(structure(pseudo), structure(english));
  ({ server, url } = await serve({ root: `${ROOT}/www` }));
  // No service worker: it would answer the language file's request before the route below could.
  browser = await launch({ viewport: { width: WIDTH, height: 780 }, locale: "en-US", serviceWorkers: "block" });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  log = watch(page);
  await page.route(`**/locales/${LANG}.ftl`, (route) => route.fulfill({ contentType: "text/plain; charset=utf-8", body: pseudo }));
  await page.clock.setFixedTime(TODAY);
  await page.goto(`${url}?lang=${LANG}`);
  await page.waitForSelector("body[data-ready]");
});

after(async () => {
  await browser?.close();
  server?.close();
});

/**
 * What is wrong with the page as shown, in words (nothing: an empty list). Runs in the page.
 * Left out on purpose: what is hidden for everyone but screen readers (.visually-hidden, the file
 * input under its label, the skip link until it has focus) and the text inside boxes people type in.
 */
function layoutProblems() {
  const problems = [];
  const root = document.documentElement;
  const width = root.clientWidth;
  if (root.scrollWidth > width) problems.push(`the page scrolls sideways: ${root.scrollWidth} px wide in ${width} px`);
  const name = (el) => {
    const id = el.id ? `#${el.id}` : "";
    const cls = typeof el.className === "string" && el.className.trim() ? `.${el.className.trim().split(/\s+/).join(".")}` : "";
    return `${el.tagName.toLowerCase()}${id}${cls} "${(el.textContent ?? "").trim().slice(0, 50)}"`;
  };
  const onPurpose = (el) => el.closest(".visually-hidden, .visually-hidden-file, .skip:not(:focus), option, datalist, select, textarea, script, style, noscript, title, desc");
  const typedIn = (el) => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement;
  for (const el of document.body.querySelectorAll("*")) {
    if (!el.checkVisibility({ visibilityProperty: true }) || onPurpose(el) || typedIn(el) || el instanceof SVGElement) continue;
    const style = getComputedStyle(el);
    if (style.overflowX !== "visible" && el.scrollWidth > el.clientWidth + 1) problems.push(`${name(el)} hides ${el.scrollWidth - el.clientWidth} px of its width (overflow-x: ${style.overflowX})`);
    if (style.overflowY !== "visible" && el.scrollHeight > el.clientHeight + 1) problems.push(`${name(el)} hides ${el.scrollHeight - el.clientHeight} px of its height (overflow-y: ${style.overflowY})`);
    if (style.textOverflow === "ellipsis" && el.scrollWidth > el.clientWidth) problems.push(`${name(el)} is cut short with an ellipsis`);
  }
  // Every line of text inside the page's width.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.data.trim() || !el || onPurpose(el) || el instanceof SVGElement || !el.checkVisibility({ visibilityProperty: true })) continue;
    range.selectNodeContents(node);
    const out = [...range.getClientRects()].find((r) => r.width > 0 && (r.left < -0.5 || r.right > width + 0.5));
    if (out) problems.push(`${name(el)}: text from ${Math.round(out.left)} to ${Math.round(out.right)} px, outside the page's ${width} px`);
  }
  // The pictures (the timeline): every label inside its picture, which clips what overflows it.
  for (const text of document.querySelectorAll("svg text")) {
    const svg = text.closest("svg");
    if (!svg.checkVisibility()) continue;
    const [box, r] = [svg.getBoundingClientRect(), text.getBoundingClientRect()];
    if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
      problems.push(`a label of the picture is cut: "${text.textContent.slice(0, 50)}" runs from ${Math.round(r.left)} to ${Math.round(r.right)} px in a picture from ${Math.round(box.left)} to ${Math.round(box.right)} px`);
    }
  }
  return problems;
}

/** The checks of every step, and its screenshot. */
async function checked(name) {
  assert.equal(await page.evaluate(() => document.documentElement.dir), "rtl", `${name}: <html dir>`);
  assert.equal(await page.evaluate(() => getComputedStyle(document.body).direction), "rtl", `${name}: the page runs right to left`);
  assert.deepEqual(await page.evaluate(layoutProblems), [], `${name}: the layout at ${WIDTH} px`);
  await page.screenshot({ path: `${ARTIFACTS}/rtl-${name}-${WIDTH}.png`, fullPage: true, caret: "initial" });
}

/** Imports an example file (every answer of a request, or a family's) with the page's own import. */
async function importExample(file) {
  await toStart();
  await page.setInputFiles("#pf-import", `${ROOT}/examples/${file}`);
  await page.waitForFunction((f) => document.querySelector("#pf-data-status")?.textContent.includes(f), file);
}

/** To the start step, by its address (check your answers has no "All steps" link). */
async function toStart() {
  await page.evaluate(() => (location.hash = "#start"));
  await page.waitForSelector(stepHeading("start"), { state: "visible" });
}

/** To `step`, by the task list (from the start step when on check your answers). */
async function visit(step) {
  if (step === "start" || (await page.isVisible(stepHeading("check")))) await toStart();
  await goToStep(page, step);
}

/** Every step of the task list, in order (the start, each Part that applies, check your answers). */
const stepsNow = () => page.$$eval("[data-step-link]", (links) => ["start", ...links.map((a) => a.dataset.stepLink)]);

test("opens in the pseudo-language, right to left, with its words", async () => {
  const opened = "the page opens in the language of ?lang= (ar-XB must be in the core's list of languages, unlisted, rtl)";
  assert.equal(await page.getAttribute("html", "lang"), LANG, opened);
  assert.equal(await page.getAttribute("html", "dir"), "rtl", opened);
  // The words are the pseudo-locale's (each word runs right to left), not English.
  assert.ok((await page.textContent(stepHeading("start"))).includes(RLO), "the start step's heading is in the pseudo-language");
  await checked("start");
});

test("an empty request's check page: the problems listed, nothing cut", async () => {
  await visit("check");
  await checked("check-empty");
});

test("every step of a whole request, each at 360 px", async () => {
  await importExample("reparole-medical-child.json");
  const steps = await stepsNow();
  // Filing for someone else, asking re-parole: the person's Part and the work permit's are steps.
  for (const step of ["application", "filer", "beneficiary", "workPermit", "signature", "helpers", "check"]) assert.ok(steps.includes(step), `${step} is a step`);
  for (const step of steps) {
    await visit(step);
    await checked(step);
  }
});

test("a family: the other person's step and the family's check page", async () => {
  await importExample("family-mother-daughter.json");
  const people = (await stepsNow()).filter((s) => s.startsWith("people-"));
  assert.ok(people.length > 0, "the daughter has a step");
  for (const step of people) {
    await visit(step);
    await checked(step);
  }
  await visit("check");
  await checked("check-family");
});

test("Part 1 by keyboard: along each line from right to left, then down; every focus ring shown whole", async () => {
  await visit("application");
  await page.focus(stepHeading("application"));
  const stops = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const el = document.activeElement;
      const r = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      const ring = style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth) + Math.max(0, parseFloat(style.outlineOffset));
      const page = document.documentElement.clientWidth;
      return {
        id: el.id || `${el.tagName.toLowerCase()}[name=${el.getAttribute("name")}]`,
        left: r.left,
        right: r.right,
        top: r.top + scrollY,
        bottom: r.bottom + scrollY,
        ring,
        outline: `${style.outlineStyle} ${style.outlineWidth}`,
        ringInside: r.left - ring >= -0.5 && r.right + ring <= page + 0.5,
      };
    });
    stops.push(stop);
    if (stop.id === "pf-all-steps") break;
  }
  assert.equal(stops.at(-1)?.id, "pf-all-steps", "Tab reaches the step's last link");
  for (const stop of stops) {
    assert.ok(stop.ring >= 2, `${stop.id}: a visible focus ring (outline ${stop.outline})`);
    assert.ok(stop.ringInside, `${stop.id}: its focus ring is inside the page (${Math.round(stop.left)} to ${Math.round(stop.right)} px)`);
  }
  // Along a line (boxes side by side: the date's month, day and year; Continue, Back, All steps)
  // focus moves to the left; from a line to the next one, down.
  let sideBySide = 0;
  for (let i = 1; i < stops.length; i++) {
    const [a, b] = [stops[i - 1], stops[i]];
    const sameLine = b.top < a.bottom - 4 && a.top < b.bottom - 4;
    if (sameLine) {
      sideBySide++;
      assert.ok(b.right <= a.left + 1, `${a.id} then ${b.id}: the next box on a line is to the left (${Math.round(b.right)} > ${Math.round(a.left)})`);
    } else {
      assert.ok(b.top >= a.bottom - 4, `${a.id} then ${b.id}: the next line is below`);
    }
  }
  assert.ok(sideBySide >= 2, "some boxes side by side were checked (the date, the step's buttons)");
  // The ring itself, on the Continue button.
  await page.focus("#pf-continue");
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Tab");
  await page.screenshot({ path: `${ARTIFACTS}/rtl-focus-360.png`, fullPage: false, caret: "initial" });
});

test("the renewal date calculator: a family's windows and their timeline", async () => {
  await page.goto(new URL(`windows.html?lang=${LANG}`, url).href);
  await page.waitForSelector("body[data-ready]");
  await checked("windows-empty");
  for (const [part, text] of [["month", "05"], ["day", "14"], ["year", "2027"]]) await page.fill(`#expires-${part}`, text);
  await page.click("#people-add");
  await page.fill("#person-0-name", "Sofía");
  for (const [part, text] of [["month", "05"], ["day", "14"], ["year", "2027"]]) await page.fill(`#person-0-expires-${part}`, text);
  await page.click('button[type="submit"]');
  await page.waitForFunction(() => document.querySelectorAll("#timeline-box svg g.row").length === 2);
  await checked("windows");
});

test("no error on the way", () => {
  assert.deepEqual(log.errors, []);
});
