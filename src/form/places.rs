//! Countries and US states as the form wants them: the English name of a country, the USPS code
//! of a state. The page offers them as suggestions (the person may still type anything), and the
//! check gives the English name of a country written in Spanish.
//!
//! ```
//! use parole_helper::form::places::{english_country, suggestions, Places};
//! use parole_helper::i18n::Lang;
//!
//! assert_eq!(english_country("Estados Unidos"), Some("United States"));
//! assert!(suggestions(Places::Countries, Lang::Es).contains(&("Mexico", "México")));
//! assert!(suggestions(Places::UsStates, Lang::Es).contains(&("CA", "California")));
//! ```

use crate::i18n::Lang;

/// Which list a question suggests from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Places {
    /// Countries, by their English name.
    Countries,
    /// US states, DC, the territories and the military "states", by USPS code.
    UsStates,
}

/// Countries people filing for parole come from or live in, and their neighbours: the English
/// name (what goes on the form) and the Spanish one. Not every country in the world: the list
/// only suggests, and any other English name is taken as typed.
const COUNTRIES: &[(&str, &str)] = &[
    ("Afghanistan", "Afganistán"),
    ("Algeria", "Argelia"),
    ("Argentina", "Argentina"),
    ("Armenia", "Armenia"),
    ("Azerbaijan", "Azerbaiyán"),
    ("Bahamas", "Bahamas"),
    ("Bangladesh", "Bangladés"),
    ("Barbados", "Barbados"),
    ("Belarus", "Bielorrusia"),
    ("Belize", "Belice"),
    ("Bolivia", "Bolivia"),
    ("Brazil", "Brasil"),
    ("Burkina Faso", "Burkina Faso"),
    ("Cameroon", "Camerún"),
    ("Canada", "Canadá"),
    ("Chad", "Chad"),
    ("Chile", "Chile"),
    ("China", "China"),
    ("Colombia", "Colombia"),
    ("Costa Rica", "Costa Rica"),
    ("Cuba", "Cuba"),
    ("Democratic Republic of the Congo", "República Democrática del Congo"),
    ("Dominica", "Dominica"),
    ("Dominican Republic", "República Dominicana"),
    ("Ecuador", "Ecuador"),
    ("Egypt", "Egipto"),
    ("El Salvador", "El Salvador"),
    ("Eritrea", "Eritrea"),
    ("Ethiopia", "Etiopía"),
    ("France", "Francia"),
    ("Georgia", "Georgia"),
    ("Germany", "Alemania"),
    ("Ghana", "Ghana"),
    ("Guatemala", "Guatemala"),
    ("Guinea", "Guinea"),
    ("Guyana", "Guyana"),
    ("Haiti", "Haití"),
    ("Honduras", "Honduras"),
    ("India", "India"),
    ("Iran", "Irán"),
    ("Iraq", "Irak"),
    ("Israel", "Israel"),
    ("Italy", "Italia"),
    ("Jamaica", "Jamaica"),
    ("Japan", "Japón"),
    ("Jordan", "Jordania"),
    ("Kazakhstan", "Kazajistán"),
    ("Kyrgyzstan", "Kirguistán"),
    ("Lebanon", "Líbano"),
    ("Mauritania", "Mauritania"),
    ("Mexico", "México"),
    ("Moldova", "Moldavia"),
    ("Morocco", "Marruecos"),
    ("Myanmar", "Myanmar"),
    ("Nepal", "Nepal"),
    ("Nicaragua", "Nicaragua"),
    ("Nigeria", "Nigeria"),
    ("Pakistan", "Pakistán"),
    ("Panama", "Panamá"),
    ("Paraguay", "Paraguay"),
    ("Peru", "Perú"),
    ("Philippines", "Filipinas"),
    ("Poland", "Polonia"),
    ("Portugal", "Portugal"),
    ("Russia", "Rusia"),
    ("Senegal", "Senegal"),
    ("Somalia", "Somalia"),
    ("South Africa", "Sudáfrica"),
    ("South Korea", "Corea del Sur"),
    ("South Sudan", "Sudán del Sur"),
    ("Spain", "España"),
    ("Sri Lanka", "Sri Lanka"),
    ("Sudan", "Sudán"),
    ("Suriname", "Surinam"),
    ("Syria", "Siria"),
    ("Tajikistan", "Tayikistán"),
    ("Trinidad and Tobago", "Trinidad y Tobago"),
    ("Turkey", "Turquía"),
    ("Ukraine", "Ucrania"),
    ("United Kingdom", "Reino Unido"),
    ("United States", "Estados Unidos"),
    ("Uruguay", "Uruguay"),
    ("Uzbekistan", "Uzbekistán"),
    ("Venezuela", "Venezuela"),
    ("Vietnam", "Vietnam"),
    ("Yemen", "Yemen"),
];

/// Other ways Spanish speakers write a country.
const SPANISH_ALIASES: &[(&str, &str)] = &[
    ("EE. UU.", "United States"),
    ("Estados Unidos de América", "United States"),
    ("Corea", "South Korea"),
    ("Congo", "Democratic Republic of the Congo"),
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
        Places::Countries => COUNTRIES.iter().map(|&(english, spanish)| (english, country_in(english, spanish, lang))).collect(),
        Places::UsStates => US_STATES.to_vec(),
    }
}

fn country_in(english: &'static str, spanish: &'static str, lang: Lang) -> &'static str {
    match lang {
        Lang::En => english,
        Lang::Es => spanish,
    }
}

/// A country's name in `lang`, from its English name (as the form has it); a country the list
/// does not know stays as written.
pub fn country_name(english: &str, lang: Lang) -> Option<&'static str> {
    COUNTRIES.iter().find(|(e, _)| e.eq_ignore_ascii_case(english.trim())).map(|&(e, s)| country_in(e, s, lang))
}

/// The English name of a country written in Spanish (or in English with other capitals or
/// accents), if it is one the helper knows.
pub fn english_country(text: &str) -> Option<&'static str> {
    // The check asks this of every country answer on every change: the names are folded once,
    // the answer once, then compared as plain strings.
    static KEYS: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    let keys = KEYS.get_or_init(|| {
        let names = COUNTRIES.iter().flat_map(|&(english, spanish)| [(spanish, english), (english, english)]);
        names.chain(SPANISH_ALIASES.iter().copied()).map(|(name, english)| (fold(name).collect(), english)).collect()
    });
    let key: String = fold(text).collect();
    if key.is_empty() {
        return None;
    }
    keys.iter().find(|(folded, _)| *folded == key).map(|(_, english)| *english)
}

/// Lower case, without accents, spaces or dots: "EE. UU." is "eeuu", "Perú" is "peru".
fn fold(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase).map(|c| match c {
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
        for (english, spanish) in COUNTRIES {
            assert_eq!(english_country(spanish), Some(*english), "{spanish}");
            assert_eq!(english_country(english), Some(*english), "{english}");
            assert_eq!(english_country(&english.to_uppercase()), Some(*english));
        }
        let key = |name: &str| fold(name).collect::<String>();
        let mut keys: Vec<String> = COUNTRIES.iter().flat_map(|(e, s)| [key(e), key(s)]).collect();
        keys.extend(SPANISH_ALIASES.iter().map(|(a, _)| key(a)));
        keys.sort();
        let before = keys.len();
        keys.dedup();
        // Same name in both languages folds once per country; the count says no two countries share a key.
        let same = COUNTRIES.iter().filter(|(e, s)| key(e) == key(s)).count();
        assert_eq!(keys.len(), before - same);
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
