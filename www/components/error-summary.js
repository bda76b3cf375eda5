// The summary shown on Review: how many problems are left, each one linking to its question.
//
//   const summary = mountErrorSummary(root, { onGo: (path) => …, onReview: () => … });
//   summary.update({ report, words });   summary.focus();
import { element } from "../dom.js";
import { fill } from "../i18n.js";

export function mountErrorSummary(root, { onGo, onReview }) {
  const heading = element("h2", { id: "pf-summary-title" });
  const count = element("p", { id: "pf-summary-count" });
  const list = element("ul", { id: "pf-summary-list" });
  const toReview = element("p", { id: "pf-summary-review" });
  const box = element("div", { id: "pf-summary", className: "summary", tabIndex: -1, role: "region", "aria-labelledby": "pf-summary-title", part: "summary", hidden: true }, heading, count, list, toReview);
  root.replaceChildren(box);

  return {
    update({ report, words }) {
      box.hidden = false;
      heading.textContent = words.summaryTitle;
      count.textContent = report.summary.errors ? fill(words.summaryCount, report.summary) : words.noErrors;
      const items = report.diagnostics
        .filter((d) => d.severity !== "info")
        .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1))
        .map((d) => {
          const tag = d.severity === "error" ? words.errorTag : words.adviceTag;
          if (!d.field) return element("li", { className: d.severity }, `${tag}: ${d.message}`);
          const link = element("a", { href: `#pf-${d.field.replace(/\./g, "-")}`, textContent: d.message });
          link.addEventListener("click", (e) => {
            e.preventDefault();
            onGo(d.field);
          });
          return element("li", { className: d.severity }, `${tag}: `, link);
        });
      list.replaceChildren(...items);
      box.classList.toggle("clean", !report.summary.errors);
      const link = element("a", { href: "#pf-review", textContent: words.reviewTitle });
      link.addEventListener("click", (e) => {
        e.preventDefault();
        onReview();
      });
      toReview.replaceChildren(link);
    },
    hide() {
      box.hidden = true;
    },
    focus() {
      box.focus();
    },
  };
}
