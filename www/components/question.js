// One question of the request, built from the core's description of it (label, help, Part and
// Item, kind, choices). It reads its answer from its inputs and writes one back, and shows what
// the core says about it (shown or not, required, messages). It decides nothing itself.
//
//   const q = mountQuestion(described, { words, lang });   // q.node goes in the page; lang() is "en" or "es"
//   q.value();            // the answer for helper.set(q.path, …)
//   q.write(answer);      // puts an answer back in the inputs
//   q.update(state, { showMessages });
import { element } from "../dom.js";
import { fill } from "../i18n.js";
import { dateBoxes, dateValue, sayDate, writeDate } from "./date-boxes.js";

const NAME_PARTS = ["familyName", "givenName", "middleName"];
const NAME_ROWS = 3;

/** The element id of a question's input (`filer.name.familyName` → `pf-filer-name-familyName`). */
export const idOf = (path) => `pf-${path.replace(/\./g, "-")}`;

function messageNode(message, words) {
  const tag = { error: words.errorTag, warning: words.adviceTag, info: words.noteTag }[message.severity];
  const source = message.source.url
    ? element("a", { href: message.source.url, rel: "noopener noreferrer", target: "_blank", textContent: message.source.title })
    : message.source.title;
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
      return [dateBoxes(id, bind, { inWords: true, autocomplete: q.autocomplete })];
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
      return Array.from({ length: NAME_ROWS }, (_, row) =>
        element(
          "fieldset",
          { className: "name-row" },
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
      );
    default:
      // The core says which keyboard (from the answer's format) and which autocomplete token (the
      // filer's own details only; "off" for anyone else's and for identity numbers).
      return [
        element("input", {
          id,
          className: q.kind === "wholeNumber" ? "w4" : undefined,
          inputMode: q.inputMode,
          autocomplete: q.autocomplete ?? "off",
          spellcheck: false,
          ...bind,
        }),
      ];
  }
}

export function mountQuestion(described, { words, lang }) {
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
  const meta = [itemLine, help, english, messages];
  let body;
  if (grouped) body = [element("fieldset", { id, "aria-describedby": describedBy }, element("legend", {}, title, " ", required), ...meta, ...inputs)];
  else if (q.kind === "toggle") body = [...inputs, ...meta];
  else body = [element("label", { htmlFor: id }, title, " ", required), ...meta, ...inputs];
  const node = element("div", { className: `q ${q.kind}`, "data-q": q.path }, ...body);
  const fields = () => [...node.querySelectorAll("input, textarea")];
  let state = null;

  function setWords(next, w) {
    q = next;
    const t = w();
    title.textContent = q.label;
    node.querySelector("[data-label]")?.replaceChildren(q.label);
    if (help) help.textContent = q.help ?? "";
    if (english) english.textContent = t.englishHint;
    required.textContent = `(${t.requiredTag})`;
    itemLine.textContent = q.item ? fill(t.itemLine, { item: q.item, itemEn: q.itemEn }) : "";
    itemLine.hidden = !q.item;
    for (const label of node.querySelectorAll("[data-choice-label]")) {
      const value = label.dataset.choiceLabel;
      label.textContent = q.kind === "yesNo" ? (value === "true" ? t.yes : t.no) : (q.choices.find((c) => c.value === value)?.label ?? value);
    }
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

    /** The first input, to move focus to. */
    focus() {
      (fields()[0] ?? node).focus();
    },
  };
}
