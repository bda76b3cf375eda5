// The renewal date calculator: the parole's last day and program in, the window out, with reminders.
// All counting, checking and wording happens in the core; this module moves text between the DOM
// and it. Nothing is sent anywhere and nothing is stored.
//
//   const calc = mountWindow(rootElement, { lang: "es", program: "ukraine", onWindow: (w) => … });
//   calc.setLanguage("en");
import { eadWindow, Helper, programs, reminders, reparoleWindow, timeline } from "./pkg/parole_helper.js";
import { download, element, localToday, longDate } from "./dom.js";
import { dateBoxes, dateValue, sayDate, writeDate } from "./components/date-boxes.js";
import { fill, TEXT } from "./i18n.js";
import { windowCard } from "./components/window-card.js";
import { drawTimeline } from "./components/timeline.js";
import { mountPeople } from "./components/family-people.js";

const DATE_FIELDS = ["expires", "eadExpires"];

function dateGroup(field, legendKey, hintKey) {
  return element(
    "fieldset",
    { id: field, "aria-describedby": `${field}-hint ${field}-error` },
    element("legend", { "data-t": legendKey }),
    element("p", { id: `${field}-hint`, className: "hint", "data-t": hintKey }),
    element("p", { id: `${field}-error`, className: "error", hidden: true }),
    dateBoxes(field),
  );
}

function checkbox(id, labelKey) {
  return element(
    "div",
    { className: "choice", id: `${id}-choice` },
    element("input", { type: "checkbox", id, name: id }),
    element("label", { htmlFor: id, "data-t": labelKey }),
  );
}

export function mountWindow(root, options = {}) {
  let lang = options.lang ?? "en";
  let shown = false; // results on screen: recompute them when the language changes
  const today = () => options.today ?? localToday();
  const $ = (id) => root.querySelector(`#${id}`);
  const t = () => TEXT[lang];

  root.replaceChildren(
    element(
      "form",
      { id: "window-form", noValidate: true },
      dateGroup("expires", "paroleLegend", "expiresHint"),
      element(
        "fieldset",
        { id: "program", "aria-describedby": "program-hint program-error" },
        element("legend", { "data-t": "programLabel" }),
        element("p", { id: "program-hint", className: "hint", "data-t": "programHint" }),
        element("p", { id: "program-error", className: "error", hidden: true }),
        element(
          "div",
          { id: "program-choices", className: "choices" },
          ...programs(lang).map((choice) =>
            element(
              "div",
              { className: "choice" },
              element("input", { type: "radio", name: "program", id: `program-${choice.id}`, value: choice.id, checked: choice.id === (options.program ?? "general") }),
              element("label", { htmlFor: `program-${choice.id}` }),
            ),
          ),
        ),
      ),
      dateGroup("eadExpires", "eadLegend", "eadHint"),
      element(
        "fieldset",
        { id: "situation" },
        element("legend", { "data-t": "situationLegend" }),
        checkbox("terminationNotice", "noticeLabel"),
        checkbox("frpException", "frpExceptionLabel"),
      ),
      element(
        "fieldset",
        { id: "people" },
        element("legend", { "data-t": "peopleLegend" }),
        element("p", { className: "hint", "data-t": "peopleHint" }),
      ),
      element("button", { type: "submit", className: "primary", part: "button", "data-t": "show" }),
    ),
    element(
      "section",
      { id: "results", "aria-labelledby": "results-title", tabIndex: -1, hidden: true },
      element("h2", { id: "results-title", "data-t": "resultsTitle" }),
      element("p", { id: "today" }),
      element("figure", { id: "timeline-box", className: "timeline-figure" }),
      element("div", { id: "reparole-result" }),
      element("div", { id: "ead-result" }),
      element("div", { id: "people-result" }),
      element("p", {}, element("button", { id: "download", type: "button", part: "button", "data-t": "download" })),
      element("p", { id: "download-hint", className: "hint", "data-t": "downloadHint" }),
      element("p", { id: "download-error", className: "error", hidden: true }),
    ),
    element("p", { id: "announce", className: "visually-hidden", role: "status" }),
  );

  const programInputs = () => [...root.querySelectorAll('input[name="program"]')];
  const people = mountPeople($("people"), { words: t, programs: () => programs(lang), onChange: () => shown && showWindows({ announce: false }) });

  function applyWords() {
    const words = t();
    for (const node of root.querySelectorAll("[data-t]")) node.textContent = words[node.dataset.t];
    people.applyWords();
    for (const box of root.querySelectorAll("[data-date]")) sayDate(box, box.dataset.date, lang);
    for (const choice of programs(lang)) {
      const label = root.querySelector(`label[for="program-${choice.id}"]`);
      if (label) label.textContent = choice.label;
    }
  }

  function clearErrors() {
    for (const field of [...DATE_FIELDS, "program"]) {
      const error = $(`${field}-error`);
      error.hidden = true;
      error.textContent = "";
    }
    for (const input of root.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
    people.clearErrors();
  }

  /** Shows a core error next to its field; returns the first input to focus. */
  function showError(error) {
    const other = people.showError(error);
    if (other) {
      for (const input of other.parentElement.parentElement.querySelectorAll("input")) input.setAttribute("aria-invalid", "true");
      return other;
    }
    const field = error.field === "program" || DATE_FIELDS.includes(error.field) ? error.field : "expires";
    const box = $(`${field}-error`);
    box.textContent = error.message;
    box.hidden = false;
    if (field === "program") {
      const radios = programInputs();
      for (const radio of radios) radio.setAttribute("aria-invalid", "true");
      return radios.find((radio) => radio.checked) ?? radios[0];
    }
    const inputs = ["month", "day", "year"].map((part) => $(`${field}-${part}`));
    for (const input of inputs) input.setAttribute("aria-invalid", "true");
    return inputs.find((input) => !input.value.trim()) ?? inputs[0];
  }

  function request() {
    const program = programInputs().find((radio) => radio.checked)?.value ?? "";
    return {
      program,
      expires: dateValue(root, "expires"),
      eadExpires: dateValue(root, "eadExpires"),
      // The FRP exception only counts for FRP; the box is hidden otherwise.
      frpException: program === "frp" && $("frpException").checked,
      terminationNotice: $("terminationNotice").checked,
      today: today(),
      lang,
      people: people.values(),
    };
  }

  /** The FRP question is asked only of FRP parolees. */
  function showFrpQuestion() {
    $("frpException-choice").hidden = request().program !== "frp";
  }

  /** Computes and shows both windows; on bad input shows the messages and focuses the first. */
  function showWindows({ announce = true } = {}) {
    clearErrors();
    const req = request();
    const words = t();
    const results = [];
    const errors = [];
    try {
      results.push(["reparole-result", words.reparoleTitle, reparoleWindow(req)]);
    } catch (error) {
      errors.push(error);
    }
    if (req.eadExpires) {
      try {
        results.push(["ead-result", words.eadTitle, eadWindow(req)]);
      } catch (error) {
        errors.push(error);
      }
    }
    // The picture checks the other people's dates too; their windows get a card each.
    let picture = null;
    const others = [];
    if (!errors.length) {
      try {
        picture = timeline(req);
        req.people.forEach((p, i) => others.push([`${words.reparoleTitle} · ${p.name || `#${i + 2}`}`, reparoleWindow({ program: p.program, expires: p.expires, today: req.today, lang })]));
      } catch (error) {
        errors.push(error);
      }
    }
    for (const error of errors) if (!error.code) throw error; // a bug, not bad input: let it surface
    $("reparole-result").replaceChildren();
    $("ead-result").replaceChildren();
    $("people-result").replaceChildren();
    $("download-error").hidden = true;
    if (errors.length) {
      shown = false;
      $("results").hidden = true;
      const focus = errors.map(showError)[0];
      $("announce").textContent = fill(words.problems, { count: errors.length });
      if (announce) focus.focus();
      return;
    }
    for (const [slot, title, w] of results) $(slot).replaceChildren(windowCard(title, w, lang));
    $("people-result").replaceChildren(...others.map(([title, w]) => windowCard(title, w, lang)));
    // Every window on one scale: the first person's, then each other person's, named.
    $("timeline-box").replaceChildren(drawTimeline(picture));
    $("today").textContent = fill(words.today, { date: longDate(req.today, lang) });
    $("results").hidden = false;
    shown = true;
    options.onWindow?.(results[0][2]);
    if (announce) {
      $("announce").textContent = words.shown;
      $("results").focus();
    }
  }

  function downloadReminders() {
    const box = $("download-error");
    box.hidden = true;
    let ics;
    try {
      ics = reminders(request());
    } catch (error) {
      if (!error.code) throw error;
      box.textContent = error.message;
      box.hidden = false;
      return;
    }
    download(ics, t().fileName, "text/calendar;charset=utf-8");
    $("announce").textContent = t().downloaded;
  }

  $("window-form").addEventListener("submit", (event) => {
    event.preventDefault();
    showWindows();
  });
  $("program-choices").addEventListener("change", () => {
    showFrpQuestion();
    if (shown) showWindows({ announce: false });
  });
  $("situation").addEventListener("change", () => shown && showWindows({ announce: false }));
  showFrpQuestion();
  $("download").addEventListener("click", downloadReminders);
  applyWords();

  return {
    setLanguage(next) {
      lang = next;
      applyWords();
      if (shown) showWindows({ announce: false });
    },
    /** The answers so far: `{ program, expires, eadExpires, frpException, terminationNotice }`. */
    getData() {
      const { program, expires, eadExpires, frpException, terminationNotice } = request();
      return { program, expires, eadExpires, frpException, terminationNotice };
    },
    /** Fills the answers (`{ program?, expires?, eadExpires?, frpException?, terminationNotice? }`,
     *  dates as YYYY-MM-DD) and shows the window. */
    setData(data = {}) {
      // Read first by the core, as the options it takes: its coded, worded errors; nothing changed.
      const ok = data !== null && typeof data === "object" && !Array.isArray(data);
      const { program, expires, eadExpires, frpException, terminationNotice } = ok ? data : {};
      new Helper(ok ? { program, expires, eadExpires, frpException, terminationNotice, lang, storage: "none" } : 0).free();
      for (const field of DATE_FIELDS) writeDate(root, field, typeof data[field] === "string" ? data[field] : "");
      if (data.program) for (const radio of programInputs()) radio.checked = radio.value === data.program;
      $("frpException").checked = data.frpException === true;
      $("terminationNotice").checked = data.terminationNotice === true;
      showFrpQuestion();
      showWindows({ announce: false });
    },
    validate() {
      showWindows({ announce: false });
      return shown;
    },
    /** Nothing to stop: the calculator stores nothing and listens only to its own elements. */
    close() {},
  };
}
