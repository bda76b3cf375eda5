// The printable review: answers grouped by Part and Item, the documents to gather (with boxes to
// tick), the fees, the dates to file, the rule pack's date, and the notice that this is not legal
// advice. Built from the same report the checks show, so screen and paper agree; every answer is
// worded by the core.
import { element, longDate } from "../dom.js";
import { fill, TEXT } from "../i18n.js";
import { drawTimeline } from "./timeline.js";

/** The answers of `printed` by Part and Item, each section under a heading of `level`, each
 *  answer with a "Change" button to its question (none when its path is empty). */
export function answerSections(printed, { t, onChange, level = "h4" }) {
  const change = (path, label) => {
    if (!path || !onChange) return null;
    const b = element("button", { type: "button", className: "change no-print", "data-path": path }, t.changeButton, element("span", { className: "visually-hidden" }, `: ${label}`));
    b.addEventListener("click", () => onChange(path));
    return b;
  };
  return printed.flatMap((s) => [
    element(level, { textContent: s.title }),
    element(
      "dl",
      { className: "answers" },
      ...s.answers.flatMap((a) => [
        element("dt", {}, a.item ? element("span", { className: "item", textContent: `${a.item} · ` }) : null, a.label),
        element("dd", { className: a.text == null ? "missing" : "" }, a.text ?? t.notAnswered, " ", change(a.path, a.label)),
      ]),
    ),
  ]);
}

/** The printable review in `container`. `printed` is the core's worded answers (dates written
 *  out by the core, from what was typed); `report` its complete report; `picture` the core's
 *  timeline of the window (or null); `onChange(path)` is called by the "Change" button after
 *  each answer (each printed answer names its question's path). */
export function renderReview(container, { printed, report, picture, lang, onChange }) {
  const t = TEXT[lang];
  const sections = answerSections(printed, { t, onChange });
  const checklist = report.checklist.map((entry, i) =>
    element(
      "li",
      {},
      element("input", { type: "checkbox", id: `pf-check-${i}` }),
      element(
        "label",
        { htmlFor: `pf-check-${i}` },
        element("strong", { textContent: `${entry.required ? t.requiredDoc : t.recommendedDoc}: ` }),
        entry.text,
      ),
    ),
  );
  const fees = report.fees.map((fee) =>
    element(
      "tr",
      {},
      element("td", { textContent: `$${fee.amountUsd.toLocaleString("en-US")}` }),
      element("td", { textContent: fee.when === "with_filing" ? t.withFiling : t.onApproval }),
      element("td", { textContent: fee.text }),
    ),
  );
  const w = report.window;
  const windowPart = w
    ? [
        element("h3", { textContent: t.windowTitle }),
        picture ? element("figure", { className: "timeline-figure" }, drawTimeline(picture)) : null,
        element(
          "dl",
          {},
          element("dt", { textContent: t.lastDay }),
          element("dd", { textContent: longDate(w.expiresOn, lang) }),
          element("dt", { textContent: t.earliest }),
          element("dd", { textContent: w.earliestFilingOn ? longDate(w.earliestFilingOn, lang) : t.anyDay }),
          element("dt", { textContent: t.fileBy }),
          element("dd", { textContent: w.fileByOn ? longDate(w.fileByOn, lang) : t.none }),
        ),
        element("p", { textContent: t.status[w.status] }),
      ]
    : [];
  const r = report.ruleset;
  container.replaceChildren(
    element("h2", { id: "pf-review-title", textContent: t.reviewTitle }),
    element("p", { className: "notice", textContent: t.notice }),
    element("p", {
      className: "hint",
      textContent: fill(t.packLine, { date: longDate(r.checkedOn, lang), id: r.id, edition: r.formEdition, reviewed: longDate(r.reviewedOn, lang) }),
    }),
    element("p", { className: "no-print" }, element("button", { type: "button", id: "pf-print", textContent: t.printButton })),
    element("h3", { textContent: t.answersTitle }),
    ...sections,
    element("h3", { textContent: t.checklistTitle }),
    element("ul", { className: "checklist" }, ...checklist),
    element("h3", { textContent: t.feesTitle }),
    element("table", { className: "fees" }, element("tbody", {}, ...fees)),
    ...windowPart,
  );
}
