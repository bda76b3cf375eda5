//! Where a rule comes from, and how sure we are of it.
//!
//! ```
//! use parole_helper::sources::Basis;
//!
//! assert!(Basis::Government.is_official());
//! assert!(!Basis::Secondary.is_official()); // shown as advice, never as a hard rule
//! ```
//!
//! The [`Basis`] values are the confidence tags of `shared/domain.md`; keep them as honest as the
//! research they come from. Only government text and the form itself count as official. A rule
//! resting on a secondary source or an inference is advice: it may warn, never reject.

use serde::Serialize;

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

/// A citation a person can follow.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Who says it, and where.
    pub title: &'static str,
    /// A public page; `None` for our own inferences, which have no page to point to.
    pub url: Option<&'static str>,
}
