//! The report: the shape the CLI prints and `validate` returns, with every text in one language.

use chrono::NaiveDate;
use serde::Serialize;

use super::messages::text;
use crate::rules::{Severity, RULESET};
use super::{Args, Check, Finding};
use crate::fees::{Ground, Payment};
use crate::i18n::Lang;
use crate::t;
use crate::rules::SourceText;
use crate::windows::WindowReport;

/// A worded check.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Report {
    /// The rule pack used.
    pub ruleset: RulesetInfo,
    /// How many errors and warnings.
    pub summary: Summary,
    /// Problems and advice, in form order.
    pub diagnostics: Vec<Diagnostic>,
    /// The evidence to gather.
    pub checklist: Vec<ChecklistEntry>,
    /// The fees that apply on the checking date.
    pub fees: Vec<FeeEntry>,
    /// For re-parole: when to file, from Part 1, Item 12 (`null` otherwise).
    pub window: Option<WindowReport>,
}

/// Which pack, for which form edition.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct RulesetInfo {
    /// The pack's id.
    pub id: &'static str,
    /// The paper edition of Form I-131 it follows.
    pub form_edition: &'static str,
    /// The latest date a rule of the pack took effect.
    pub effective_from: NaiveDate,
    /// When its facts were last checked.
    pub reviewed_on: NaiveDate,
    /// The day the check was made for.
    pub checked_on: NaiveDate,
}

/// Counts by severity.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// What USCIS would reject, or cannot be right.
    pub errors: usize,
    /// Advice and risks.
    pub warnings: usize,
}

/// One finding, worded.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The rule's stable code.
    pub code: &'static str,
    /// How much it matters.
    pub severity: Severity,
    /// The dotted path of the answer in the request JSON, if it concerns one.
    pub field: Option<&'static str>,
    /// The Part and Item of the English form, if it concerns one.
    pub item: Option<String>,
    /// What to tell the person, naming the Part and Item.
    pub message: String,
    /// Official (government or form text) or advice.
    pub official: bool,
    /// Where the rule comes from, worded in the report's language.
    pub source: SourceText,
}

/// One piece of evidence, worded.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChecklistEntry {
    /// The rule's stable code.
    pub code: &'static str,
    /// The Part and Item it supports, if one.
    pub item: Option<String>,
    /// What to gather.
    pub text: String,
    /// Required by an official source (else recommended).
    pub required: bool,
    /// Where it comes from, worded in the report's language.
    pub source: SourceText,
}

/// One fee, worded.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct FeeEntry {
    /// The rule's stable code.
    pub code: &'static str,
    /// The form it is paid with.
    pub form: &'static str,
    /// Amount in US dollars.
    pub amount_usd: u32,
    /// When it is paid.
    pub when: Payment,
    /// Whether a fee waiver (Form I-912) can cover it.
    pub waivable: bool,
    /// What it is for, and how to pay it.
    pub text: String,
    /// Where it comes from, worded in the report's language.
    pub source: SourceText,
    /// For the parole fee: the exemption that may apply to this person (`null` when none seems to).
    pub exemption: Option<ExemptionEntry>,
}

/// An exemption from a fee that may apply, to be asked for with evidence.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ExemptionEntry {
    /// The rule's stable code.
    pub code: &'static str,
    /// The grounds of 8 U.S.C. 1804(b) the answers point to, in the statute's order.
    pub grounds: Vec<Ground>,
    /// The medical ground is a child's: a parent or guardian may be exempt on their own request.
    pub parent_may_be_exempt: bool,
    /// What to tell the person.
    pub text: String,
    /// Where it comes from, worded in the report's language.
    pub source: SourceText,
}

/// One finding, worded in `lang`.
pub fn word(finding: &Finding, lang: Lang) -> Diagnostic {
    let rule = finding.code.rule();
    let name = finding.field.map(|f| f.name(lang)).unwrap_or_default();
    let body = text(finding.code, &name, &finding.args, lang);
    let item = finding.item();
    Diagnostic {
        code: rule.id,
        severity: rule.severity,
        field: finding.field.map(|f| f.path),
        item: item.map(|i| i.to_string()),
        message: match item {
            Some(item) => t!(lang, "check-at-item", item = item.label(lang), message = body),
            None => body,
        },
        official: rule.official(),
        source: rule.source.worded(lang),
    }
}

pub(super) fn build(check: &Check, lang: Lang) -> Report {
    let diagnostics = check.findings.iter().map(|finding| word(finding, lang)).collect();
    let checklist = check
        .checklist
        .iter()
        .map(|entry| {
            let rule = entry.code.rule();
            ChecklistEntry {
                code: rule.id,
                item: entry.item.map(|i| i.to_string()),
                text: text(entry.code, "", &entry.args, lang),
                required: rule.official(),
                source: rule.source.worded(lang),
            }
        })
        .collect();
    let fees = check
        .fees
        .iter()
        .map(|line| {
            let rule = line.code.rule();
            let args = Args::Fee {
                amount_usd: line.amount_usd,
                online: line.online,
                exemptions: line.exemptions.clone(),
                minor_patient: line.minor_patient,
            };
            let exemption = (!line.exemptions.is_empty()).then(|| {
                let code = crate::rules::Code::FeeParoleExemption;
                ExemptionEntry {
                    code: code.id(),
                    grounds: line.exemptions.clone(),
                    parent_may_be_exempt: line.minor_patient,
                    text: text(code, "", &args, lang),
                    source: code.rule().source.worded(lang),
                }
            });
            FeeEntry {
                code: rule.id,
                form: line.form,
                amount_usd: line.amount_usd,
                when: line.payment,
                waivable: line.waivable,
                text: text(line.code, "", &args, lang),
                source: rule.source.worded(lang),
                exemption,
            }
        })
        .collect();
    Report {
        ruleset: RulesetInfo {
            id: RULESET.id,
            form_edition: RULESET.form_edition,
            effective_from: RULESET.effective_from,
            reviewed_on: RULESET.reviewed_on,
            checked_on: check.today,
        },
        summary: Summary { errors: check.count(Severity::Error), warnings: check.count(Severity::Warning) },
        diagnostics,
        checklist,
        fees,
        window: check.window.clone().map(|w| super::window_report(w, check.window_for.as_deref(), lang)),
    }
}

impl Report {
    /// A readable summary for a terminal, in `lang` (the language the report was worded in).
    pub fn to_text(&self, lang: Lang) -> String {
        let r = &self.ruleset;
        let mut out = format!(
            "{}\n{}\n",
            t!(lang, "check-text-title", edition = r.form_edition, date = crate::i18n::long_date(r.checked_on, lang)),
            t!(lang, "check-text-counts", errors = self.summary.errors, warnings = self.summary.warnings)
        );
        for (severity, heading) in [
            (Severity::Error, t!(lang, "check-text-errors")),
            (Severity::Warning, t!(lang, "check-text-warnings")),
            (Severity::Info, t!(lang, "check-text-info")),
        ] {
            let found: Vec<_> = self.diagnostics.iter().filter(|d| d.severity == severity).collect();
            if !found.is_empty() {
                out.push_str(&format!("\n{heading}\n"));
                for d in found {
                    out.push_str(&format!("  - {} [{}]\n", d.message, d.code));
                }
            }
        }
        out.push_str(&format!("\n{}\n", t!(lang, "check-text-evidence")));
        let (required, recommended) = (t!(lang, "check-text-required"), t!(lang, "check-text-recommended"));
        for entry in &self.checklist {
            let need = if entry.required { &required } else { &recommended };
            out.push_str(&format!("  [ ] ({need}) {}\n", entry.text));
        }
        if !self.fees.is_empty() {
            out.push_str(&format!("\n{}\n", t!(lang, "check-text-fees")));
            let (with_filing, on_approval) = (t!(lang, "check-text-with-filing"), t!(lang, "check-text-on-approval"));
            for fee in &self.fees {
                let when = match fee.when {
                    Payment::WithFiling => &with_filing,
                    Payment::OnApproval => &on_approval,
                };
                out.push_str(&format!("  - {} ({when}): {}\n", super::messages::dollars(fee.amount_usd), fee.text));
            }
        }
        if let Some(window) = &self.window {
            out.push('\n');
            out.push_str(&window.to_text(lang));
        }
        let mut sources: Vec<&SourceText> = Vec::new();
        let all = self.diagnostics.iter().map(|d| &d.source);
        let exemptions = self.fees.iter().filter_map(|f| f.exemption.as_ref().map(|e| &e.source));
        for source in all.chain(self.checklist.iter().map(|c| &c.source)).chain(self.fees.iter().map(|f| &f.source)).chain(exemptions) {
            if !sources.contains(&source) {
                sources.push(source);
            }
        }
        out.push_str(&format!("\n{}\n", t!(lang, "check-text-sources")));
        for source in sources {
            let url = source.url.map(|u| format!(" <{u}>")).unwrap_or_default();
            out.push_str(&format!("  - {}{url}\n", source.title));
        }
        out.push_str(&format!("\n{}\n", t!(lang, "check-text-notice")));
        out
    }
}
