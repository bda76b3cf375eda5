// A partner's code, type-checked against the generated definitions (make test-types).
// The @ts-expect-error lines prove the types are real: if a shape were `any`, they would fail.
import { ready, validate, checkCodes, reparoleWindow, timeline, Helper, type Changes, type ParoleRequest, type Problem, type Report, type WindowReport } from "parole-form-helper";
import type { ChangeDetail } from "parole-form-helper/element";

export async function recheck(submission: ParoleRequest): Promise<number> {
  await ready;
  const checked = validate(submission, { today: "2026-11-27", lang: "es" });
  // A family file gives a report per person: told apart by its `people`.
  if ("people" in checked) return checked.people.reduce((n, p) => n + p.report.summary.errors, 0) + checked.family.length;
  const report: Report = checked;
  for (const d of report.diagnostics) {
    const severity: "error" | "warning" | "info" = d.severity;
    const where: string | null = d.item;
    // The source is worded in the report's language; `lang` says when it stayed in English.
    const sourceLang: "en" | "es" | "uk" = d.source.lang;
    console.log(severity, where, d.message, d.source.title, sourceLang);
  }
  const dollars: number = report.fees.reduce((sum, fee) => sum + fee.amountUsd, 0);
  // @ts-expect-error: the summary has `errors`, not `errorz`.
  console.log(report.summary.errorz);
  // @ts-expect-error: a form's parole type is "initial" or "reparole".
  validate({ application: { paroleType: "visa" } });
  const helper = new Helper({ lang: "es", storage: "none" });
  helper.replace(submission);
  const changes: Changes = helper.set("filer.ssn", "000-12-3456");
  console.log(changes.totals.complete, changes.sections[0]?.missing, changes.questions[0]?.messages[0]?.text);
  // @ts-expect-error: an answer is text, yes/no, ids or names, never a number.
  helper.set("filer.ssn", 123456789);
  helper.free();
  return report.summary.errors + dollars * 0;
}

// The codes-only check: each problem's code, answer path and severity, no words.
export function problems(submission: ParoleRequest): number {
  const problems: Problem[] = checkCodes(submission, { today: "2026-11-27" });
  const paths: (string | null)[] = problems.map((p) => p.path);
  const errors = problems.filter((p) => p.severity === "error").length;
  // @ts-expect-error: a problem has no message (the worded report has).
  console.log(problems[0]?.message, paths);
  // @ts-expect-error: a severity is "error", "warning" or "info".
  problems.filter((p) => p.severity === "fatal");
  const helper = new Helper({ today: "2026-11-27", storage: "none" });
  helper.replace(submission);
  const held: string[] = helper.codes().map((p) => p.code);
  helper.free();
  return errors + held.length * 0;
}

export function window(): WindowReport["status"] {
  const w = reparoleWindow({ program: "ukraine", expires: "2027-03-31" });
  const earliest: string | null = w.earliestFilingOn;
  console.log(earliest, w.rules.map((r) => [r.official, r.source, r.sourceLang]));
  // @ts-expect-error: a source's language is one of the listed languages ("en", "es", "uk").
  const unknown: "fr" = w.rules[0].sourceLang;
  console.log(unknown);
  // @ts-expect-error: daysUntilExpiry is a number.
  const days: string = w.daysUntilExpiry;
  console.log(days);
  // The picture: a tree of SVG nodes the page builds (never text it parses).
  const picture = timeline({ program: "general", expires: "2027-03-31", people: [{ name: "Sofía", expires: "2027-05-14" }] });
  const first: string = picture.attrs[0][0];
  // @ts-expect-error: a node's children are nodes, not text.
  const wrong: string[] = picture.children ?? [];
  console.log(first, wrong);
  return w.status;
}

export function listen(element: HTMLElement): void {
  element.addEventListener("parole-helper:change", (event) => {
    const detail: ChangeDetail = event.detail;
    console.log(detail.completion.complete, detail.errors, detail.data?.filer?.name?.familyName);
  });
  document.querySelector("parole-helper")?.setData({ application: { paroleType: "reparole" } });
}
