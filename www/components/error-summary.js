// The summary shown on Review: how many problems are left, each one linking to its question; with
// a family, everyone's (each after their name, linking to their own step) and what holds across.
//
//   const summary = mountErrorSummary(root, { onGo: (path) => …, onReview: () => … });
//   summary.update({ report, family, person, words });   summary.focus();
import { element } from "../dom.js";
import { fill } from "../i18n.js";

/** A finding as a list item: its tag, whose (`name`), a link to the page's question `path`. */
export function diagnosticItem(d, { words, name, path, onGo }) {
  const tag = `${d.severity === "error" ? words.errorTag : words.adviceTag}: ${name ? `${name}: ` : ""}`;
  if (!path) return element("li", { className: d.severity }, tag + d.message);
  const link = element("a", { href: `#pf-${path.replace(/\./g, "-")}`, textContent: d.message });
  link.addEventListener("click", (e) => {
    e.preventDefault();
    onGo(path);
  });
  return element("li", { className: d.severity }, tag, link);
}

export function mountErrorSummary(root, { onGo, onReview }) {
  const heading = element("h2", { id: "pf-summary-title" });
  const count = element("p", { id: "pf-summary-count" });
  const list = element("ul", { id: "pf-summary-list" });
  const toReview = element("p", { id: "pf-summary-review" });
  const box = element("div", { id: "pf-summary", className: "summary", tabIndex: -1, role: "region", "aria-labelledby": "pf-summary-title", part: "summary", hidden: true }, heading, count, list, toReview);
  root.replaceChildren(box);

  return {
    /** `family`: the family's report (null for one person); `person(n, field)`: { name, path }. */
    update({ report, family, person, words }) {
      box.hidden = false;
      heading.textContent = words.summaryTitle;
      const people = family?.people ?? [{ report }];
      // [finding, n]: each person's, then what holds across them (each about one person).
      const rows = people.flatMap((p, n) => p.report.diagnostics.map((d) => [d, n]));
      for (const d of family?.family ?? []) rows.push([d, people.findIndex((p) => p.name === d.person)]);
      const sum = (key) => people.reduce((n, p) => n + p.report.summary[key], 0) + (family?.family.filter((d) => `${d.severity}s` === key).length ?? 0);
      const total = { errors: sum("errors"), warnings: sum("warnings") };
      count.textContent = total.errors ? fill(words.summaryCount, total) : words.noErrors;
      const items = rows
        .filter(([d]) => d.severity !== "info")
        .sort(([a], [b]) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1))
        .map(([d, n]) => diagnosticItem(d, { words, onGo, ...(family ? person(n, d.field) : { path: d.field }) }));
      list.replaceChildren(...items);
      box.classList.toggle("clean", !total.errors);
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
