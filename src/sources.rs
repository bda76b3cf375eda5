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
//! research they come from. Only government text and the form itself count as official.

use serde::Serialize;

/// How sure we are of a fact (the tags of `shared/domain.md`).
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
}

impl Basis {
    /// True for government text and the form itself; everything else is advice.
    pub fn is_official(self) -> bool {
        matches!(self, Basis::Government | Basis::Form)
    }
}

/// A citation a person can follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// Who says it, and where.
    pub title: &'static str,
    /// A public page; `None` for our own inferences, which have no page to point to.
    pub url: Option<&'static str>,
}
