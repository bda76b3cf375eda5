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
    /// Every section that applies is complete.
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
    /// It applies, and has no errors left.
    pub complete: bool,
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
        let (mut missing, mut errors, mut warnings) = (0, 0, 0);
        for f in section.questions {
            let shown = section_shown && f.shown.holds(form);
            let required = shown && f.required.is_some_and(|(when, _)| when.holds(form));
            let answered = f.answered(form);
            if required && !answered {
                missing += 1;
            }
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
        sections.push(SectionProgress {
            id: section.id,
            shown: section_shown,
            missing,
            errors,
            warnings,
            complete: section_shown && missing == 0 && errors == 0,
        });
    }
    let complete = sections.iter().all(|s| !s.shown || s.complete);
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
