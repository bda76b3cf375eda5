// One step per screen: start, one step per section that applies, check your answers. Each move
// focuses the step's heading and says which step it is. routing "hash" gives each step a URL
// (#start, #part-{id}, #check: Back, Forward and reload work); "memory" never touches the URL.
import { element } from "../dom.js";
import { fill } from "../i18n.js";

const ENDS = ["start", "check"];
const hashOf = (step) => (ENDS.includes(step) ? `#${step}` : `#part-${step}`);
const stepOf = (hash) => (ENDS.includes(hash.slice(1)) ? hash.slice(1) : hash.startsWith("#part-") ? hash.slice(6) : null);
const heading = (step) => (ENDS.includes(step) ? `#pf-${step}-title` : `#pf-sec-${step}-title`);

/** `shown()`: the ids of the sections that apply, in order; `title(step)` names a step. */
export function mountSteps({ routing, start, form, check, say, shown, title, words, onEnter, onLeave }) {
  const hash = routing === "hash";
  const find = (selector) => form.getRootNode().querySelector(selector);
  const order = () => ["start", ...shown(), "check"];
  const at = (n) => order()[order().indexOf(current) + n];
  let current = "start";
  let toCheck = false; // came from "Change": offer the way back

  const button = (id, key, onClick, className = "primary", type = "button") => {
    const b = element("button", { type, id, className, "data-t": key, part: "button" });
    if (onClick) b.addEventListener("click", onClick);
    return b;
  };
  const allSteps = element("a", { href: "#start", id: "pf-all-steps", "data-t": "allSteps" });
  allSteps.addEventListener("click", (e) => {
    e.preventDefault();
    go("start");
  });
  const back = () => go(at(-1) ?? "start");
  const backToCheck = button("pf-to-check", "backToCheck", () => go("check"));
  form.append(element("p", { className: "step-nav" }, backToCheck, button("pf-continue", "continueButton", null, "primary", "submit"), button("pf-back", "backButton", back, ""), allSteps));
  start.append(element("p", { className: "step-nav" }, button("pf-begin", "startButton", () => go(at(1)))));
  check.prepend(element("p", { className: "step-nav no-print" }, button("pf-check-back", "backButton", back, "")));
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    go(at(1) ?? "check");
  });

  /** Shows `step` alone (one that does not apply: the start). */
  function render(step) {
    if (!order().includes(step)) step = "start";
    if (step !== current) onLeave(current);
    current = step;
    if (ENDS.includes(step)) toCheck = false;
    start.hidden = step !== "start";
    check.hidden = step !== "check";
    form.hidden = ENDS.includes(step);
    for (const section of form.querySelectorAll("[data-section]")) section.hidden = section.dataset.section !== step;
    backToCheck.hidden = !toCheck;
    onEnter(step);
  }

  function arrived(focus) {
    say(fill(words().stepOf, { n: order().indexOf(current) + 1, total: order().length, title: title(current) }));
    if (focus) return focus();
    const target = find(heading(current));
    target?.setAttribute("tabindex", "-1");
    target?.focus();
  }

  /** Moves to `step`; focus goes to its heading, or `focus()` puts it elsewhere. */
  function go(step, { focus, returnToCheck = false } = {}) {
    if (!order().includes(step)) step = "start";
    toCheck ||= returnToCheck;
    if (hash && location.hash !== hashOf(step)) history.pushState(null, "", hashOf(step));
    render(step);
    arrived(focus);
  }

  function moved() {
    const step = stepOf(location.hash);
    // A link to a place on the page (the skip link) is not a step.
    if (!step && document.getElementById(location.hash.slice(1))) return;
    render(step);
    if (location.hash !== hashOf(current)) history.replaceState(null, "", hashOf(current));
    arrived();
  }
  if (hash) addEventListener("hashchange", moved);

  return {
    go,
    get current() {
      return current;
    },
    /** The step of the URL (a reload stays on it), else the start. */
    begin() {
      render((hash && stepOf(location.hash)) || "start");
      if (hash) history.replaceState(null, "", hashOf(current));
      for (const step of order()) find(heading(step))?.setAttribute("tabindex", "-1");
    },
    /** Answers changed which sections apply. */
    update() {
      if (!order().includes(current)) go("start");
    },
    close() {
      removeEventListener("hashchange", moved);
    },
  };
}
