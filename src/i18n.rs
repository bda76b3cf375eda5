//! The two languages of the helper, and dates written out for people.
//!
//! ```
//! use parole_helper::i18n::{long_date, Lang};
//! use chrono::NaiveDate;
//!
//! let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! assert_eq!(long_date(ymd(2027, 3, 31), Lang::En), "March 31, 2027");
//! assert_eq!(long_date(ymd(2027, 3, 31), Lang::Es), "31 de marzo de 2027");
//! assert_eq!(Lang::parse(Some("es")), Ok(Lang::Es));
//! ```
//!
//! Every text the core produces goes through an exhaustive `match` on [`Lang`], so a new message
//! cannot compile without its Spanish.

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// A language the helper speaks.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// Spanish, written for readers with little schooling: plain words, short sentences.
    Es,
}

impl Lang {
    /// Every language, in the order the page offers them.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// Reads `en` or `es` (any case); nothing given means English.
    pub fn parse(code: Option<&str>) -> Result<Lang, UnknownLang> {
        match code.map(str::trim) {
            None | Some("") => Ok(Lang::En),
            Some(c) if c.eq_ignore_ascii_case("en") => Ok(Lang::En),
            Some(c) if c.eq_ignore_ascii_case("es") => Ok(Lang::Es),
            Some(other) => Err(UnknownLang(other.to_string())),
        }
    }

    /// The word for an Item of the form: "Item" or "Punto" (USCIS's own Spanish wording).
    pub fn item_word(self) -> &'static str {
        match self {
            Lang::En => "Item",
            Lang::Es => "Punto",
        }
    }

    /// The BCP 47 code: `en` or `es`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }
}

/// A language code the helper does not speak (`fr`, `ES-MX`...).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl UnknownLang {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        "lang.unknown"
    }

    /// What to tell the person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let code = &self.0;
        match lang {
            Lang::En => format!("\"{code}\" is not a language this helper speaks. Use en (English) or es (Spanish)."),
            Lang::Es => format!("\"{code}\" no es un idioma de esta herramienta. Use en (inglés) o es (español)."),
        }
    }
}

impl std::fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for UnknownLang {}

/// A text in both languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Text {
    /// English.
    pub en: &'static str,
    /// Spanish.
    pub es: &'static str,
}

impl Text {
    /// No text.
    pub const EMPTY: Text = Text { en: "", es: "" };

    /// The text in `lang`.
    pub const fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
        }
    }
}

/// The name of a month (1-12), as written inside a sentence.
pub fn month_name(month: u32, lang: Lang) -> &'static str {
    const EN: [&str; 12] = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December",
    ];
    const ES: [&str; 12] = [
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre",
    ];
    let index = month.clamp(1, 12) as usize - 1;
    match lang {
        Lang::En => EN[index],
        Lang::Es => ES[index],
    }
}

/// A date as people write it: "March 31, 2027" or "31 de marzo de 2027".
pub fn long_date(date: NaiveDate, lang: Lang) -> String {
    let month = month_name(date.month(), lang);
    match lang {
        Lang::En => format!("{month} {}, {}", date.day(), date.year()),
        Lang::Es => format!("{} de {month} de {}", date.day(), date.year()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn parses_language_codes() {
        assert_eq!(Lang::parse(None), Ok(Lang::En));
        assert_eq!(Lang::parse(Some("")), Ok(Lang::En));
        assert_eq!(Lang::parse(Some("ES")), Ok(Lang::Es));
        assert_eq!(Lang::parse(Some("fr")), Err(UnknownLang("fr".into())));
        assert!(UnknownLang("fr".into()).message(Lang::Es).contains("no es un idioma"));
    }

    #[test]
    fn writes_dates_out() {
        assert_eq!(long_date(ymd(2028, 2, 29), Lang::En), "February 29, 2028");
        assert_eq!(long_date(ymd(2026, 1, 1), Lang::Es), "1 de enero de 2026");
    }
}
