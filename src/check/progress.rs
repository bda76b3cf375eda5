//! Where a person is in the form: which questions apply now, which must still be answered, and
//! which sections are complete. The page shows and hides questions from this.

use serde::Serialize;

use crate::rules::Severity;
use super::Check;
use crate::form::catalogue::{program_offered, Kind, SECTIONS};
use crate::form::ParoleRequest;
use crate::program::Program;

/// Progress through the form.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Progress {
    /// Every section, in order.
    pub sections: Vec<SectionProgress>,
    /// Every question, in order.
    pub fields: Vec<FieldProgress>,
    /// Every section that applies is complete (or untouched: nothing in it is needed).
    pub complete: bool,
}

/// One section's progress.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionProgress {
    /// Stable id.
    pub id: &'static str,
    /// It applies to this request.
    pub shown: bool,
    /// Required questions not answered yet.
    pub missing: usize,
    /// Errors found in it (missing answers included).
    pub errors: usize,
    /// Warnings found in it.
    pub warnings: usize,
    /// It applies, something in it is answered, and it has no errors left.
    pub complete: bool,
    /// It applies, but nothing in it is answered and nothing in it is required now: Parts 11 and
    /// 12 until someone says whether an interpreter or a preparer helped. Not complete, and not
    /// counted in the totals, until something in it is answered.
    pub untouched: bool,
}

/// One question's state.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FieldProgress {
    /// Path of the answer.
    pub path: &'static str,
    /// The question applies now.
    pub shown: bool,
    /// It must be answered now.
    pub required: bool,
    /// It is answered.
    pub answered: bool,
    /// Choices not offered now (a program box that does not exist for this kind of request).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hidden_choices: Vec<&'static str>,
}

/// The progress of `form`, given its `check`.
pub fn progress(form: &ParoleRequest, check: &Check) -> Progress {
    let mut sections = Vec::with_capacity(SECTIONS.len());
    let mut fields = Vec::new();
    for section in &SECTIONS {
        let section_shown = section.shown.holds(form);
        let (mut missing, mut errors, mut warnings, mut started) = (0, 0, 0, false);
        for f in section.questions {
            let shown = section_shown && f.shown.holds(form);
            let required = shown && f.required.is_some_and(|(when, _)| when.holds(form));
            let answered = f.answered(form);
            if required && !answered {
                missing += 1;
            }
            started |= shown && answered;
            if shown {
                for finding in check.findings.iter().filter(|x| x.field.is_some_and(|d| d.path == f.path)) {
                    match finding.code.rule().severity {
                        Severity::Error => errors += 1,
                        Severity::Warning => warnings += 1,
                        Severity::Info => {}
                    }
                }
            }
            // Program boxes exist for initial parole or for re-parole only.
            let hidden_choices = match f.kind {
                Kind::Program => Program::ALL.into_iter().filter(|p| !program_offered(*p, form.application.parole_type)).map(Program::id).collect(),
                _ => Vec::new(),
            };
            fields.push(FieldProgress { path: f.path, shown, required, answered, hidden_choices });
        }
        // Nothing answered is not "complete": a section with nothing required and nothing
        // answered (Parts 11 and 12, whose questions all wait on "did someone help you?") would
        // otherwise read "Complete" before the person has seen it. It is untouched instead: left
        // out of the counts until something in it is answered, and never holding the whole
        // request back (when nobody helped, nothing there is needed).
        let nothing_to_do = missing == 0 && errors == 0;
        let untouched = section_shown && nothing_to_do && !started;
        sections.push(SectionProgress {
            id: section.id,
            shown: section_shown,
            missing,
            errors,
            warnings,
            complete: section_shown && nothing_to_do && started,
            untouched,
        });
    }
    let complete = sections.iter().all(|s| !s.shown || s.complete || s.untouched);
    Progress { sections, fields, complete }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check;
    use crate::date::ymd;

    fn form(json: &str) -> ParoleRequest {
        crate::form::read::read(json).unwrap().form
    }

    fn field<'a>(p: &'a Progress, path: &str) -> &'a FieldProgress {
        p.fields.iter().find(|f| f.path == path).unwrap()
    }

    #[test]
    fn sections_and_questions_follow_the_answers() {
        let today = ymd(2026, 11, 27);
        let initial = form(r#"{"application":{"paroleType":"initial","onBehalfOfSomeoneElse":false}}"#);
        let p = progress(&initial, &check(&initial, today));
        let shown = |p: &Progress, id: &str| p.sections.iter().find(|s| s.id == id).unwrap().shown;
        assert!(!shown(&p, "beneficiary") && !shown(&p, "workPermit"));
        assert!(field(&p, "reason.expectedArrival").shown && field(&p, "reason.expectedArrival").required);
        assert!(!field(&p, "application.currentParoleExpires").shown);
        assert!(field(&p, "application.program").hidden_choices.contains(&"ukraine"));

        let reparole = form(r#"{"application":{"paroleType":"reparole","onBehalfOfSomeoneElse":true}}"#);
        let p = progress(&reparole, &check(&reparole, today));
        assert!(shown(&p, "beneficiary") && shown(&p, "workPermit"));
        assert!(!field(&p, "reason.expectedArrival").shown);
        assert!(field(&p, "beneficiary.i94Number").required);
        assert!(field(&p, "application.program").hidden_choices.contains(&"intergovernmentalReferral"));
        assert!(!field(&p, "beneficiary.physicalAddress.street").shown, "only when they live elsewhere");
        assert!(!p.complete);
    }

    #[test]
    fn a_section_with_nothing_required_is_not_complete_before_any_answer() {
        let today = ymd(2026, 11, 27);
        let section = |p: &Progress, id: &str| p.sections.iter().find(|s| s.id == id).unwrap().clone();
        let empty = ParoleRequest::default();
        let helpers = section(&progress(&empty, &check(&empty, today)), "helpers");
        assert!(helpers.shown && helpers.untouched && !helpers.complete, "{helpers:?}");
        // A section with a required question is never untouched: it is to answer.
        let filer = section(&progress(&empty, &check(&empty, today)), "filer");
        assert!(!filer.untouched && !filer.complete && filer.missing > 0);

        let nobody = form(r#"{"interpreter":{"used":false}}"#);
        let helpers = section(&progress(&nobody, &check(&nobody, today)), "helpers");
        assert!(helpers.complete && !helpers.untouched, "answered: nobody helped");

        let someone = form(r#"{"interpreter":{"used":true}}"#);
        let helpers = section(&progress(&someone, &check(&someone, today)), "helpers");
        assert!(!helpers.complete && !helpers.untouched && helpers.missing > 0, "the interpreter's details are to answer");
    }

    #[test]
    fn an_untouched_section_does_not_hold_the_request_back() {
        let mut f = form(include_str!("../../examples/reparole-medical-child.json"));
        f.interpreter = Default::default();
        f.preparer = Default::default();
        let p = progress(&f, &check(&f, ymd(2026, 11, 27)));
        assert!(p.sections.iter().any(|s| s.id == "helpers" && s.untouched));
        assert!(p.complete, "{:?}", p.sections);
    }

    #[test]
    fn the_examples_are_complete() {
        for text in [
            include_str!("../../examples/reparole-medical-child.json"),
            include_str!("../../examples/initial-medical-from-abroad.json"),
        ] {
            let f = form(text);
            let p = progress(&f, &check(&f, ymd(2026, 11, 27)));
            assert!(p.complete, "{:?}", p.sections);
        }
    }
}
