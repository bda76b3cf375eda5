// The month, day and year boxes of a date, in the I-94's order. The core reads what they join
// to; it says what is wrong with a date, in words.
//
//   root.append(dateBoxes("pf-filer-dateOfBirth"));   // inputs #…-month, #…-day, #…-year
//   dateValue(root, "pf-filer-dateOfBirth");           // "1994-8-9", as typed; "" when empty
import { element } from "../dom.js";

const PARTS = ["month", "day", "year"];

/** The three boxes, with ids `${id}-month` and so on; `attrs` go on every input. */
export function dateBoxes(id, attrs = {}) {
  return element(
    "div",
    { className: "date" },
    ...PARTS.map((part) =>
      element(
        "div",
        {},
        element("label", { htmlFor: `${id}-${part}`, "data-t": part }),
        element("input", { id: `${id}-${part}`, className: part === "year" ? "w4" : "w2", inputMode: "numeric", autocomplete: "off", spellcheck: false, ...attrs, "data-part": part }),
      ),
    ),
  );
}

/** The three boxes joined as `YYYY-M-D` for the core, exactly as typed; "" when all are empty. */
export function dateValue(root, id) {
  const [month, day, year] = PARTS.map((part) => root.querySelector(`#${id}-${part}`).value.trim());
  return month || day || year ? `${year}-${month}-${day}` : "";
}

/** Puts a `YYYY-MM-DD` answer back in the boxes. */
export function writeDate(root, id, value) {
  const [year = "", month = "", day = ""] = typeof value === "string" && value ? value.split("-") : [];
  for (const [part, text] of [["month", month], ["day", day], ["year", year]]) root.querySelector(`#${id}-${part}`).value = text;
}
