// The task list: how many Parts are complete, and a link to the step of each one that applies,
// with its state (complete, to do, optional), then each other person's step in a family, then
// "check your answers".
//
//   const progress = mountProgress(root, { onGo: (sectionId) => … });
//   progress.update({ totals, sections, titles, words, people });
import { element } from "../dom.js";
import { fill } from "../i18n.js";

export function mountProgress(root, { onGo }) {
  const count = element("p", { id: "pf-progress-count" });
  const list = element("ol", { id: "pf-progress-list" });
  const heading = element("h2", { id: "pf-progress-title" });
  root.replaceChildren(element("nav", { className: "progress", "aria-labelledby": "pf-progress-title" }, heading, count, list));
  const sections = new Map(); // id -> latest progress of the section
  const link = (step, text) => {
    const a = element("a", { href: step === "check" ? "#check" : `#part-${step}`, "data-step-link": step, textContent: text });
    a.addEventListener("click", (e) => {
      e.preventDefault();
      onGo(step);
    });
    return a;
  };

  return {
    /** `sections` holds only the sections that changed; `titles` maps section ids (and people's
     *  steps) to titles; `people` is every other person's step: `{ id, complete, missing, errors }`. */
    update({ totals, sections: changed = [], titles, words, people = [] }) {
      for (const s of changed) sections.set(s.id, s);
      heading.textContent = words.progressTitle;
      count.textContent = fill(words.sectionsDone, { done: totals.sectionsComplete, total: totals.sectionsTotal });
      const shown = [...sections.values()].filter((s) => s.shown).concat(people);
      list.replaceChildren(
        ...shown.map((s) => {
          // An untouched section (nothing required, nothing answered: Parts 11-12 until someone
          // says whether anyone helped) is optional, not "complete" and not "to do".
          const state = s.complete
            ? words.sectionComplete
            : s.untouched
              ? words.sectionUntouched
              : s.missing
                ? fill(words.sectionMissing, { n: s.missing })
                : fill(words.sectionProblems, { n: s.errors });
          return element("li", { className: s.complete ? "done" : s.untouched ? "optional" : "todo" }, link(s.id, titles.get(s.id)), " ", element("span", { className: "state", textContent: `(${state})` }));
        }),
        element("li", { className: "check" }, link("check", words.checkTitle)),
      );
    },
    /** The latest progress of a section. */
    section: (id) => sections.get(id),
  };
}
