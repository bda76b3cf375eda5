// A family in one go (issue 16). "Who needs parole?" on the start step adds the people the filer
// also asks parole for; each gets a step with their own questions (the core's, their paths under
// `people.N.`, so ids and labels stay unique); check your answers adds each person's check and the
// family's summary, and "Download all forms" gives one filled form per person, named after them.
// Each other person's answers by Part and Item follow the review (`reviews`), printed too.
// The core derives each person's request from the shared answers and theirs, and says everything.
//
//   const family = mountFamily({ helper, start, form, after, reviews, questions, words, lang, described, go, refill, onGo });
//   family.sync();  family.review(helper.familyReport());  family.steps();  family.title(step);
import { download, element, longDate } from "../dom.js";
import { fill } from "../i18n.js";
import { filledForm } from "../pdf.js";
import { mountQuestion } from "./question.js";
import { diagnosticItem } from "./error-summary.js";
import { answerSections } from "./review.js";

const stepOf = (n) => `people-${n}`;
const money = (usd) => `$${usd.toLocaleString("en-US")}`;

/** `questions`: the page's map of question components by path (the family's join it); the
 *  family's check goes `after` that element. */
export function mountFamily({ helper, start, form, after, reviews, questions, words, lang, described, go, refill, onGo }) {
  const list = element("ul", { id: "pf-people", className: "people" });
  const add = element("button", { type: "button", id: "pf-add-person", "data-t": "addPerson" });
  const said = element("p", { className: "visually-hidden", role: "status" });
  start.append(element("section", { "aria-labelledby": "pf-who-title" }, element("h3", { id: "pf-who-title", "data-t": "whoTitle" }), element("p", { "data-t": "whoHint" }), list, add, said));
  const box = element("section", { id: "pf-family", className: "family", "aria-labelledby": "pf-family-title", hidden: true });
  after.after(box);
  const answers = element("div", { id: "pf-people-answers" });
  reviews.after(answers);
  const steps = []; // the step of person n + 1
  let own = null; // the paths the core asks of each other person

  const names = () => helper.people();
  const nameOf = (n, all = names()) => all[n] ?? fill(words().personLegend, { n: n + 1 });
  const scoped = (q, n) => ({ ...q, path: `people.${n}.${q.path}` });

  function personStep(n) {
    const id = stepOf(n);
    own ??= new Set(helper.state().questions.map((q) => /^people\.1\.(.+)$/.exec(q.path)?.[1]).filter(Boolean));
    const node = element(
      "section",
      { className: "part", id: `pf-sec-${id}`, "aria-labelledby": `pf-sec-${id}-title`, "data-section": id, hidden: true },
      element("h2", { id: `pf-sec-${id}-title`, tabIndex: -1 }),
      element("p", { className: "hint", "data-t": "personStepHint" }),
    );
    for (const section of described()) {
      const fields = section.fields.filter((q) => own.has(q.path));
      if (fields.length) node.append(element("h3", { "data-section-title": section.id }));
      for (const q of fields) {
        const question = mountQuestion(scoped(q, n), { words, lang });
        questions.set(question.path, question);
        node.append(question.node);
      }
    }
    form.querySelector(":scope > .step-nav").before(node);
    return node;
  }

  /** Steps and the list follow the people the core holds (after an import, a draft, a removal). */
  function sync() {
    const count = names().length - 1;
    while (steps.length > count) {
      const node = steps.pop();
      for (const q of node.querySelectorAll("[data-q]")) questions.delete(q.dataset.q);
      node.remove();
    }
    while (steps.length < count) steps.push(personStep(steps.length + 1));
    applyWords();
  }

  function applyWords() {
    const t = words();
    const all = names();
    const link = (n) => {
      const a = element("a", { href: `#part-${stepOf(n)}`, textContent: nameOf(n, all) });
      a.addEventListener("click", (e) => {
        e.preventDefault();
        go(stepOf(n));
      });
      return a;
    };
    list.replaceChildren(
      ...all.map((_, n) => {
        if (n === 0) return element("li", {}, nameOf(0, all), ` (${t.firstPerson})`);
        const remove = element("button", { type: "button", className: "remove", textContent: fill(t.removeNamed, { name: nameOf(n, all) }) });
        remove.addEventListener("click", () => {
          const name = nameOf(n);
          helper.removePerson(n);
          refill();
          add.focus();
          said.textContent = fill(words().personRemoved, { name });
        });
        return element("li", {}, link(n), " ", remove);
      }),
    );
    add.disabled = all.length >= 20;
    steps.forEach((node, i) => (node.querySelector("h2").textContent = title(stepOf(i + 1))));
    for (const node of steps.flatMap((step) => [...step.querySelectorAll(":scope > [data-t], :scope > [data-section-title]")])) {
      node.textContent = node.dataset.t ? t[node.dataset.t] : described().find((s) => s.id === node.dataset.sectionTitle)?.title;
    }
  }

  add.addEventListener("click", () => {
    if (!helper.addPerson()) return;
    refill();
    const n = names().length - 1;
    said.textContent = fill(words().personAdded, { name: nameOf(n) });
    list.lastElementChild?.querySelector("a")?.focus();
  });

  /** The step of an answer in one person's check: theirs when it is their own, else the shared one. */
  const pathIn = (n, field) => (n && questions.has(`people.${n}.${field}`) ? `people.${n}.${field}` : field);

  function personReport({ name, report }, n) {
    const t = words();
    const items = report.diagnostics.filter((d) => d.severity !== "info").map((d) => diagnosticItem(d, { words: t, path: pathIn(n, d.field), onGo }));
    return [
      element("h3", { textContent: name }),
      element("p", { textContent: report.summary.errors ? fill(t.summaryCount, report.summary) : t.noErrors }),
      items.length ? element("ul", {}, ...items) : null,
    ];
  }

  /** Person n's answers by Part and Item, under their name; "Change" goes to their step. */
  function personAnswers(n) {
    const sections = helper.printed(n).map((s) => ({ ...s, answers: s.answers.map((a) => ({ ...a, path: a.path && pathIn(n, a.path) })) }));
    return element(
      "section",
      { className: "review person-answers", "aria-labelledby": `pf-answers-${n}` },
      element("h2", { id: `pf-answers-${n}`, textContent: nameOf(n) }),
      element("p", { className: "hint", textContent: words().personAnswersHint }),
      ...answerSections(sections, { t: words(), onChange: onGo, level: "h3" }),
    );
  }

  /** The family's check (`report`, the core's family report, or null for one person). */
  function review(report) {
    box.hidden = !report;
    answers.replaceChildren(...(report?.people.slice(1).map((_, i) => personAnswers(i + 1)) ?? []));
    if (!report) return box.replaceChildren();
    const t = words();
    const status = element("p", { role: "status" });
    const all = element("button", { type: "button", id: "pf-pdf-all", className: "primary", textContent: t.allFormsButton });
    all.addEventListener("click", async () => {
      status.textContent = t.pdfPreparing;
      try {
        const forms = helper.pdfForms();
        for (const { plan, fileName } of forms) download(await filledForm(plan), fileName, "application/pdf");
        status.textContent = fill(t.allFormsDone, { files: forms.map((f) => f.fileName).join(", ") });
      } catch (error) {
        status.textContent = fill(t.pdfFailed, { code: String(error?.message ?? error).split(":")[0] });
      }
    });
    const day = (iso) => (iso ? longDate(iso, lang()) : t.none);
    box.replaceChildren(
      element("h2", { id: "pf-family-title", textContent: t.familyTitle }),
      element("p", { textContent: t.familyIntro }),
      ...report.people.flatMap(personReport),
      ...(report.family.length
        ? [element("h3", { textContent: t.acrossTitle }), element("ul", {}, ...report.family.map((d) => element("li", { className: d.severity }, `${d.person}: ${d.message}`)))]
        : []),
      element("h3", { textContent: t.familyDates }),
      element(
        "ol",
        { className: "family-dates" },
        ...report.deadlines.map(({ person, window: w }) =>
          element(
            "li",
            {},
            element("strong", { textContent: person }),
            element("dl", {}, element("dt", { textContent: t.fileBy }), element("dd", { textContent: day(w.fileByOn) }), element("dt", { textContent: t.lastDay }), element("dd", { textContent: day(w.expiresOn) })),
            element("p", { textContent: t.status[w.status] }),
          ),
        ),
      ),
      element("h3", { textContent: t.checklistTitle }),
      element(
        "ul",
        { className: "checklist" },
        ...report.checklist.map((e) => element("li", {}, element("strong", { textContent: `${e.required ? t.requiredDoc : t.recommendedDoc}: ` }), e.text, " ", element("em", { textContent: fill(t.forPeople, { people: e.people.join(", ") }) }))),
      ),
      element("h3", { textContent: t.feesTitle }),
      element(
        "ul",
        {},
        ...report.fees.map((f, n) =>
          element(
            "li",
            {},
            element("strong", { textContent: `${f.person}: ` }),
            fill(t.familyFee, { filing: money(f.withFilingUsd), approval: money(f.onApprovalUsd) }),
            ...report.people[n].report.fees.filter((fee) => fee.exemption).map((fee) => ` ${fee.exemption.text}`),
          ),
        ),
      ),
      element("p", { textContent: fill(t.familyTotal, { filing: money(report.withFilingUsd), approval: money(report.onApprovalUsd) }) }),
      element("h3", { textContent: t.allFormsTitle }),
      element("p", { className: "no-print" }, all),
      status,
      ...remindersButton(t),
    );
  }

  /** Everyone's reminders in one calendar file, each event named after its person. */
  function remindersButton(t) {
    const ics = helper.familyReminders(); // made once per review, downloaded as made
    if (!ics) return [];
    const button = element("button", { type: "button", id: "pf-family-reminders", textContent: t.familyRemindersButton });
    const said = element("p", { role: "status" });
    button.addEventListener("click", () => {
      download(ics, t.fileName, "text/calendar;charset=utf-8");
      said.textContent = t.downloaded;
    });
    return [element("p", { className: "no-print" }, button), said];
  }

  /** The title of a person's step. */
  function title(step) {
    const n = Number(/^people-(\d+)$/.exec(step)?.[1]);
    return n ? fill(words().personStepTitle, { name: nameOf(n) }) : undefined;
  }

  let names_shown = "";
  return {
    sync,
    review,
    applyWords,
    /** After an answer: names that changed show in the list and the step titles. */
    update() {
      const now = JSON.stringify(names());
      if (now !== names_shown) applyWords();
      names_shown = now;
    },
    title,
    /** Person n's name, and the page's path of their question `field` (theirs, or the shared one). */
    person: (n, field) => ({ name: nameOf(n), path: pathIn(n, field) }),
    /** The people's steps, in order (after the shared ones). */
    steps: () => steps.map((_, i) => stepOf(i + 1)),
    /** The paths of a person's step. */
    paths: (step) => [...(steps[Number(step.slice(7)) - 1]?.querySelectorAll("[data-q]") ?? [])].map((q) => q.dataset.q),
    /** A person's question, worded: the shared catalogue's, under their path. */
    describe(path, byPath) {
      const [, n, rest] = /^people\.(\d+)\.(.+)$/.exec(path) ?? [];
      return rest && scoped(byPath.get(rest), n);
    },
  };
}
