//! The bottom layer: what a rule is, where it comes from, how sure we are of it, and the dates it
//! holds. The check's rule pack ([`pack`]) and the renewal windows' rules
//! ([`crate::windows::rules`]) are both made of [`Rule`]s.
//!
//! ```
//! use parole_helper::rules::{Basis, Code};
//!
//! assert!(Basis::Government.is_official());
//! assert!(!Basis::Secondary.is_official()); // shown as advice, never as a hard rule
//! assert_eq!(Code::FormatSsn.id(), "format.ssn");
//! ```
//!
//! The [`Basis`] values are the confidence tags of `shared/domain.md`; keep them as honest as the
//! research they come from. Only government text and the form itself count as official. A rule
//! resting on a secondary source or an inference is advice: it may warn, never reject.

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::Lang;

pub mod pack;
pub mod source_words;

pub use pack::{Code, Ruleset, RULES, RULESET};

/// Human Rights First's page for parolees (domain.md §4 and §6), cited by the pack and the windows.
pub const HRF_PAROLED: &str = "https://humanrightsfirst.org/i-was-paroled-in-the-united-states/";

/// How sure we are of a fact (the tags of `shared/domain.md`).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// `[gov]`: statute, regulation, Federal Register notice, USCIS page.
    Government,
    /// `[form]`: the form's own layout and instructions.
    Form,
    /// `[sec]`: a law firm, nonprofit or news summary.
    Secondary,
    /// `[inf]`: our inference; nobody published it.
    Inference,
    /// Not a legal fact but plain sense about the data: a date that does not exist, a birth date
    /// in the future. Such a check may be an error without being "official".
    Logic,
}

impl Basis {
    /// True for government text and the form itself; everything else is advice.
    pub fn is_official(self) -> bool {
        matches!(self, Basis::Government | Basis::Form)
    }

    /// True when a finding resting on this basis may be reported as an error (something USCIS
    /// would reject, or data that cannot be right); advice never is.
    pub fn may_be_error(self) -> bool {
        matches!(self, Basis::Government | Basis::Form | Basis::Logic)
    }
}

/// A citation a person can follow. The English title is the canonical text; each language words
/// it under `id` in its file ([`source_words`]); people see it through [`Source::worded`].
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Its text's id in the language files (`source-…`): how a page in another language finds its
    /// wording without the English file. Not part of the JSON: people see the worded title.
    #[serde(skip)]
    #[cfg_attr(not(target_arch = "wasm32"), schemars(skip))]
    pub id: &'static str,
    /// Who says it, and where, in English.
    pub title: &'static str,
    /// A public page; `None` for our own inferences, which have no page to point to.
    pub url: Option<&'static str>,
}

impl Source {
    /// The citation as a person reads it in `lang`.
    ///
    /// ```
    /// use parole_helper::i18n::Lang;
    /// use parole_helper::rules::Code;
    ///
    /// let source = Code::FormatDate.rule().source.worded(Lang::Es);
    /// assert_eq!(source.title, "Sentido común sobre los datos (no es una regla legal)");
    /// assert_eq!(source.lang, Lang::Es);
    /// ```
    pub fn worded(self, lang: Lang) -> SourceText {
        let (title, lang) = source_words::title(&self, lang);
        SourceText { title, url: self.url, lang }
    }
}

/// A citation worded for a person: what reports and the page show (`{title, url, lang}`).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SourceText {
    /// Who says it, and where, in `lang`. Names of official documents and laws may stay in
    /// English inside another language, marked as such (`"…" (en inglés)`).
    pub title: &'static str,
    /// A public page; `null` for our own inferences, which have no page to point to.
    pub url: Option<&'static str>,
    /// The language `title` is written in: the report's, or `en` when the whole title is
    /// English (so a page can mark it `lang="en"`).
    pub lang: Lang,
}

/// How much a finding matters.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// USCIS would reject the request, or the data cannot be right.
    Error,
    /// Advice, or a risk worth a look.
    Warning,
    /// Good to know; also the severity of checklist and fee rules.
    Info,
}

/// One rule: of the check's pack, or of the renewal windows.
#[derive(Debug)]
pub struct Rule {
    /// Its stable code, as text.
    pub id: &'static str,
    /// The Parts and Items it concerns.
    pub items: &'static str,
    /// How much a finding matters.
    pub severity: Severity,
    /// How sure we are; only government and form text is official.
    pub basis: Basis,
    /// Where it comes from.
    pub source: Source,
    /// The first day it holds, where it has one (fees, terminations).
    pub holds_from: Option<NaiveDate>,
    /// The last day it holds, once retired.
    pub holds_until: Option<NaiveDate>,
}

impl Rule {
    /// True for government and form text; everything else is advice.
    pub fn official(&self) -> bool {
        self.basis.is_official()
    }

    /// True when the rule is in force on `day`.
    pub fn holds_on(&self, day: NaiveDate) -> bool {
        self.holds_from.is_none_or(|from| from <= day) && self.holds_until.is_none_or(|until| day <= until)
    }
}

