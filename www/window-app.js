// The renewal-window page: wires the form to the Rust core (compiled to WebAssembly) and back.
// All counting, checking and wording of results happens in the core; this file only moves text
// between the DOM and it. Nothing is sent anywhere and nothing is stored.
import init, { eadWindow, programs, reminders, reparoleWindow } from "./pkg/parole_helper.js";
import { fill, TEXT } from "./i18n.js";
import { windowCard } from "./window-card.js";
import { download, element, localToday, longDate } from "./dom.js";

const $ = (id) => document.getElementById(id);
const DATE_FIELDS = ["expires", "eadExpires"];

let lang = "en";
let shown = false; // results on screen: recompute them when the language changes

/** Joins the month, day and year boxes into YYYY-MM-DD for the core ("" when all are empty). */
function dateValue(field) {
  const [month, day, year] = ["month", "day", "year"].map((part) => $(`${field}-${part}`).value.trim());
  return month || day || year ? `${year}-${month}-${day}` : "";
}

function setLanguage(next) {
  lang = next;
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = t.pageTitle;
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t[node.dataset.t];
  document.title = t.pageTitle;
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  }
  for (const choice of programs(lang)) {
    const label = document.querySelector(`label[for="program-${choice.id}"]`);
    if (label) label.textContent = choice.label;
  }
  if (shown) showWindows({ announce: false });
}

/** One radio button per program, labelled by the core; "No program" is chosen to start with. */
function buildProgramChoices() {
  const choices = programs(lang).map((choice) =>
    element(
      "div",
      { className: "choice" },
      element("input", { type: "radio", name: "program", id: `program-${choice.id}`, value: choice.id, checked: choice.id === "general" }),
      element("label", { htmlFor: `program-${choice.id}`, textContent: choice.label }),
    ),
  );
  $("program-choices").replaceChildren(...choices);
}

function programInputs() {
  return [...document.querySelectorAll('input[name="program"]')];
}

function clearErrors() {
  for (const field of [...DATE_FIELDS, "program"]) {
    const error = $(`${field}-error`);
    error.hidden = true;
    error.textContent = "";
  }
  for (const input of document.querySelectorAll("[aria-invalid]")) input.removeAttribute("aria-invalid");
}

/** Shows a core error next to its field; returns the first input to focus. */
function showError(error) {
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
  return {
    program: programInputs().find((radio) => radio.checked)?.value ?? "",
    expires: dateValue("expires"),
    eadExpires: dateValue("eadExpires"),
    today: localToday(),
    lang,
  };
}

/** Computes and shows both windows; on bad input shows the messages and focuses the first. */
function showWindows({ announce = true } = {}) {
  clearErrors();
  const req = request();
  const t = TEXT[lang];
  const results = [];
  const errors = [];
  try {
    results.push(["reparole-result", t.reparoleTitle, reparoleWindow(req)]);
  } catch (error) {
    errors.push(error);
  }
  if (req.eadExpires) {
    try {
      results.push(["ead-result", t.eadTitle, eadWindow(req)]);
    } catch (error) {
      errors.push(error);
    }
  }
  for (const error of errors) if (!error.code) throw error; // a bug, not bad input: let it surface
  $("reparole-result").replaceChildren();
  $("ead-result").replaceChildren();
  $("download-error").hidden = true;
  if (errors.length) {
    shown = false;
    $("results").hidden = true;
    const focus = errors.map(showError)[0];
    $("announce").textContent = fill(t.problems, { count: errors.length });
    if (announce) focus.focus();
    return;
  }
  for (const [slot, title, w] of results) $(slot).replaceChildren(windowCard(title, w, lang));
  $("today").textContent = fill(t.today, { date: longDate(req.today, lang) });
  $("results").hidden = false;
  shown = true;
  if (announce) {
    $("announce").textContent = t.shown;
    $("results").focus();
  }
}

function downloadReminders() {
  const t = TEXT[lang];
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
  download(ics, t.fileName, "text/calendar;charset=utf-8");
  $("announce").textContent = t.downloaded;
}

async function start() {
  try {
    await init();
  } catch (error) {
    const box = $("load-error");
    box.textContent = `${TEXT.en.loadError} / ${TEXT.es.loadError}`;
    box.hidden = false;
    console.warn("wasm failed to load", error);
    return;
  }
  const preferred = (navigator.language || "en").toLowerCase().startsWith("es") ? "es" : "en";
  buildProgramChoices();
  setLanguage(preferred);
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => setLanguage(button.dataset.lang));
  }
  $("window-form").addEventListener("submit", (event) => {
    event.preventDefault();
    showWindows();
  });
  $("program-choices").addEventListener("change", () => shown && showWindows({ announce: false }));
  $("download").addEventListener("click", downloadReminders);
  // Printed dates should carry their sources: open the folded lists while printing.
  addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  document.body.dataset.ready = "true";
}

start();
