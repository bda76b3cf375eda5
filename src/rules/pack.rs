//! The rule pack: every rule the check applies, as data. Each has a stable code (never reused),
//! the Parts and Items it concerns, a severity, how sure we are of it (official or advice), its
//! source, and the dates between which it holds.
//!
//! ```
//! use parole_helper::rules::{Code, Severity, RULESET};
//!
//! let rule = Code::FormatSsn.rule();
//! assert_eq!(rule.id, "format.ssn");
//! assert_eq!(rule.severity, Severity::Error);
//! assert!(rule.official());
//! assert_eq!(RULESET.form_edition, "01/20/25");
//! ```
//!
//! Facts come from `shared/domain.md` (researched 2026-11-27, corrected 2026-11-28 after a second legal review). A rule resting on a secondary source
//! or an inference is never an error: a test over the whole pack enforces it. To change a rule,
//! retire it (`holds_until`) and add one with a new code.

use chrono::NaiveDate;

use super::{Basis, Rule, Severity, Source};
use crate::date::ymd;

/// The form edition and the dates the pack was built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ruleset {
    /// Stable id of this pack.
    pub id: &'static str,
    /// The paper edition of Form I-131 the Parts and Items follow.
    pub form_edition: &'static str,
    /// The latest date from which a rule or fee of the pack took effect.
    pub effective_from: NaiveDate,
    /// When the facts were last checked.
    pub reviewed_on: NaiveDate,
    /// The form's OMB approval ends (edition may change): after it, the report warns.
    pub form_valid_until: NaiveDate,
    /// The last day the fee table is known to hold (an adjustment is expected after it).
    pub fees_known_until: NaiveDate,
}

/// The pack in use.
pub const RULESET: Ruleset = Ruleset {
    id: "i131-parole-2026-11-28",
    form_edition: "01/20/25",
    effective_from: ymd(2026, 1, 1),
    reviewed_on: ymd(2026, 11, 28),
    form_valid_until: ymd(2027, 6, 30),
    fees_known_until: ymd(2026, 12, 31),
};

macro_rules! codes {
    ($($code:ident),* $(,)?) => {
        /// Every rule's code. The order is the order of [`RULES`].
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Code { $(#[allow(missing_docs)] $code),* }

        impl Code {
            /// Every code, in pack order.
            pub const ALL: &[Code] = &[$(Code::$code),*];
        }
    };
}

codes! {
    RequiredAnswer, ReparoleCurrentExpiry, ReparoleI94Number, ReparoleInUs, ReparoleI94Matches,
    HelperIncomplete, FormatDate, BoxANumber, FormatANumber, FormatUscisAccount, BoxI94Number, FormatI94Number, FormatSsn,
    FormatUsState, FormatZipCode, BoxEmail, FormatEmail, FormatAgencyEmail, FormatPhone, FormatBody, FormatWholeNumber,
    FormatLatinLetters, FormatCountryInEnglish,
    SignerIsBeneficiary, SignerMustBeFiler, SignerUnder14, StayOverMaximum, ArrivalNotFuture, SignatureInFuture, RemovalProceedings,
    ProgramEnded, FrpException, TerminationNotice, ProgramNotForType, BirthDateFuture, BirthDateTooOld, ReasonTooLong,
    TooManyOtherNames, WriteInEnglish, OneFormPerPerson, FeeWaiverOnPaper, FormEditionExpired,
    FeesUnverified, EvidenceIdentity, EvidenceCitizenshipId, EvidenceFinancialSupport,
    EvidencePhysicianLetter, EvidenceReturnTrip, EvidenceParentalConsent, EvidenceTranslations, EvidenceCurrentParole,
    EvidenceFeeExemption, EvidenceFeeWaiver,
    FeeI131, FeeWorkPermitHr1, FeeWorkPermit2026, FeeParole, FeeParoleExemption,
    FamilyParentMayBeExempt, FamilyYoungChildFiledByParent, FamilySameContact, FamilyParoleEndsDiffer,
}

impl Code {
    /// The rule behind this code.
    pub fn rule(self) -> &'static Rule {
        // RULES is in Code order (a test checks it).
        &RULES[self as usize]
    }

    /// The stable code, as text.
    pub fn id(self) -> &'static str {
        self.rule().id
    }
}

const I131: Option<&str> = Some("https://www.uscis.gov/i-131");
const FORM: Source = Source { id: "source-form-i131", title: "USCIS, Form I-131 and its instructions (edition 01/20/25)", url: I131 };
const PAROLE_PAGE: Option<&str> = Some("https://www.uscis.gov/humanitarian/humanitarian-parole");
const U4U_REPAROLE: Option<&str> = Some(
    "https://www.uscis.gov/humanitarian/uniting-for-ukraine/re-parole-process-for-certain-ukrainian-citizens-and-their-immediate-family-members",
);
const LOGIC: Source = Source { id: "source-plain-sense", title: "Plain sense about the data (not a legal rule)", url: None };
/// The boxes of the official PDF (its MaxLen and comb flags): what does not fit cannot be written.
const FORM_BOXES: Source = Source {
    id: "source-form-boxes",
    title: "USCIS, Form I-131 (edition 01/20/25), the boxes of the official form: 9 for the A-Number, 12 for the USCIS Online Account Number, 5 for the ZIP code; an I-94 number has 11 characters",
    url: I131,
};
const HRF_PAROLED: Option<&str> = Some(super::HRF_PAROLED);
const CFR_103_2: Option<&str> = Some("https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-103/subpart-A/section-103.2");
const USC_8_1804: Option<&str> = Some("https://uscode.house.gov/view.xhtml?req=granuleid:USC-prelim-title8-section1804&num=0&edition=prelim");

macro_rules! rule {
    ($code:ident, $id:literal, $items:literal, $severity:ident, $basis:ident, $source:expr) => {
        rule!($code, $id, $items, $severity, $basis, $source, None, None)
    };
    ($code:ident, $id:literal, $items:literal, $severity:ident, $basis:ident, $source:expr, $from:expr, $until:expr) => {
        Rule {
            id: $id,
            items: $items,
            severity: Severity::$severity,
            basis: Basis::$basis,
            source: $source,
            holds_from: $from,
            holds_until: $until,
        }
    };
}

/// The whole pack, in [`Code`] order.
pub static RULES: [Rule; 62] = [
    rule!(RequiredAnswer, "required.answer", "Parts 1-10: questions required for this kind of request and filer", Error, Form, FORM),
    rule!(ReparoleCurrentExpiry, "reparole.current_expiry", "Part 1, Item 12", Error, Form, FORM),
    rule!(ReparoleI94Number, "reparole.i94_number", "Part 2, Items 13 and 27", Error, Form, FORM),
    rule!(ReparoleInUs, "reparole.in_us", "Part 1, Items 10-11; Part 2, Items 4 and 25", Error, Government,
        Source { id: "source-u4u-reparole-in-us", title: "USCIS, Uniting for Ukraine re-parole FAQ: re-parole is asked from inside the United States; leaving ends parole", url: U4U_REPAROLE }),
    rule!(ReparoleI94Matches, "reparole.i94_matches_item_12", "Part 1, Item 12; Part 2, Item 14", Warning, Form, FORM),
    rule!(HelperIncomplete, "helper.incomplete", "Parts 11 and 12", Error, Form, FORM),
    rule!(FormatDate, "format.date", "Every date", Error, Logic, LOGIC),
    rule!(BoxANumber, "box.a_number", "Part 2, Items 5 and 23", Error, Form, FORM_BOXES),
    rule!(FormatANumber, "format.a_number", "Part 2, Items 5 and 23", Warning, Secondary,
        Source { id: "source-guides-a-number", title: "Legal-aid guides: an A-Number is \"A\" and 7 to 9 digits, written as 9 digits with zeros in front", url: None }),
    rule!(FormatUscisAccount, "format.uscis_online_account", "Part 2, Item 11", Error, Form, FORM_BOXES),
    rule!(BoxI94Number, "box.i94_number", "Part 2, Items 13 and 27", Error, Form, FORM_BOXES),
    rule!(FormatI94Number, "format.i94_number", "Part 2, Items 13 and 27", Warning, Secondary,
        Source { id: "source-guides-i94-number", title: "Legal-aid guides: an I-94 number has 11 characters (9 digits, a letter, a digit since May 2019; 11 digits before)", url: Some("https://i94.cbp.dhs.gov/") }),
    rule!(FormatSsn, "format.ssn", "Part 2, Item 10", Error, Government,
        Source { id: "source-ssa-ssn", title: "Social Security Administration: SSNs have 9 digits; area 000, 666 and 900-999, group 00 and serial 0000 are never issued", url: Some("https://www.ssa.gov/employer/randomization.html") }),
    rule!(FormatUsState, "format.us_state", "Part 2, Items 3, 4, 24 and 25", Error, Form, FORM),
    rule!(FormatZipCode, "format.zip_code", "Part 2, Items 3, 4, 24 and 25", Error, Form, FORM_BOXES),
    rule!(BoxEmail, "box.email", "Part 2, Item 22; Part 10, Item 3; Parts 11-12", Error, Form,
        Source { id: "source-form-email", title: "USCIS, Form I-131 (edition 01/20/25): an email address, which has an @ and a domain", url: I131 }),
    rule!(FormatEmail, "format.email", "Part 2, Item 22; Part 10, Item 3; Parts 11-12", Warning, Inference,
        Source { id: "source-our-email-check", title: "Our check that an email looks like name@domain.tld", url: None }),
    rule!(FormatAgencyEmail, "format.agency_email", "Part 1, Item 6.C", Error, Form, FORM),
    rule!(FormatPhone, "format.phone", "Part 2, Item 21; Part 10, Items 1-2; Parts 11-12", Warning, Inference,
        Source { id: "source-our-phone-check", title: "Our check that a phone number has 10 digits, or 8 to 15 after a + for numbers abroad", url: None }),
    rule!(FormatBody, "format.height_weight", "Part 3, Items 3-4", Error, Logic, LOGIC),
    rule!(FormatWholeNumber, "format.whole_number", "Part 3, Items 3-4; Part 8, Item 2", Error, Logic, LOGIC),
    rule!(FormatLatinLetters, "format.latin_letters", "Parts 1, 2, 4, 8, 11 and 12: the answers written in English", Error, Form, FORM),
    rule!(FormatCountryInEnglish, "format.country_in_english", "Part 2, Items 3, 4, 6, 7, 19, 20, 24 and 25", Error, Form, FORM),
    rule!(SignerIsBeneficiary, "cross.signer_is_person_to_be_paroled", "Part 10, Item 4", Error, Form,
        Source { id: "source-form-filer-signs", title: "USCIS, Form I-131 instructions (edition 01/20/25): on a request for someone else, the requester (the filer) signs Part 10", url: I131 }),
    rule!(SignerMustBeFiler, "cross.signer_must_be_filer", "Part 10, Item 4", Error, Government,
        Source { id: "source-cfr-each-applicant-signs", title: "8 CFR 103.2(a)(2): each applicant signs; a parent or legal guardian may sign for an applicant under 14", url: CFR_103_2 }),
    rule!(SignerUnder14, "cross.signer_under_14", "Part 10, Item 4", Info, Government,
        Source { id: "source-cfr-guardian-signs", title: "8 CFR 103.2(a)(2): a parent or legal guardian may sign for an applicant under 14", url: CFR_103_2 }),
    rule!(StayOverMaximum, "cross.stay_over_program_maximum", "Part 8, Item 2", Warning, Secondary,
        Source { id: "source-usual-parole-lengths", title: "Usual parole lengths: humanitarian up to 1 year (legal-aid guides); Ukrainian and Afghan re-parole up to 2 years (USCIS); FRP up to 3 years (legal-aid guides)", url: PAROLE_PAGE }),
    rule!(ArrivalNotFuture, "cross.arrival_in_future", "Part 8, Item 3.a", Error, Form, FORM),
    rule!(SignatureInFuture, "cross.signature_not_in_future", "Part 10, Item 4; Parts 11-12", Error, Logic, LOGIC),
    rule!(RemovalProceedings, "cross.removal_proceedings_ice", "Part 4, Item 1", Warning, Secondary,
        Source { id: "source-guides-removal-ice", title: "Legal-aid guides: someone in removal proceedings or with a removal order generally asks ICE, not USCIS, for parole", url: None }),
    rule!(ProgramEnded, "cross.program_ended", "Part 1, Items 10.A and 10.I", Error, Government,
        Source { id: "source-fr-chnv-frp-ended", title: "Federal Register 2025-05128 (CHNV parole terminated April 24, 2025) and 2025-22744 (FRP ended December 15, 2025; its parole January 14, 2026)", url: Some("https://www.federalregister.gov/d/2025-22744") },
        Some(ymd(2025, 4, 24)), None),
    rule!(FrpException, "cross.frp_exception", "Part 1, Item 10.A", Info, Secondary,
        Source { id: "source-fr-frp-exception", title: "Summaries of Federal Register 2025-22744: FRP parole continues for a pending Form I-485 filed by December 15, 2025, or by a case-by-case decision, until the I-485 decision or the original end date", url: Some("https://www.federalregister.gov/d/2025-22744") },
        Some(ymd(2025, 12, 15)), None),
    rule!(TerminationNotice, "cross.parole_termination_notice", "Part 1, Item 12", Warning, Inference,
        Source { id: "source-dhs-termination-notice", title: "DHS may terminate parole by notice (8 CFR 212.5(e)); that a person with a notice needs a lawyer or accredited representative now is our advice. Free help: the Justice Department's list of pro bono legal service providers", url: Some("https://www.justice.gov/eoir/list-pro-bono-legal-service-providers") }),
    rule!(ProgramNotForType, "cross.program_not_for_parole_type", "Part 1, Items 6-11", Error, Form, FORM),
    rule!(BirthDateFuture, "cross.birth_date_in_future", "Part 2, Items 9 and 18", Error, Logic, LOGIC),
    rule!(BirthDateTooOld, "cross.birth_date_over_120_years", "Part 2, Items 9 and 18", Error, Logic, LOGIC),
    rule!(ReasonTooLong, "cross.reason_needs_more_space", "Part 8, Item 1; Part 13", Info, Form, FORM),
    rule!(TooManyOtherNames, "cross.other_names_need_more_space", "Part 2, Items 2 and 17; Part 13", Info, Form, FORM),
    rule!(WriteInEnglish, "cross.write_in_english", "Part 8, Items 1-2", Error, Form, FORM),
    rule!(OneFormPerPerson, "info.one_form_per_person", "Part 1, Items 6-11", Info, Form, FORM),
    rule!(FeeWaiverOnPaper, "fees.waiver_needs_paper", "Form I-912", Warning, Secondary,
        Source { id: "source-guides-fee-waiver-paper", title: "Legal-aid guides: a fee waiver (Form I-912) for the I-131 fee means filing on paper", url: Some("https://www.uscis.gov/i-912") }),
    rule!(FormEditionExpired, "pack.form_edition_past_validity", "The whole form", Warning, Government,
        Source { id: "source-form-omb-approval", title: "Form I-131, OMB No. 1615-0013, approved through 06/30/2027", url: I131 }),
    rule!(FeesUnverified, "pack.fees_past_known_validity", "Fees", Warning, Secondary,
        Source { id: "source-fee-adjustment-2027", title: "A fee adjustment is expected around January 1, 2027 (a Form G-1055 edition 10/01/26 is cited); check the fee schedule", url: Some("https://www.uscis.gov/g-1055") }),
    rule!(EvidenceIdentity, "evidence.identity", "Evidence", Info, Government,
        Source { id: "source-uscis-evidence-identity", title: "USCIS evidence guidance for humanitarian parole: identity documents for the petitioner, the beneficiary and any financial supporter", url: PAROLE_PAGE }),
    rule!(EvidenceCitizenshipId, "evidence.citizenship_id", "Evidence", Info, Government,
        Source { id: "source-uscis-evidence-citizenship", title: "USCIS evidence guidance for humanitarian parole: a valid government ID of the beneficiary that shows citizenship", url: PAROLE_PAGE }),
    rule!(EvidenceFinancialSupport, "evidence.financial_support_i134", "Evidence", Info, Secondary,
        Source { id: "source-hrf-financial-support", title: "Human Rights First, \"I was paroled in the United States\": Form I-134, Declaration of Financial Support, for initial parole and, new and with updated evidence, for re-parole", url: HRF_PAROLED }),
    rule!(EvidencePhysicianLetter, "evidence.physician_letter", "Part 8, Item 1; evidence", Info, Secondary,
        Source { id: "source-guides-physician-letter", title: "Legal-aid guides for medical parole: what the physician's letter should say (diagnosis, prognosis, treatment and its length, why it is not available at home, cost and payer; for re-parole, why the last period was not enough)", url: HRF_PAROLED }),
    rule!(EvidenceReturnTrip, "evidence.return_trip_funds", "Evidence", Info, Secondary,
        Source { id: "source-guides-return-trip", title: "Legal-aid guides for medical parole: proof of how the return trip will be paid, apart from the physician's letter", url: None }),
    rule!(EvidenceParentalConsent, "evidence.parental_consent", "Evidence", Info, Secondary,
        Source { id: "source-guides-parental-consent", title: "Legal-aid guides for medical parole of a minor: the parents' consent", url: None }),
    rule!(EvidenceTranslations, "evidence.certified_translations", "Evidence", Info, Government,
        Source { id: "source-cfr-translations", title: "8 CFR 103.2(b)(3): a document in another language needs a full English translation, certified by the translator", url: Some("https://www.ecfr.gov/current/title-8/chapter-I/subchapter-B/part-103/subpart-A/section-103.2") }),
    rule!(EvidenceCurrentParole, "evidence.current_parole", "Part 1, Item 12; evidence", Info, Inference,
        Source { id: "source-uscis-current-parole", title: "USCIS asks Ukrainians for the I-94 and the work permit with re-parole; asking everyone for them is our inference", url: U4U_REPAROLE }),
    rule!(EvidenceFeeExemption, "evidence.parole_fee_exemption", "Parole fee; evidence", Info, Government,
        Source { id: "source-usc-fee-exemptions-case-by-case", title: "8 U.S.C. 1804(b): the parole fee exemptions are decided case by case, on evidence", url: USC_8_1804 }),
    rule!(EvidenceFeeWaiver, "evidence.fee_waiver_i912", "Form I-912", Info, Government,
        Source { id: "source-cfr-fee-waiver", title: "8 CFR 106.3: a fee waiver (Form I-912) for a means-tested benefit, household income at or below 150% of the federal poverty guidelines, or financial hardship", url: Some("https://www.ecfr.gov/current/title-8/chapter-I/subchapter-A/part-106/section-106.3") }),
    rule!(FeeI131, "fee.i131_2024", "Form I-131", Info, Secondary,
        Source { id: "source-fee-rule-2024", title: "2024 fee rule (Federal Register 2024-01427): I-131 $630 on paper, $580 online; that it applies to parole is our reading, check Form G-1055", url: Some("https://www.federalregister.gov/d/2024-01427") },
        Some(ymd(2024, 4, 1)), None),
    rule!(FeeWorkPermitHr1, "fee.work_permit_hr1_2025", "Part 9", Info, Secondary,
        Source { id: "source-hr1-work-permit-fee", title: "H.R. 1 fees (Federal Register 2025-13738): a parolee's work permit with re-parole $275, not waivable", url: Some("https://www.federalregister.gov/d/2025-13738") },
        Some(ymd(2025, 7, 22)), Some(ymd(2025, 12, 31))),
    rule!(FeeWorkPermit2026, "fee.work_permit_2026", "Part 9", Info, Secondary,
        Source { id: "source-inflation-work-permit-fee", title: "Inflation adjustment from January 1, 2026 (Federal Register 2025-20622): a parolee's work permit with re-parole $280, not waivable", url: Some("https://www.federalregister.gov/d/2025-20622") },
        Some(ymd(2026, 1, 1)), None),
    rule!(FeeParole, "fee.parole_hr1", "Charged on approval", Info, Secondary,
        Source { id: "source-hr1-parole-fee", title: "H.R. 1 parole fee (90 FR 48317): $1,000 for each grant of parole, re-parole included, charged when parole is granted, at the amount in force then (indexed each year; the FY2026 amount may be $1,020, unconfirmed)", url: Some("https://www.federalregister.gov/citation/90-FR-48317") },
        Some(ymd(2025, 10, 16)), None),
    rule!(FeeParoleExemption, "fee.parole_exemption", "Parole fee", Info, Government,
        Source { id: "source-usc-parole-fee-exemptions", title: "8 U.S.C. 1804(b): exemptions from the parole fee, case by case, among them a medical emergency when treatment cannot be obtained where the person lives or is life-threatening with no time for a visa, and the parent or legal guardian of such a minor", url: USC_8_1804 },
        Some(ymd(2025, 10, 16)), None),
    // Across the people of a family file (crate::family), each about one person's request.
    rule!(FamilyParentMayBeExempt, "family.parent_may_be_exempt", "Part 8, Item 1; parole fee", Info, Government,
        Source { id: "source-usc-parent-exemption", title: "8 U.S.C. 1804(b)(2): the parent or legal guardian of a minor with a medical emergency may be exempt from the parole fee, on their own request", url: USC_8_1804 },
        Some(ymd(2025, 10, 16)), None),
    rule!(FamilyYoungChildFiledByParent, "family.young_child_filed_by_parent", "Part 1, Items 6-11; Part 10, Item 4", Warning, Secondary,
        Source { id: "source-guides-young-child", title: "Legal-aid practice: a parent or legal guardian asks for a young child's parole and signs for a child under 14 (8 CFR 103.2(a)(2))", url: CFR_103_2 }),
    rule!(FamilySameContact, "family.same_contact", "Part 2, Item 3; Part 10, Item 1", Warning, Logic, LOGIC),
    rule!(FamilyParoleEndsDiffer, "family.parole_ends_differ", "Part 1, Item 12", Info, Logic, LOGIC),
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn the_table_follows_the_code_order_and_ids_are_unique() {
        assert_eq!(Code::ALL.len(), RULES.len());
        for (code, rule) in Code::ALL.iter().zip(&RULES) {
            assert_eq!(code.rule().id, rule.id, "{:?} is out of order", code);
        }
        let ids: HashSet<_> = RULES.iter().map(|r| r.id).collect();
        assert_eq!(ids.len(), RULES.len());
    }

    #[test]
    fn advice_is_never_an_error_and_every_rule_is_sourced() {
        for rule in &RULES {
            assert!(!rule.source.title.is_empty(), "{}", rule.id);
            assert!(!rule.items.is_empty(), "{}", rule.id);
            if rule.severity == Severity::Error {
                assert!(rule.basis.may_be_error(), "{} rests on {:?} but is an error", rule.id, rule.basis);
            }
            if rule.official() {
                assert!(rule.source.url.is_some(), "{} is official without a page", rule.id);
            }
            if let (Some(from), Some(until)) = (rule.holds_from, rule.holds_until) {
                assert!(from <= until, "{}", rule.id);
            }
        }
    }

    #[test]
    fn the_pack_is_dated_consistently() {
        let latest = RULES.iter().filter_map(|r| r.holds_from).max().unwrap();
        assert_eq!(RULESET.effective_from, latest, "effective_from is the latest start of any rule");
        assert!(RULESET.reviewed_on <= RULESET.fees_known_until);
    }
}

/// The pack as a Markdown page (`docs/rules.md` is this output; a test keeps them equal).
pub fn markdown() -> String {
    let r = RULESET;
    let mut out = format!(
        "# The rule pack `{}`\n\n\
         Generated by `parole-helper rules` from `src/rules/pack.rs`; do not edit by hand (`make docs`).\n\n\
         - Form I-131, paper edition **{}**; OMB approval through {} (after it, every report warns).\n\
         - Facts reviewed on {}; the latest rule took effect on {}.\n\
         - Fees known to hold through {} (after it, every report warns).\n\
         - Only government and form text is **official**. A rule resting on a secondary source or an\n  \
           inference is advice: it never has the severity `error`. `Logic` rules are plain sense about\n  \
           the data (a date that does not exist): they may be errors without being official.\n\
         - A blank date means no source gives one: the rule holds for this form edition until retired.\n\n\
         | code | Parts and Items | severity | basis | official | holds from | holds until | source |\n\
         |---|---|---|---|---|---|---|---|\n",
        r.id, r.form_edition, r.form_valid_until, r.reviewed_on, r.effective_from, r.fees_known_until
    );
    for rule in &RULES {
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let source = match rule.source.url {
            Some(url) => format!("[{}]({url})", rule.source.title),
            None => rule.source.title.to_string(),
        };
        let severity = match rule.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        };
        out.push_str(&format!(
            "| `{}` | {} | {severity} | {:?} | {} | {} | {} | {} |\n",
            rule.id,
            rule.items,
            rule.basis,
            if rule.official() { "yes" } else { "no" },
            date(rule.holds_from),
            date(rule.holds_until),
            source.replace('|', "\\|"),
        ));
    }
    out
}
