//! The evidence checklist that follows from the answers.

use chrono::NaiveDate;

use crate::rules::Code;
use super::{Args, Evidence};
use crate::fees::{exemption_grounds, paroled_person_is_minor};
use crate::form::catalogue::Item;
use crate::form::{ParoleRequest, ParoleType, ReasonCategory};

pub(super) fn checklist(form: &ParoleRequest, today: NaiveDate) -> Vec<Evidence> {
    let kind = form.application.parole_type;
    let reparole = kind == Some(ParoleType::Reparole);
    let medical = form.reason.category == Some(ReasonCategory::Medical);
    let minor = paroled_person_is_minor(form, today);
    let reason = Some(Item { part: 8, number: "1" });
    let plain = |code| Evidence { code, item: None, args: Args::None };
    let mut list = vec![plain(Code::EvidenceIdentity), plain(Code::EvidenceCitizenshipId)];
    if reparole {
        list.push(Evidence { code: Code::EvidenceCurrentParole, item: Some(Item { part: 1, number: "12" }), args: Args::None });
    }
    // A new I-134 with updated evidence for re-parole too (domain.md §4, corrected).
    if kind.is_some() {
        list.push(Evidence { code: Code::EvidenceFinancialSupport, item: None, args: Args::Reparole(reparole) });
    }
    if medical {
        list.push(Evidence { code: Code::EvidencePhysicianLetter, item: reason, args: Args::Reparole(reparole) });
        // Separate pieces of evidence, never "in the letter".
        list.push(plain(Code::EvidenceReturnTrip));
        if minor {
            list.push(Evidence { code: Code::EvidenceParentalConsent, item: reason, args: Args::None });
        }
    }
    let grounds = exemption_grounds(form);
    if !grounds.is_empty() && Code::FeeParole.rule().holds_on(today) {
        list.push(Evidence { code: Code::EvidenceFeeExemption, item: None, args: Args::Grounds(grounds) });
    }
    if form.application.fee_waiver_requested == Some(true) {
        list.push(plain(Code::EvidenceFeeWaiver));
    }
    list.push(plain(Code::EvidenceTranslations));
    list.retain(|e| e.code.rule().holds_on(today));
    list
}
