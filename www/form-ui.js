// The whole request: the core's questions as components, kept in step with the core. The answers
// and their checks live in the core (a Helper); this module passes each answer to it and shows
// what changed. Drafts, revisions and what cannot be read are decided there too.
//
//   const form = mountForm(rootElement, { lang: "es", storage: "local", storageKey: "mother", routing: "hash" });
//   form.setLanguage("en"); form.getData(); form.setData(obj); form.validate(); form.close();
//
// One step per screen (components/steps.js; routing "memory" unless said). Messages show once a
// question or its step was left, and for every question from "check your answers" on.
import { Helper, questions } from "./pkg/parole_helper.js";
import { debounce, download, element, localToday } from "./dom.js";
import { fill, TEXT } from "./i18n.js";
import { mountDataTools } from "./components/data-tools.js";
import { mountErrorSummary } from "./components/error-summary.js";
import { mountProgress } from "./components/progress.js";
import { mountQuestion } from "./components/question.js";
import { fromMetric } from "./units.js";
import { mountRenewalWindow } from "./components/renewal-window.js";
import { mountFilledForm } from "./components/filled-form.js";
import { renderReview } from "./components/review.js";
import { mountSteps } from "./components/steps.js";
import { mountStatementBuilder } from "./components/statement-builder.js";
import { mountFamily } from "./components/family.js";
import { filledForm } from "./pdf.js";
import { mountStorage } from "./form-storage.js";

/** The core's MAX_BYTES (src/form/read.rs; tests/node/shipped.test.mjs keeps them equal). */
export const MAX_IMPORT_BYTES = 5_000_000;

export function mountForm(root, options = {}) {
  let lang = options.lang ?? "en";
  const enabled = options.storage !== "none";
  const today = options.today ?? localToday();
  const helper = new Helper({ lang, today, storage: enabled ? "local" : "none", storageKey: options.storageKey });
  const words = () => TEXT[lang];
  const touched = new Set();
  const stash = new Map(); // answers inside a group switched off, kept for this visit
  const questionsByPath = new Map();
  let reviewing = false;
  let lastAnnounced = null;
  let totals = null;

  // ---- the parts of the page ----
  const [toolsRoot, dataRoot, progressRoot, summaryRoot] = [1, 2, 3, 4].map(() => element("div"));
  const formEl = element("form", { id: "pf-form", noValidate: true });
  const startEl = element(
    "section",
    { id: "pf-step-start", className: "step", "aria-labelledby": "pf-start-title" },
    element("h2", { id: "pf-start-title", "data-t": "startTitle" }),
    element("p", { "data-t": "startNeed" }),
    element("ul", {}, element("li", { "data-t": "startI94" }), element("li", { "data-t": "startPassport" })),
    element("p", { "data-t": "startTime" }),
    element("p", { className: "privacy", "data-t": "formPrivacy" }),
  );
  const checkEl = element("section", { id: "pf-step-check", className: "step", "aria-labelledby": "pf-check-title" });
  const reviewEl = element("section", { id: "pf-review", className: "review", "aria-labelledby": "pf-review-title", hidden: true });
  const pdfEl = element("section", { id: "pf-pdf", className: "filled-form no-print", "aria-labelledby": "pf-pdf-title", hidden: true });
  const announceEl = element("p", { id: "pf-announce", className: "visually-hidden", role: "status" });
  const stepSaid = element("p", { id: "pf-step-status", className: "visually-hidden", role: "status" });
  checkEl.append(element("h2", { id: "pf-check-title", className: "no-print", "data-t": "checkTitle" }), summaryRoot, reviewEl, pdfEl);
  // Export, import and "Delete my data" under every step, not between the person and the questions.
  root.replaceChildren(toolsRoot, startEl, formEl, checkEl, dataRoot, announceEl, stepSaid);
  const pdf = () => filledForm(helper.pdfPlan());

  const storage = mountStorage(toolsRoot, {
    helper,
    enabled,
    words,
    lang: () => lang,
    onRestored: () => refill(),
    onConsent: options.onConsent,
    beforeLeave: () => typed.flush(),
  });
  const tools = mountDataTools(dataRoot, {
    storage: enabled,
    on: {
      exportFile: () => download(helper.exportText(), words().exportFileName, "application/json"),
      importFile: async (file) => {
        // Weighed before a byte is read: a 50 MB file would hold the page for seconds.
        if (file.size > MAX_IMPORT_BYTES) {
          tools.status(fill(words().importTooLarge, { file: file.name, size: (file.size / 1e6).toFixed(1) }));
          return;
        }
        try {
          // The core refuses what is not a form (nothing changes then) and migrates older versions.
          const { migratedFrom } = helper.replace(await file.text());
          touched.clear();
          refill();
          storage.save();
          steps.go("check");
          tools.status([fill(words().imported, { file: file.name }), migratedFrom ? words().importMigrated : ""].join(" ").trim());
        } catch (error) {
          tools.status(fill(words().importFailed, { reason: error.message ?? String(error) }));
        }
      },
      deleteAll() {
        helper.wipe();
        steps.go("start", { focus: () => {} });
        touched.clear();
        stash.clear();
        reviewing = false;
        summary.hide();
        reviewEl.hidden = pdfEl.hidden = true;
        refill();
        storage.wiped();
        tools.status(words().deleted);
        options.onDeleted?.();
      },
    },
  });
  const progress = mountProgress(progressRoot, { onGo: (step) => steps.go(step) });
  /** To a question's step and the question, with a way back to check your answers. */
  const change = (path) => {
    const step = root.querySelector(`[data-q="${path}"]`)?.closest("[data-section]")?.dataset.section;
    if (step) steps.go(step, { returnToCheck: steps.current === "check", focus: () => questionsByPath.get(path)?.focus() });
  };
  const summary = mountErrorSummary(summaryRoot, {
    onGo: change,
    onReview: () => {
      reviewEl.scrollIntoView({ block: "start" });
      root.querySelector("#pf-print")?.focus();
    },
  });
  const filledPart = mountFilledForm(pdfEl, {
    make: async () => ({ bytes: await pdf(), fileName: helper.pdfFileName() }),
    focusProblems: () => summary.focus(),
  });

  // ---- the questions, in sections that follow the form's Parts ----
  let described = questions(lang);
  const titles = () => new Map(described.map((s) => [s.id, s.title]));
  let renewal;
  let statement; // Part 8's "Help me write this", under reason.explanation
  for (const section of described) {
    const node = element(
      "section",
      { className: "part", id: `pf-sec-${section.id}`, "aria-labelledby": `pf-sec-${section.id}-title`, "data-section": section.id, part: "section" },
      element("h2", { id: `pf-sec-${section.id}-title` }, element("span", { "data-section-title": section.id }), " ", element("span", { className: "badge", "data-badge": section.id })),
    );
    for (const q of section.fields) {
      const question = mountQuestion(q, { words, lang: () => lang, today: () => today });
      questionsByPath.set(q.path, question);
      node.append(question.node);
      if (q.path === "reason.explanation") statement = mountStatementBuilder(question.node, { helper, lang: () => lang });
    }
    if (section.id === "application") renewal = mountRenewalWindow(node, { today });
    formEl.append(node);
  }
  // The other people of a family: who needs parole (start), their steps, their checks and forms.
  const family = mountFamily({
    helper,
    start: startEl,
    form: formEl,
    after: summaryRoot,
    reviews: reviewEl,
    questions: questionsByPath,
    words,
    lang: () => lang,
    described: () => described,
    go: (step) => steps.go(step),
    refill: () => refill(),
    onGo: (path) => change(path),
  });
  const shown = new Map(); // section id -> whether it applies
  const steps = mountSteps({
    routing: options.routing ?? "memory",
    start: startEl,
    form: formEl,
    check: checkEl,
    say: (text) => (stepSaid.textContent = text),
    shown: () => [...described.map((s) => s.id).filter((id) => shown.get(id)), ...family.steps()],
    title: (step) => (step === "start" || step === "check" ? words()[`${step}Title`] : (titles().get(step) ?? family.title(step))),
    words,
    onLeave(step) {
      typed.flush();
      // Its questions count as seen: what is missing there is said.
      const left = described.find((s) => s.id === step)?.fields.map((q) => q.path) ?? family.paths(step);
      for (const path of left) touched.add(path);
      reshow(left);
    },
    onEnter(step) {
      // The task list is on the start step and on check your answers.
      // On the start step the task list comes after Start: the first question is one key away.
      if (step === "start") startEl.append(progressRoot);
      if (step === "reason") statement?.update();
      if (step === "check") summaryRoot.after(progressRoot);
      if (step !== "check") return;
      reviewing = true;
      reshow(questionsByPath.keys());
      review();
      lastAnnounced = null;
      announce();
    },
  });

  function applyWords() {
    const t = words();
    for (const node of root.querySelectorAll("[data-t]")) node.textContent = t[node.dataset.t];
    for (const node of root.querySelectorAll("[data-section-title]")) node.textContent = titles().get(node.dataset.sectionTitle);
    const byPath = new Map(described.flatMap((s) => s.fields.map((q) => [q.path, q])));
    for (const [path, question] of questionsByPath) question.setWords(byPath.get(path) ?? family.describe(path, byPath), words);
    family.applyWords();
  }

  // ---- answers, and what the core says about them ----

  /** Shows what changed: questions, sections, counts, the window. */
  function show(changes, { force = false } = {}) {
    totals = changes.totals;
    for (const state of changes.questions) questionsByPath.get(state.path)?.update(state, { showMessages: reviewing || touched.has(state.path), words });
    for (const s of changes.sections) {
      shown.set(s.id, s.shown);
      root.querySelector(`[data-badge="${s.id}"]`).textContent = s.complete ? `✓ ${words().sectionComplete}` : "";
    }
    steps.update();
    family.update();
    // Each other person's step in the task list, after the sections (none for one person).
    const people = (changes.people ?? []).map((p, i) => ({ ...p, id: `people-${i + 1}` }));
    const names = titles();
    for (const p of people) names.set(p.id, family.title(p.id));
    progress.update({ totals, sections: changes.sections, titles: names, words: words(), people });
    const w = helper.window();
    renewal.update(w, { words: words(), lang, force });
    statement?.update();
    options.onChange?.({ totals, window: w });
  }

  /** Re-shows messages after a question was left, or on Review. */
  function reshow(paths) {
    for (const path of paths) questionsByPath.get(path)?.update(null, { showMessages: reviewing || touched.has(path), words });
  }

  /** Puts every answer the core holds back in the inputs, and shows everything. */
  function refill() {
    family.sync();
    const answers = helper.answers();
    for (const [path, question] of questionsByPath) question.write(answers[path] ?? null);
    show(helper.state(), { force: true });
    if (reviewing) review();
  }

  function answer(question) {
    try {
      const value = question.value();
      // "102 cm" or "15 kg": written in the form's units, and said, rather than refused.
      const metric = fromMetric(question.path, value);
      if (metric) {
        for (const [path, converted] of Object.entries(metric.answers)) {
          questionsByPath.get(path)?.write(converted);
          show(helper.set(path, converted));
        }
        const answers = Object.values(metric.answers);
        return question.note(fill(words()[`${metric.kind}Converted`], { typed: metric.typed, a: answers[0], b: answers[1] }));
      }
      if (question.kind === "toggle") keepGroup(question.path, value);
      show(helper.set(question.path, value));
      storage.bug(false);
    } catch (error) {
      // The page only sends answers of the right kinds, so this is a bug: say so in words, keep
      // the answers on screen, and let the person export them.
      storage.bug(true);
      console.warn("parole-helper: an answer was refused", error);
    }
  }

  /** A group switched off keeps its answers for this visit; switched on again, they come back. */
  function keepGroup(path, on) {
    if (!on) return stash.set(path, Object.entries(helper.answers()).filter(([p]) => p.startsWith(`${path}.`)));
    queueMicrotask(() => {
      for (const [p, value] of stash.get(path) ?? []) {
        questionsByPath.get(p)?.write(value);
        show(helper.set(p, value));
      }
      stash.delete(path);
    });
  }

  function review() {
    const report = helper.report();
    const all = helper.familyReport();
    summary.update({ report, family: all, person: family.person, words: words() });
    renderReview(reviewEl, { printed: helper.printed(), report, picture: helper.timeline(), lang, onChange: change });
    filledPart.update({ errors: report.summary.errors, words: words() });
    family.review(all);
    reviewEl.hidden = pdfEl.hidden = false;
    root.querySelector("#pf-print")?.addEventListener("click", () => window.print());
    return report;
  }

  function announce() {
    if (!totals || totals.errors === lastAnnounced) return;
    lastAnnounced = totals.errors;
    announceEl.textContent = fill(words().summaryCount, totals);
  }

  // ---- events ----
  const owner = (target) => questionsByPath.get(target.closest?.("[data-q]")?.dataset.q);
  const typed = debounce((question) => {
    answer(question);
    storage.save();
  }, 120);
  formEl.addEventListener("input", (e) => {
    const question = owner(e.target);
    if (question && !["radio", "checkbox"].includes(e.target.type)) typed(question);
  });
  formEl.addEventListener("change", (e) => {
    const question = owner(e.target);
    if (!question) return;
    if (["radio", "checkbox"].includes(e.target.type)) touched.add(question.path);
    answer(question);
    storage.save();
    announce();
  });
  formEl.addEventListener("focusout", (e) => {
    const block = e.target.closest("[data-q]");
    if (!block || block.contains(e.relatedTarget)) return;
    // The latest keystrokes first, so the message shown is about them.
    const question = owner(e.target);
    if (question) answer(question);
    touched.add(block.dataset.q);
    // Leaving for a button or a link (Continue, All steps): do not move the page under the pointer
    // between mouse down and mouse up, or the click would miss; leaving the step shows the messages.
    if (["BUTTON", "A"].includes(e.relatedTarget?.tagName)) return;
    reshow([block.dataset.q]);
    announce();
  });

  // ---- start ----
  applyWords();
  storage.restore();
  storage.showConsent();
  show(helper.state());
  steps.begin();

  return {
    setLanguage(next) {
      lang = next;
      described = questions(lang);
      applyWords();
      show(helper.setLanguage(lang), { force: true });
      reshow(questionsByPath.keys());
      storage.showConsent();
      if (reviewing) review();
    },
    /** The request JSON. */
    getData: () => helper.request(),
    /** Replaces every answer; what is not a request throws a worded error and changes nothing. */
    setData(data) {
      helper.replace(data);
      refill();
      storage.save();
    },
    /** The filled official Form I-131 for the answers as they are now: a Promise of its bytes. */
    pdf,
    /** The complete report, for the answers as they are now (never an older one). */
    validate: () => helper.report(),
    get totals() {
      return totals;
    },
    /** Stops saving and listening, and frees the request (the element left its page). */
    close() {
      steps.close();
      storage.close();
      helper.free();
    },
  };
}
