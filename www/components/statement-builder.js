// Part 8's statement builder, under the reason.explanation question: a folded "Help me write this"
// with short questions about the care. The core writes the English statement from them and the
// request (helper.statement) and reads it back in the person's language; "Use this text in Part 8"
// puts it in the box (asking first when the box has text) and moves there. Its words come from the
// core too (statementQuestions); nothing is decided here.
//
//   const builder = mountStatementBuilder(questionNode, { helper, lang: () => lang });
//   builder.update();   // after any answer changed, and after the language switched
import { element } from "../dom.js";
import { statementQuestions } from "../pkg/parole_helper.js";

const id = (name) => `pf-st-${name}`;

export function mountStatementBuilder(question, { helper, lang }) {
  const box = question.querySelector("textarea");
  let shownLang = lang();
  let words = statementQuestions(shownLang);
  let english = "";

  const button = (name, className) => element("button", { type: "button", id: id(name), className });
  const blocks = words.questions.map((q) => {
    const input = (props) => element("input", { autocomplete: "off", ...props });
    const hint = element("p", { className: "hint", id: id(`${q.id}-help`), hidden: !q.help });
    if (q.kind !== "choice") {
      const props = { id: id(q.id), spellcheck: q.kind === "text", "aria-describedby": q.help ? hint.id : undefined };
      if (q.kind === "number") Object.assign(props, { inputMode: "numeric", className: "w4" });
      return element("div", { className: "q", "data-st": q.id }, element("label", { htmlFor: id(q.id) }), hint, input(props));
    }
    const choices = q.choices.map((c, i) =>
      element("div", { className: "choice" }, input({ type: "radio", name: id(q.id), id: id(`${q.id}-${i}`), value: c.value }), element("label", { htmlFor: id(`${q.id}-${i}`) })),
    );
    return element("div", { className: "q", "data-st": q.id }, element("fieldset", {}, element("legend"), element("div", { className: "choices" }, choices)));
  });
  const summary = element("summary", { id: id("title") });
  const intro = element("p", { className: "hint" });
  const englishTitle = element("h3", { id: id("english-title") });
  const englishText = element("p", { id: id("english"), className: "statement-text" });
  const readBackTitle = element("h3", { id: id("read-back-title") });
  const readBackText = element("p", { id: id("read-back"), className: "statement-text" });
  const readBack = element("div", {}, readBackTitle, readBackText);
  const use = button("use", "primary");
  const confirmText = element("p", { id: id("confirm-text") });
  const [add, replace, cancel] = ["add", "replace", "cancel"].map((name) => button(name, ""));
  const confirm = element("div", { id: id("confirm"), role: "group", "aria-labelledby": confirmText.id, hidden: true }, confirmText, element("p", { className: "step-nav" }, add, replace, cancel));
  const details = element("details", { className: "statement", id: id("builder") }, summary, intro, blocks, englishTitle, englishText, readBack, use, confirm);
  const said = element("p", { className: "visually-hidden", role: "status", id: id("status") });
  const root = element("div", {}, details, said);
  question.after(root);

  function setWords() {
    shownLang = lang();
    words = statementQuestions(shownLang);
    summary.textContent = words.title;
    intro.textContent = words.intro;
    englishTitle.textContent = words.englishTitle;
    readBackTitle.textContent = words.readBackTitle ?? "";
    readBackText.lang = shownLang;
    use.textContent = words.useText;
    confirmText.textContent = words.confirm;
    [add.textContent, replace.textContent, cancel.textContent] = [words.addBelow, words.replace, words.cancel];
    words.questions.forEach((q, i) => {
      const block = blocks[i];
      block.querySelector("label, legend").textContent = q.label;
      const hint = block.querySelector(".hint");
      if (hint) hint.textContent = q.help ?? "";
      block.querySelectorAll(".choice label").forEach((label, j) => (label.textContent = q.choices[j].label));
    });
    said.textContent = "";
  }

  /** The answers as the core takes them: what is typed or chosen, nothing for the rest. */
  function answers() {
    const out = {};
    for (const block of blocks) {
      const input = block.querySelector("input:checked, input:not([type=radio])");
      if (input?.value.trim()) out[block.dataset.st] = input.value;
    }
    return out;
  }

  /** Rewords and recomposes; skipped while Part 8's step is not on screen (the page calls this
   *  after every answer anywhere, and again on entering the step). */
  function update() {
    if (question.closest("[hidden]")) return;
    if (lang() !== shownLang) setWords();
    const result = helper.statement(answers());
    english = result.english;
    root.hidden = !result.shown;
    for (const block of blocks) block.hidden = result.skipped.includes(block.dataset.st);
    englishText.textContent = english || words.empty;
    englishText.lang = english ? "en" : shownLang;
    readBackText.textContent = result.readBack;
    readBack.hidden = !words.readBackTitle || !english;
    use.disabled = !english;
  }

  /** The builder's "how long" goes to Item 2 as well while Item 2 is empty: answered once. The
   *  page's usual way (change events), so it is checked and kept like a typed answer. */
  function fillItem2() {
    const { stayValue, stayUnit } = answers();
    const section = question.parentElement;
    const value = section.querySelector('[data-q="reason.lengthOfStay.value"] input');
    if (!stayValue || !value || value.value.trim()) return;
    value.value = stayValue.trim();
    value.dispatchEvent(new Event("change", { bubbles: true }));
    const unit = section.querySelector(`[data-q="reason.lengthOfStay.unit"] input[value="${stayUnit}"]`);
    if (unit && !section.querySelector('[data-q="reason.lengthOfStay.unit"] input:checked')) {
      unit.checked = true;
      unit.dispatchEvent(new Event("change", { bubbles: true }));
    }
  }

  /** Puts `text` in Part 8 the page's usual way (an input event), and goes there to edit it. */
  function put(text) {
    confirm.hidden = true;
    fillItem2();
    box.value = text;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    details.open = false;
    said.textContent = words.done;
    box.focus();
  }

  use.addEventListener("click", () => {
    const typed = box.value.trim();
    if (!typed || typed === english) return put(english);
    confirm.hidden = false;
    add.focus();
  });
  add.addEventListener("click", () => put(`${box.value.trimEnd()}\n\n${english}`));
  replace.addEventListener("click", () => put(english));
  cancel.addEventListener("click", () => {
    confirm.hidden = true;
    use.focus();
  });
  details.addEventListener("input", update);
  // Enter in a box of the builder does not leave the step (the form's Continue).
  details.addEventListener("keydown", (e) => e.key === "Enter" && e.target.tagName === "INPUT" && e.preventDefault());

  setWords();
  update();
  return { update };
}
