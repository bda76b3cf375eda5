//! The formats the form's answers must have: dates, A-Number, USCIS Online Account Number, I-94
//! number, SSN, US state and ZIP code, email, phone, whole numbers. An empty answer is never a
//! format problem (the required rules speak about missing answers).
//!
//! ```
//! use parole_helper::form::catalogue::Format;
//! use parole_helper::rules::Code;
//!
//! assert_eq!(Format::ANumber.problem("A12").map(|p| p.code), Some(Code::FormatANumber));
//! assert_eq!(Format::ANumber.problem("A1234567890").map(|p| p.code), Some(Code::BoxANumber)); // 10 digits: 9 boxes
//! assert_eq!(Format::ANumber.problem("A123456789"), None);
//! ```

use crate::date::{parse_date, DateError};
use crate::rules::Code;

/// The kinds of text the form expects, each with its rule ([`Format::problem`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `YYYY-MM-DD`.
    Date,
    /// "A" and 7 to 9 digits.
    ANumber,
    /// 12 digits.
    UscisAccount,
    /// 11 characters.
    I94Number,
    /// 9 digits, as the SSA issues them.
    Ssn,
    /// name@domain.tld.
    Email,
    /// An email at a .gov or .mil domain.
    AgencyEmail,
    /// A US or international phone number.
    Phone,
    /// A USPS state code.
    UsState,
    /// 5 digits.
    ZipCode,
    /// A whole number from `min` to `max`; `body` for height and weight (their own message).
    Number {
        /// The least.
        min: u64,
        /// The most.
        max: u64,
        /// Height or weight.
        body: bool,
    },
}

impl Format {
    /// The HTML `inputmode` of an answer of this format: the keyboard a phone shows for it.
    /// Digits only where the format takes digits only (spaces and dashes aside); an A-Number
    /// starts with "A" and an I-94 number may hold a letter, so they keep the full keyboard.
    pub fn input_mode(self) -> Option<&'static str> {
        match self {
            Format::Date | Format::UscisAccount | Format::Ssn | Format::ZipCode | Format::Number { .. } => Some("numeric"),
            Format::Phone => Some("tel"),
            Format::Email | Format::AgencyEmail => Some("email"),
            Format::ANumber | Format::I94Number | Format::UsState => None,
        }
    }
}

/// What is wrong with an answer: the rule it breaks, and, for a date, how.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatProblem {
    /// The rule.
    pub code: Code,
    /// What is wrong with a date.
    pub date: Option<DateError>,
}

impl Format {
    /// What is wrong with `text` as an answer of this format, if anything. An empty answer is a
    /// problem only where the format says so (a US address's state and ZIP code).
    pub fn problem(self, text: &str) -> Option<FormatProblem> {
        let text = text.trim();
        let fails = |ok: bool, code| (!ok).then_some(FormatProblem { code, date: None });
        match self {
            Format::Date => parse_date(text).err().map(|e| FormatProblem { code: Code::FormatDate, date: Some(e) }),
            // What cannot be written in the form's boxes is an error; a doubt about a pattern that
            // fits them is a warning.
            Format::ANumber if a_number_chars(text) > 9 => fails(false, Code::BoxANumber),
            Format::ANumber => fails(is_a_number(text), Code::FormatANumber),
            Format::UscisAccount => fails(is_uscis_account(text), Code::FormatUscisAccount),
            Format::I94Number if id_chars(text) != 11 => fails(false, Code::BoxI94Number),
            Format::I94Number => fails(is_i94_number(text), Code::FormatI94Number),
            Format::Ssn => fails(is_ssn(text), Code::FormatSsn),
            Format::Email if !has_at_and_domain(text) => fails(false, Code::BoxEmail),
            Format::Email => fails(is_email(text), Code::FormatEmail),
            Format::AgencyEmail => fails(is_agency_email(text), Code::FormatAgencyEmail),
            Format::Phone => fails(is_phone(text), Code::FormatPhone),
            Format::UsState => fails(super::places::US_STATES.iter().any(|(code, _)| code.eq_ignore_ascii_case(text)), Code::FormatUsState),
            Format::ZipCode => fails(is_zip(text), Code::FormatZipCode),
            Format::Number { min, max, body } => match whole_number(text) {
                None => fails(false, Code::FormatWholeNumber),
                Some(0) if !body => fails(false, Code::FormatWholeNumber),
                Some(n) if !(min..=max).contains(&n) => fails(false, Code::FormatBody),
                Some(_) => None,
            },
        }
    }
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

/// "United States", "USA", "US", "Estados Unidos", "EE. UU." and the like.
pub fn is_us_country(country: &str) -> bool {
    let key: String = country.chars().filter(|c| c.is_ascii_alphanumeric() || !c.is_ascii()).collect::<String>().to_ascii_lowercase();
    matches!(
        key.as_str(),
        "us" | "usa" | "unitedstates" | "unitedstatesofamerica" | "estadosunidos" | "estadosunidosdeamerica"
            | "estadosunidosdeamérica" | "eeuu"
    )
        // Another script ("США", "Сполучені Штати"): the language files' names and spellings.
        // Only then, since this is asked of every address on every change.
        || (!key.is_ascii() && super::places::english_country(country) == Some("United States"))
}

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
        assert!(is_zip("92101") && is_zip(" 92101 "));
        assert!(!is_zip("9210") && !is_zip("92101-1234") && !is_zip("921011") && !is_zip("ABCDE"));
        assert!(is_us_country("United States") && is_us_country("EE. UU.") && is_us_country("U.S.A."));
        assert!(!is_us_country("México") && !is_us_country("Australia"));
        // Ukrainian, from its file's name and other spellings (natively every file is there).
        assert!(is_us_country("США") && is_us_country("Сполучені Штати"));
        assert!(!is_us_country("Україна") && !is_us_country("Мексика"));
    }
}

