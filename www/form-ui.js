// The whole request, rendered from the questions the core describes (labels, help, Part/Item,
// kind, choices) and kept in step with it: which questions apply, what is missing, what is wrong.
// The form's answers live in one plain object shaped like the request JSON; the core reads it.
//
//   const form = mountForm(rootElement, { lang: "es", storage: "local" });
//   form.setLanguage("en"); form.getData(); form.setData(obj); form.validate();
//
// Messages show once a question was left (touched), or for every question after "Review".
import { questions, readForm, reminders, review } from "./pkg/parole_helper.js";
import { dateBoxes, dateValue, debounce, download, element, localToday, longDate } from "./dom.js";
import * as drafts from "./drafts.js";
import { fill, TEXT } from "./i18n.js";
import { renderReview } from "./review.js";
import { windowCard } from "./window-card.js";

const NAME_PARTS = ["familyName", "givenName", "middleName"];
const NAME_SLOTS = 3;

/** Reads `a.b[1].c` from `obj`. */
function getPath(obj, path) {
  return steps(path).reduce((value, key) => (value == null ? undefined : value[key]), obj);
}

/** Writes `a.b[1].c` in `obj`, making objects and lists on the way; `undefined` removes it. */
function setPath(obj, path, value) {
  const keys = steps(path);
  let node = obj;
  keys.slice(0, -1).forEach((key, i) => {
    if (node[key] == null || typeof node[key] !== "object") node[key] = typeof keys[i + 1] === "number" ? [] : {};
    node = node[key];
  });
  const last = keys.at(-1);
  if (value === undefined) {
    if (Array.isArray(node)) node[last] = {};
    else delete node[last];
  } else node[last] = value;
}

function steps(path) {
  return path.split(".").flatMap((part) => {
    const m = part.match(/^(\w+)\[(\d+)\]$/);
    return m ? [m[1], Number(m[2])] : [part];
  });
}

/** The request as the core and an export should see it: no blank names in the name lists. */
export function cleaned(form) {
  const copy = structuredClone(form);
  for (const person of ["filer", "beneficiary"]) {
    const list = copy[person]?.otherNames;
    if (Array.isArray(list)) {
      const kept = list.filter((n) => n && Object.values(n).some((v) => String(v).trim()));
      if (kept.length) copy[person].otherNames = kept;
      else delete copy[person].otherNames;
    }
  }
  return copy;
}

const idOf = (path) => `pf-${path.replace(/[.[\]]+/g, "-").replace(/-$/, "")}`;

export function mountForm(root, options = {}) {
  let lang = options.lang ?? "en";
  const useStorage = options.storage !== "none";
  const today = () => options.today ?? localToday();
  let form = { schemaVersion: 2 };
  let described = questions(lang);
  let last = null; // the latest { report, progress }
  let reviewing = false;
  let lastAnnounced = null;
  const touched = new Set();
  const stash = new Map(); // answers of a toggled-off group, kept for this visit
  const $ = (id) => root.querySelector(`#${id}`);
  const t = () => TEXT[lang];

  // ---- building the questions ----

  function questionBlock(q) {
    const id = idOf(q.path);
    const described = [`${id}-item`, q.help ? `${id}-help` : null, q.english ? `${id}-english` : null, `${id}-msg`].filter(Boolean).join(" ");
    const meta = [
      element("p", { className: "item", id: `${id}-item`, "data-item": q.path }),
      q.help ? element("p", { className: "hint", id: `${id}-help`, "data-help": q.path }) : null,
      q.english ? element("p", { className: "hint english", id: `${id}-english`, "data-english": "" }) : null,
      element("div", { className: "msgs", id: `${id}-msg` }),
    ];
    const required = element("span", { className: "required", "data-required": q.path, hidden: true });
    const label = (forId) => element("label", { htmlFor: forId }, element("span", { "data-label": q.path }), " ", required);
    const legend = () => element("legend", {}, element("span", { "data-label": q.path }), " ", required);
    const bind = { "data-path": q.path, "aria-describedby": described };
    let body;
    switch (q.kind) {
      case "longText":
        body = [label(id), ...meta, element("textarea", { id, rows: 6, spellcheck: true, ...bind })];
        break;
      case "date":
        body = [
          element(
            "fieldset",
            { id, "aria-describedby": described },
            legend(),
            ...meta,
            dateBoxes(id, { "data-path": q.path }),
          ),
        ];
        break;
      case "yesNo":
      case "choice":
      case "choices": {
        const options = q.kind === "yesNo" ? [{ value: "true" }, { value: "false" }] : q.choices;
        const type = q.kind === "choices" ? "checkbox" : "radio";
        body = [
          element(
            "fieldset",
            { id, "aria-describedby": described },
            legend(),
            ...meta,
            element(
              "div",
              { className: q.kind === "yesNo" ? "choices inline" : "choices" },
              ...options.map((c, i) =>
                element(
                  "div",
                  { className: "choice", "data-choice": c.value },
                  element("input", { type, name: id, id: `${id}-${i}`, value: c.value, ...bind }),
                  element("label", { htmlFor: `${id}-${i}`, "data-choice-label": `${q.path}|${c.value}` }),
                ),
              ),
            ),
          ),
        ];
        break;
      }
      case "toggle":
        body = [
          element(
            "div",
            { className: "choice" },
            element("input", { type: "checkbox", id, ...bind }),
            element("label", { htmlFor: id }, element("span", { "data-label": q.path })),
          ),
          ...meta,
        ];
        break;
      case "nameList":
        body = [
          element(
            "fieldset",
            { id, "aria-describedby": described },
            legend(),
            ...meta,
            ...Array.from({ length: NAME_SLOTS }, (_, slot) =>
              element(
                "fieldset",
                { className: "name-row" },
                element("legend", { "data-other-name": String(slot + 1) }),
                ...NAME_PARTS.map((part) => {
                  const inputId = `${id}-${slot}-${part}`;
                  return element(
                    "div",
                    {},
                    element("label", { htmlFor: inputId, "data-t": part }),
                    element("input", { id: inputId, autocomplete: "off", spellcheck: false, "data-path": `${q.path}[${slot}].${part}` }),
                  );
                }),
              ),
            ),
          ),
        ];
        break;
      default: {
        const inputMode = { email: "email", phone: "tel", wholeNumber: "numeric" }[q.kind];
        const size = { wholeNumber: "w4" }[q.kind];
        body = [label(id), ...meta, element("input", { id, className: size, inputMode, autocomplete: "off", spellcheck: false, ...bind })];
      }
    }
    return element("div", { className: `q ${q.kind}`, "data-q": q.path }, ...body);
  }

  function build() {
    const sections = described.map((s) =>
      element(
        "section",
        { className: "part", id: `pf-sec-${s.id}`, "aria-labelledby": `pf-sec-${s.id}-title`, "data-section": s.id, part: "section" },
        element("h2", { id: `pf-sec-${s.id}-title` }, element("span", { "data-section-title": s.id }), " ", element("span", { className: "badge", "data-badge": s.id })),
        ...s.fields.map(questionBlock),
        s.id === "application" ? element("div", { id: "pf-window", className: "window-box", hidden: true, "aria-live": "polite" }) : null,
      ),
    );
    root.replaceChildren(
      element(
        "div",
        { className: "form-tools" },
        useStorage ? element("div", { id: "pf-consent", className: "consent", role: "region", "aria-labelledby": "pf-consent-title", hidden: true },
          element("h2", { id: "pf-consent-title", "data-t": "consentTitle" }),
          element("p", { "data-t": "consentText" }),
          element("button", { type: "button", id: "pf-consent-yes", "data-t": "consentYes" }),
          " ",
          element("button", { type: "button", id: "pf-consent-no", "data-t": "consentNo" }),
        ) : null,
        element("p", { id: "pf-save-status", className: "hint" }),
        element("div", { id: "pf-other-tab", className: "error-box", role: "alert", hidden: true },
          element("p", { "data-t": "otherTab" }),
          element("button", { type: "button", id: "pf-other-tab-load", "data-t": "otherTabLoad" }),
          " ",
          element("button", { type: "button", id: "pf-other-tab-keep", "data-t": "otherTabKeep" }),
        ),
        element("p", { id: "pf-bug", className: "error", role: "alert", hidden: true, "data-t": "bugNotice" }),
        element("div", { id: "pf-restore", className: "error-box", role: "alert", hidden: true },
          element("p", { id: "pf-restore-text" }),
          element("button", { type: "button", id: "pf-restore-download", "data-t": "downloadSaved" }),
          " ",
          element("button", { type: "button", id: "pf-restore-discard", "data-t": "discardSaved" }),
        ),
      ),
      element("section", { className: "data-tools", "aria-labelledby": "pf-data-title" },
        element("h2", { id: "pf-data-title", "data-t": "dataTitle" }),
        element("p", {},
          element("button", { type: "button", id: "pf-export", "data-t": "exportData" }),
          " ",
          element("label", { htmlFor: "pf-import", className: "button-like", "data-t": "importData" }),
          element("input", { type: "file", id: "pf-import", accept: ".json,application/json", className: "visually-hidden-file" }),
        ),
        useStorage ? element("p", {},
          element("button", { type: "button", id: "pf-delete", className: "danger", "data-t": "deleteData" }),
        ) : null,
        useStorage ? element("div", { id: "pf-delete-ask", hidden: true },
          element("p", { "data-t": "deleteAsk" }),
          element("button", { type: "button", id: "pf-delete-yes", className: "danger", "data-t": "deleteConfirm" }),
          " ",
          element("button", { type: "button", id: "pf-delete-no", "data-t": "cancel" }),
        ) : null,
        element("p", { id: "pf-data-status", role: "status" }),
      ),
      element("nav", { className: "progress", "aria-labelledby": "pf-progress-title" },
        element("h2", { id: "pf-progress-title", "data-t": "progressTitle" }),
        element("p", { id: "pf-progress-count" }),
        element("ol", { id: "pf-progress-list" }),
      ),
      element("div", { id: "pf-summary", className: "summary", tabIndex: -1, role: "region", "aria-labelledby": "pf-summary-title", part: "summary", hidden: true },
        element("h2", { id: "pf-summary-title", "data-t": "summaryTitle" }),
        element("p", { id: "pf-summary-count" }),
        element("ul", { id: "pf-summary-list" }),
        element("p", { id: "pf-summary-review" }),
      ),
      element("form", { id: "pf-form", noValidate: true }, ...sections,
        element("p", {}, element("button", { type: "submit", className: "primary", part: "button", "data-t": "reviewButton" }))),
      element("section", { id: "pf-review", className: "review", "aria-labelledby": "pf-review-title", hidden: true }),
      element("p", { id: "pf-announce", className: "visually-hidden", role: "status" }),
    );
    wire();
  }

  // ---- words, in the current language ----

  function applyWords() {
    const words = t();
    const byPath = new Map(described.flatMap((s) => s.fields.map((q) => [q.path, q])));
    for (const node of root.querySelectorAll("[data-t]")) node.textContent = words[node.dataset.t];
    for (const node of root.querySelectorAll("[data-label]")) node.textContent = byPath.get(node.dataset.label)?.label ?? "";
    for (const node of root.querySelectorAll("[data-help]")) node.textContent = byPath.get(node.dataset.help)?.help ?? "";
    for (const node of root.querySelectorAll("[data-english]")) node.textContent = words.englishHint;
    for (const node of root.querySelectorAll("[data-required]")) node.textContent = `(${words.requiredTag})`;
    for (const node of root.querySelectorAll("[data-other-name]")) node.textContent = fill(words.otherName, { n: node.dataset.otherName });
    for (const node of root.querySelectorAll("[data-item]")) {
      const q = byPath.get(node.dataset.item);
      node.textContent = q.item ? fill(words.itemLine, { item: q.item, itemEn: q.itemEn }) : "";
      node.hidden = !q.item;
    }
    for (const node of root.querySelectorAll("[data-section-title]")) {
      node.textContent = described.find((s) => s.id === node.dataset.sectionTitle).title;
    }
    for (const node of root.querySelectorAll("[data-choice-label]")) {
      const [path, value] = node.dataset.choiceLabel.split("|");
      const q = byPath.get(path);
      node.textContent = q.kind === "yesNo" ? (value === "true" ? words.yes : words.no) : q.choices.find((c) => c.value === value).label;
    }
  }

  // ---- answers in and out of the inputs ----

  function readInput(input) {
    const path = input.dataset.path;
    const q = byPathKind(path);
    if (input.dataset.part) {
      setPath(form, path, dateValue(root, idOf(path)) || undefined);
    } else if (q === "yesNo") {
      setPath(form, path, input.value === "true");
    } else if (q === "choice") {
      setPath(form, path, input.value);
    } else if (q === "choices") {
      const checked = [...root.querySelectorAll(`input[data-path="${path}"]:checked`)].map((i) => i.value);
      setPath(form, path, checked.length ? checked : undefined);
    } else if (q === "toggle") {
      if (input.checked) setPath(form, path, stash.get(path) ?? getPath(form, path) ?? {});
      else {
        stash.set(path, getPath(form, path));
        setPath(form, path, undefined);
      }
    } else {
      setPath(form, path, input.value === "" ? undefined : input.value);
    }
  }

  const kinds = new Map();
  function byPathKind(path) {
    if (!kinds.size) for (const s of described) for (const q of s.fields) kinds.set(q.path, q.kind);
    return kinds.get(path.replace(/\[\d+\]\.\w+$/, "")) ?? "text";
  }

  function writeInputs() {
    for (const input of root.querySelectorAll("[data-path]")) {
      const path = input.dataset.path;
      const kind = byPathKind(path);
      const value = getPath(form, path);
      if (input.dataset.part) {
        const [y = "", m = "", d = ""] = typeof value === "string" ? value.split("-") : [];
        input.value = { year: y, month: m, day: d }[input.dataset.part];
      } else if (kind === "yesNo") input.checked = value === (input.value === "true");
      else if (kind === "choice") input.checked = value === input.value;
      else if (kind === "choices") input.checked = Array.isArray(value) && value.includes(input.value);
      else if (kind === "toggle") input.checked = value != null;
      else input.value = value ?? "";
    }
  }

  // ---- checking ----

  function check() {
    try {
      last = review(cleaned(form), { today: today(), lang });
    } catch (error) {
      // The page only writes answers of the right kinds, so this is a bug: say so in words, keep
      // the answers on screen, and let the person export them.
      $("pf-bug").hidden = false;
      console.warn("parole-helper: check failed", error);
      return;
    }
    $("pf-bug").hidden = true;
    show();
    options.onChange?.(last);
  }

  function show() {
    const { report, progress } = last;
    const words = t();
    const shownPaths = new Set(progress.fields.filter((f) => f.shown).map((f) => f.path));
    for (const block of root.querySelectorAll("[data-q]")) block.hidden = !shownPaths.has(block.dataset.q);
    for (const f of progress.fields) {
      const block = root.querySelector(`[data-q="${f.path}"]`);
      const mark = block?.querySelector(`[data-required="${f.path}"]`);
      if (mark) mark.hidden = !f.required;
      for (const input of block?.querySelectorAll("input, textarea") ?? []) {
        if (f.required && input.type !== "checkbox") input.setAttribute("aria-required", "true");
        else input.removeAttribute("aria-required");
      }
      for (const choice of block?.querySelectorAll("[data-choice]") ?? []) {
        const input = choice.querySelector("input");
        choice.hidden = f.hiddenChoices?.includes(choice.dataset.choice) && !input.checked;
      }
    }
    for (const s of progress.sections) $(`pf-sec-${s.id}`).hidden = !s.shown;

    const byField = new Map();
    for (const d of report.diagnostics) {
      if (!d.field) continue;
      if (!byField.has(d.field)) byField.set(d.field, []);
      byField.get(d.field).push(d);
    }
    for (const block of root.querySelectorAll("[data-q]")) {
      const path = block.dataset.q;
      const visible = (reviewing || touched.has(path)) && byField.has(path);
      const list = visible ? byField.get(path) : [];
      block.querySelector(".msgs").replaceChildren(...list.map((d) => messageNode(d, words)));
      const invalid = list.some((d) => d.severity === "error");
      for (const input of block.querySelectorAll("input, textarea")) {
        if (invalid) input.setAttribute("aria-invalid", "true");
        else input.removeAttribute("aria-invalid");
      }
    }

    const box = $("pf-window");
    if (report.window) {
      box.hidden = false;
      box.replaceChildren(
        element("h3", { textContent: words.windowTitle }),
        windowCard(words.reparoleTitle, report.window, lang),
        element("button", { type: "button", id: "pf-reminders", textContent: words.download }),
        element("p", { id: "pf-reminders-msg", role: "status" }),
      );
      $("pf-reminders").addEventListener("click", () => downloadReminders(report.window));
    } else {
      box.hidden = true;
      box.replaceChildren();
    }

    const shownSections = progress.sections.filter((s) => s.shown);
    $("pf-progress-count").textContent = fill(words.sectionsDone, { done: shownSections.filter((s) => s.complete).length, total: shownSections.length });
    $("pf-progress-list").replaceChildren(
      ...shownSections.map((s) => {
        const title = described.find((d) => d.id === s.id).title;
        const state = s.complete ? words.sectionComplete : s.missing ? fill(words.sectionMissing, { n: s.missing }) : fill(words.sectionProblems, { n: s.errors });
        const link = element("a", { href: `#pf-sec-${s.id}`, textContent: title });
        link.addEventListener("click", (e) => {
          e.preventDefault();
          focusFirst($(`pf-sec-${s.id}`));
        });
        return element("li", { className: s.complete ? "done" : "todo" }, link, " ", element("span", { className: "state", textContent: `(${state})` }));
      }),
    );
    for (const s of progress.sections) {
      const badge = root.querySelector(`[data-badge="${s.id}"]`);
      badge.textContent = s.complete ? `✓ ${words.sectionComplete}` : "";
    }

    if (reviewing) renderSummary();
  }

  function messageNode(d, words) {
    const tag = { error: words.errorTag, warning: words.adviceTag, info: words.noteTag }[d.severity];
    const source = d.source.url
      ? element("a", { href: d.source.url, rel: "noopener noreferrer", target: "_blank", textContent: d.source.title })
      : d.source.title;
    return element(
      "div",
      { className: `msg ${d.severity}`, part: `message ${d.severity}` },
      element("p", {}, element("strong", { textContent: `${tag}: ` }), d.message),
      element("p", { className: "msg-source" }, `${words.source}: `, source),
    );
  }

  function renderSummary() {
    const { report } = last;
    const words = t();
    $("pf-summary").hidden = false;
    $("pf-summary-count").textContent = report.summary.errors
      ? fill(words.summaryCount, report.summary)
      : words.noErrors;
    const items = report.diagnostics
      .filter((d) => d.severity !== "info")
      .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1))
      .map((d) => {
        const tag = d.severity === "error" ? words.errorTag : words.adviceTag;
        if (!d.field) return element("li", { className: d.severity }, `${tag}: ${d.message}`);
        const link = element("a", { href: `#${idOf(d.field)}`, textContent: d.message });
        link.addEventListener("click", (e) => {
          e.preventDefault();
          focusFirst(root.querySelector(`[data-q="${d.field}"]`));
        });
        return element("li", { className: d.severity }, `${tag}: `, link);
      });
    $("pf-summary-list").replaceChildren(...items);
    $("pf-summary").classList.toggle("clean", !report.summary.errors);
    const toReview = element("a", { href: "#pf-review", textContent: words.reviewTitle });
    toReview.addEventListener("click", (e) => {
      e.preventDefault();
      $("pf-review").scrollIntoView({ block: "start" });
      $("pf-print")?.focus();
    });
    $("pf-summary-review").replaceChildren(toReview);
    renderReview($("pf-review"), { questions: described, form: cleaned(form), report, progress: last.progress, lang });
    $("pf-review").hidden = false;
    const print = $("pf-print");
    print?.addEventListener("click", () => window.print());
  }

  function focusFirst(container) {
    const target = container?.querySelector("input:not([type=hidden]), textarea, select, button") ?? container;
    container?.scrollIntoView({ block: "start" });
    target?.focus();
  }

  function announce() {
    if (!last) return;
    const count = last.report.summary.errors;
    if (count === lastAnnounced) return;
    lastAnnounced = count;
    $("pf-announce").textContent = fill(t().summaryCount, last.report.summary);
  }

  // ---- saving ----

  const save = debounce(() => saveNow(), 300);
  let saveAttempts = 0;
  /** What the last autosave did, on the status line (`data-attempt`, `data-outcome`): tests wait
   *  for it instead of sleeping, and it tells why nothing was written. */
  function saveOutcome(outcome) {
    const status = $("pf-save-status");
    status.dataset.attempt = String(++saveAttempts);
    status.dataset.outcome = outcome;
  }
  function saveNow() {
    if (!useStorage) return saveOutcome("off");
    if (!drafts.hasConsent()) return saveOutcome("no-consent");
    if (restoreBlocked) return saveOutcome("kept-unreadable-draft");
    if (otherTabChanged) return saveOutcome("other-tab");
    const ok = drafts.saveDraft(form);
    saveOutcome(ok ? "saved" : "failed");
    lastSaved = JSON.stringify(form);
    const time = new Date().toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
    $("pf-save-status").textContent = ok ? fill(t().saved, { time }) : t().saveFailed;
    $("pf-save-status").className = ok ? "hint" : "error";
    $("pf-save-status").setAttribute("role", ok ? "status" : "alert");
  }
  let lastSaved = null;
  let otherTabChanged = false;

  // Two tabs on one draft: when the other one saves something different, stop saving here and
  // ask, instead of one silently overwriting the other.
  if (useStorage) {
    addEventListener("storage", (event) => {
      if (event.key !== drafts.DRAFT_KEY || event.newValue == null || event.newValue === lastSaved) return;
      otherTabChanged = true;
      $("pf-other-tab").hidden = false;
      $("pf-other-tab-load").onclick = () => {
        try {
          form = readForm(event.newValue, { lang }).form;
        } catch {
          return;
        }
        lastSaved = event.newValue;
        otherTabChanged = false;
        $("pf-other-tab").hidden = true;
        writeInputs();
        check();
      };
      $("pf-other-tab-keep").onclick = () => {
        otherTabChanged = false;
        $("pf-other-tab").hidden = true;
        saveNow();
      };
    });
  }
  let restoreBlocked = false;

  function showSaveState() {
    if (!useStorage) return;
    const consent = drafts.hasConsent();
    $("pf-consent").hidden = consent || consentDeclined;
    if (!consent) $("pf-save-status").textContent = t().notSaved;
  }
  let consentDeclined = false;

  function restore() {
    if (!useStorage) return;
    const text = drafts.savedDraft();
    if (text == null) return;
    try {
      form = readForm(text, { lang }).form;
    } catch (error) {
      restoreBlocked = true; // never overwrite what could not be read
      $("pf-restore").hidden = false;
      $("pf-restore-text").textContent = fill(t().restoreFailed, { reason: error.message ?? String(error) });
      $("pf-restore-download").onclick = () => download(text, "parole-helper-saved-answers.json", "application/json");
      $("pf-restore-discard").onclick = () => {
        drafts.wipe();
        drafts.giveConsent();
        restoreBlocked = false;
        $("pf-restore").hidden = true;
        save();
      };
    }
  }

  // ---- events ----

  function wire() {
    const formEl = $("pf-form");
    const changed = debounce(() => {
      check();
      save();
    }, 120);
    formEl.addEventListener("input", (e) => {
      if (!e.target.dataset.path) return;
      readInput(e.target);
      changed();
    });
    formEl.addEventListener("change", (e) => {
      if (!e.target.dataset.path) return;
      readInput(e.target);
      if (["radio", "checkbox"].includes(e.target.type)) touched.add(blockPath(e.target));
      check();
      save();
      announce();
    });
    formEl.addEventListener("focusout", (e) => {
      const block = e.target.closest("[data-q]");
      if (!block || block.contains(e.relatedTarget)) return;
      touched.add(block.dataset.q);
      // Leaving for a button (Review): do not move the page under the pointer between mouse down
      // and mouse up, or the click would miss; the button's own action shows the messages.
      if (e.relatedTarget?.tagName === "BUTTON") return;
      if (last) show();
      announce();
    });
    formEl.addEventListener("submit", (e) => {
      e.preventDefault();
      reviewing = true;
      check();
      $("pf-summary").hidden = false;
      $("pf-summary").focus();
      lastAnnounced = null;
      announce();
    });
    if (useStorage) {
      $("pf-consent-yes").addEventListener("click", () => {
        if (drafts.giveConsent()) {
          $("pf-consent").hidden = true;
          options.onConsent?.();
          saveNow();
          $("pf-save-status").focus?.();
        } else {
          $("pf-save-status").textContent = t().saveFailed;
        }
      });
      $("pf-consent-no").addEventListener("click", () => {
        consentDeclined = true;
        showSaveState();
      });
      $("pf-delete").addEventListener("click", () => {
        $("pf-delete-ask").hidden = false;
        $("pf-delete-yes").focus();
      });
      $("pf-delete-no").addEventListener("click", () => {
        $("pf-delete-ask").hidden = true;
        $("pf-delete").focus();
      });
      $("pf-delete-yes").addEventListener("click", () => {
        drafts.wipe();
        form = { schemaVersion: 2 };
        touched.clear();
        stash.clear();
        reviewing = false;
        restoreBlocked = false;
        consentDeclined = false;
        $("pf-summary").hidden = true;
        $("pf-review").hidden = true;
        $("pf-delete-ask").hidden = true;
        $("pf-restore").hidden = true;
        writeInputs();
        check();
        showSaveState();
        $("pf-data-status").textContent = t().deleted;
        $("pf-delete").focus();
      });
    }
    $("pf-export").addEventListener("click", () => {
      download(JSON.stringify(cleaned(form), null, 2) + "\n", t().exportFileName, "application/json");
    });
    $("pf-import").addEventListener("change", async (e) => {
      const file = e.target.files?.[0];
      e.target.value = "";
      if (!file) return;
      const status = $("pf-data-status");
      try {
        const text = await file.text();
        // The core refuses what is not a form (nothing changes then) and migrates older versions.
        const { form: read, migratedFrom } = readForm(text, { lang });
        form = read;
        touched.clear();
        writeInputs();
        check();
        save();
        status.textContent = [fill(t().imported, { file: file.name }), migratedFrom ? t().importMigrated : ""].join(" ").trim();
      } catch (error) {
        status.textContent = fill(t().importFailed, { reason: error.message ?? String(error) });
      }
    });
  }

  function blockPath(input) {
    return input.closest("[data-q]")?.dataset.q ?? input.dataset.path;
  }

  function downloadReminders(w) {
    const status = $("pf-reminders-msg");
    try {
      const ics = reminders({ program: w.program, expires: w.expiresOn, today: today(), lang });
      download(ics, t().fileName, "text/calendar;charset=utf-8");
      status.textContent = t().downloaded;
    } catch (error) {
      if (!error.code) throw error;
      status.textContent = error.message;
    }
  }

  // ---- start ----

  build();
  applyWords();
  restore();
  writeInputs();
  check();
  showSaveState();

  return {
    setLanguage(next) {
      lang = next;
      described = questions(lang);
      applyWords();
      check();
      showSaveState();
    },
    getData: () => cleaned(form),
    setData(data) {
      form = structuredClone(data);
      writeInputs();
      check();
      save();
    },
    validate: () => last?.report,
    get progress() {
      return last?.progress;
    },
  };
}
