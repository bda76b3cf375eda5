// Other people of the family in the calculator: a name, a program and the day their parole ends,
// each. Their windows join the picture (one line each, on one scale) and the reminders (named).
//
//   const people = mountPeople(fieldset, { words: () => TEXT[lang], programs: () => programs(lang) });
//   people.values();         // [{ name, program, expires }] for the core's `people` option
//   people.showError(error); // a core error about `people.N.expires`: shown there; returns the box to focus
import { element } from "../dom.js";
import { dateBoxes, dateValue } from "./date-boxes.js";
import { fill } from "../i18n.js";

export function mountPeople(root, { words, programs, onChange }) {
  const list = element("div", { id: "people-list" });
  const add = element("button", { type: "button", id: "people-add", part: "button" });
  root.append(list, add);
  let next = 0; // ids stay unique when people are removed

  function person() {
    const id = `person-${next++}`;
    const program = element("select", { id: `${id}-program` });
    const box = element(
      "fieldset",
      { className: "person", id, "aria-describedby": `${id}-error` },
      element("legend", {}),
      element("p", { id: `${id}-error`, className: "error", hidden: true }),
      element("div", { className: "q" }, element("label", { htmlFor: `${id}-name`, "data-w": "personName" }), element("input", { id: `${id}-name`, autocomplete: "off", spellcheck: false })),
      element("div", { className: "q" }, element("label", { htmlFor: `${id}-program`, "data-w": "personProgram" }), program),
      element("p", { className: "hint", "data-w": "personExpires", id: `${id}-hint` }),
      dateBoxes(`${id}-expires`, { "aria-describedby": `${id}-hint ${id}-error` }),
      element("button", { type: "button", className: "remove", "data-w": "removePerson" }),
    );
    box.querySelector(".remove").addEventListener("click", () => {
      box.remove();
      applyWords();
      add.focus();
      onChange();
    });
    program.addEventListener("change", onChange);
    return box;
  }

  function applyWords() {
    const t = words();
    add.textContent = t.addPerson;
    const choices = programs();
    [...list.children].forEach((box, i) => {
      box.querySelector("legend").textContent = fill(t.personLegend, { n: i + 2 });
      for (const node of box.querySelectorAll("[data-w]")) node.textContent = t[node.dataset.w];
      const select = box.querySelector("select");
      const chosen = select.value || "general";
      select.replaceChildren(...choices.map((c) => element("option", { value: c.id, textContent: c.label, selected: c.id === chosen })));
    });
    for (const node of list.querySelectorAll("[data-t]")) node.textContent = t[node.dataset.t]; // month, day, year
  }

  add.addEventListener("click", () => {
    const box = person();
    list.append(box);
    applyWords();
    box.querySelector("input").focus();
  });

  return {
    applyWords,
    values: () =>
      [...list.children].map((box) => ({
        name: box.querySelector(`#${box.id}-name`).value.trim(),
        program: box.querySelector("select").value,
        expires: dateValue(box, `${box.id}-expires`),
      })),
    clearErrors() {
      for (const error of list.querySelectorAll(".person > .error")) {
        error.hidden = true;
        error.textContent = "";
      }
    },
    /** Shows an error about `people.N.expires` on that person; returns the input to focus, or null. */
    showError(error) {
      const index = Number(/^people\.(\d+)\./.exec(error.field ?? "")?.[1]);
      const box = list.children[index];
      if (!box) return null;
      const shown = box.querySelector(".error");
      shown.textContent = error.message;
      shown.hidden = false;
      const inputs = [...box.querySelectorAll(".date input")];
      return inputs.find((input) => !input.value.trim()) ?? inputs[0];
    },
  };
}
