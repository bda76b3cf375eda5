//! Countries and US states as the form wants them: the English name of a country, the USPS code
//! of a state. The page offers them as suggestions (the person may still type anything), and the
//! check gives the English name of a country written in another language.
//!
//! ```
//! use parole_helper::form::places::{english_country, suggestions, Places};
//! use parole_helper::i18n::Lang;
//!
//! assert_eq!(english_country("Estados Unidos"), Some("United States"));
//! assert!(suggestions(Places::Countries, Lang::Es).contains(&("Mexico", "México")));
//! assert!(suggestions(Places::UsStates, Lang::Es).contains(&("CA", "California")));
//! ```
//!
//! A country's name in each language, and the other ways people write it, are in the language
//! files: `country-mexico = México`, with `.also = …` listing other spellings (comma separated).

use std::sync::OnceLock;

use crate::i18n::{Lang, LANGUAGES};
use crate::t;

/// Which list a question suggests from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Places {
    /// Countries, by their English name.
    Countries,
    /// US states, DC, the territories and the military "states", by USPS code.
    UsStates,
}

/// Countries people filing for parole come from or live in, and their neighbours, by their English
/// name: what goes on the form, which is in English whatever the language of the page (so the
/// names stay here). Not every country in the world: the list only suggests, and any other English
/// name is taken as typed. Each one's name in each language is `country-<the English name in lower
/// case, dashes for spaces>` in the language files.
const COUNTRIES: &[&str] = &[
    "Afghanistan", "Algeria", "Argentina", "Armenia", "Azerbaijan", "Bahamas", "Bangladesh", "Barbados",
    "Belarus", "Belize", "Bolivia", "Brazil", "Burkina Faso", "Cameroon", "Canada", "Chad", "Chile", "China",
    "Colombia", "Costa Rica", "Cuba", "Democratic Republic of the Congo", "Dominica", "Dominican Republic",
    "Ecuador", "Egypt", "El Salvador", "Eritrea", "Ethiopia", "France", "Georgia", "Germany", "Ghana",
    "Guatemala", "Guinea", "Guyana", "Haiti", "Honduras", "India", "Iran", "Iraq", "Israel", "Italy",
    "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kyrgyzstan", "Lebanon", "Mauritania", "Mexico", "Moldova",
    "Morocco", "Myanmar", "Nepal", "Nicaragua", "Nigeria", "Pakistan", "Panama", "Paraguay", "Peru",
    "Philippines", "Poland", "Portugal", "Russia", "Senegal", "Somalia", "South Africa", "South Korea",
    "South Sudan", "Spain", "Sri Lanka", "Sudan", "Suriname", "Syria", "Tajikistan", "Trinidad and Tobago",
    "Turkey", "Ukraine", "United Kingdom", "United States", "Uruguay", "Uzbekistan", "Venezuela", "Vietnam",
    "Yemen",
];

/// USPS codes and names: the states, DC, the territories and the military "states".
pub const US_STATES: [(&str, &str); 59] = [
    ("AL", "Alabama"), ("AK", "Alaska"), ("AZ", "Arizona"), ("AR", "Arkansas"), ("CA", "California"),
    ("CO", "Colorado"), ("CT", "Connecticut"), ("DE", "Delaware"), ("FL", "Florida"), ("GA", "Georgia"),
    ("HI", "Hawaii"), ("ID", "Idaho"), ("IL", "Illinois"), ("IN", "Indiana"), ("IA", "Iowa"), ("KS", "Kansas"),
    ("KY", "Kentucky"), ("LA", "Louisiana"), ("ME", "Maine"), ("MD", "Maryland"), ("MA", "Massachusetts"),
    ("MI", "Michigan"), ("MN", "Minnesota"), ("MS", "Mississippi"), ("MO", "Missouri"), ("MT", "Montana"),
    ("NE", "Nebraska"), ("NV", "Nevada"), ("NH", "New Hampshire"), ("NJ", "New Jersey"), ("NM", "New Mexico"),
    ("NY", "New York"), ("NC", "North Carolina"), ("ND", "North Dakota"), ("OH", "Ohio"), ("OK", "Oklahoma"),
    ("OR", "Oregon"), ("PA", "Pennsylvania"), ("RI", "Rhode Island"), ("SC", "South Carolina"),
    ("SD", "South Dakota"), ("TN", "Tennessee"), ("TX", "Texas"), ("UT", "Utah"), ("VT", "Vermont"),
    ("VA", "Virginia"), ("WA", "Washington"), ("WV", "West Virginia"), ("WI", "Wisconsin"), ("WY", "Wyoming"),
    ("DC", "District of Columbia"), ("PR", "Puerto Rico"), ("GU", "Guam"), ("VI", "U.S. Virgin Islands"),
    ("AS", "American Samoa"), ("MP", "Northern Mariana Islands"), ("AA", "Armed Forces Americas"),
    ("AE", "Armed Forces Europe"), ("AP", "Armed Forces Pacific"),
];

/// A question whose answer is a country (an address's, of birth, of citizenship): the form wants
/// its English name.
pub fn is_country_path(path: &str) -> bool {
    path.ends_with(".country") || path.ends_with(".countryOfBirth") || path.ends_with(".countryOfCitizenship")
}

/// The suggestions of a list as (value, label) worded in `lang`: the value is what goes on the
/// form. States keep their English names in every language, as on an envelope.
pub fn suggestions(places: Places, lang: Lang) -> Vec<(&'static str, &'static str)> {
    match places {
        Places::Countries => match shown(lang) {
            Some(words) => COUNTRIES.iter().zip(&words.names).map(|(&english, name)| (english, name.as_str())).collect(),
            None => COUNTRIES.iter().map(|&english| (english, english)).collect(),
        },
        Places::UsStates => US_STATES.to_vec(),
    }
}

/// A country's name in `lang`, from its English name (as the form has it); a country the list
/// does not know stays as written.
pub fn country_name(english: &str, lang: Lang) -> Option<&'static str> {
    let i = COUNTRIES.iter().position(|e| e.eq_ignore_ascii_case(english.trim()))?;
    Some(shown(lang).map_or(COUNTRIES[i], |words| words.names[i].as_str()))
}

/// The English name of a country written in any language the helper has loaded (natively all; in
/// the browser the ones the page loaded), or in English with other capitals or accents, if it is
/// one the helper knows.
pub fn english_country(text: &str) -> Option<&'static str> {
    // The check asks this of every country answer on every change: the names are folded once per
    // language, the answer once, then compared as plain strings.
    static ENGLISH: OnceLock<Vec<String>> = OnceLock::new();
    let english = ENGLISH.get_or_init(|| COUNTRIES.iter().map(|name| fold(name).collect()).collect());
    let key: String = fold(text).collect();
    if key.is_empty() {
        return None;
    }
    if let Some(i) = english.iter().position(|folded| *folded == key) {
        return Some(COUNTRIES[i]);
    }
    (0..LANGUAGES.len())
        .filter_map(|i| words(Lang::from_index(i)))
        .find_map(|words| words.keys.iter().find(|(folded, _)| *folded == key))
        .map(|&(_, i)| COUNTRIES[i])
}

/// A language's country names and what people type for them, read from its file once.
struct Words {
    /// The name of each country of [`COUNTRIES`], in order.
    names: Vec<String>,
    /// Every name and other spelling, folded, with its country's place in [`COUNTRIES`]; not the
    /// ones that fold like the English name (that one is always matched).
    keys: Vec<(String, usize)>,
}

/// The country words of `lang`, once its file is loaded.
fn words(lang: Lang) -> Option<&'static Words> {
    static WORDS: [OnceLock<Words>; LANGUAGES.len()] = [const { OnceLock::new() }; LANGUAGES.len()];
    let cell = &WORDS[lang.index()];
    if let Some(words) = cell.get() {
        return Some(words);
    }
    // In the browser a language has its words once the page loaded its file; read them then.
    if !crate::i18n::is_loaded(lang) {
        return None;
    }
    Some(cell.get_or_init(|| {
        let mut names = Vec::with_capacity(COUNTRIES.len());
        let mut keys = Vec::new();
        for (i, english) in COUNTRIES.iter().enumerate() {
            let id = format!("country-{}", english.to_lowercase().replace(' ', "-"));
            let name = t!(lang, &id);
            // Other spellings are optional: a text missing everywhere comes back as its id.
            let also_id = format!("{id}.also");
            let also = Some(t!(lang, &also_id)).filter(|also| *also != also_id).unwrap_or_default();
            let english: String = fold(english).collect();
            for spelling in std::iter::once(name.as_str()).chain(also.split(',')) {
                let folded: String = fold(spelling).collect();
                if !folded.is_empty() && folded != english && !keys.contains(&(folded.clone(), i)) {
                    keys.push((folded, i));
                }
            }
            names.push(name);
        }
        Words { names, keys }
    }))
}

/// The country words to show in `lang`: its own, or English's while its file is not loaded.
fn shown(lang: Lang) -> Option<&'static Words> {
    words(lang).or_else(|| words(Lang::En))
}

/// Lower case, without accents, spaces or dots: "EE. UU." is "eeuu", "Perú" is "peru".
fn fold(text: &str) -> impl Iterator<Item = char> + '_ {
    // ʼ (U+02BC, the Ukrainian apostrophe in "Мʼянма") counts as a letter: left out like ' is.
    text.chars().filter(|c| c.is_alphabetic() && *c != 'ʼ').flat_map(char::to_lowercase).map(|c| match c {
        'á' => 'a',
        'é' => 'e',
        'í' => 'i',
        'ó' => 'o',
        'ú' | 'ü' => 'u',
        'ñ' => 'n',
        other => other,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_country_folds_to_itself_and_no_two_collide() {
        let mut keys: Vec<(String, &str)> = vec![];
        let key = |name: &str| fold(name).collect::<String>();
        for lang in Lang::all() {
            let words = words(lang).expect("the language's file is compiled in");
            for (i, english) in COUNTRIES.iter().enumerate() {
                let name = &words.names[i];
                assert_eq!(english_country(name), Some(*english), "{name}");
                assert_eq!(english_country(english), Some(*english), "{english}");
                assert_eq!(english_country(&english.to_uppercase()), Some(*english));
                keys.extend([(key(name), *english), (key(english), *english)]);
            }
            keys.extend(words.keys.iter().map(|(folded, i)| (folded.clone(), COUNTRIES[*i])));
        }
        keys.sort();
        keys.dedup();
        // No two countries share a key, in any language.
        assert!(keys.windows(2).all(|w| w[0].0 != w[1].0), "{:?}", keys.windows(2).find(|w| w[0].0 == w[1].0));
    }

    #[test]
    fn aliases_and_unknowns() {
        assert_eq!(english_country("EE.UU."), Some("United States"));
        assert_eq!(english_country("estados unidos de américa"), Some("United States"));
        assert_eq!(english_country("Atlantis"), None);
        assert_eq!(english_country(""), None);
        assert_eq!(english_country(" . "), None);
    }

    #[test]
    fn the_lists_are_sorted_and_worded_per_language() {
        let en = suggestions(Places::Countries, Lang::En);
        assert!(en.windows(2).all(|w| w[0].0 < w[1].0), "sorted by the English name");
        assert!(en.iter().all(|(value, label)| label == value));
        assert!(suggestions(Places::Countries, Lang::Es).contains(&("Germany", "Alemania")));
        let states = suggestions(Places::UsStates, Lang::Es);
        assert_eq!(states.len(), 59);
        assert!(states.contains(&("NY", "New York")));
        assert_eq!(country_name("Mexico", Lang::Es), Some("México"));
        assert_eq!(country_name(" mexico ", Lang::En), Some("Mexico"));
        assert_eq!(country_name("Atlantis", Lang::Es), None);
    }
}
