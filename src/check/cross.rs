//! Rules that look at several answers together, or at an answer and the checking date.

use chrono::NaiveDate;

use crate::form::formats::{is_us_country, whole_number};
use crate::rules::Code;
use super::{age, Args, Finding};
use crate::date::parse_date;
use crate::form::catalogue::Item;
use crate::form::{answer, ParoleRequest, ParoleType, SignerRole, StayUnit};
use crate::program::Program;
use crate::windows::rules::{rules_for, Effect};

/// About what fits in the Part 8, Item 1 box at a readable size (our estimate: the form gives no
/// limit); more goes to Part 13 or a separate sheet.
const REASON_ROOM: usize = 1000;
/// Part 2, Items 2 and 17 have room for three other names.
const OTHER_NAMES_ROOM: usize = 3;

fn date(value: &Option<String>) -> Option<NaiveDate> {
    answer(value).and_then(|text| parse_date(text).ok())
}

pub(super) fn check(form: &ParoleRequest, today: NaiveDate, out: &mut Vec<Finding>) {
    let app = &form.application;
    let reparole = app.parole_type == Some(ParoleType::Reparole);
    let initial = app.parole_type == Some(ParoleType::Initial);
    let behalf = form.for_someone_else();
    let person = if behalf { "beneficiary" } else { "filer" };

    // Re-parole is asked from inside the US: judge by where the person lives (or gets mail).
    if reparole {
        let (physical, mailing) = if behalf {
            (form.beneficiary.physical_address.as_ref(), form.beneficiary_mailing_address())
        } else {
            (form.filer.physical_address.as_ref(), &form.filer.mailing_address)
        };
        // A mailing address shared with the filer is answered (and corrected) at Item 3.
        let mailing_of = if form.mails_at_filers_address() { "filer" } else { person };
        let physical_country = physical.and_then(|a| answer(&a.country));
        let path = match physical_country {
            Some(_) => format!("{person}.physicalAddress.country"),
            None => format!("{mailing_of}.mailingAddress.country"),
        };
        if let Some(country) = physical_country.or(answer(&mailing.country)).filter(|c| !is_us_country(c)) {
            out.push(Finding::new(Code::ReparoleInUs, &path, Args::Typed(country.into())));
        }
    }

    if reparole && !behalf {
        if let (Some(item_12), Some(item_14)) = (date(&app.current_parole_expires), date(&form.filer.i94_expires)) {
            if item_12 != item_14 {
                out.push(Finding::new(Code::ReparoleI94Matches, "filer.i94Expires", Args::On(item_12)));
            }
        }
    }

    // Part 10, Item 4. On a request for someone else the filer signs, never the person to be
    // paroled. On one's own request the filer signs, or a parent or guardian for a filer under 14
    // (8 CFR 103.2(a)(2)). Roles name the signer's relation to the person to be paroled.
    if let Some(role) = form.signature.signer_role {
        let signer = "signature.signerRole";
        if behalf {
            if role == SignerRole::Myself {
                out.push(Finding::new(Code::SignerIsBeneficiary, signer, Args::None));
            }
        } else {
            let filer_age = date(&form.filer.date_of_birth).filter(|born| *born <= today).map(|born| age(born, today));
            match (role, filer_age) {
                (SignerRole::Myself, Some(years)) if years < 14 => {
                    out.push(Finding::new(Code::SignerUnder14, signer, Args::Age(years)));
                }
                (SignerRole::Parent | SignerRole::LegalGuardian, Some(years)) if years >= 14 => {
                    out.push(Finding::new(Code::SignerMustBeFiler, signer, Args::Age(years)));
                }
                (SignerRole::OtherRequester, _) => out.push(Finding::new(Code::SignerMustBeFiler, signer, Args::None)),
                _ => {}
            }
        }
    }

    for path in ["filer.dateOfBirth", "beneficiary.dateOfBirth"] {
        let value = if path.starts_with("filer") { &form.filer.date_of_birth } else { &form.beneficiary.date_of_birth };
        let Some(born) = date(value) else { continue };
        if born > today {
            out.push(Finding::new(Code::BirthDateFuture, path, Args::On(born)));
        } else if age(born, today) > 120 {
            out.push(Finding::new(Code::BirthDateTooOld, path, Args::Age(age(born, today))));
        }
    }

    let stay = &form.reason.length_of_stay;
    let value = answer(&stay.value).and_then(whole_number);
    if let (Some(value), Some(unit), Some(max_years)) = (value, stay.unit, app.program.and_then(|p| usual_maximum_years(p, reparole))) {
        let days_per_unit: u64 = match unit {
            StayUnit::Days => 1,
            StayUnit::Weeks => 7,
            StayUnit::Months => 30,
            StayUnit::Years => 365,
        };
        if value.saturating_mul(days_per_unit) > u64::from(max_years) * 365 {
            out.push(Finding::new(Code::StayOverMaximum, "reason.lengthOfStay.value", Args::Stay { max_years }));
        }
    }

    if initial {
        if let Some(arrival) = date(&form.reason.expected_arrival).filter(|d| *d <= today) {
            out.push(Finding::new(Code::ArrivalNotFuture, "reason.expectedArrival", Args::On(arrival)));
        }
    }

    for (path, value) in [
        ("signature.date", &form.signature.date),
        ("interpreter.signatureDate", &form.interpreter.signature_date),
        ("preparer.signatureDate", &form.preparer.signature_date),
    ] {
        if let Some(signed) = date(value).filter(|d| *d > today) {
            out.push(Finding::new(Code::SignatureInFuture, path, Args::On(signed)));
        }
    }

    if reparole && app.termination_notice == Some(true) {
        out.push(Finding::new(Code::TerminationNotice, "application.terminationNotice", Args::None));
    }

    if form.removal_proceedings == Some(true) {
        out.push(Finding::new(Code::RemovalProceedings, "removalProceedings", Args::None));
    }

    if let Some(program) = form.effective_program() {
        if let Some((program_ended, parole_ended)) = ended(program) {
            let exception = program == Program::Frp && reparole && app.frp_exception == Some(true);
            // No new initial parole once the program ended; re-parole once its parole ended.
            let over = if initial { today >= program_ended } else { today > parole_ended };
            if exception {
                out.push(Finding::new(Code::FrpException, "application.frpException", Args::None));
            } else if over {
                // The box it goes in: FRP has 10.A; CHNV is written under "Other" (6.E or 10.I).
                let (path, number) = match (program, app.program) {
                    (Program::Frp, Some(Program::Frp)) => ("application.program", "10.A"),
                    (_, Some(Program::Other)) => ("application.programName", if initial { "6.E" } else { "10.I" }),
                    _ => ("application.program", "10.I"),
                };
                let mut finding = Finding::new(Code::ProgramEnded, path, Args::Ended { program, program_ended, parole_ended });
                finding.item = Some(Item { part: 1, number });
                out.push(finding);
            }
        }
        if initial && matches!(program, Program::CentralAmericanMinors | Program::MilitaryParoleInPlace) {
            out.push(Finding::new(Code::ProgramNotForType, "application.program", Args::Program(program)));
        }
    }

    if let Some(reason) = answer(&form.reason.explanation) {
        let chars = reason.chars().count();
        if chars > REASON_ROOM {
            out.push(Finding::new(Code::ReasonTooLong, "reason.explanation", Args::Count(chars)));
        }
        if looks_spanish(reason) {
            out.push(Finding::new(Code::WriteInEnglish, "reason.explanation", Args::None));
        }
    }

    for (path, names) in [("filer.otherNames", &form.filer.other_names), ("beneficiary.otherNames", &form.beneficiary.other_names)] {
        if names.len() > OTHER_NAMES_ROOM {
            out.push(Finding::new(Code::TooManyOtherNames, path, Args::Count(names.len())));
        }
    }

    if behalf {
        out.push(Finding::new(Code::OneFormPerPerson, "application.onBehalfOfSomeoneElse", Args::None));
    }

    if app.fee_waiver_requested == Some(true) && app.filing_method == Some(crate::form::FilingMethod::Online) {
        out.push(Finding::new(Code::FeeWaiverOnPaper, "application.feeWaiverRequested", Args::None));
    }
}

/// The usual longest parole under a program, in years, where a source gives one.
fn usual_maximum_years(program: Program, reparole: bool) -> Option<u32> {
    match program {
        Program::General => Some(1),
        Program::Ukraine => Some(2),
        Program::Afghan if reparole => Some(2),
        Program::Frp => Some(3),
        _ => None,
    }
}

/// When DHS ended `program`, and when parole under it ended: the window rule data holds it.
fn ended(program: Program) -> Option<(NaiveDate, NaiveDate)> {
    rules_for(Some(program)).iter().find_map(|rule| match rule.effect {
        Effect::Terminated { program_ended, parole_ended } => Some((program_ended, parole_ended)),
        _ => None,
    })
}

/// A rough guess that a text is Spanish rather than English: Part 8 must be answered in English.
fn looks_spanish(text: &str) -> bool {
    const SPANISH: [&str; 14] = ["el", "la", "los", "las", "que", "de", "para", "con", "por", "una", "es", "mi", "su", "porque"];
    const ENGLISH: [&str; 12] = ["the", "and", "to", "of", "for", "with", "is", "my", "her", "his", "because", "in"];
    // Letters are ASCII letters or anything not ASCII (ñ, á); the stop words are ASCII. No
    // allocation: this runs on every check while the person types.
    let (mut spanish, mut english) = (0, 0);
    for word in text.split(|c: char| c.is_ascii() && !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()) {
        let is = |list: &[&str]| list.iter().any(|stop| stop.eq_ignore_ascii_case(word));
        spanish += usize::from(is(&SPANISH));
        english += usize::from(is(&ENGLISH));
    }
    spanish >= 3 && spanish > english * 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spots_spanish_in_an_english_answer() {
        assert!(looks_spanish("Mi hija necesita nutrición intravenosa porque no hay tratamiento en su país."));
        assert!(!looks_spanish("My daughter needs intravenous nutrition that is not available in her country."));
        assert!(!looks_spanish("Treatment at Rady Children's Hospital in San Diego, with Dr. de la Cruz."));
        // At the thresholds: 3 Spanish words and no English is Spanish; 2 is not; Spanish must
        // outnumber English twice over.
        assert!(looks_spanish("la casa de mi madre"));
        assert!(!looks_spanish("hola mi amigo"));
        assert!(!looks_spanish("la casa de la abuela the and")); // 3 against 2: not twice over
        assert!(!looks_spanish("la de el que con por the and to")); // 6 against 3
        assert!(looks_spanish("la de el que con por para the and to")); // 7 against 3
        // English names full of Spanish words stay English when the English words are many.
        assert!(!looks_spanish("The doctors at the hospital in the city, Dr. de la Cruz and Dr. de los Santos, treat my daughter"));
    }

    #[test]
    fn programs_that_ended_come_from_the_window_rules() {
        assert_eq!(ended(Program::Chnv).map(|(_, p)| p.to_string()), Some("2025-04-24".into()));
        assert_eq!(ended(Program::Frp).map(|(_, p)| p.to_string()), Some("2026-01-14".into()));
        assert_eq!(ended(Program::Ukraine), None);
    }
}
