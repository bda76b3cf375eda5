//! How an answer is written in the form's boxes: dates as `mm/dd/yyyy`, identifiers as the digits
//! their boxes take, a unit split into its check box and number, a consulate into city and
//! country, a length of stay as English words.

use crate::date::parse_date;
use crate::form::catalogue::{Format, Kind, Question};
use crate::form::formats::{is_phone, whole_number};
use crate::form::StayUnit;

/// The text a question's answer takes in its text box: `None` when the box cannot take it as
/// it is (then it goes to Part 13 as typed).
pub fn box_text(question: &Question, text: &str) -> Option<String> {
    let text = text.trim();
    let written = match question.format() {
        Some(Format::Date) => parse_date(text).map_or_else(|_| text.to_string(), |d| d.format("%m/%d/%Y").to_string()),
        Some(Format::ANumber) => a_number_digits(text).unwrap_or_else(|| text.to_string()),
        Some(Format::Ssn | Format::UscisAccount) => id_digits(text).unwrap_or_else(|| text.to_string()),
        Some(Format::I94Number) => text.chars().filter(|c| !matches!(c, ' ' | '-')).collect::<String>().to_ascii_uppercase(),
        Some(Format::Phone) => us_phone_digits(text).unwrap_or_else(|| text.to_string()),
        Some(Format::UsState) => text.to_ascii_uppercase(),
        _ if question.kind == Kind::LongText => text.to_string(),
        // A one-line box: line breaks become spaces.
        _ => text.split_whitespace().collect::<Vec<_>>().join(" "),
    };
    (!written.is_empty()).then_some(written)
}

/// The value a list box takes for `text`, if it offers one: a state in capitals, a number
/// without leading zeros.
pub fn list_value(options: &[&str], text: &str) -> Option<String> {
    let text = text.trim();
    let value = whole_number(text).map_or_else(|| text.to_ascii_uppercase(), |n| n.to_string());
    options.contains(&value.as_str()).then_some(value)
}

/// The 9 digits of an A-Number (7 or 8 digits get leading zeros, as USCIS writes them).
pub fn a_number_digits(text: &str) -> Option<String> {
    let rest = text.trim().trim_start_matches(['A', 'a']);
    let digits = id_digits(rest)?;
    (7..=9).contains(&digits.len()).then(|| format!("{digits:0>9}"))
}

/// The digits of an identifier written with spaces and dashes; `None` if anything else is in it.
fn id_digits(text: &str) -> Option<String> {
    let kept: String = text.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    (!kept.is_empty() && kept.bytes().all(|b| b.is_ascii_digit())).then_some(kept)
}

/// The 10 digits of a US phone number (a leading 1 dropped); `None` for a number abroad, which
/// the 10-digit boxes cannot hold.
fn us_phone_digits(text: &str) -> Option<String> {
    if !is_phone(text) || text.trim().starts_with('+') {
        return None;
    }
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    Some(digits.strip_prefix('1').filter(|_| digits.len() == 11).unwrap_or(&digits).to_string())
}

/// A whole number right-aligned in `boxes` one-digit boxes, padded with zeros ("35" in 3 boxes:
/// "035"); `None` when it is not a whole number or has more digits than boxes.
pub fn digits(text: &str, boxes: usize) -> Option<String> {
    let n = whole_number(text)?.to_string();
    (n.len() <= boxes).then(|| format!("{n:0>boxes$}"))
}

/// The check box an address's unit answer ticks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnitBox {
    /// Apt.
    Apt,
    /// Ste.
    Ste,
    /// Flr.
    Flr,
}

/// Splits a unit answer into its check box and its number ("Apt 12" → Apt, "12"; "3rd Floor" →
/// Flr, "3"; "4B" → Apt, "4B"). `None` when it names none of the three or the number is longer
/// than the 6-character box: then the answer goes to Part 13 whole.
///
/// ```
/// use parole_helper::filing::{split_unit, UnitBox};
///
/// assert_eq!(split_unit("Suite 200"), Some((UnitBox::Ste, "200".to_string())));
/// assert_eq!(split_unit("#4B"), Some((UnitBox::Apt, "4B".to_string())));
/// assert_eq!(split_unit("Depto. 7"), Some((UnitBox::Apt, "7".to_string()))); // Spanish words too
/// assert_eq!(split_unit("Unit 5"), None);
/// ```
pub fn split_unit(text: &str) -> Option<(UnitBox, String)> {
    const WORDS: [(&str, UnitBox); 16] = [
        ("apartment", UnitBox::Apt), ("departamento", UnitBox::Apt), ("apt", UnitBox::Apt), ("depto", UnitBox::Apt),
        ("dpto", UnitBox::Apt), ("interior", UnitBox::Apt), ("int", UnitBox::Apt), ("#", UnitBox::Apt),
        ("suite", UnitBox::Ste), ("ste", UnitBox::Ste), ("oficina", UnitBox::Ste), ("of", UnitBox::Ste),
        ("local", UnitBox::Ste), ("floor", UnitBox::Flr), ("flr", UnitBox::Flr), ("piso", UnitBox::Flr),
    ];
    let text = text.trim();
    // ASCII-only comparison: slicing the answer where a lower-cased copy matched could cut a
    // character in two.
    let after = |word: &str| text.get(..word.len()).filter(|p| p.eq_ignore_ascii_case(word)).and_then(|_| text.get(word.len()..));
    let number = |rest: &str| {
        let rest = rest.trim().trim_start_matches(['.', ':', '#', ' ']).trim();
        let rest = after_no(rest);
        (!rest.is_empty() && rest.chars().count() <= 6 && rest.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
            .then(|| rest.to_string())
    };
    for (word, which) in WORDS {
        if let Some(rest) = after(word) {
            // A whole word: "Interior 3", not "Internacional".
            if word != "#" && rest.starts_with(|c: char| c.is_alphabetic()) {
                continue;
            }
            return number(rest).map(|n| (which, n));
        }
    }
    // "Fl 2", "3rd Floor", "2nd Fl".
    if let Some(rest) = after("fl") {
        if !rest.starts_with(|c: char| c.is_alphabetic()) {
            return number(rest).map(|n| (UnitBox::Flr, n));
        }
    }
    let lower = text.to_ascii_lowercase();
    for suffix in [" floor", " flr", " fl", " fl."] {
        if let Some(ordinal) = lower.strip_suffix(suffix) {
            let digits: String = ordinal.chars().take_while(char::is_ascii_digit).collect();
            let tail = &ordinal[digits.len()..];
            if !digits.is_empty() && ["st", "nd", "rd", "th", ""].contains(&tail) {
                return number(&digits).map(|n| (UnitBox::Flr, n));
            }
        }
    }
    // Digits, perhaps with letters after them: an apartment.
    if text.starts_with(|c: char| c.is_ascii_digit()) {
        return number(text).map(|n| (UnitBox::Apt, n));
    }
    None
}

/// "No. 9" → "9".
fn after_no(text: &str) -> &str {
    text.get(..3).filter(|p| p.eq_ignore_ascii_case("no.")).and_then(|_| text.get(3..)).map_or(text, str::trim)
}

/// Splits "City, Country" at the last comma; with no comma, the whole answer is the city.
///
/// ```
/// use parole_helper::filing::split_consulate;
///
/// assert_eq!(split_consulate("Ciudad Juárez, Mexico"), ("Ciudad Juárez", Some("Mexico")));
/// assert_eq!(split_consulate("Bogotá"), ("Bogotá", None));
/// ```
pub fn split_consulate(text: &str) -> (&str, Option<&str>) {
    match text.rsplit_once(',') {
        Some((city, country)) if !city.trim().is_empty() && !country.trim().is_empty() => (city.trim(), Some(country.trim())),
        _ => (text.trim(), None),
    }
}

/// "1 year", "18 months": a length of stay as the form's English box takes it.
///
/// ```
/// use parole_helper::filing::stay_text;
/// use parole_helper::form::StayUnit;
///
/// assert_eq!(stay_text("1", Some(StayUnit::Years)), "1 year");
/// assert_eq!(stay_text("18", Some(StayUnit::Months)), "18 months");
/// assert_eq!(stay_text("2", None), "2");
/// ```
pub fn stay_text(value: &str, unit: Option<StayUnit>) -> String {
    let value = value.trim();
    let one = whole_number(value) == Some(1);
    let word = match unit {
        Some(StayUnit::Days) => if one { "day" } else { "days" },
        Some(StayUnit::Weeks) => if one { "week" } else { "weeks" },
        Some(StayUnit::Months) => if one { "month" } else { "months" },
        Some(StayUnit::Years) => if one { "year" } else { "years" },
        None => return value.to_string(),
    };
    format!("{value} {word}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_split_as_the_form_has_them() {
        for (text, expected) in [
            ("Apt 12", Some((UnitBox::Apt, "12"))),
            ("Apt. 12", Some((UnitBox::Apt, "12"))),
            ("apartment 3", Some((UnitBox::Apt, "3"))),
            ("#4B", Some((UnitBox::Apt, "4B"))),
            ("12", Some((UnitBox::Apt, "12"))),
            ("4B", Some((UnitBox::Apt, "4B"))),
            ("Suite 200", Some((UnitBox::Ste, "200"))),
            ("Ste. 5", Some((UnitBox::Ste, "5"))),
            ("STE 5", Some((UnitBox::Ste, "5"))),
            ("Floor 3", Some((UnitBox::Flr, "3"))),
            ("Fl 2", Some((UnitBox::Flr, "2"))),
            ("3rd Floor", Some((UnitBox::Flr, "3"))),
            ("2nd fl", Some((UnitBox::Flr, "2"))),
            ("Piso 4", Some((UnitBox::Flr, "4"))),
            ("Depto 7", Some((UnitBox::Apt, "7"))),
            ("Int. 3", Some((UnitBox::Apt, "3"))),
            ("Apt No. 9", Some((UnitBox::Apt, "9"))),
            ("Apt 1234567", None), // 7 characters: the box holds 6
            ("123456", Some((UnitBox::Apt, "123456"))),
            ("Unit 5", None),
            ("Bldg 2 Apt 3", None),
            ("Apt", None),
            ("Internacional 3", None),
            ("", None),
        ] {
            assert_eq!(split_unit(text), expected.map(|(b, n)| (b, n.to_string())), "{text}");
        }
    }

    #[test]
    fn identifiers_become_their_digits() {
        assert_eq!(a_number_digits("A-12345678").as_deref(), Some("012345678"));
        assert_eq!(a_number_digits("a 1234567").as_deref(), Some("001234567"));
        assert_eq!(a_number_digits("A123456789").as_deref(), Some("123456789"));
        assert_eq!(a_number_digits("A123456"), None);
        assert_eq!(a_number_digits("A1234567890"), None);
        assert_eq!(us_phone_digits("(619) 555-0134").as_deref(), Some("6195550134"));
        assert_eq!(us_phone_digits("1 619 555 0134").as_deref(), Some("6195550134"));
        assert_eq!(us_phone_digits("+52 55 1234 5678"), None);
        assert_eq!(digits("35", 3).as_deref(), Some("035"));
        assert_eq!(digits("999", 3).as_deref(), Some("999"));
        assert_eq!(digits("1000", 3), None);
        assert_eq!(digits("3x", 3), None);
        assert_eq!(list_value(&["2", "3"], "03").as_deref(), Some("3"));
        assert_eq!(list_value(&["CA", "TX"], "ca").as_deref(), Some("CA"));
        assert_eq!(list_value(&["2", "3"], "1"), None);
    }

    #[test]
    fn stays_are_singular_at_one_only() {
        assert_eq!(stay_text("1", Some(StayUnit::Days)), "1 day");
        assert_eq!(stay_text("0", Some(StayUnit::Days)), "0 days");
        assert_eq!(stay_text("2", Some(StayUnit::Weeks)), "2 weeks");
        assert_eq!(stay_text("1", Some(StayUnit::Weeks)), "1 week");
        assert_eq!(stay_text("1", Some(StayUnit::Months)), "1 month");
        assert_eq!(stay_text("01", Some(StayUnit::Years)), "01 year");
    }
}
