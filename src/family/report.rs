//! The family's report: each person's own report (the same as their request's alone), what holds
//! across people, and a summary: every window side by side with the earliest deadline first, the
//! documents to gather merged (with whom each is for), and the fees per person and in total.

use serde::Serialize;

use super::FamilyCheck;
use crate::check::{word, ChecklistEntry, Diagnostic, Report};
use crate::fees::{Ground, Payment};
use crate::i18n::Lang;
use crate::t;
use crate::windows::WindowReport;

/// A family's report, worded in one language.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FamilyReport {
    /// Each person's report, in file order.
    pub people: Vec<PersonReport>,
    /// What holds across people, each about one person's request.
    pub family: Vec<FamilyDiagnostic>,
    /// Each re-parole window, the earliest deadline first.
    pub deadlines: Vec<Deadline>,
    /// The documents to gather, once each, with the people they are for.
    pub checklist: Vec<SharedEvidence>,
    /// The fees of each person.
    pub fees: Vec<PersonFees>,
    /// Paid with the forms, all people together.
    pub with_filing_usd: u32,
    /// Charged on approval, all people together, before any exemption.
    pub on_approval_usd: u32,
}

/// One person's report.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PersonReport {
    /// Their name.
    pub name: String,
    /// The report of their request, as if it had been checked alone.
    pub report: Report,
}

/// A finding across people, in one person's request.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FamilyDiagnostic {
    /// The person whose request it is about.
    pub person: String,
    /// The finding, worded.
    #[serde(flatten)]
    pub diagnostic: Diagnostic,
}

/// One person's re-parole window.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Deadline {
    /// Whose parole.
    pub person: String,
    /// The window, explained.
    pub window: WindowReport,
}

/// A document to gather, once for the family.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SharedEvidence {
    /// The document, worded.
    #[serde(flatten)]
    pub entry: ChecklistEntry,
    /// The people it is needed for.
    pub people: Vec<String>,
}

/// One person's fees.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonFees {
    /// Whose.
    pub person: String,
    /// Paid with the form.
    pub with_filing_usd: u32,
    /// Charged on approval, before any exemption.
    pub on_approval_usd: u32,
    /// The grounds of the parole fee exemption that may apply to this person.
    pub exemption_grounds: Vec<Ground>,
}

impl FamilyCheck {
    /// Words the family's report in `lang`.
    pub fn report(&self, lang: Lang) -> FamilyReport {
        let people: Vec<PersonReport> =
            self.members.iter().map(|m| PersonReport { name: m.name.clone(), report: m.check.report(lang) }).collect();
        let family = self
            .findings
            .iter()
            .map(|(i, finding)| FamilyDiagnostic { person: self.members[*i].name.clone(), diagnostic: word(finding, lang) })
            .collect();
        let mut deadlines: Vec<Deadline> = self
            .members
            .iter()
            .filter_map(|m| m.check.window.as_ref().map(|w| (m, w)))
            .map(|(m, w)| Deadline { person: m.name.clone(), window: w.clone().report(lang) })
            .collect();
        // The earliest deadline first: the advised file-by date, else the last day.
        deadlines.sort_by_key(|d| (d.window.window.file_by_on.unwrap_or(d.window.window.expires_on), d.window.window.expires_on));
        let mut checklist: Vec<SharedEvidence> = Vec::new();
        for person in &people {
            for entry in &person.report.checklist {
                match checklist.iter_mut().find(|shared| shared.entry == *entry) {
                    Some(shared) => shared.people.push(person.name.clone()),
                    None => checklist.push(SharedEvidence { entry: entry.clone(), people: vec![person.name.clone()] }),
                }
            }
        }
        let fees: Vec<PersonFees> = self
            .members
            .iter()
            .map(|m| {
                let sum = |payment| m.check.fees.iter().filter(|f| f.payment == payment).map(|f| f.amount_usd).sum();
                PersonFees {
                    person: m.name.clone(),
                    with_filing_usd: sum(Payment::WithFiling),
                    on_approval_usd: sum(Payment::OnApproval),
                    exemption_grounds: m.check.fees.iter().flat_map(|f| f.exemptions.iter().copied()).collect(),
                }
            })
            .collect();
        FamilyReport {
            with_filing_usd: fees.iter().map(|f| f.with_filing_usd).sum(),
            on_approval_usd: fees.iter().map(|f| f.on_approval_usd).sum(),
            people,
            family,
            deadlines,
            checklist,
            fees,
        }
    }
}

impl FamilyReport {
    /// Errors in every person's request and across the family: what decides the CLI's exit code.
    pub fn errors(&self) -> usize {
        let across = self.family.iter().filter(|d| d.diagnostic.severity == crate::rules::Severity::Error).count();
        self.people.iter().map(|p| p.report.summary.errors).sum::<usize>() + across
    }

    /// A readable summary for a terminal: each person's report, then the family's own part.
    pub fn to_text(&self, lang: Lang) -> String {
        let mut out = String::new();
        for person in &self.people {
            out.push_str(&format!("== {} ==\n{}\n", person.name, person.report.to_text(lang)));
        }
        out.push_str(&format!("== {} ==\n", t!(lang, "family-text-the-family")));
        if !self.family.is_empty() {
            out.push_str(&format!("\n{}\n", t!(lang, "family-text-across")));
            for d in &self.family {
                out.push_str(&format!("  - {}: {} [{}]\n", d.person, d.diagnostic.message, d.diagnostic.code));
            }
        }
        if !self.deadlines.is_empty() {
            out.push_str(&format!("\n{}\n", t!(lang, "family-text-dates")));
            for d in &self.deadlines {
                let w = &d.window.window;
                let last = crate::i18n::long_date(w.last_day(), lang);
                let line = match w.file_by_on {
                    Some(day) => t!(lang, "family-text-deadline-advice", by = crate::i18n::long_date(day, lang), last = last),
                    None => t!(lang, "family-text-deadline", last = last),
                };
                out.push_str(&format!("  - {}: {line}\n", d.person));
            }
        }
        out.push_str(&format!("\n{}\n", t!(lang, "family-text-documents")));
        let (required, recommended) = (t!(lang, "check-text-required"), t!(lang, "check-text-recommended"));
        for shared in &self.checklist {
            let need = if shared.entry.required { &required } else { &recommended };
            let line = t!(lang, "family-text-document", need = need, text = shared.entry.text.as_str(), people = shared.people.join(", "));
            out.push_str(&format!("  [ ] {line}\n"));
        }
        out.push_str(&format!("\n{}\n", t!(lang, "family-text-fees")));
        let money = crate::check::dollars;
        for fee in &self.fees {
            // Paragraphs of the law, the same in every language.
            let grounds: Vec<String> = fee.exemption_grounds.iter().map(|g| format!("8 U.S.C. 1804(b)({})", g.paragraph())).collect();
            let line = t!(
                lang,
                "family-text-fee",
                person = fee.person.as_str(),
                filing = money(fee.with_filing_usd),
                approval = money(fee.on_approval_usd),
                exemptions = grounds.len(),
                grounds = grounds.join(", "),
            );
            out.push_str(&format!("  - {line}\n"));
        }
        let together = t!(lang, "family-text-fees-together", filing = money(self.with_filing_usd), approval = money(self.on_approval_usd));
        out.push_str(&format!("  {together}\n"));
        out.push_str(&format!("\n{}\n", t!(lang, "check-text-notice")));
        out
    }
}
