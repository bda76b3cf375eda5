// The month, day and year boxes of a date, in the I-94's order. The core reads what they join
// to; it says what is wrong with a date, in words.
//
//   root.append(dateBoxes("pf-filer-dateOfBirth", {}, { inWords: true }));  // #…-month, #…-day, #…-year, #…-words
//   dateValue(root, "pf-filer-dateOfBirth");       // "1994-8-9", as typed; "" when empty
//   sayDate(root, "pf-filer-dateOfBirth", "es");   // the words line: "9 de agosto de 1994"
import { element, longDate } from "../dom.js";

const PARTS = ["month", "day", "year"];

/** The three boxes, with ids `${id}-month` and so on; `attrs` go on every input. With `inWords`,
 *  a polite live line under them (`${id}-words`) for `sayDate`: a day and month swapped show as
 *  the wrong month. With `autocomplete` ("bday"), the boxes get `bday-month`, `bday-day` and
 *  `bday-year`; otherwise "off". */
export function dateBoxes(id, attrs = {}, { inWords = false, autocomplete = null } = {}) {
  return element(
    "div",
    { className: "date" },
    ...PARTS.map((part) =>
      element(
        "div",
        {},
        element("label", { htmlFor: `${id}-${part}`, "data-t": part }),
        element("input", { id: `${id}-${part}`, className: part === "year" ? "w4" : "w2", inputMode: "numeric", autocomplete: autocomplete ? `${autocomplete}-${part}` : "off", spellcheck: false, ...attrs, "data-part": part }),
      ),
    ),
    inWords ? element("p", { id: `${id}-words`, className: "hint date-words", "aria-live": "polite" }) : null,
  );
}

const typed = (root, id) => PARTS.map((part) => root.querySelector(`#${id}-${part}`).value.trim());

/** The three boxes joined as `YYYY-M-D` for the core, exactly as typed; "" when all are empty. */
export function dateValue(root, id) {
  const [month, day, year] = typed(root, id);
  return month || day || year ? `${year}-${month}-${day}` : "";
}

/** Fills the line of `dateBoxes(id, …, { inWords: true })` with the boxes' date in words
 *  ("October 3, 2022" / "3 de octubre de 2022"); empty while it is not a whole, real day. */
export function sayDate(root, id, lang) {
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
}
