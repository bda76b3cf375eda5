//! The evidence checklist that follows from the answers.

use chrono::NaiveDate;

use super::pack::Code;
use super::{age, Args, Evidence};
use crate::date::parse_date;
use crate::form::fields::Item;
use crate::form::{ParoleRequest, ParoleType, ReasonCategory};

pub(super) fn checklist(form: &ParoleRequest, today: NaiveDate) -> Vec<Evidence> {
    let kind = form.application.parole_type;
    let medical = form.reason.category == Some(ReasonCategory::Medical);
    let minor = form
        .paroled_person_birth_date()
        .and_then(|text| parse_date(text).ok())
        .is_some_and(|born| born <= today && age(born, today) < 18);
    let reason = Some(Item { part: 8, number: "1" });
    let plain = |code| Evidence { code, item: None, args: Args::None };
    let mut list = vec![plain(Code::EvidenceIdentity), plain(Code::EvidenceCitizenshipId)];
    if kind == Some(ParoleType::Reparole) {
        list.push(Evidence { code: Code::EvidenceCurrentParole, item: Some(Item { part: 1, number: "12" }), args: Args::None });
    }
    if kind == Some(ParoleType::Initial) {
        list.push(plain(Code::EvidenceFinancialSupport));
    }
    if medical {
        list.push(Evidence { code: Code::EvidencePhysicianLetter, item: reason, args: Args::Minor(minor) });
        if minor {
            list.push(Evidence { code: Code::EvidenceParentalConsent, item: reason, args: Args::None });
        }
    }
    list.push(plain(Code::EvidenceTranslations));
    list.retain(|e| e.code.rule().holds_on(today));
    list
}
