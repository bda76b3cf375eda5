//! Formats: dates, A-Number, USCIS Online Account Number, I-94 number, SSN, US state and ZIP code,
//! email, phone, height and weight. An empty answer is never a format problem (the required
//! rules speak about missing answers).

use crate::rules::Code;
use super::{Args, Finding};
use crate::date::parse_date;
use crate::form::{answer, Address, ParoleRequest};

/// The kinds of text the form expects, each with its rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Date,
    ANumber,
    UscisAccount,
    I94Number,
    Ssn,
    Email,
    AgencyEmail,
    Phone,
    UsState,
    ZipCode,
    /// A whole number within a range (height and weight), or just a positive one.
    Number { min: u64, max: u64, body: bool },
}

/// Which format a question's answer has, by its path.
fn format_of(path: &str) -> Option<Format> {
    let last = path.rsplit('.').next().unwrap_or(path);
    Some(match last {
        "currentParoleExpires" | "dateOfBirth" | "i94Expires" | "expectedArrival" | "date" | "signatureDate" => Format::Date,
        "aNumber" => Format::ANumber,
        "uscisOnlineAccountNumber" => Format::UscisAccount,
        "i94Number" => Format::I94Number,
        "ssn" => Format::Ssn,
        "email" => Format::Email,
        "agencyEmail" => Format::AgencyEmail,
        "daytimePhone" | "mobilePhone" => Format::Phone,
        "state" => Format::UsState,
        "zipCode" => Format::ZipCode,
        "heightFeet" => Format::Number { min: 0, max: 8, body: true },
        "heightInches" => Format::Number { min: 0, max: 11, body: true },
        "weightPounds" => Format::Number { min: 1, max: 999, body: true },
        "value" => Format::Number { min: 1, max: u64::MAX, body: false },
        _ => return None,
    })
}

/// What is wrong with `text` as an answer of this format, if anything.
fn problem(format: Format, text: &str) -> Option<(Code, Args)> {
    let typed = || Args::Typed(text.to_string());
    let valid = |ok: bool, code| (!ok).then(|| (code, typed()));
    match format {
        Format::Date => parse_date(text).err().map(|e| (Code::FormatDate, Args::Date(e))),
        // What cannot be written in the form's boxes is an error; a doubt about a pattern that
        // fits them is a warning.
        Format::ANumber if a_number_chars(text) > 9 => Some((Code::BoxANumber, typed())),
        Format::ANumber => valid(is_a_number(text), Code::FormatANumber),
        Format::UscisAccount => valid(is_uscis_account(text), Code::FormatUscisAccount),
        Format::I94Number if id_chars(text) != 11 => Some((Code::BoxI94Number, typed())),
        Format::I94Number => valid(is_i94_number(text), Code::FormatI94Number),
        Format::Ssn => valid(is_ssn(text), Code::FormatSsn),
        Format::Email if !has_at_and_domain(text) => Some((Code::BoxEmail, typed())),
        Format::Email => valid(is_email(text), Code::FormatEmail),
        Format::AgencyEmail => valid(is_agency_email(text), Code::FormatAgencyEmail),
        Format::Phone => valid(is_phone(text), Code::FormatPhone),
        Format::UsState => valid(US_STATES.contains(&text.trim().to_ascii_uppercase().as_str()), Code::FormatUsState),
        Format::ZipCode => valid(is_zip(text), Code::FormatZipCode),
        Format::Number { min, max, body } => match whole_number(text) {
            None | Some(0) if !body => Some((Code::FormatWholeNumber, typed())),
            None => Some((Code::FormatWholeNumber, typed())),
            Some(n) if !(min..=max).contains(&n) => Some((Code::FormatBody, typed())),
            Some(_) => None,
        },
    }
}

/// The format problem of one answer, alone: for checks while a person types. Rules that need
/// other answers (a state only for a US address, a date in the future) wait for the full check.
pub fn check_text(path: &str, text: &str) -> Option<Finding> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    let (code, args) = problem(format_of(path)?, text)?;
    Some(Finding::new(code, path, args))
}

pub(super) fn check(form: &ParoleRequest, out: &mut Vec<Finding>) {
    let f = form;
    let answers: [(&str, &Option<String>); 24] = [
        ("application.currentParoleExpires", &f.application.current_parole_expires),
        ("application.agencyEmail", &f.application.agency_email),
        ("filer.aNumber", &f.filer.a_number),
        ("filer.dateOfBirth", &f.filer.date_of_birth),
        ("filer.ssn", &f.filer.ssn),
        ("filer.uscisOnlineAccountNumber", &f.filer.uscis_online_account_number),
        ("filer.i94Number", &f.filer.i94_number),
        ("filer.i94Expires", &f.filer.i94_expires),
        ("beneficiary.dateOfBirth", &f.beneficiary.date_of_birth),
        ("beneficiary.daytimePhone", &f.beneficiary.daytime_phone),
        ("beneficiary.email", &f.beneficiary.email),
        ("beneficiary.aNumber", &f.beneficiary.a_number),
        ("beneficiary.i94Number", &f.beneficiary.i94_number),
        ("biographics.heightFeet", &f.biographics.height_feet),
        ("biographics.heightInches", &f.biographics.height_inches),
        ("biographics.weightPounds", &f.biographics.weight_pounds),
        ("reason.lengthOfStay.value", &f.reason.length_of_stay.value),
        ("reason.expectedArrival", &f.reason.expected_arrival),
        ("contact.daytimePhone", &f.contact.daytime_phone),
        ("contact.mobilePhone", &f.contact.mobile_phone),
        ("contact.email", &f.contact.email),
        ("signature.date", &f.signature.date),
        ("interpreter.signatureDate", &f.interpreter.signature_date),
        ("preparer.signatureDate", &f.preparer.signature_date),
    ];
    let helpers = [
        ("interpreter.email", &f.interpreter.email),
        ("interpreter.daytimePhone", &f.interpreter.daytime_phone),
        ("preparer.email", &f.preparer.email),
        ("preparer.daytimePhone", &f.preparer.daytime_phone),
    ];
    for (path, value) in answers.into_iter().chain(helpers) {
        if let Some(finding) = answer(value).and_then(|text| check_text(path, text)) {
            out.push(finding);
        }
    }
    // A US address needs a state and a ZIP code: here an empty answer is a problem too.
    for (prefix, address) in [
        ("filer.mailingAddress", Some(&f.filer.mailing_address)),
        ("filer.physicalAddress", f.filer.physical_address.as_ref()),
        ("beneficiary.mailingAddress", Some(&f.beneficiary.mailing_address)),
        ("beneficiary.physicalAddress", f.beneficiary.physical_address.as_ref()),
    ] {
        let Some(address) = address.filter(|a| is_us(a)) else { continue };
        for (name, value, format) in [("state", &address.state, Format::UsState), ("zipCode", &address.zip_code, Format::ZipCode)] {
            let text = answer(value).unwrap_or_default();
            if let Some((code, args)) = problem(format, text) {
                out.push(Finding::new(code, &format!("{prefix}.{name}"), args));
            }
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
fn digits(text: &str) -> Option<usize> {
    let mut count = 0;
    for b in text.bytes().filter(|b| !matches!(b, b' ' | b'-')) {
        if !b.is_ascii_digit() {
            return None;
        }
        count += 1;
    }
    Some(count)
}

/// The characters of an A-Number that go into the form's 9 boxes: all but a leading "A" and the
/// spaces and dashes.
fn a_number_chars(text: &str) -> usize {
    id_chars(text.trim().trim_start_matches(['A', 'a']))
}

/// The characters of an identifier, without spaces and dashes.
fn id_chars(text: &str) -> usize {
    text.chars().filter(|c| !matches!(c, ' ' | '-')).count()
}

/// Something, an @, and a domain after it: the least an email address needs.
fn has_at_and_domain(text: &str) -> bool {
    text.trim().split_once('@').is_some_and(|(local, domain)| !local.is_empty() && !domain.trim().is_empty())
}

/// "A" (optional) and 7 to 9 digits.
pub fn is_a_number(text: &str) -> bool {
    let rest = text.trim().trim_start_matches(['A', 'a']).trim_start_matches(['-', ' ']);
    digits(rest).is_some_and(|n| (7..=9).contains(&n))
}

/// 12 digits.
pub fn is_uscis_account(text: &str) -> bool {
    digits(text).is_some_and(|n| n == 12)
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
    if digits(text) != Some(9) {
        return false;
    }
    let d: String = text.chars().filter(char::is_ascii_digit).collect();
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

/// 5 digits: the form's ZIP box holds 5 (a ZIP+4 cannot be written there).
pub fn is_zip(text: &str) -> bool {
    let b = text.trim().as_bytes();
    b.len() == 5 && b.iter().all(u8::is_ascii_digit)
}

/// Whether an address is in the United States, by its country (Spanish names too).
pub fn is_us(address: &Address) -> bool {
    answer(&address.country).is_some_and(is_us_country)
}

/// "United States", "USA", "US", "Estados Unidos", "EE. UU." and the like.
pub fn is_us_country(country: &str) -> bool {
    let key: String = country.chars().filter(|c| c.is_ascii_alphanumeric() || !c.is_ascii()).collect::<String>().to_ascii_lowercase();
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
    fn what_the_boxes_cannot_hold_is_an_error_and_a_doubt_that_fits_is_a_warning() {
        let code = |path: &str, text: &str| check_text(path, text).map(|f| f.code);
        assert_eq!(code("filer.aNumber", "A123456789"), None, "9 digits fill the 9 boxes");
        assert_eq!(code("filer.aNumber", "A1234567890"), Some(Code::BoxANumber), "10 digits do not fit");
        assert_eq!(code("filer.aNumber", "a-123-456-7890"), Some(Code::BoxANumber));
        assert_eq!(code("filer.aNumber", "A123456"), Some(Code::FormatANumber), "6 digits fit: a doubt");
        assert_eq!(code("filer.uscisOnlineAccountNumber", "123456789012"), None);
        assert_eq!(code("filer.uscisOnlineAccountNumber", "12345678901"), Some(Code::FormatUscisAccount));
        assert_eq!(code("filer.uscisOnlineAccountNumber", "1234567890123"), Some(Code::FormatUscisAccount));
        assert_eq!(code("filer.i94Number", "123456789A1"), None);
        assert_eq!(code("filer.i94Number", "1234567890"), Some(Code::BoxI94Number), "10 characters");
        assert_eq!(code("filer.i94Number", "123456789A12"), Some(Code::BoxI94Number), "12 characters");
        assert_eq!(code("filer.i94Number", "ABCDEFGHIJK"), Some(Code::FormatI94Number), "11 letters fit: a doubt");
        assert_eq!(code("contact.email", "ana.perez"), Some(Code::BoxEmail), "no @");
        assert_eq!(code("contact.email", "ana@"), Some(Code::BoxEmail), "no domain");
        assert_eq!(code("contact.email", "@example.org"), Some(Code::BoxEmail), "nobody before the @");
        assert_eq!(code("contact.email", "ana@example"), Some(Code::FormatEmail), "a domain without a dot: a doubt");
        assert_eq!(code("filer.mailingAddress.zipCode", "92101"), None);
        assert_eq!(code("filer.mailingAddress.zipCode", "92101-1234"), Some(Code::FormatZipCode), "ZIP+4 does not fit the box");
        assert_eq!(code("filer.mailingAddress.zipCode", "9210"), Some(Code::FormatZipCode));
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
        assert!(is_zip("92101") && is_zip(" 92101 "));
        assert!(!is_zip("9210") && !is_zip("92101-1234") && !is_zip("921011") && !is_zip("ABCDE"));
        assert!(is_us_country("United States") && is_us_country("EE. UU.") && is_us_country("U.S.A."));
        assert!(!is_us_country("México") && !is_us_country("Australia"));
    }
}

#[cfg(test)]
mod field_tests {
    use super::*;

    #[test]
    fn one_answer_alone_gets_the_same_finding_as_in_the_full_check() {
        assert_eq!(check_text("filer.aNumber", "A12").map(|f| f.code), Some(Code::FormatANumber));
        assert_eq!(check_text("beneficiary.dateOfBirth", "2022-02-30").map(|f| f.code), Some(Code::FormatDate));
        assert_eq!(check_text("biographics.heightInches", "12").map(|f| f.code), Some(Code::FormatBody));
        assert_eq!(check_text("biographics.weightPounds", "33 lb").map(|f| f.code), Some(Code::FormatWholeNumber));
        assert_eq!(check_text("contact.email", "ana@example.org"), None);
        assert_eq!(check_text("filer.name.familyName", "Luna"), None, "no format for names");
        assert_eq!(check_text("filer.ssn", "  "), None, "empty is for the required rules");
    }
}
