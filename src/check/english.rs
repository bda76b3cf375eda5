//! What goes onto the English form is in English: the letters of the names and places a person
//! types (a name in Cyrillic or with an emoji cannot go in the boxes), and the countries, which
//! people write in their own language ("México", "Estados Unidos") and the form wants in English.
//! Only questions the catalogue marks `english` are looked at; accents are left alone.

use super::{Args, Finding};
use crate::form::catalogue::{self, Question};
use crate::form::ParoleRequest;
use crate::rules::Code;

pub(super) fn check(form: &ParoleRequest, out: &mut Vec<Finding>) {
    for question in catalogue::all() {
        if let Some(text) = question.text(form) {
            out.extend(problem(question, text));
        }
    }
}

/// The problem of one answer, alone (the page asks while the person types).
pub(super) fn problem(question: &'static Question, text: &str) -> Option<Finding> {
    if !question.english {
        return None;
    }
    let code = if !text.chars().all(latin) {
        Code::FormatLatinLetters
    } else if is_country(question.path) && english_country(text).is_some_and(|english| english != text) {
        Code::FormatCountryInEnglish
    } else {
        return None;
    };
    Some(Finding { code, field: Some(question), item: None, args: Args::Typed(text.to_string()) })
}

fn is_country(path: &str) -> bool {
    path.ends_with(".country") || path.ends_with(".countryOfBirth") || path.ends_with(".countryOfCitizenship")
}

/// A character of the Latin alphabet (accents included), a digit, a space or common punctuation:
/// what the form's boxes can hold. Not: other scripts, emoji, symbols.
fn latin(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{2019}')
        || (c.is_alphabetic() && matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}'))
}

/// Countries as people write them in Spanish, with the English name the form wants. The key is
/// the name folded: lower case, accents, spaces and dots taken away ("EE. UU." is "eeuu").
const COUNTRIES: &[(&str, &str)] = &[
    ("afganistan", "Afghanistan"),
    ("alemania", "Germany"),
    ("argelia", "Algeria"),
    ("belice", "Belize"),
    ("bielorrusia", "Belarus"),
    ("brasil", "Brazil"),
    ("camerun", "Cameroon"),
    ("canada", "Canada"),
    ("coreadelsur", "South Korea"),
    ("egipto", "Egypt"),
    ("eeuu", "United States"),
    ("espana", "Spain"),
    ("estadosunidos", "United States"),
    ("estadosunidosdeamerica", "United States"),
    ("etiopia", "Ethiopia"),
    ("filipinas", "Philippines"),
    ("francia", "France"),
    ("haiti", "Haiti"),
    ("irak", "Iraq"),
    ("iran", "Iran"),
    ("italia", "Italy"),
    ("japon", "Japan"),
    ("marruecos", "Morocco"),
    ("mexico", "Mexico"),
    ("pakistan", "Pakistan"),
    ("panama", "Panama"),
    ("peru", "Peru"),
    ("reinounido", "United Kingdom"),
    ("republicadominicana", "Dominican Republic"),
    ("rusia", "Russia"),
    ("siria", "Syria"),
    ("sudafrica", "South Africa"),
    ("trinidadytobago", "Trinidad and Tobago"),
    ("turquia", "Turkey"),
    ("ucrania", "Ukraine"),
];

/// The English name of a country written in Spanish, if it is one the helper knows.
pub fn english_country(text: &str) -> Option<&'static str> {
    let folded: String = text
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'á' => 'a',
            'é' => 'e',
            'í' => 'i',
            'ó' => 'o',
            'ú' | 'ü' => 'u',
            'ñ' => 'n',
            other => other,
        })
        .collect();
    COUNTRIES.iter().find(|(spanish, _)| *spanish == folded).map(|(_, english)| *english)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(path: &str, text: &str) -> Option<Code> {
        problem(catalogue::question(path).unwrap(), text).map(|f| f.code)
    }

    #[test]
    fn names_and_places_are_in_the_letters_the_form_takes() {
        assert_eq!(code("filer.name.givenName", "Lucía"), None, "accents are left alone");
        assert_eq!(code("filer.name.familyName", "O'Brien-Luna"), None);
        assert_eq!(code("filer.name.familyName", "O\u{2019}Brien"), None, "a typographic apostrophe");
        assert_eq!(code("filer.name.givenName", "Ana 😀"), Some(Code::FormatLatinLetters));
        assert_eq!(code("filer.name.familyName", "Шевченко"), Some(Code::FormatLatinLetters));
        assert_eq!(code("filer.name.familyName", "احمدی"), Some(Code::FormatLatinLetters));
        assert_eq!(code("filer.mailingAddress.country", "Україна"), Some(Code::FormatLatinLetters));
        // The question decides: an answer that does not go onto the form in English is left alone.
        assert!(!catalogue::question("reason.explanation").unwrap().english || code("reason.explanation", "😀").is_some());
    }

    #[test]
    fn countries_written_in_spanish_are_given_in_english() {
        assert_eq!(code("filer.countryOfBirth", "México"), Some(Code::FormatCountryInEnglish));
        assert_eq!(code("filer.countryOfBirth", "Mexico"), None, "already English");
        assert_eq!(code("filer.countryOfCitizenship", "ucrania"), Some(Code::FormatCountryInEnglish));
        assert_eq!(code("beneficiary.mailingAddress.country", "EE. UU."), Some(Code::FormatCountryInEnglish));
        assert_eq!(code("filer.physicalAddress.country", "Estados Unidos de América"), Some(Code::FormatCountryInEnglish));
        assert_eq!(code("filer.countryOfBirth", "Honduras"), None, "the same in both languages");
        // Only country questions: a city called Panamá is a city, and España a family name.
        assert_eq!(code("filer.mailingAddress.city", "Panamá"), None);
        assert_eq!(code("filer.name.familyName", "España"), None);
        assert_eq!(code("interpreter.language", "Ucrania"), None);
        assert_eq!(english_country("República Dominicana"), Some("Dominican Republic"));
        assert_eq!(english_country("Perú"), Some("Peru"));
        assert_eq!(english_country("Atlantis"), None);
    }
}
