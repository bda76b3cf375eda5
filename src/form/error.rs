//! Why a document is not a request at all (as opposed to a request with problems, which is a
//! normal report). Each error has a stable code and is worded per language.

use std::fmt;

use crate::i18n::Lang;

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
        let in_path = |path: &str| match (path.is_empty(), lang) {
            (true, _) => String::new(),
            (false, Lang::En) => format!(" in {path}"),
            (false, Lang::Es) => format!(" en {path}"),
        };
        let megabytes = |bytes: &usize| bytes.div_ceil(1_000_000);
        match (lang, self) {
            (Lang::En, FormError::NotJson { line, column }) => format!("This is not a form: it is not valid JSON (line {line}, column {column})."),
            (Lang::En, FormError::NotAnObject) => "This is not a form: a form is a JSON object, { ... }.".into(),
            (Lang::En, FormError::UnknownQuestion { path, name }) => {
                format!("This is not a form the helper knows: \"{name}\"{} is not one of its questions (a typo?).", in_path(path))
            }
            (Lang::En, FormError::UnknownChoice { path, value }) => {
                format!("This is not a form the helper knows: \"{value}\" is not a choice for {path}.")
            }
            (Lang::En, FormError::WrongType { path }) => format!(
                "This is not a form the helper knows: {} has the wrong kind of value.",
                if path.is_empty() { "the form" } else { path }
            ),
            (Lang::En, FormError::NewerVersion { version }) => format!(
                "This form was saved by a newer version of the helper (version {version}). Use the newer helper to open it; nothing was changed."
            ),
            (Lang::En, FormError::TooLarge { bytes }) => format!(
                "This file is too large to be a form ({} MB; a form is a few KB). Nothing was read.",
                megabytes(bytes)
            ),
            (Lang::En, FormError::AnswerTooLong { path, max }) => {
                format!("The answer to {path} is too long: at most {max} characters. Nothing was changed.")
            }
            (Lang::En, FormError::FamilyNotForPage { person }) => format!(
                "This family file cannot be opened here: on this page every person after the first is asked for by the same filer, with the same address, contact and kind of request, and {person}'s request is not. Nothing was changed."
            ),
            (Lang::Es, FormError::NotJson { line, column }) => format!("Esto no es un formulario: no es JSON válido (línea {line}, columna {column})."),
            (Lang::Es, FormError::NotAnObject) => "Esto no es un formulario: un formulario es un objeto JSON, { ... }.".into(),
            (Lang::Es, FormError::UnknownQuestion { path, name }) => format!(
                "Este no es un formulario que la herramienta conozca: \"{name}\"{} no es una de sus preguntas (¿un error al escribir?).",
                in_path(path)
            ),
            (Lang::Es, FormError::UnknownChoice { path, value }) => {
                format!("Este no es un formulario que la herramienta conozca: \"{value}\" no es una opción para {path}.")
            }
            (Lang::Es, FormError::WrongType { path }) => format!(
                "Este no es un formulario que la herramienta conozca: {} tiene un valor del tipo equivocado.",
                if path.is_empty() { "el formulario" } else { path }
            ),
            (Lang::Es, FormError::NewerVersion { version }) => format!(
                "Este formulario lo guardó una versión más nueva de la herramienta (versión {version}). Ábralo con la versión nueva; no se cambió nada."
            ),
            (Lang::Es, FormError::TooLarge { bytes }) => format!(
                "Este archivo es demasiado grande para ser un formulario ({} MB; un formulario ocupa unos pocos KB). No se leyó nada.",
                megabytes(bytes)
            ),
            (Lang::Es, FormError::AnswerTooLong { path, max }) => {
                format!("La respuesta de {path} es demasiado larga: como máximo {max} caracteres. No se cambió nada.")
            }
            (Lang::Es, FormError::FamilyNotForPage { person }) => format!(
                "Este archivo de familia no se puede abrir aquí: en esta página, la misma persona pide el parole de todas las demás, con la misma dirección, el mismo contacto y el mismo tipo de solicitud, y la solicitud de {person} no es así. No se cambió nada."
            ),
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
