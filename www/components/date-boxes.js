// The month, day and year boxes of a date, in the I-94's order. The core reads what they join
// to; it says what is wrong with a date, in words. A whole date pasted or typed in one box
// ("2027-1-15", "3/5/2027") is split into the three; what is not one stays as typed.
//
//   root.append(dateBoxes("pf-filer-dateOfBirth", {}, { inWords: true }));  // #…-month, #…-day, #…-year, #…-words, #…-split
//   dateValue(root, "pf-filer-dateOfBirth");       // "1994-8-9", as typed; "" when empty
//   sayDate(root, "pf-filer-dateOfBirth", "es");   // the words line: "9 de agosto de 1994"
//   splitDate("15/01/2027");                       // { date: ["01", "15", "2027"], unsure: false }
import { element, longDate } from "../dom.js";
import { fill, TEXT } from "../i18n.js";

const PARTS = ["month", "day", "year"];

/** A whole date as [month, day, year], as written, or null. `unsure`: the day and the month
 *  could be the other way round (3/5/2027). */
export function splitDate(text) {
  const [, a, b, c] = text.match(/^\s*(\d{1,4})\s*[-/.\s]\s*(\d\d?)\s*[-/.\s]\s*(\d{1,4})\s*$/) ?? [];
  let date = null;
  // A 4-digit first number is the year: year, month, day.
  if (a?.length === 4 && c.length < 3) date = [b, c, a];
  // A 4-digit last one: month, day, year as the boxes, unless only the second can be a month (15/01/2027).
  else if (a?.length < 3 && c.length === 4) date = +a > 12 && +b <= 12 ? [b, a, c] : [a, b, c];
  if (!date || !(date[0] >= 1 && date[0] <= 12 && date[1] >= 1 && date[1] <= 31)) return null;
  return { date, unsure: c.length === 4 && +a <= 12 && +b <= 12 && +a !== +b };
}

/** The three boxes, with ids `${id}-month` and so on; `attrs` go on every input. With `inWords`,
 *  a polite live line under them (`${id}-words`) for `sayDate`: a day and month swapped show as
 *  the wrong month. With `autocomplete` ("bday"), the boxes get `bday-month`, `bday-day` and
 *  `bday-year`; otherwise "off". A polite line (`${id}-split`) says how an unsure date was split. */
export function dateBoxes(id, attrs = {}, { inWords = false, autocomplete = null } = {}) {
  const node = element(
    "div",
    { className: "date", "data-date": id },
    ...PARTS.map((part) =>
      element(
        "div",
        {},
        element("label", { htmlFor: `${id}-${part}`, "data-t": part }),
        element("input", { id: `${id}-${part}`, className: part === "year" ? "w4" : "w2", inputMode: "numeric", autocomplete: autocomplete ? `${autocomplete}-${part}` : "off", spellcheck: false, ...attrs, "data-part": part }),
      ),
    ),
    inWords ? element("p", { id: `${id}-words`, className: "hint date-words", "aria-live": "polite" }) : null,
    element("p", { id: `${id}-split`, className: "hint date-split", "aria-live": "polite" }),
  );
  const hint = node.lastChild;
  const split = (text, focus) => {
    const found = splitDate(text);
    if (!found) return false;
    PARTS.forEach((part, i) => (node.querySelector(`#${id}-${part}`).value = found.date[i]));
    hint.dataset.split = found.unsure ? found.date.join(" ") : "";
    const lang = node.closest("[lang]")?.lang;
    sayDate(node, id, TEXT[lang] ? lang : Object.keys(TEXT)[0]);
    const year = node.querySelector(`#${id}-year`);
    if (focus) {
      year.focus();
      year.setSelectionRange(4, 4);
    }
    // The page reads the answer as if the year had just been typed.
    for (const type of ["input", "change"]) year.dispatchEvent(new Event(type, { bubbles: true }));
    return true;
  };
  node.addEventListener("paste", (e) => split(e.clipboardData?.getData("text") ?? "", true) && e.preventDefault());
  node.addEventListener("input", (e) => {
    const text = e.target.value;
    // Typing waits for a last number that cannot grow ("2027-1-1" may go on); leaving splits.
    // A drop or an autofill is whole at once.
    const whole = !e.inputType || /From|Replacement/.test(e.inputType) || /\d\d\s*$/.test(text);
    if (!e.isTrusted || (/[-/.\s]/.test(text) && whole && split(text, true))) return;
    hint.textContent = hint.dataset.split = "";
  });
  node.addEventListener("change", (e) => e.isTrusted && split(e.target.value, false));
  return node;
}

const typed = (root, id) => PARTS.map((part) => root.querySelector(`#${id}-${part}`).value.trim());

/** The three boxes joined as `YYYY-M-D` for the core, exactly as typed; "" when all are empty. */
export function dateValue(root, id) {
  const [month, day, year] = typed(root, id);
  return month || day || year ? `${year}-${month}-${day}` : "";
}

/** Fills the line of `dateBoxes(id, …, { inWords: true })` with the boxes' date in words
 *  ("October 3, 2022" / "3 de octubre de 2022"); empty while it is not a whole, real day. Also
 *  words, in `lang`, how a date that could be read two ways was split. */
export function sayDate(root, id, lang) {
  const hint = root.querySelector(`#${id}-split`);
  const [m, d, y] = hint?.dataset.split?.split(" ") ?? [];
  if (hint) hint.textContent = m ? fill(TEXT[lang].dateSplit, { month: m, day: d, year: y }) : "";
  const line = root.querySelector(`#${id}-words`);
  if (!line) return;
  const [month, day, year] = typed(root, id);
  const iso = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const words = /^\d{4}-\d\d-\d\d$/.test(iso) ? longDate(iso, lang) : iso;
  line.textContent = words === iso ? "" : words;
}

/** Puts a `YYYY-MM-DD` answer back in the boxes. */
export function writeDate(root, id, value) {
  const [year = "", month = "", day = ""] = typeof value === "string" && value ? value.split("-") : [];
  for (const [part, text] of [["month", month], ["day", day], ["year", year]]) root.querySelector(`#${id}-${part}`).value = text;
  const hint = root.querySelector(`#${id}-split`);
  if (hint) hint.textContent = hint.dataset.split = "";
}
