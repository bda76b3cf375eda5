//! The questions as the page shows them, in one language: the page renders itself from this, so a
//! question added to [`super::questions`] appears in the page with no change to the page's code.
//!
//! ```
//! use parole_helper::form::describe::questions;
//! use parole_helper::i18n::Lang;
//!
//! let sections = questions(Lang::Es);
//! let first = &sections[0].fields[0];
//! assert_eq!(first.path, "application.paroleType");
//! assert_eq!(first.item, "Parte 1, Puntos 6-11");
//! assert_eq!(first.item_en, "Part 1, Items 6-11"); // the English form's Part and Item, shown in Spanish too
//! assert_eq!(first.kind, "choice");
//! ```

use serde::Serialize;

use super::catalogue::{Kind, SECTIONS};
use crate::i18n::Lang;
use crate::program::Program;

/// A section of questions, worded.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionText {
    /// Stable id.
    pub id: &'static str,
    /// Heading.
    pub title: &'static str,
    /// Its questions.
    pub fields: Vec<QuestionText>,
}

/// One question, worded.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionText {
    /// Path of the answer in the request JSON.
    pub path: &'static str,
    /// Part and Item in the chosen language ("" when not on the form).
    pub item: String,
    /// Part and Item of the English form ("" when not on the form).
    pub item_en: String,
    /// `text`, `longText`, `date`, `yesNo`, `choice`, `choices`, `wholeNumber`, `email`, `phone`,
    /// `toggle` or `nameList`.
    pub kind: &'static str,
    /// The question.
    pub label: &'static str,
    /// Help, if any.
    pub help: Option<&'static str>,
    /// The answer must be written in English on the form.
    pub english: bool,
    /// The choices, for `choice` and `choices`.
    pub choices: Vec<ChoiceText>,
}

/// One choice, worded.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ChoiceText {
    /// The value in the request JSON.
    pub value: &'static str,
    /// What the person reads.
    pub label: String,
}

/// Every section and question, worded in `lang`.
pub fn questions(lang: Lang) -> Vec<SectionText> {
    SECTIONS
        .iter()
        .map(|section| SectionText {
            id: section.id,
            title: section.title.get(lang),
            fields: section
                .questions
                .iter()
                .map(|f| QuestionText {
                    path: f.path,
                    item: f.item.label(lang),
                    item_en: f.item.label(Lang::En),
                    kind: f.kind.id(),
                    label: f.label.get(lang),
                    help: f.help.map(|h| h.get(lang)),
                    english: f.english,
                    choices: choices(f.kind, lang),
                })
                .collect(),
        })
        .collect()
}

/// The choices of a choice question, worded; a program names its boxes ("6.A or 10.D").
fn choices(kind: Kind, lang: Lang) -> Vec<ChoiceText> {
    match kind {
        Kind::Choice(list) | Kind::Choices(list) => list.iter().map(|c| ChoiceText { value: c.value, label: c.label.get(lang).to_string() }).collect(),
        Kind::Program => Program::ALL
            .into_iter()
            .map(|program| {
                let items: Vec<&str> = [program.initial_item(), program.reparole_item()].into_iter().flatten().collect();
                let or = match lang {
                    Lang::En => " or ",
                    Lang::Es => " o ",
                };
                let name = program.name().get(lang);
                let items = items.join(or);
                let label = match name.strip_suffix(')') {
                    Some(open) => format!("{open}; {items})"),
                    None => format!("{name} ({items})"),
                };
                ChoiceText { value: program.id(), label }
            })
            .collect(),
        _ => Vec::new(),
    }
}
