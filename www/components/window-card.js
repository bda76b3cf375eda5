// A computed renewal window as a card: status, dates, the count step by step, and its sources.
// Shared by the renewal calculator and the request form.
import { element, longDate } from "../dom.js";
import { TEXT } from "../i18n.js";

export function windowCard(title, w, lang) {
  const t = TEXT[lang];
  const rows = [
    [t.lastDay, longDate(w.expiresOn, lang)],
    ...(w.paroleExpiresOn ? [[t.paroleEnds, longDate(w.paroleExpiresOn, lang)]] : []),
    [t.earliest, w.earliestFilingOn ? longDate(w.earliestFilingOn, lang) : t.anyDay],
    ...(w.kind === "reparole" ? [[t.fileBy, w.fileByOn ? longDate(w.fileByOn, lang) : t.none]] : []),
    [t.daysLeft, String(w.daysUntilExpiry)],
  ];
  const sources = w.rules.map((rule) =>
    element(
      "li",
      {},
      element("span", { className: rule.official ? "tag official" : "tag advice", textContent: rule.official ? t.official : t.advice }),
      " ",
      // The source comes worded in the card's language; `sourceLang` says when it is English all the same.
      rule.url
        ? element("a", { href: rule.url, lang: rule.sourceLang, textContent: rule.source, rel: "noopener noreferrer", target: "_blank" })
        : element("span", { lang: rule.sourceLang, textContent: rule.source }),
    ),
  );
  return element(
    "article",
    { className: `window ${w.status}` },
    element("h3", { textContent: title }),
    element("p", { className: "status" }, element("strong", { textContent: t.status[w.status] })),
    element("dl", {}, ...rows.flatMap(([term, value]) => [element("dt", { textContent: term }), element("dd", { textContent: value })])),
    element("ol", { className: "steps" }, ...w.explanation.split("\n").map((step) => element("li", { textContent: step }))),
    element("details", {}, element("summary", { textContent: t.sources }), element("ul", { className: "sources" }, ...sources)),
  );
}
