//! The fees that apply to a parole request on its filing date, as dated data.
//!
//! ```
//! use parole_helper::date::ymd;
//! use parole_helper::fees::applying;
//!
//! let form = parole_helper::form::read::read(
//!     r#"{"application":{"paroleType":"reparole"},"workPermit":true}"#).unwrap().form;
//! let amounts: Vec<u32> = applying(&form, ymd(2026, 11, 27)).iter().map(|f| f.amount_usd).collect();
//! assert_eq!(amounts, [630, 280, 1000]); // I-131 on paper, work permit (Part 9), parole fee on approval
//! ```
//!
//! Amounts and dates come from `shared/domain.md` §9; each fee is a rule of the pack
//! ([`crate::rules::pack`]) with its source and the dates it holds. None of them is official:
//! check the current fee schedule (Form G-1055) before paying.

use chrono::NaiveDate;
use serde::Serialize;

use crate::rules::Code;
use crate::date::parse_date;
use crate::form::{FeeExemption, FilingMethod, ParoleRequest, ParoleType, ReasonCategory};

/// When a fee is paid.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Payment {
    /// With the form.
    WithFiling,
    /// When USCIS approves (conditionally) the request.
    OnApproval,
}

/// One fee of the table.
#[derive(Debug)]
pub struct Fee {
    /// The rule that sets it (source and dates).
    pub code: Code,
    /// The form it is paid with: a label of the English form, kept as data in every language
    /// (people read the fee's worded text).
    pub form: &'static str,
    /// Amount in US dollars (on paper, where paper and online differ).
    pub amount_usd: u32,
    /// Amount online, where different.
    pub online_usd: Option<u32>,
    /// When it is paid.
    pub payment: Payment,
    /// Whether a fee waiver (Form I-912) can cover it.
    pub waivable: bool,
}

/// The fee table.
pub static FEES: [Fee; 4] = [
    Fee { code: Code::FeeI131, form: "I-131", amount_usd: 630, online_usd: Some(580), payment: Payment::WithFiling, waivable: true },
    Fee { code: Code::FeeWorkPermitHr1, form: "I-131 Part 9", amount_usd: 275, online_usd: None, payment: Payment::WithFiling, waivable: false },
    Fee { code: Code::FeeWorkPermit2026, form: "I-131 Part 9", amount_usd: 280, online_usd: None, payment: Payment::WithFiling, waivable: false },
    Fee { code: Code::FeeParole, form: "Parole fee", amount_usd: 1000, online_usd: None, payment: Payment::OnApproval, waivable: false },
];

/// A fee that applies, with the facts its text needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeeLine {
    /// The rule that sets it.
    pub code: Code,
    /// The form it is paid with.
    pub form: &'static str,
    /// Amount in US dollars, for the chosen filing method.
    pub amount_usd: u32,
    /// When it is paid.
    pub payment: Payment,
    /// Whether a fee waiver can cover it.
    pub waivable: bool,
    /// The amount is the online one.
    pub online: bool,
    /// For the parole fee: the grounds of 8 U.S.C. 1804(b) that may exempt this person.
    pub exemptions: Vec<Ground>,
    /// The medical ground applies to a child: the parent or guardian may be exempt too, on their
    /// own request (8 U.S.C. 1804(b)(2)).
    pub minor_patient: bool,
}

/// A ground of the parole fee exemption (8 U.S.C. 1804(b)), decided case by case on evidence.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub enum Ground {
    /// (1) A medical emergency: the treatment cannot be had where the person lives, or it is
    /// life-threatening with no time for the visa process.
    Medical,
    /// (2) The parent or legal guardian of a minor who has ground (1).
    ParentOfMinorPatient,
    /// (3)-(10), as the person answered them.
    #[serde(untagged)]
    Other(FeeExemption),
}

impl Ground {
    /// The paragraph of 8 U.S.C. 1804(b) that sets it.
    pub fn paragraph(self) -> u8 {
        match self {
            Ground::Medical => 1,
            Ground::ParentOfMinorPatient => 2,
            Ground::Other(FeeExemption::OrganDonor) => 3,
            Ground::Other(FeeExemption::FamilyMemberDying) => 4,
            Ground::Other(FeeExemption::Funeral) => 5,
            Ground::Other(FeeExemption::AdoptedChildMedical) => 6,
            Ground::Other(FeeExemption::AdjustmentApplicant) => 7,
            Ground::Other(FeeExemption::ImmigrationHearing) => 8,
            Ground::Other(FeeExemption::CubanHaitianEntrant) => 9,
            Ground::Other(FeeExemption::LawEnforcement) => 10,
        }
    }
}

/// True when the medical ground (1) holds: a medical reason, and the treatment is not available
/// where the person lives or it is a life-threatening emergency.
pub fn medical_ground(form: &ParoleRequest) -> bool {
    let r = &form.reason;
    r.category == Some(ReasonCategory::Medical)
        && (r.treatment_available_at_home == Some(false) || r.life_threatening_emergency == Some(true))
}

/// The person to be paroled is under 18 on `today` (a minor, for the exemption and the consent).
pub fn paroled_person_is_minor(form: &ParoleRequest, today: NaiveDate) -> bool {
    form.paroled_person_birth_date()
        .and_then(|text| parse_date(text).ok())
        .is_some_and(|born| born <= today && today.years_since(born).unwrap_or(0) < 18)
}

/// Every ground of the parole fee exemption the answers point to, in the statute's order.
pub fn exemption_grounds(form: &ParoleRequest) -> Vec<Ground> {
    let mut grounds = Vec::new();
    if medical_ground(form) {
        grounds.push(Ground::Medical);
    }
    if form.reason.parent_of_minor_patient == Some(true) {
        grounds.push(Ground::ParentOfMinorPatient);
    }
    grounds.extend(form.reason.other_fee_exemptions.iter().map(|&g| Ground::Other(g)));
    grounds.sort_by_key(|g| g.paragraph());
    grounds.dedup();
    grounds
}

/// The fees that apply to `form` if filed on `filed_on`.
pub fn applying(form: &ParoleRequest, filed_on: NaiveDate) -> Vec<FeeLine> {
    let online = form.application.filing_method == Some(FilingMethod::Online);
    let reparole = form.application.parole_type == Some(ParoleType::Reparole);
    FEES.iter()
        .filter(|fee| fee.code.rule().holds_on(filed_on))
        .filter(|fee| match fee.code {
            Code::FeeWorkPermitHr1 | Code::FeeWorkPermit2026 => reparole && form.work_permit == Some(true),
            _ => true,
        })
        .map(|fee| FeeLine {
            code: fee.code,
            form: fee.form,
            amount_usd: if online { fee.online_usd.unwrap_or(fee.amount_usd) } else { fee.amount_usd },
            payment: fee.payment,
            waivable: fee.waivable,
            online: online && fee.online_usd.is_some(),
            exemptions: if fee.code == Code::FeeParole { exemption_grounds(form) } else { Vec::new() },
            minor_patient: fee.code == Code::FeeParole && medical_ground(form) && paroled_person_is_minor(form, filed_on),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;

    fn form(json: &str) -> ParoleRequest {
        crate::form::read::read(json).unwrap().form
    }

    #[test]
    fn fees_follow_the_filing_date() {
        let f = form(r#"{"application":{"paroleType":"reparole"},"workPermit":true}"#);
        let on = |d| applying(&f, d).iter().map(|l| (l.code, l.amount_usd)).collect::<Vec<_>>();
        assert_eq!(on(ymd(2024, 3, 31)), []);
        assert_eq!(on(ymd(2024, 4, 1)), [(Code::FeeI131, 630)]);
        assert_eq!(on(ymd(2025, 7, 22)), [(Code::FeeI131, 630), (Code::FeeWorkPermitHr1, 275)]);
        assert_eq!(on(ymd(2025, 10, 16)), [(Code::FeeI131, 630), (Code::FeeWorkPermitHr1, 275), (Code::FeeParole, 1000)]);
        assert_eq!(on(ymd(2026, 1, 1)), [(Code::FeeI131, 630), (Code::FeeWorkPermit2026, 280), (Code::FeeParole, 1000)]);
    }

    fn grounds(json: &str) -> Vec<Ground> {
        let lines = applying(&form(json), ymd(2026, 11, 27));
        lines.into_iter().find(|l| l.code == Code::FeeParole).unwrap().exemptions
    }

    #[test]
    fn online_filing_and_emergencies() {
        let f = form(r#"{"application":{"filingMethod":"online"},"reason":{"category":"medical","lifeThreateningEmergency":true}}"#);
        let lines = applying(&f, ymd(2026, 11, 27));
        assert_eq!(lines[0].amount_usd, 580);
        assert!(lines.iter().any(|l| l.code == Code::FeeParole && l.exemptions == [Ground::Medical]));
        assert!(lines.iter().all(|l| l.code != Code::FeeWorkPermit2026), "no Part 9 fee without Part 9");
    }

    #[test]
    fn the_medical_ground_needs_a_medical_reason_and_one_of_its_two_conditions() {
        assert_eq!(grounds(r#"{"reason":{"category":"medical","treatmentAvailableAtHome":false}}"#), [Ground::Medical]);
        assert_eq!(grounds(r#"{"reason":{"category":"medical","lifeThreateningEmergency":true}}"#), [Ground::Medical]);
        assert_eq!(grounds(r#"{"reason":{"category":"medical","treatmentAvailableAtHome":true,"lifeThreateningEmergency":false}}"#), []);
        assert_eq!(grounds(r#"{"reason":{"category":"medical"}}"#), [], "unanswered is not yes");
        assert_eq!(grounds(r#"{"reason":{"category":"family","treatmentAvailableAtHome":false}}"#), [], "not a medical reason");
    }

    #[test]
    fn the_parent_ground_and_the_others_in_the_statutes_order() {
        assert_eq!(grounds(r#"{"reason":{"category":"family","parentOfMinorPatient":true}}"#), [Ground::ParentOfMinorPatient]);
        assert_eq!(grounds(r#"{"reason":{"parentOfMinorPatient":false}}"#), []);
        assert_eq!(
            grounds(r#"{"reason":{"category":"medical","treatmentAvailableAtHome":false,"parentOfMinorPatient":true,"otherFeeExemptions":["lawEnforcement","funeral"]}}"#),
            [Ground::Medical, Ground::ParentOfMinorPatient, Ground::Other(FeeExemption::Funeral), Ground::Other(FeeExemption::LawEnforcement)]
        );
        let numbers: Vec<u8> = [FeeExemption::OrganDonor, FeeExemption::FamilyMemberDying, FeeExemption::Funeral, FeeExemption::AdoptedChildMedical,
            FeeExemption::AdjustmentApplicant, FeeExemption::ImmigrationHearing, FeeExemption::CubanHaitianEntrant, FeeExemption::LawEnforcement]
            .map(|g| Ground::Other(g).paragraph()).to_vec();
        assert_eq!(numbers, (3..=10).collect::<Vec<u8>>());
    }

    #[test]
    fn a_child_patient_is_under_18_on_the_day() {
        let child = |born: &str| {
            let f = form(&format!(r#"{{"application":{{"onBehalfOfSomeoneElse":true}},"beneficiary":{{"dateOfBirth":"{born}"}},"reason":{{"category":"medical","treatmentAvailableAtHome":false}}}}"#));
            applying(&f, ymd(2026, 11, 27)).into_iter().find(|l| l.code == Code::FeeParole).unwrap().minor_patient
        };
        assert!(child("2022-03-18"));
        assert!(child("2008-11-28"), "17 until tomorrow");
        assert!(!child("2008-11-27"), "18 today");
        assert!(!child("2026-11-28"), "not born yet is not a child");
    }
}
