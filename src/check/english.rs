//! What goes onto the English form is in English: the letters of the names and places a person
//! types (a name in Cyrillic or with an emoji cannot go in the boxes), and the countries, which
//! people write in their own language ("México", "Estados Unidos") and the form wants in English.
//! Only questions the catalogue marks `english` are looked at; accents are left alone.

use super::{Args, Finding};
use crate::form::catalogue::{self, Question, Slot};
use crate::form::places::{english_country, is_country_path};
use crate::form::ParoleRequest;
use crate::rules::Code;
use crate::translit::ukrainian_latin;

pub(super) fn check(form: &ParoleRequest, out: &mut Vec<Finding>) {
    for question in catalogue::all() {
        if let Some(text) = question.text(form) {
            out.extend(problem(question, text));
        }
        // Other names are a list: each part of each name goes on the form too.
        if let Slot::Names { get, .. } = question.slot {
            for name in get(form) {
                let parts = [&name.family_name, &name.given_name, &name.middle_name];
                out.extend(parts.into_iter().flatten().find_map(|text| problem(question, text)));
            }
        }
    }
}

/// The problem of one answer, alone (the page asks while the person types).
pub(super) fn problem(question: &'static Question, text: &str) -> Option<Finding> {
    if !question.english {
        return None;
    }
    // A country is looked up first, whatever its letters: "Україна" is answered with "Ukraine",
    // not only told it has letters the form cannot take.
    let code = if is_country_path(question.path) && english_country(text).is_some_and(|english| english != text.trim()) {
        Code::FormatCountryInEnglish
    } else if !text.chars().all(latin) {
        Code::FormatLatinLetters
    } else {
        return None;
    };
    // A name in Ukrainian letters: its official spelling in Latin letters helps, next to the advice
    // to copy the one on the I-94 or passport (which DHS has). Not for a place: the form wants a
    // country or a city in English (Ukraine, Warsaw), which transliteration does not give.
    let latin = if code == Code::FormatLatinLetters && is_name(question.path) { ukrainian_latin(text) } else { None };
    let args = match latin {
        Some(latin) => Args::Transliterated { typed: text.to_string(), latin },
        None => Args::Typed(text.to_string()),
    };
    Some(Finding { code, field: Some(question), item: None, args })
}

/// A person's name: family, given or middle name, or one of the other names used.
fn is_name(path: &str) -> bool {
    [".familyName", ".givenName", ".middleName", ".otherNames"].iter().any(|end| path.ends_with(end))
}


/// A character of the Latin alphabet (accents included), a digit, a space or common punctuation:
/// what the form's boxes can hold. Not: other scripts, emoji, symbols.
fn latin(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{2019}')
        || (c.is_alphabetic() && matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}'))
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
        // A country the language files know is given in English, in any script.
        assert_eq!(code("filer.mailingAddress.country", "Україна"), Some(Code::FormatCountryInEnglish));
        assert_eq!(code("filer.countryOfBirth", "Сполучені Штати"), Some(Code::FormatCountryInEnglish));
        assert_eq!(code("filer.mailingAddress.country", "Країна Мрій"), Some(Code::FormatLatinLetters), "an unknown one: its letters");
        // The question decides: an answer that does not go onto the form in English is left alone.
        assert!(!catalogue::question("reason.explanation").unwrap().english || code("reason.explanation", "😀").is_some());
    }

    #[test]
    fn a_name_in_ukrainian_letters_carries_its_official_spelling() {
        let args = |path: &str, text: &str| problem(catalogue::question(path).unwrap(), text).map(|f| f.args);
        let spelled = |typed: &str, latin: &str| Some(Args::Transliterated { typed: typed.into(), latin: latin.into() });
        assert_eq!(args("filer.name.familyName", "Шевченко"), spelled("Шевченко", "Shevchenko"));
        assert_eq!(args("beneficiary.name.givenName", "Олена"), spelled("Олена", "Olena"));
        assert_eq!(args("filer.name.middleName", "Юріївна"), spelled("Юріївна", "Yuriivna"));
        assert_eq!(args("beneficiary.otherNames", "Згорана"), spelled("Згорана", "Zghorana"));
        assert_eq!(args("interpreter.name.familyName", "Ковальчук-Юрченко"), spelled("Ковальчук-Юрченко", "Kovalchuk-Yurchenko"));
        // Not Ukrainian (Russian ё, Persian): the advice alone, to copy the document.
        assert_eq!(args("filer.name.givenName", "Фёдор"), Some(Args::Typed("Фёдор".into())));
        assert_eq!(args("filer.name.familyName", "احمدی"), Some(Args::Typed("احمدی".into())));
        assert_eq!(args("filer.name.givenName", "Ana 😀"), Some(Args::Typed("Ana 😀".into())));
        // A place is wanted in English (Ukraine, not Ukraina): no transliteration offered.
        assert_eq!(args("filer.mailingAddress.country", "Країна Мрій"), Some(Args::Typed("Країна Мрій".into())));
        assert_eq!(args("reason.consulate", "Варшава"), Some(Args::Typed("Варшава".into())));
    }

    #[test]
    fn other_names_are_looked_at_too_one_finding_per_name() {
        let form: ParoleRequest = crate::form::read::read(
            r#"{"schemaVersion":3,"filer":{"otherNames":[{"familyName":"Шевченко","givenName":"Олена"},{"familyName":"Luna"}]}}"#,
        )
        .unwrap()
        .form;
        let mut out = Vec::new();
        check(&form, &mut out);
        let found: Vec<_> = out.iter().map(|f| (f.code, f.field.map(|q| q.path))).collect();
        assert_eq!(found, [(Code::FormatLatinLetters, Some("filer.otherNames"))], "one finding for the Cyrillic name, none for Luna");
        assert!(matches!(&out[0].args, Args::Transliterated { latin, .. } if latin == "Shevchenko"));
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
