//! At least one failing and one passing case for every rule of the pack. Each case starts from an
//! example in `examples/`, changes one answer (or the checking date), and expects the rule to fire;
//! the unchanged example (or the other date) is the passing case. A test makes sure no code of the
//! pack is left without a case.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::HashSet;

use parole_helper::check::check;
use parole_helper::rules::Code;
use parole_helper::date::{parse_date, ymd};
use parole_helper::form::*;
use parole_helper::program::Program;
use parole_helper::i18n::Lang;

const TODAY: &str = "2026-11-27";
const INITIAL: &str = "initial-medical-from-abroad";
const SELF: &str = "reparole-no-program";
const UKRAINE: &str = "reparole-ukraine";
const CHILD: &str = "reparole-medical-child";
const MOTHER: &str = "reparole-medical-mother";

fn example(name: &str) -> ParoleRequest {
    let text = std::fs::read_to_string(format!("examples/{name}.json")).unwrap();
    parole_helper::form::read::read(&text).unwrap().form
}

/// Every code the check produced: findings, checklist entries and fees.
fn fired(form: &ParoleRequest, today: &str) -> HashSet<Code> {
    let result = check(form, parse_date(today).unwrap());
    let mut codes: HashSet<Code> = result.findings.iter().map(|f| f.code).collect();
    codes.extend(result.checklist.iter().map(|e| e.code));
    codes.extend(result.fees.iter().map(|f| f.code));
    if result.fees.iter().any(|f| !f.exemptions.is_empty()) {
        codes.insert(Code::FeeParoleExemption);
    }
    codes
}

fn s(text: &str) -> Option<String> {
    Some(text.to_string())
}

struct Case {
    code: Code,
    base: &'static str,
    change: fn(&mut ParoleRequest),
    /// The checking date of the passing and of the failing run.
    dates: (&'static str, &'static str),
    /// The rule applies to every request: there is no passing case to show.
    always: bool,
    /// The base example is the failing case, and the change makes it pass.
    inverted: bool,
}

fn case(code: Code, base: &'static str, change: fn(&mut ParoleRequest)) -> Case {
    Case { code, base, change, dates: (TODAY, TODAY), always: false, inverted: false }
}

fn on_dates(code: Code, base: &'static str, pass: &'static str, fail: &'static str) -> Case {
    Case { code, base, change: |_| {}, dates: (pass, fail), always: false, inverted: false }
}

fn always(code: Code) -> Case {
    Case { code, base: SELF, change: |_| {}, dates: (TODAY, TODAY), always: true, inverted: false }
}

fn cases() -> Vec<Case> {
    vec![
        case(Code::RequiredAnswer, SELF, |f| f.filer.country_of_birth = None),
        case(Code::ReparoleCurrentExpiry, SELF, |f| f.application.current_parole_expires = None),
        case(Code::ReparoleI94Number, SELF, |f| f.filer.i94_number = s(" ")),
        case(Code::ReparoleInUs, SELF, |f| f.filer.mailing_address.country = s("Nigeria")),
        case(Code::ReparoleI94Matches, SELF, |f| f.filer.i94_expires = s("2027-03-01")),
        case(Code::HelperIncomplete, CHILD, |f| f.interpreter.language = None),
        case(Code::FormatDate, SELF, |f| f.filer.date_of_birth = s("1979-02-30")),
        case(Code::BoxANumber, SELF, |f| f.filer.a_number = s("A2012345678")),
        case(Code::FormatANumber, SELF, |f| f.filer.a_number = s("A12")),
        case(Code::FormatUscisAccount, SELF, |f| f.filer.uscis_online_account_number = s("1234")),
        case(Code::BoxI94Number, SELF, |f| f.filer.i94_number = s("12345")),
        case(Code::FormatI94Number, SELF, |f| f.filer.i94_number = s("ABCDEFGHIJK")),
        case(Code::FormatSsn, SELF, |f| f.filer.ssn = s("000-11-2222")),
        case(Code::FormatUsState, SELF, |f| f.filer.mailing_address.state = s("XX")),
        case(Code::FormatZipCode, SELF, |f| f.filer.mailing_address.zip_code = s("ABCDE")),
        case(Code::FormatLatinLetters, SELF, |f| f.filer.name.given_name = s("Олена")),
        case(Code::FormatCountryInEnglish, SELF, |f| f.filer.country_of_birth = s("México")),
        case(Code::BoxEmail, SELF, |f| f.contact.email = s("grace")),
        case(Code::FormatEmail, SELF, |f| f.contact.email = s("grace@example")),
        case(Code::FormatAgencyEmail, INITIAL, |f| {
            f.application.program = Some(Program::IntergovernmentalReferral);
            f.application.agency_email = s("officer@gmail.com");
        }),
        case(Code::FormatPhone, SELF, |f| f.contact.daytime_phone = s("555")),
        case(Code::FormatBody, SELF, |f| f.biographics.height_inches = s("12")),
        case(Code::FormatWholeNumber, SELF, |f| f.biographics.weight_pounds = s("140 lb")),
        case(Code::SignerIsBeneficiary, CHILD, |f| f.signature.signer_role = Some(SignerRole::Myself)),
        case(Code::SignerMustBeFiler, SELF, |f| f.signature.signer_role = Some(SignerRole::Parent)),
        case(Code::SignerUnder14, SELF, |f| f.filer.date_of_birth = s("2016-01-01")),
        case(Code::StayOverMaximum, SELF, |f| f.reason.length_of_stay = LengthOfStay { value: s("18"), unit: Some(StayUnit::Months) }),
        case(Code::ArrivalNotFuture, INITIAL, |f| f.reason.expected_arrival = s(TODAY)),
        case(Code::SignatureInFuture, SELF, |f| f.signature.date = s("2026-11-28")),
        case(Code::RemovalProceedings, SELF, |f| f.removal_proceedings = Some(true)),
        case(Code::ProgramEnded, UKRAINE, |f| f.application.program = Some(Program::Chnv)),
        case(Code::FrpException, SELF, |f| {
            f.application.program = Some(Program::Frp);
            f.application.frp_exception = Some(true);
        }),
        case(Code::TerminationNotice, SELF, |f| f.application.termination_notice = Some(true)),
        case(Code::ProgramNotForType, INITIAL, |f| f.application.program = Some(Program::CentralAmericanMinors)),
        case(Code::BirthDateFuture, SELF, |f| f.filer.date_of_birth = s("2027-01-01")),
        case(Code::BirthDateTooOld, SELF, |f| f.filer.date_of_birth = s("1900-01-01")),
        case(Code::ReasonTooLong, SELF, |f| f.reason.explanation = Some("My treatment continues. ".repeat(90))),
        case(Code::TooManyOtherNames, SELF, |f| f.filer.other_names = vec![Name::default(); 4]),
        case(Code::WriteInEnglish, SELF, |f| f.reason.explanation = s("Necesito seguir con el tratamiento de la quimioterapia porque no hay en mi país.")),
        case(Code::OneFormPerPerson, SELF, |f| f.application.on_behalf_of_someone_else = Some(true)),
        case(Code::FeeWaiverOnPaper, UKRAINE, |f| f.application.fee_waiver_requested = Some(true)),
        on_dates(Code::FormEditionExpired, SELF, "2027-06-30", "2027-07-01"),
        on_dates(Code::FeesUnverified, SELF, "2026-12-31", "2027-01-01"),
        always(Code::EvidenceIdentity),
        always(Code::EvidenceCitizenshipId),
        // Asked for initial parole and, new, for re-parole: only a request of no kind yet lacks it.
        Case { inverted: true, ..case(Code::EvidenceFinancialSupport, SELF, |f| f.application.parole_type = None) },
        case(Code::EvidencePhysicianLetter, UKRAINE, |f| f.reason.category = Some(ReasonCategory::Medical)),
        case(Code::EvidenceReturnTrip, UKRAINE, |f| f.reason.category = Some(ReasonCategory::Medical)),
        // The child example needs the consent; the same request for an adult does not.
        Case { inverted: true, ..case(Code::EvidenceParentalConsent, CHILD, |f| f.beneficiary.date_of_birth = s("2000-01-01")) },
        always(Code::EvidenceTranslations),
        case(Code::EvidenceCurrentParole, INITIAL, |f| f.application.parole_type = Some(ParoleType::Reparole)),
        case(Code::EvidenceFeeExemption, UKRAINE, |f| f.reason.parent_of_minor_patient = Some(true)),
        case(Code::EvidenceFeeWaiver, SELF, |f| f.application.fee_waiver_requested = Some(true)),
        on_dates(Code::FeeI131, SELF, "2024-03-31", "2024-04-01"),
        on_dates(Code::FeeWorkPermitHr1, SELF, "2025-07-21", "2025-07-22"),
        on_dates(Code::FeeWorkPermit2026, SELF, "2025-12-31", "2026-01-01"),
        on_dates(Code::FeeParole, SELF, "2025-10-15", "2025-10-16"),
        case(Code::FeeParoleExemption, UKRAINE, |f| f.reason.other_fee_exemptions = vec![FeeExemption::LawEnforcement]),
    ]
}

#[test]
fn every_rule_fires_on_its_failing_case_and_not_on_its_passing_case() {
    for case in cases() {
        let base = example(case.base);
        let mut changed = base.clone();
        (case.change)(&mut changed);
        let (pass_day, fail_day) = case.dates;
        let (pass, fail) =
            if case.inverted { ((changed, pass_day), (base, fail_day)) } else { ((base, pass_day), (changed, fail_day)) };
        assert!(fired(&fail.0, fail.1).contains(&case.code), "{:?} does not fire on its failing case", case.code);
        if !case.always {
            assert!(!fired(&pass.0, pass.1).contains(&case.code), "{:?} fires on its passing case", case.code);
        }
    }
}

#[test]
fn every_code_of_the_pack_has_a_case() {
    let covered: HashSet<Code> = cases().iter().map(|c| c.code).collect();
    // The family's rules look at several requests: tests/family.rs has their cases.
    let missing: Vec<_> = Code::ALL.iter().filter(|c| !covered.contains(c) && !c.id().starts_with("family.")).collect();
    assert!(missing.is_empty(), "rules without a case: {missing:?}");
}

#[test]
fn rules_that_apply_to_everyone_fire_on_every_example() {
    for name in [INITIAL, SELF, UKRAINE, CHILD, MOTHER] {
        let codes = fired(&example(name), TODAY);
        for case in cases().iter().filter(|c| c.always) {
            assert!(codes.contains(&case.code), "{:?} missing in {name}", case.code);
        }
    }
}

#[test]
fn every_finding_names_its_part_and_item_in_every_language() {
    let broken = parole_helper::form::read::read(&std::fs::read_to_string("tests/fixtures/check/many-problems.json").unwrap()).unwrap().form;
    let result = check(&broken, ymd(2026, 11, 27));
    for lang in Lang::all() {
        let report = result.report(lang);
        for d in &report.diagnostics {
            if let Some(item) = &d.item {
                let number = item.split(',').next().unwrap().trim_start_matches("Part ");
                let part = parole_helper::t!(lang, "q-form-part", part = number);
                assert!(d.message.starts_with(&part), "{}: {}", d.code, d.message);
            }
        }
    }
}

#[test]
fn the_filers_i94_date_is_compared_with_item_12_only_on_their_own_re_parole() {
    let today = "2026-11-27";
    // Filing for a child: the filer's own I-94 date is not the child's parole.
    let mut child = example(CHILD);
    child.filer.i94_expires = s("2027-03-01");
    assert!(!fired(&child, today).contains(&Code::ReparoleI94Matches));
    // Initial parole: there is no Item 12 to repeat, whatever dates are given.
    let mut initial = example(INITIAL);
    initial.application.current_parole_expires = s("2027-05-14");
    initial.filer.i94_expires = s("2027-03-01");
    assert!(!fired(&initial, today).contains(&Code::ReparoleI94Matches));
    // The same dates on one's own re-parole: no warning.
    let mut own = example(SELF);
    own.filer.i94_expires = own.application.current_parole_expires.clone();
    assert!(!fired(&own, today).contains(&Code::ReparoleI94Matches));
}

#[test]
fn the_text_report_lists_each_source_once() {
    let report = check(&example(CHILD), parse_date("2026-11-27").unwrap()).report(Lang::En);
    let text = report.to_text(Lang::En);
    // The report's own list is the last (the window, before it, lists its rules' sources).
    let sources: Vec<&str> = text.rsplit("\nSources:\n").next().unwrap().lines().take_while(|l| l.starts_with("  - ")).collect();
    assert!(sources.len() >= 3, "{text}");
    let unique: HashSet<&&str> = sources.iter().collect();
    assert_eq!(unique.len(), sources.len(), "each source once: {sources:?}");
    assert!(sources.iter().any(|s| s.contains("uscis.gov")), "{sources:?}");
}

#[test]
fn the_window_says_whose_parole_it_is_when_it_is_not_the_readers_own() {
    let today = parse_date("2026-11-27").unwrap();
    let explanation = |form: &ParoleRequest, lang| check(form, today).report(lang).window.unwrap().explanation;
    let own = example(SELF);
    assert!(explanation(&own, Lang::En).starts_with("Your parole ends on"), "one's own: no name");
    let child = example(CHILD);
    assert!(explanation(&child, Lang::En).starts_with("These dates are for the parole of Sofía Ramírez Luna, the person you are asking for.\nYour parole ends"));
    let mut unnamed = child.clone();
    unnamed.beneficiary.name = Default::default();
    assert!(explanation(&unnamed, Lang::Es).starts_with("Estas fechas son del parole de la persona para quien lo pide.\n"));
    assert!(explanation(&unnamed, Lang::En).starts_with("These dates are for the parole of the person you are asking for.\n"));
}
