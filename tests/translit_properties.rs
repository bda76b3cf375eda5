//! Ukraine's official transliteration (`parole_helper::translit`, KMU 2010) on any text: it never
//! panics, turns any word of the Ukrainian alphabet into Latin letters only, keeps capitals as
//! they are, and what it offers is itself accepted by the form's boxes.
#![cfg(not(target_arch = "wasm32"))]

use parole_helper::check::check_field;
use parole_helper::i18n::Lang;
use parole_helper::translit::ukrainian_latin;
use proptest::prelude::*;

/// The 33 letters of the Ukrainian alphabet, small and capital.
const LETTERS: &str = "[абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЕЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ]";
const SMALL: &str = "[абвгґдеєжзиіїйклмнопрстуфхцчшщьюя]";

fn regex(pattern: &str) -> proptest::string::RegexGeneratorStrategy<String> {
    proptest::string::string_regex(pattern).unwrap()
}

fn ascii_capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
}

proptest! {
    #[test]
    fn any_ukrainian_word_is_latin_letters_only(word in regex(&format!("{LETTERS}{{1,40}}"))) {
        match ukrainian_latin(&word) {
            Some(latin) => prop_assert!(!latin.is_empty() && latin.chars().all(|c| c.is_ascii_alphabetic()), "{word} → {latin}"),
            // Only soft signs: nothing to write.
            None => prop_assert!(word.chars().all(|c| matches!(c, 'ь' | 'Ь')), "{word}"),
        }
    }

    #[test]
    fn words_with_spaces_hyphens_and_apostrophes_stay_ascii(
        text in regex(&format!("{LETTERS}{{1,12}}(['’ʼ]{LETTERS}{{1,6}})?([ -]{LETTERS}{{1,12}}){{0,3}}"))
    ) {
        if let Some(latin) = ukrainian_latin(&text) {
            prop_assert!(latin.chars().all(|c| c.is_ascii_alphabetic() || c == ' ' || c == '-'), "{text} → {latin}");
        }
    }

    #[test]
    fn capitals_follow_the_word(word in regex(&format!("{SMALL}{{2,20}}"))) {
        let upper = word.to_uppercase();
        prop_assert_eq!(ukrainian_latin(&upper), ukrainian_latin(&word).map(|l| l.to_ascii_uppercase()), "{}", upper);
        if !word.starts_with('ь') {
            let mut chars = word.chars();
            let title: String = chars.next().unwrap().to_uppercase().chain(chars).collect();
            prop_assert_eq!(ukrainian_latin(&title), ukrainian_latin(&word).map(|l| ascii_capitalized(&l)), "{}", title);
        }
    }

    #[test]
    fn any_text_never_panics_and_what_it_offers_the_form_takes(
        text in prop_oneof![
            Just("\\PC{0,40}".to_string()),
            // Ukrainian mixed with what people type next to it: Latin, digits, punctuation, every
            // apostrophe, accents, a no-break space, combining marks...
            Just(format!("({LETTERS}|[A-Za-z0-9 .,;()/-]|['’ʼ‘`]|[éñüÉ]|[\u{00A0}\u{0306}\u{0308}]){{0,40}}")),
            // ... and, now and then, a Russian letter or an emoji.
            Just(format!("({LETTERS}|[A-Za-z0-9 .,'-]){{0,20}}([ёыэъЁЫЭЪ]|😀)?({LETTERS}|[A-Za-z0-9 .,'-]){{0,20}}")),
        ].prop_flat_map(|pattern| regex(&pattern))
    ) {
        if let Some(latin) = ukrainian_latin(&text) {
            let refused = check_field("filer.name.familyName", &latin, Lang::En);
            prop_assert!(refused.is_none(), "{text:?} → {latin:?}: {refused:?}");
        }
    }
}

#[test]
fn a_word_of_every_letter() {
    let all = "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя";
    assert_eq!(ukrainian_latin(all).as_deref(), Some("abvhgdeiezhzyiiiklmnoprstufkhtschshshchiuia"));
    assert_eq!(ukrainian_latin(&all.to_uppercase()).as_deref(), Some("ABVHGDEIEZHZYIIIKLMNOPRSTUFKHTSCHSHSHCHIUIA"));
}
