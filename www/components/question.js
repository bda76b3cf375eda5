// One question of the request, built from the core's description of it (label, help, Part and
// Item, kind, choices). It reads its answer from its inputs and writes one back, and shows what
// the core says about it (shown or not, required, messages). It decides nothing itself.
//
//   const q = mountQuestion(described, { words, lang });   // q.node goes in the page; lang() is the page's language code ("en", "es", "uk"…)
//   q.value();            // the answer for helper.set(q.path, …)
//   q.write(answer);      // puts an answer back in the inputs
//   q.update(state, { showMessages });
import { element, localToday } from "../dom.js";
import { fill } from "../i18n.js";
import { dateBoxes, dateValue, sayDate, writeDate } from "./date-boxes.js";

const NAME_PARTS = ["familyName", "givenName", "middleName"];
const NAME_ROWS = 3;

/** The element id of a question's input (`filer.name.familyName` → `pf-filer-name-familyName`). */
export const idOf = (path) => `pf-${path.replace(/\./g, "-")}`;

function messageNode(message, words) {
  const tag = { error: words.errorTag, warning: words.adviceTag, info: words.noteTag }[message.severity];
  // The title comes worded in the page's language; `lang` says when it is English all the same.
  const { title, url, lang } = message.source;
  const source = url
    ? element("a", { href: url, rel: "noopener noreferrer", target: "_blank", lang, textContent: title })
    : element("span", { lang, textContent: title });
  return element(
    "div",
    { className: `msg ${message.severity}`, part: `message ${message.severity}` },
    element("p", {}, element("strong", { textContent: `${tag}: ` }), message.text),
    element("p", { className: "msg-source" }, `${words.source}: `, source),
  );
}

function inputsOf(q, id, bind) {
  const options = q.kind === "yesNo" ? [{ value: "true" }, { value: "false" }] : q.choices;
  switch (q.kind) {
    case "longText":
      return [element("textarea", { id, rows: 6, spellcheck: true, ...bind })];
    case "date":
      if (!q.signingDate) return [dateBoxes(id, bind, { inWords: true, autocomplete: q.autocomplete })];
      return [dateBoxes(id, bind, { inWords: true, autocomplete: q.autocomplete }), element("button", { type: "button", id: `${id}-today`, className: "today", "data-t": "todayButton" })];
    case "yesNo":
    case "choice":
    case "choices": {
      const type = q.kind === "choices" ? "checkbox" : "radio";
      return [
        element(
          "div",
          { className: q.kind === "yesNo" ? "choices inline" : "choices" },
          ...options.map((c, i) =>
            element(
              "div",
              { className: "choice", "data-choice": c.value },
              element("input", { type, name: id, id: `${id}-${i}`, value: c.value, ...bind }),
              element("label", { htmlFor: `${id}-${i}`, "data-choice-label": c.value }),
            ),
          ),
        ),
      ];
    }
    case "toggle":
      return [element("div", { className: "choice" }, element("input", { type: "checkbox", id, ...bind }), element("label", { htmlFor: id, "data-label": "" }))];
    case "nameList":
      // Rows appear one at a time with "Add a name": most people have none to give, and three
      // empty rows of three boxes would be nine stops on the way to the next question.
      return [
        ...Array.from({ length: NAME_ROWS }, (_, row) =>
        element(
          "fieldset",
          { className: "name-row", hidden: true },
          element("legend", { "data-other-name": String(row + 1) }),
          ...NAME_PARTS.map((part) => {
            const inputId = `${id}-${row}-${part}`;
            return element(
              "div",
              {},
              element("label", { htmlFor: inputId, "data-t": part }),
              element("input", { id: inputId, autocomplete: "off", spellcheck: false, "data-path": q.path, "data-row": String(row), "data-name-part": part }),
            );
          }),
        ),
        ),
        element("button", { type: "button", className: "add-name", id: `${id}-add`, "data-t": "addName" }),
      ];
    default:
      // The core says which keyboard (from the answer's format) and which autocomplete token (the
      // filer's own details only; "off" for anyone else's and for identity numbers).
      const input = element("input", {
        id,
        className: q.kind === "wholeNumber" ? "w4" : undefined,
        inputMode: q.inputMode,
        autocomplete: q.autocomplete ?? "off",
        spellcheck: false,
        ...bind,
      });
      if (!q.suggestions?.length) return [input];
      // Countries and states: the browser offers the list as the person types (their name for
      // it shown, the English name or code the form wants put in); anything else may be typed.
      input.setAttribute("list", `${id}-list`);
      return [input, element("datalist", { id: `${id}-list` })];
  }
}

export function mountQuestion(described, { words, lang, today = localToday }) {
  let q = described;
  const id = idOf(q.path);
  const describedBy = [`${id}-item`, q.help ? `${id}-help` : null, q.english ? `${id}-english` : null, `${id}-msg`, q.kind === "date" ? `${id}-words ${id}-split` : null].filter(Boolean).join(" ");
  const required = element("span", { className: "required", hidden: true });
  const title = element("span", {});
  const itemLine = element("p", { className: "item", id: `${id}-item` });
  const help = q.help ? element("p", { className: "hint", id: `${id}-help` }) : null;
  const english = q.english ? element("p", { className: "hint english", id: `${id}-english` }) : null;
  const messages = element("div", { className: "msgs", id: `${id}-msg` });
  const bind = { "data-path": q.path, "aria-describedby": describedBy };
  const grouped = ["date", "yesNo", "choice", "choices", "nameList"].includes(q.kind);
  const inputs = inputsOf(q, id, bind);
  // Where the page says what it did with a number ("102 cm is 3 ft 4 in"): there from the
  // start, so screen readers hear it when it fills.
  const note = q.kind === "wholeNumber" ? element("p", { className: "hint", role: "status", id: `${id}-note` }) : null;
  const meta = [itemLine, help, english, messages, note];
  let body;
  if (grouped) body = [element("fieldset", { id, "aria-describedby": describedBy }, element("legend", {}, title, " ", required), ...meta, ...inputs)];
  else if (q.kind === "toggle") body = [...inputs, ...meta];
  else body = [element("label", { htmlFor: id }, title, " ", required), ...meta, ...inputs];
  const node = element("div", { className: `q ${q.kind}`, "data-q": q.path }, ...body);
  const fields = () => [...node.querySelectorAll("input, textarea")];
  /** Shows the rows with a name in them (at least `least`), and "Add a name" while one is left. */
  function showRows(least = 0) {
    const rows = [...node.querySelectorAll(".name-row")];
    const filled = rows.map((row) => [...row.querySelectorAll("input")].some((i) => i.value.trim()));
    const count = Math.max(least, filled.lastIndexOf(true) + 1);
    rows.forEach((row, i) => (row.hidden = i >= count));
    node.querySelector(".add-name").hidden = count >= rows.length;
    return rows[count - 1];
  }
  // "Today's date" fills the boxes the way typing would (the page reads the year's events).
  node.querySelector(".today")?.addEventListener("click", () => {
    writeDate(node, id, today());
    sayDate(node, id, lang());
    const year = node.querySelector(`#${id}-year`);
    for (const type of ["input", "change"]) year.dispatchEvent(new Event(type, { bubbles: true }));
  });
  if (q.kind === "nameList") {
    node.querySelector(".add-name").addEventListener("click", () => {
      const shown = node.querySelectorAll(".name-row:not([hidden])").length;
      showRows(shown + 1).querySelector("input").focus();
    });
  }
  // What is typed next replaces what was said about the last answer (this runs before the page
  // reads the new answer, which may say something new).
  if (note) node.addEventListener("input", () => (note.textContent = ""));
  let state = null;

  function setWords(next, w) {
    q = next;
    const t = w();
    title.textContent = q.label;
    node.querySelector("[data-label]")?.replaceChildren(q.label);
    if (help) help.textContent = q.help ?? "";
    if (english) english.textContent = t.englishHint;
    required.textContent = `(${t.requiredTag})`;
    // On screen only a small tag with the paper form's own words (what the person will find on
    // it); on paper the full line in their language. One text when both would say the same.
    const full = q.item ? fill(t.itemLine, { item: q.item, item_en: q.itemEn }) : "";
    if (full === q.itemEn || !q.item) itemLine.textContent = full;
    else itemLine.replaceChildren(element("span", { className: "item-tag", lang: "en", textContent: q.itemEn }), element("span", { className: "item-full", textContent: full }));
    itemLine.hidden = !q.item;
    for (const label of node.querySelectorAll("[data-choice-label]")) {
      const value = label.dataset.choiceLabel;
      label.textContent = q.kind === "yesNo" ? (value === "true" ? t.yes : t.no) : (q.choices.find((c) => c.value === value)?.label ?? value);
    }
    node.querySelector("datalist")?.replaceChildren(...q.suggestions.map((c) => element("option", { value: c.value, label: c.label })));
    for (const legend of node.querySelectorAll("[data-other-name]")) legend.textContent = fill(t.otherName, { n: legend.dataset.otherName });
    for (const label of node.querySelectorAll("[data-t]")) label.textContent = t[label.dataset.t];
    sayDate(node, id, lang());
  }
  setWords(q, words);
  // The date in words as it is typed: 10/03 read as October 3 is seen before it is sent.
  if (q.kind === "date") node.addEventListener("input", () => sayDate(node, id, lang()));

  return {
    node,
    path: q.path,
    kind: q.kind,
    setWords,

    /** The answer as the core takes it (`null` when empty). */
    value() {
      switch (q.kind) {
        case "date":
          return dateValue(node, id) || null;
        case "yesNo": {
          const checked = fields().find((i) => i.checked);
          return checked ? checked.value === "true" : null;
        }
        case "choice":
          return fields().find((i) => i.checked)?.value ?? null;
        case "choices": {
          const ids = fields().filter((i) => i.checked).map((i) => i.value);
          return ids.length ? ids : null;
        }
        case "toggle":
          return fields()[0].checked;
        case "nameList": {
          const rows = Array.from({ length: NAME_ROWS }, (_, row) => {
            const name = {};
            for (const part of NAME_PARTS) {
              const text = node.querySelector(`#${id}-${row}-${part}`).value;
              if (text.trim()) name[part] = text;
            }
            return name;
          });
          const names = rows.filter((name) => Object.keys(name).length);
          return names.length ? names : null;
        }
        default: {
          const text = fields()[0].value;
          return text === "" ? null : text;
        }
      }
    },

    /** Puts `answer` (as `helper.answers()` gives it) in the inputs. */
    write(answer) {
      switch (q.kind) {
        case "date":
          writeDate(node, id, answer ?? "");
          return sayDate(node, id, lang());
        case "yesNo":
          for (const input of fields()) input.checked = answer != null && (input.value === "true") === answer;
          return;
        case "choice":
          for (const input of fields()) input.checked = input.value === answer;
          return;
        case "choices":
          for (const input of fields()) input.checked = Array.isArray(answer) && answer.includes(input.value);
          return;
        case "toggle":
          fields()[0].checked = answer === true;
          return;
        case "nameList":
          for (const input of fields()) input.value = (Array.isArray(answer) ? answer[Number(input.dataset.row)]?.[input.dataset.namePart] : "") ?? "";
          showRows();
          return;
        default:
          fields()[0].value = answer ?? "";
      }
    },

    /** Shows the core's state of this question; messages only when `showMessages`. */
    update(next, { showMessages, words: w }) {
      state = next ?? state;
      if (!state) return;
      node.hidden = !state.shown;
      required.hidden = !state.required;
      for (const input of fields()) {
        if (state.required && input.type !== "checkbox") input.setAttribute("aria-required", "true");
        else input.removeAttribute("aria-required");
      }
      for (const choice of node.querySelectorAll("[data-choice]")) {
        choice.hidden = (state.hiddenChoices ?? []).includes(choice.dataset.choice) && !choice.querySelector("input").checked;
      }
      const list = showMessages ? state.messages : [];
      messages.replaceChildren(...list.map((m) => messageNode(m, w())));
      const invalid = list.some((m) => m.severity === "error");
      for (const input of fields()) {
        if (invalid) input.setAttribute("aria-invalid", "true");
        else input.removeAttribute("aria-invalid");
      }
    },

    /** Says what the page did with the answer ("102 cm is 3 ft 4 in"); "" takes it away. */
    note(text) {
      if (note) note.textContent = text;
    },

    /** The first input, to move focus to. */
    focus() {
      (fields()[0] ?? node).focus();
    },
  };
}
