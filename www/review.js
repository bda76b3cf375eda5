// The printable review: answers grouped by Part and Item, the documents to gather (with boxes to
// tick), the fees, the dates to file, the rule pack's date, and the notice that this is not legal
// advice. Built from the same report the checks show, so screen and paper agree.
import { element, longDate } from "./dom.js";
import { fill, TEXT } from "./i18n.js";

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function answerText(q, value, lang) {
  const t = TEXT[lang];
  if (value == null || value === "" || (Array.isArray(value) && !value.length)) return null;
  switch (q.kind) {
    case "yesNo":
      return value ? t.yes : t.no;
    case "choice":
      return q.choices.find((c) => c.value === value)?.label ?? String(value);
    case "choices":
      return value.map((v) => q.choices.find((c) => c.value === v)?.label ?? v).join(", ");
    case "date":
      return ISO.test(value) ? `${longDate(value, lang)} (${value.slice(5, 7)}/${value.slice(8)}/${value.slice(0, 4)})` : String(value);
    case "nameList":
      return value.map((n) => [n.familyName, n.givenName, n.middleName].filter(Boolean).join(", ")).join("; ");
    case "toggle":
      return null;
    default:
      return String(value);
  }
}

function valueAt(form, path) {
  return path.split(".").reduce((v, k) => (v == null ? undefined : v[k]), form);
}

export function renderReview(container, { questions, form, report, progress, lang }) {
  const t = TEXT[lang];
  const shown = new Map((progress?.fields ?? []).map((f) => [f.path, f]));
  const sections = questions
    .filter((s) => progress?.sections.find((p) => p.id === s.id)?.shown ?? true)
    .map((s) => {
      const rows = s.fields.flatMap((q) => {
        const state = shown.get(q.path);
        if (state && !state.shown) return [];
        const text = answerText(q, valueAt(form, q.path), lang);
        if (text == null && !state?.required) return [];
        return [
          element("dt", {}, q.item ? element("span", { className: "item", textContent: `${q.item} · ` }) : null, q.label),
          element("dd", { className: text == null ? "missing" : "" }, text ?? t.notAnswered),
        ];
      });
      return rows.length ? [element("h4", { textContent: s.title }), element("dl", { className: "answers" }, ...rows)] : [];
    })
    .flat();
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
