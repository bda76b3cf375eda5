//! Every rule with a number or a date in it, at the value, one before and one after: ages, day
//! counts, program end dates, fee start dates, box sizes. Each table is written out by hand from
//! `shared/domain.md` and the form, not computed by the code under test. Also every month name in
//! both languages, and answers in lower and mixed case where the form accepts them.
#![cfg(not(target_arch = "wasm32"))]

use parole_helper::check::check;
use parole_helper::rules::Code;
use parole_helper::date::{parse_date, ymd};
use parole_helper::form::*;
use parole_helper::i18n::{long_date, Lang};
use parole_helper::program::Program;
use parole_helper::windows::reparole_window;

fn example(name: &str) -> ParoleRequest {
    parole_helper::form::read::read(&std::fs::read_to_string(format!("examples/{name}.json")).unwrap()).unwrap().form
}

fn fires(form: &ParoleRequest, today: &str, code: Code) -> bool {
    let result = check(form, parse_date(today).unwrap());
    result.findings.iter().any(|f| f.code == code)
        || result.checklist.iter().any(|e| e.code == code)
        || result.fees.iter().any(|f| f.code == code)
}

/// `(value, fires)` rows for one rule: the change applies the value to the base example.
fn table<T: Copy + std::fmt::Debug>(base: &str, today: &str, code: Code, rows: &[(T, bool)], change: impl Fn(&mut ParoleRequest, T)) {
    for &(value, expected) in rows {
        let mut form = example(base);
        change(&mut form, value);
        assert_eq!(fires(&form, today, code), expected, "{code:?} with {value:?} on {today}");
    }
}

const TODAY: &str = "2026-11-27";

#[test]
fn ages_at_their_limits() {
    // 14: a filer under 14 may have a parent sign (Part 10, Item 4).
    table("reparole-no-program", TODAY, Code::SignerUnder14, &[("2012-11-28", true), ("2012-11-27", false), ("2012-11-26", false)], |f, born| {
        f.filer.date_of_birth = Some(born.into());
    });
    // 18: the parents' consent for a minor patient.
    table("reparole-medical-child", TODAY, Code::EvidenceParentalConsent, &[("2008-11-28", true), ("2008-11-27", false), ("2008-11-26", false)], |f, born| {
        f.beneficiary.date_of_birth = Some(born.into());
    });
    // Over 120 years: a year typed wrong.
    table("reparole-no-program", TODAY, Code::BirthDateTooOld, &[("1906-11-28", false), ("1906-11-27", false), ("1905-11-27", true), ("1905-11-26", true)], |f, born| {
        f.filer.date_of_birth = Some(born.into());
    });
}

#[test]
fn dates_equal_to_today() {
    // A birth date today is not in the future; tomorrow is.
    table("reparole-no-program", TODAY, Code::BirthDateFuture, &[("2026-11-26", false), ("2026-11-27", false), ("2026-11-28", true)], |f, d| {
        f.filer.date_of_birth = Some(d.into());
    });
    // The arrival must be in the future: today is too late.
    table("initial-medical-from-abroad", TODAY, Code::ArrivalNotFuture, &[("2026-11-26", true), ("2026-11-27", true), ("2026-11-28", false)], |f, d| {
        f.reason.expected_arrival = Some(d.into());
    });
    // A signature dated today is right; tomorrow is not (for the filer, the interpreter, the preparer).
    for path in ["signature", "interpreter", "preparer"] {
        table("reparole-medical-child", TODAY, Code::SignatureInFuture, &[("2026-11-26", false), ("2026-11-27", false), ("2026-11-28", true)], |f, d| {
            let slot = match path {
                "signature" => &mut f.signature.date,
                "interpreter" => &mut f.interpreter.signature_date,
                _ => &mut f.preparer.signature_date,
            };
            *slot = Some(d.into());
        });
    }
}

#[test]
fn program_end_dates() {
    // CHNV: re-parole ends after April 24, 2025; FRP after January 14, 2026.
    for (program, last) in [(Program::Chnv, "2025-04-24"), (Program::Frp, "2026-01-14")] {
        let day_after = parse_date(last).unwrap().succ_opt().unwrap().to_string();
        let day_before = parse_date(last).unwrap().pred_opt().unwrap().to_string();
        for (today, expected) in [(day_before.as_str(), false), (last, false), (day_after.as_str(), true)] {
            let mut form = example("reparole-ukraine");
            form.application.program = Some(program);
            assert_eq!(fires(&form, today, Code::ProgramEnded), expected, "{program:?} on {today}");
        }
    }
    // Initial parole under a name of CHNV: none from the termination date itself.
    for (today, expected) in [("2025-04-23", false), ("2025-04-24", true), ("2025-04-25", true)] {
        let mut form = example("initial-medical-from-abroad");
        form.application.program = Some(Program::Other);
        form.application.program_name = Some("CHNV".into());
        assert_eq!(fires(&form, today, Code::ProgramEnded), expected, "initial on {today}");
    }
    // The window: terminated from the day after the parole's end (CHNV), whatever the I-94 says.
    let w = |today| reparole_window(Program::Chnv, ymd(2027, 3, 31), today).status;
    use parole_helper::windows::Status::*;
    assert_eq!([w(ymd(2025, 4, 23)), w(ymd(2025, 4, 24)), w(ymd(2025, 4, 25))], [Open, Open, Terminated]);
}

#[test]
fn fee_start_and_end_dates() {
    let reparole = "reparole-no-program"; // asks for a work permit
    let rows = |first: &str| {
        let day = parse_date(first).unwrap();
        vec![(day.pred_opt().unwrap().to_string(), false), (first.to_string(), true), (day.succ_opt().unwrap().to_string(), true)]
    };
    for (code, first) in [
        (Code::FeeI131, "2024-04-01"),
        (Code::FeeWorkPermitHr1, "2025-07-22"),
        (Code::FeeParole, "2025-10-16"),
        (Code::FeeWorkPermit2026, "2026-01-01"),
        (Code::FormEditionExpired, "2027-07-01"),
        (Code::FeesUnverified, "2027-01-01"),
    ] {
        for (today, expected) in rows(first) {
            assert_eq!(fires(&example(reparole), &today, code), expected, "{code:?} on {today}");
        }
    }
    // The H.R. 1 work-permit fee ends the day the 2026 amount starts.
    for (today, expected) in [("2025-12-30", true), ("2025-12-31", true), ("2026-01-01", false)] {
        assert_eq!(fires(&example(reparole), today, Code::FeeWorkPermitHr1), expected, "{today}");
    }
}

#[test]
fn lengths_of_stay_at_the_usual_maximum() {
    // No program: up to 1 year (365 days; a month counts 30, a week 7).
    let stay = |value: &'static str, unit| (value, unit);
    table(
        "reparole-no-program",
        TODAY,
        Code::StayOverMaximum,
        &[
            (stay("365", StayUnit::Days), false),
            (stay("366", StayUnit::Days), true),
            (stay("52", StayUnit::Weeks), false),
            (stay("53", StayUnit::Weeks), true),
            (stay("12", StayUnit::Months), false),
            (stay("13", StayUnit::Months), true),
            (stay("1", StayUnit::Years), false),
            (stay("2", StayUnit::Years), true),
        ],
        |f, (value, unit)| f.reason.length_of_stay = LengthOfStay { value: Some(value.into()), unit: Some(unit) },
    );
    // Ukraine: up to 2 years.
    table("reparole-ukraine", TODAY, Code::StayOverMaximum, &[("2", false), ("3", true)], |f, v| {
        f.reason.length_of_stay = LengthOfStay { value: Some(v.into()), unit: Some(StayUnit::Years) };
    });
}

#[test]
fn room_on_the_form() {
    // Other names: 3 fit.
    table("reparole-no-program", TODAY, Code::TooManyOtherNames, &[(3usize, false), (4, true)], |f, n| {
        f.filer.other_names = vec![Name { family_name: Some("Okafor".into()), ..Name::default() }; n];
    });
    // The reason: about 1,000 characters fit in the box.
    table("reparole-no-program", TODAY, Code::ReasonTooLong, &[(1000usize, false), (1001, true)], |f, n| {
        f.reason.explanation = Some("a".repeat(n));
    });
}

#[test]
fn numbers_at_the_ends_of_their_ranges() {
    let text = |f: &mut ParoleRequest, slot: fn(&mut ParoleRequest) -> &mut Option<String>, v: &str| *slot(f) = Some(v.into());
    let cases: [(fn(&mut ParoleRequest) -> &mut Option<String>, &[(&str, bool)]); 4] = [
        (|f| &mut f.biographics.height_feet, &[("0", false), ("8", false), ("9", true)]),
        (|f| &mut f.biographics.height_inches, &[("0", false), ("11", false), ("12", true)]),
        (|f| &mut f.biographics.weight_pounds, &[("0", true), ("1", false), ("999", false), ("1000", true)]),
        (|f| &mut f.reason.length_of_stay.value, &[("0", true), ("1", false)]),
    ];
    for (slot, rows) in cases {
        for &(value, expected) in rows {
            let mut form = example("reparole-ukraine");
            text(&mut form, slot, value);
            let result = check(&form, parse_date(TODAY).unwrap());
            let fired = result.findings.iter().any(|f| matches!(f.code, Code::FormatBody | Code::FormatWholeNumber));
            assert_eq!(fired, expected, "{value}");
        }
    }
}

#[test]
fn identifiers_at_the_size_of_their_boxes() {
    let code_of = |path: &str, text: &str| parole_helper::check::check_field(path, text, Lang::En).map(|d| d.code);
    for (path, rows) in [
        ("filer.aNumber", &[("A123456", Some("format.a_number")), ("A1234567", None), ("A123456789", None), ("A1234567890", Some("box.a_number"))][..]),
        ("filer.uscisOnlineAccountNumber", &[("12345678901", Some("format.uscis_online_account")), ("123456789012", None), ("1234567890123", Some("format.uscis_online_account"))]),
        ("filer.i94Number", &[("1234567890", Some("box.i94_number")), ("12345678901", None), ("123456789012", Some("box.i94_number"))]),
        ("filer.ssn", &[("12345678", Some("format.ssn")), ("123456789", None), ("1234567890", Some("format.ssn"))]),
        ("filer.mailingAddress.zipCode", &[("9212", Some("format.zip_code")), ("92123", None), ("921234", Some("format.zip_code"))]),
        ("contact.daytimePhone", &[("619555013", Some("format.phone")), ("6195550134", None), ("16195550134", None), ("26195550134", Some("format.phone"))]),
        ("contact.mobilePhone", &[("+5212345", Some("format.phone")), ("+52123456", None), ("+521234567890123", None), ("+5212345678901234", Some("format.phone"))]),
    ] {
        for &(text, expected) in rows {
            assert_eq!(code_of(path, text), expected, "{path} = {text}");
        }
    }
}

/// Month names written out independently of `i18n::month_name`.
const MONTHS_EN: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const MONTHS_ES: [&str; 12] = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"];

#[test]
fn every_month_name_in_both_languages() {
    for month in 1..=12u32 {
        let day = ymd(2027, month, 15);
        assert_eq!(long_date(day, Lang::En), format!("{} 15, 2027", MONTHS_EN[month as usize - 1]));
        assert_eq!(long_date(day, Lang::Es), format!("15 de {} de 2027", MONTHS_ES[month as usize - 1]));
        // And inside a report: the window's explanation names the month of the last day.
        let w = reparole_window(Program::General, day, ymd(2026, 11, 27));
        assert!(w.clone().report(Lang::En).explanation.contains(&format!("{} 15, 2027", MONTHS_EN[month as usize - 1])));
        assert!(w.report(Lang::Es).explanation.contains(&format!("15 de {} de 2027", MONTHS_ES[month as usize - 1])));
    }
}

#[test]
fn answers_in_lower_and_mixed_case_where_the_form_accepts_them() {
    let fine = |path: &str, text: &str| parole_helper::check::check_field(path, text, Lang::En).is_none();
    for state in ["ca", "Ca", "cA", "CA"] {
        assert!(fine("filer.mailingAddress.state", state), "{state}");
    }
    for a in ["a123456789", "A123456789"] {
        assert!(fine("filer.aNumber", a), "{a}");
    }
    for i94 in ["123456789a1", "123456789A1"] {
        assert!(fine("filer.i94Number", i94), "{i94}");
    }
    for email in ["Officer@State.GOV", "officer@army.Mil"] {
        assert!(fine("application.agencyEmail", email), "{email}");
    }
    // A US address is recognised in any case and in Spanish; its state and ZIP are then required.
    for country in ["united states", "UNITED STATES", "Usa", "estados unidos", "Ee. Uu."] {
        let mut form = example("reparole-no-program");
        form.filer.mailing_address.country = Some(country.into());
        form.filer.mailing_address.zip_code = None;
        assert!(fires(&form, TODAY, Code::FormatZipCode), "{country}: a US address needs its ZIP");
        assert!(!fires(&form, TODAY, Code::ReparoleInUs), "{country} is the US");
    }
    // Program ids and languages on the command line and in JavaScript requests.
    assert_eq!(Program::parse(Some("UKRAINE")), Ok(Program::Ukraine));
    assert_eq!(Lang::parse(Some("Es")), Ok(Lang::Es));
}
