// The request goes one step per screen (www/components/steps.js): tests that fill a question of
// another Part go to its step first, with the task list ("All steps" on a section's step), the way
// a person would. `scope` names the element when there are several on the page ("#mother").
//
//   await goToStep(page, "filer");   await goToStep(page, "check", "#request");

/** The heading of a step, which has focus when the step is reached. */
export const stepHeading = (step) => (step === "start" || step === "check" ? `#pf-${step}-title` : `#pf-sec-${step}-title`);

/** Goes to `step` ("start", "check" or a section id) with a click on the task list, and waits. */
export async function goToStep(page, step, scope = "") {
  const at = (selector) => `${scope} ${selector}`.trim();
  if (await page.isVisible(at(stepHeading(step)))) return;
  // The answer just left is sent on leaving it and may hide boxes above the link ("United States"
  // hides the province): a click can land where the link was; the person clicks again.
  for (let i = 0; i < 3 && !(await page.isVisible(at(`[data-step-link="${step}"]`))); i++) await page.click(at("#pf-all-steps"));
  if (step !== "start") await page.click(at(`[data-step-link="${step}"]`));
  await page.waitForSelector(at(stepHeading(step)), { state: "visible" });
}
