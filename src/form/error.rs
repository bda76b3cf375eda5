//! Why a document is not a request at all (as opposed to a request with problems, which is a
//! normal report). Each error has a stable code and is worded per language.

use std::fmt;

use crate::i18n::Lang;
use crate::t;

/// A document that cannot be read as a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormError {
    /// Text that is not JSON at all.
    NotJson {
        /// Line of the first problem (1-based).
        line: usize,
        /// Column of the first problem (1-based).
        column: usize,
    },
    /// JSON, but not an object.
    NotAnObject,
    /// A name the form does not have (a typo would hide an answer).
    UnknownQuestion {
        /// Where it is (`filer`), empty at the top.
        path: String,
        /// The unknown name.
        name: String,
    },
    /// A choice the question does not offer.
    UnknownChoice {
        /// The question's path.
        path: String,
        /// The value given.
        value: String,
    },
    /// A value of the wrong kind (a number for a text, a list for a yes/no).
    WrongType {
        /// The question's path.
        path: String,
    },
    /// A form saved by a newer version of the helper.
    NewerVersion {
        /// Its model version.
        version: u32,
    },
    /// More than a request can be: the text is over [`super::read::MAX_BYTES`].
    TooLarge {
        /// Its size in bytes.
        bytes: usize,
    },
    /// One answer is longer than any answer on the form can be.
    AnswerTooLong {
        /// The question's path.
        path: String,
        /// The most characters an answer may have.
        max: usize,
    },
    /// A family file the request page cannot hold as it is: this person does not share the
    /// first person's filer, contact and kind of request, or asks for themselves.
    FamilyNotForPage {
        /// Their name (or "#N").
        person: String,
    },
}

impl FormError {
    /// The stable code, for programs and tests.
    pub fn code(&self) -> &'static str {
        match self {
            FormError::NotJson { .. } => "form.not_json",
            FormError::NotAnObject => "form.not_an_object",
            FormError::UnknownQuestion { .. } => "form.unknown_question",
            FormError::UnknownChoice { .. } => "form.unknown_choice",
            FormError::WrongType { .. } => "form.wrong_type",
            FormError::NewerVersion { .. } => "form.newer_version",
            FormError::TooLarge { .. } => "form.too_large",
            FormError::AnswerTooLong { .. } => "form.answer_too_long",
            FormError::FamilyNotForPage { .. } => "form.family_not_for_page",
        }
    }

    /// The question the error is about, so a page can mark it.
    pub fn path(&self) -> Option<&str> {
        match self {
            FormError::UnknownChoice { path, .. } | FormError::WrongType { path } | FormError::AnswerTooLong { path, .. } => {
                Some(path.as_str()).filter(|p| !p.is_empty())
            }
            _ => None,
        }
    }

    /// What to tell the person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            FormError::NotJson { line, column } => t!(lang, "form-error-not-json", line = *line, column = *column),
            FormError::NotAnObject => t!(lang, "form-error-not-an-object"),
            FormError::UnknownQuestion { path, name } if path.is_empty() => t!(lang, "form-error-unknown-question", name = name),
            FormError::UnknownQuestion { path, name } => t!(lang, "form-error-unknown-question-in", name = name, path = path),
            FormError::UnknownChoice { path, value } => t!(lang, "form-error-unknown-choice", value = value, path = path),
            FormError::WrongType { path } if path.is_empty() => t!(lang, "form-error-wrong-type-form"),
            FormError::WrongType { path } => t!(lang, "form-error-wrong-type", path = path),
            FormError::NewerVersion { version } => t!(lang, "form-error-newer-version", version = *version),
            FormError::TooLarge { bytes } => t!(lang, "form-error-too-large", megabytes = bytes.div_ceil(1_000_000)),
            FormError::AnswerTooLong { path, max } => t!(lang, "form-error-answer-too-long", path = path, max = *max),
            FormError::FamilyNotForPage { person } => t!(lang, "form-error-family-not-for-page", person = person),
        }
    }
}

/// For developers and logs, in English; people read [`FormError::message`] in their language.
impl fmt::Display for FormError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for FormError {}
