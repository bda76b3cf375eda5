//! Formats: dates, A-Number, USCIS Online Account Number, I-94 number, SSN, US state and ZIP code,
//! email, phone, height and weight. An empty answer is never a format problem (the required
//! rules speak about missing answers).

use super::pack::Code;
use super::{Args, Finding};
use crate::date::parse_date;
use crate::form::{answer, Address, ParoleRequest};

pub(super) fn check(form: &ParoleRequest, out: &mut Vec<Finding>) {
    let f = form;
    for (path, value) in [
        ("application.currentParoleExpires", &f.application.current_parole_expires),
        ("filer.dateOfBirth", &f.filer.date_of_birth),
        ("filer.i94Expires", &f.filer.i94_expires),
        ("beneficiary.dateOfBirth", &f.beneficiary.date_of_birth),
        ("reason.expectedArrival", &f.reason.expected_arrival),
        ("signature.date", &f.signature.date),
        ("interpreter.signatureDate", &f.interpreter.signature_date),
        ("preparer.signatureDate", &f.preparer.signature_date),
    ] {
        if let Some(text) = answer(value) {
            if let Err(error) = parse_date(text) {
                out.push(Finding::new(Code::FormatDate, path, Args::Date(error)));
            }
        }
    }

    let mut typed = |code, path, value: &Option<String>, valid: fn(&str) -> bool| {
        if let Some(text) = answer(value) {
            if !valid(text) {
                out.push(Finding::new(code, path, Args::Typed(text.to_string())));
            }
        }
    };
    typed(Code::FormatANumber, "filer.aNumber", &f.filer.a_number, is_a_number);
    typed(Code::FormatANumber, "beneficiary.aNumber", &f.beneficiary.a_number, is_a_number);
    typed(Code::FormatUscisAccount, "filer.uscisOnlineAccountNumber", &f.filer.uscis_online_account_number, is_uscis_account);
    typed(Code::FormatI94Number, "filer.i94Number", &f.filer.i94_number, is_i94_number);
    typed(Code::FormatI94Number, "beneficiary.i94Number", &f.beneficiary.i94_number, is_i94_number);
    typed(Code::FormatSsn, "filer.ssn", &f.filer.ssn, is_ssn);
    for (path, value) in [
        ("contact.email", &f.contact.email),
        ("beneficiary.email", &f.beneficiary.email),
        ("interpreter.email", &f.interpreter.email),
        ("preparer.email", &f.preparer.email),
    ] {
        typed(Code::FormatEmail, path, value, is_email);
    }
    typed(Code::FormatAgencyEmail, "application.agencyEmail", &f.application.agency_email, is_agency_email);
    for (path, value) in [
        ("contact.daytimePhone", &f.contact.daytime_phone),
        ("contact.mobilePhone", &f.contact.mobile_phone),
        ("beneficiary.daytimePhone", &f.beneficiary.daytime_phone),
        ("interpreter.daytimePhone", &f.interpreter.daytime_phone),
        ("preparer.daytimePhone", &f.preparer.daytime_phone),
    ] {
        typed(Code::FormatPhone, path, value, is_phone);
    }

    for (prefix, address) in [
        ("filer.mailingAddress", Some(&f.filer.mailing_address)),
        ("filer.physicalAddress", f.filer.physical_address.as_ref()),
        ("beneficiary.mailingAddress", Some(&f.beneficiary.mailing_address)),
        ("beneficiary.physicalAddress", f.beneficiary.physical_address.as_ref()),
    ] {
        let Some(address) = address.filter(|a| is_us(a)) else { continue };
        let state = answer(&address.state).unwrap_or_default();
        if !US_STATES.contains(&state.to_ascii_uppercase().as_str()) {
            out.push(Finding::new(Code::FormatUsState, &format!("{prefix}.state"), Args::Typed(state.into())));
        }
        let zip = answer(&address.zip_code).unwrap_or_default();
        if !is_zip(zip) {
            out.push(Finding::new(Code::FormatZipCode, &format!("{prefix}.zipCode"), Args::Typed(zip.into())));
        }
    }

    let body = &f.biographics;
    for (path, value, range) in [
        ("biographics.heightFeet", &body.height_feet, 0..=8),
        ("biographics.heightInches", &body.height_inches, 0..=11),
        ("biographics.weightPounds", &body.weight_pounds, 1..=999),
        ("reason.lengthOfStay.value", &f.reason.length_of_stay.value, 1..=u64::MAX),
    ] {
        let Some(text) = answer(value) else { continue };
        match whole_number(text) {
            None => out.push(Finding::new(Code::FormatWholeNumber, path, Args::Typed(text.into()))),
            Some(n) if !range.contains(&n) && path.starts_with("biographics") => {
                out.push(Finding::new(Code::FormatBody, path, Args::Typed(text.into())));
            }
            Some(0) => out.push(Finding::new(Code::FormatWholeNumber, path, Args::Typed(text.into()))),
            Some(_) => {}
        }
    }
}

/// A whole number written with digits only (spaces around are fine), saturating when huge.
pub fn whole_number(text: &str) -> Option<u64> {
    let text = text.trim();
    (!text.is_empty() && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.bytes().fold(0u64, |n, b| n.saturating_mul(10).saturating_add(u64::from(b - b'0'))))
}

/// Digits of `text`, ignoring spaces and dashes; `None` if anything else is in it.
fn digits(text: &str) -> Option<String> {
    let kept: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    kept.chars().all(|c| c.is_ascii_digit()).then_some(kept)
}

/// "A" (optional) and 7 to 9 digits.
pub fn is_a_number(text: &str) -> bool {
    let rest = text.trim().trim_start_matches(['A', 'a']).trim_start_matches(['-', ' ']);
    digits(rest).is_some_and(|d| (7..=9).contains(&d.len()))
}

/// 12 digits.
pub fn is_uscis_account(text: &str) -> bool {
    digits(text).is_some_and(|d| d.len() == 12)
}

/// 11 digits, or 9 digits, a letter and a digit (since May 2019).
pub fn is_i94_number(text: &str) -> bool {
    let b: Vec<u8> = text.bytes().filter(|b| !matches!(b, b' ' | b'-')).collect();
    b.len() == 11
        && b[..9].iter().all(u8::is_ascii_digit)
        && (b[9].is_ascii_digit() || b[9].is_ascii_alphabetic())
        && b[10].is_ascii_digit()
}

/// 9 digits, not in an area, group or serial the SSA never issues.
pub fn is_ssn(text: &str) -> bool {
    let Some(d) = digits(text).filter(|d| d.len() == 9) else { return false };
    let (area, group, serial) = (&d[..3], &d[3..5], &d[5..]);
    area != "000" && area != "666" && !area.starts_with('9') && group != "00" && serial != "0000"
}

/// name@domain.tld, without spaces.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    !local.is_empty()
        && !text.contains(char::is_whitespace)
        && !domain.contains('@')
        && domain.split('.').count() >= 2
        && domain.split('.').all(|part| !part.is_empty())
}

/// An email at a .gov or .mil domain.
pub fn is_agency_email(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    is_email(text) && (lower.ends_with(".gov") || lower.ends_with(".mil"))
}

/// 10 digits (a US number, an optional leading 1), or + and 8 to 15 digits for a number abroad.
/// Spaces, dashes, dots and parentheses are allowed.
pub fn is_phone(text: &str) -> bool {
    let text = text.trim();
    let international = text.starts_with('+');
    let rest = text.trim_start_matches('+');
    if !rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '(' | ')')) {
        return false;
    }
    let count = rest.chars().filter(char::is_ascii_digit).count();
    if international { (8..=15).contains(&count) } else { count == 10 || (count == 11 && rest.trim_start().starts_with('1')) }
}

/// 5 digits, or 5 and 4 (ZIP+4).
pub fn is_zip(text: &str) -> bool {
    let b = text.trim().as_bytes();
    let five = |s: &[u8]| s.len() == 5 && s.iter().all(u8::is_ascii_digit);
    five(b) || (b.len() == 10 && five(&b[..5]) && b[5] == b'-' && b[6..].iter().all(u8::is_ascii_digit))
}

/// Whether an address is in the United States, by its country (Spanish names too).
pub fn is_us(address: &Address) -> bool {
    answer(&address.country).is_some_and(is_us_country)
}

/// "United States", "USA", "US", "Estados Unidos", "EE. UU." and the like.
pub fn is_us_country(country: &str) -> bool {
    let key: String = country.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    matches!(
        key.as_str(),
        "us" | "usa" | "unitedstates" | "unitedstatesofamerica" | "estadosunidos" | "estadosunidosdeamerica"
            | "estadosunidosdeamérica" | "eeuu"
    )
}

/// USPS codes of the states, DC, the territories and the military "states".
const US_STATES: [&str; 59] = [
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA",
    "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK",
    "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI",
    "AS", "MP", "AA", "AE", "AP",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numbers() {
        for ok in ["A123456789", "A-12345678", "a 1234567", "123456789", "A 123-456-789"] {
            assert!(is_a_number(ok), "{ok}");
        }
        for bad in ["A123456", "A1234567890", "B12345678", "A12345678X", ""] {
            assert!(!is_a_number(bad), "{bad}");
        }
    }

    #[test]
    fn i94_numbers() {
        for ok in ["123456789A1", "12345678901", "123456789 A1"] {
            assert!(is_i94_number(ok), "{ok}");
        }
        for bad in ["123456789AA", "1234567890", "A2345678901", "123456789A12"] {
            assert!(!is_i94_number(bad), "{bad}");
        }
    }

    #[test]
    fn ssns_never_issued_are_refused() {
        assert!(is_ssn("123-45-6789"));
        for bad in ["000-12-3456", "666-12-3456", "912-34-5678", "123-00-4567", "123-45-0000", "12345678", "12a456789"] {
            assert!(!is_ssn(bad), "{bad}");
        }
    }

    #[test]
    fn emails_phones_zips_states() {
        assert!(is_email("ana.perez@example.org"));
        for bad in ["ana", "ana@", "@example.org", "ana@example", "ana perez@example.org", "a@b@c.org", "a@b..org"] {
            assert!(!is_email(bad), "{bad}");
        }
        assert!(is_agency_email("officer@state.gov") && is_agency_email("x@army.MIL"));
        assert!(!is_agency_email("officer@gmail.com"));
        for ok in ["(619) 555-0134", "619.555.0134", "1 619 555 0134", "+52 55 1234 5678"] {
            assert!(is_phone(ok), "{ok}");
        }
        for bad in ["555-0134", "+52 12", "619-555-013x", "2 619 555 0134"] {
            assert!(!is_phone(bad), "{bad}");
        }
        assert!(is_zip("92101") && is_zip("92101-1234"));
        assert!(!is_zip("9210") && !is_zip("92101-12") && !is_zip("ABCDE"));
        assert!(is_us_country("United States") && is_us_country("EE. UU.") && is_us_country("U.S.A."));
        assert!(!is_us_country("México") && !is_us_country("Australia"));
    }
}
