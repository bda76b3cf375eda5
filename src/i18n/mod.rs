//! The languages of the helper and their words: one Fluent file per language
//! (`src/i18n/locales/<code>.ftl`), and dates written out the way each language writes them.
//!
//! ```
//! use parole_helper::i18n::{long_date, Lang};
//! use parole_helper::t;
//! use chrono::NaiveDate;
//!
//! let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
//! assert_eq!(long_date(ymd(2027, 3, 31), Lang::En), "March 31, 2027");
//! assert_eq!(long_date(ymd(2027, 3, 31), Lang::Es), "31 de marzo de 2027");
//! assert_eq!(Lang::parse(Some("es")), Ok(Lang::Es));
//! assert_eq!(t!(Lang::En, "item-word"), "Item");
//! let said = t!(Lang::Es, "lang-unknown", code = "fr", known = "en (English)");
//! assert_eq!(said, "\"fr\" no es un idioma de esta herramienta. Use en (English).");
//! ```
//!
//! Every text a person reads comes from the language's file by a stable id. Adding a language is
//! its file and one line in [`LANGUAGES`]. Natively (the CLI, the tests) every file is compiled in;
//! in the browser none is: the page fetches the one it shows and hands it to [`load`], so the
//! shipped module carries no words and a new language does not make the first view heavier.

mod fluent;
mod plural;
mod words;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};
use std::borrow::Cow;

pub use words::{fingerprint, is_complete, is_loaded, load, load_skipping, message_ids, missing_ids, tr, variables, ENGLISH_IDS};

/// Which way a language's lines run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left (Dari, Pashto, Arabic...).
    Rtl,
}

/// One language the helper speaks: its code, its name in itself, its direction, and (natively)
/// its words.
#[derive(Debug)]
pub struct Language {
    /// BCP 47 code, also the file's name: `src/i18n/locales/<code>.ftl`.
    pub code: &'static str,
    /// The language's name in itself, as the picker shows it.
    pub name: &'static str,
    /// Which way its lines run; the page sets `dir` from it.
    pub dir: Direction,
    /// False for a test language (the pseudo-locale) the picker does not offer.
    pub listed: bool,
    /// The Fluent file, compiled in natively; `None` in the browser, where the page fetches it.
    pub(crate) words: Option<&'static str>,
}

/// The words of a language, compiled in natively (the CLI, the tests). In the browser (wasm32) no
/// language is: the page fetches the one it shows (`www/locales/<code>.ftl`) and hands it to
/// [`load`] before its first view, so the shipped module carries no words at all.
#[cfg(not(target_arch = "wasm32"))]
macro_rules! words_of {
    ($code:literal) => {
        Some(include_str!(concat!("locales/", $code, ".ftl")))
    };
}
#[cfg(target_arch = "wasm32")]
macro_rules! words_of {
    ($code:literal) => {
        None
    };
}

/// Every language, in the order the picker offers them. English comes first: it is the fallback.
pub const LANGUAGES: &[Language] = &[
    Language { code: "en", name: "English", dir: Direction::Ltr, listed: true, words: words_of!("en") },
    Language { code: "es", name: "Español", dir: Direction::Ltr, listed: true, words: words_of!("es") },
    Language { code: "uk", name: "Українська", dir: Direction::Ltr, listed: true, words: words_of!("uk") },
    // A test language, never offered: English 40% longer and right to left, made from en.ftl by
    // tools/pseudo-locale.mjs when the e2e test asks for it (tests/e2e/rtl.test.mjs).
    Language { code: "ar-XB", name: "Pseudo RTL", dir: Direction::Rtl, listed: false, words: None },
];

/// A language the helper speaks: an index into [`LANGUAGES`]. Nothing matches on it: what a
/// language says comes from its file, so adding one is its file and a line in the list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Lang(u8);

#[allow(non_upper_case_globals)]
impl Lang {
    /// English (the default, and the fallback for a missing text).
    pub const En: Lang = Lang(0);
    /// Spanish, written for readers with little schooling: plain words, short sentences.
    pub const Es: Lang = Lang(1);
    /// Ukrainian, for readers in a hurry: plain words, the documents' terms kept exact.
    pub const Uk: Lang = Lang(2);

    pub(crate) fn from_index(i: usize) -> Lang {
        Lang(i as u8)
    }

    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }

    /// Every language the picker offers, in its order.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len()).filter(|&i| LANGUAGES[i].listed).map(Lang::from_index)
    }

    /// Reads a language code (`es`, `UK`; any case); nothing given means English.
    pub fn parse(code: Option<&str>) -> Result<Lang, UnknownLang> {
        let code = code.map(str::trim).unwrap_or("");
        if code.is_empty() {
            return Ok(Lang::En);
        }
        LANGUAGES
            .iter()
            .position(|language| language.code.eq_ignore_ascii_case(code))
            .map(Lang::from_index)
            .ok_or_else(|| UnknownLang(code.to_string()))
    }

    /// What the list says of this language.
    pub fn language(self) -> &'static Language {
        &LANGUAGES[self.index()]
    }

    /// The BCP 47 code: `en`, `es`...
    pub fn code(self) -> &'static str {
        self.language().code
    }

    /// The word for an Item of the form: "Item", "Punto" (USCIS's own Spanish wording)...
    pub fn item_word(self) -> String {
        tr(self, "item-word", &[])
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl schemars::JsonSchema for Lang {
    fn schema_name() -> Cow<'static, str> {
        "Lang".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        let codes: Vec<&str> = LANGUAGES.iter().filter(|l| l.listed).map(|l| l.code).collect();
        schemars::json_schema!({ "type": "string", "enum": codes, "description": "A language the helper speaks." })
    }
}

/// A value put into a text's placeholder: words, or a number (which also picks the plural form).
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Words, put in as they are.
    Str(Cow<'a, str>),
    /// A number: written as digits, and chooses `[one]`, `[few]`, `[many]`... by the language's rules.
    Num(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(value: &'a str) -> Self {
        Arg::Str(Cow::Borrowed(value))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(value: &'a String) -> Self {
        Arg::Str(Cow::Borrowed(value))
    }
}

impl From<String> for Arg<'_> {
    fn from(value: String) -> Self {
        Arg::Str(Cow::Owned(value))
    }
}

macro_rules! number_args {
    ($($t:ty),*) => { $(impl From<$t> for Arg<'_> { fn from(value: $t) -> Self { Arg::Num(value as f64) } })* };
}
number_args!(u8, u16, u32, u64, usize, i8, i16, i32, i64, isize, f32, f64);

/// A text in `lang` by its id (`"id"` or `"id.attribute"`), with its placeholders filled:
/// `t!(lang, "lang-unknown", code = "fr", known = "en (English)")`.
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:expr $(,)?) => {
        $crate::i18n::tr($lang, $id, &[])
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::tr($lang, $id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
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
        let known: Vec<String> = LANGUAGES
            .iter()
            .filter(|l| l.listed)
            .map(|l| format!("{} ({})", l.code, l.name))
            .collect();
        crate::t!(lang, "lang-unknown", code = self.0.as_str(), known = known.join(", "))
    }
}

impl std::fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for UnknownLang {}

/// The name of a month (1-12), as written inside a sentence ("marzo"; Ukrainian: the genitive,
/// "березня", as in a date).
pub fn month_name(month: u32, lang: Lang) -> String {
    crate::t!(lang, "month-in-date", month = month.clamp(1, 12))
}

/// A date as people write it: "March 31, 2027", "31 de marzo de 2027", "31 березня 2027 р.".
pub fn long_date(date: NaiveDate, lang: Lang) -> String {
    crate::t!(
        lang,
        "date-long",
        day = date.day(),
        month = month_name(date.month(), lang),
        year = date.year().to_string(),
    )
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
        assert_eq!(long_date(ymd(2026, 12, 31), Lang::Es), "31 de diciembre de 2026");
    }
}
