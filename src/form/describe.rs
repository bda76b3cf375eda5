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
//!
//! let zip = sections.iter().flat_map(|s| &s.fields).find(|q| q.path == "filer.mailingAddress.zipCode").unwrap();
//! assert_eq!((zip.autocomplete, zip.input_mode), (Some("postal-code"), Some("numeric")));
//! ```

use serde::Serialize;

use super::catalogue::{Kind, Question, Slot, SECTIONS};
use super::formats::{is_us_country, Format};
use super::places::{self, Places};
use super::{answer, Address, ParoleRequest};
use crate::date::parse_date;
use crate::i18n::{long_date, Lang};
use crate::program::Program;
use crate::t;

/// A section of questions, worded.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionText {
    /// Stable id.
    pub id: &'static str,
    /// Heading.
    pub title: String,
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
    pub label: String,
    /// Help, if any.
    pub help: Option<String>,
    /// The answer must be written in English on the form.
    pub english: bool,
    /// The choices, for `choice` and `choices`.
    pub choices: Vec<ChoiceText>,
    /// The HTML `autocomplete` token, on the filer's own details only (`given-name`,
    /// `postal-code`, `tel`...; a date's boxes add `-month`, `-day` and `-year` to `bday`);
    /// `null` is `autocomplete="off"`.
    pub autocomplete: Option<&'static str>,
    /// The HTML `inputmode` from the answer's format (`numeric`, `tel`, `email`), or `null`.
    pub input_mode: Option<&'static str>,
    /// Answers to suggest (countries by their English name, US states by code), worded in the
    /// chosen language; any other answer may still be typed.
    pub suggestions: Vec<ChoiceText>,
    /// A date of signing: most people sign the day they print, so the page offers today's date
    /// with one button (the date stays theirs to change).
    pub signing_date: bool,
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
            title: section.title(lang),
            fields: section
                .questions
                .iter()
                .map(|f| QuestionText {
                    path: f.path,
                    item: f.item.label(lang),
                    item_en: f.item.to_string(),
                    kind: f.kind.id(),
                    label: f.label(lang),
                    help: f.help(lang),
                    english: f.english,
                    choices: choices(f.kind, lang),
                    autocomplete: f.autocomplete,
                    input_mode: f.input_mode(),
                    suggestions: suggestions(f, lang),
                    signing_date: f.path == "signature.date" || f.path.ends_with(".signatureDate"),
                })
                .collect(),
        })
        .collect()
}

/// What a question suggests: countries for every country, states where the format is a US state.
fn suggestions(question: &Question, lang: Lang) -> Vec<ChoiceText> {
    let list = if places::is_country_path(question.path) {
        Places::Countries
    } else if question.format == Some(Format::UsState) {
        Places::UsStates
    } else {
        return Vec::new();
    };
    places::suggestions(list, lang).into_iter().map(|(value, label)| ChoiceText { value, label: label.to_string() }).collect()
}

/// The choices of a choice question, worded; a program names its boxes ("6.A or 10.D").
fn choices(kind: Kind, lang: Lang) -> Vec<ChoiceText> {
    match kind {
        Kind::Choice(list) | Kind::Choices(list) => list.iter().map(|c| ChoiceText { value: c.value, label: c.label(lang) }).collect(),
        Kind::Program => Program::ALL
            .into_iter()
            .map(|program| {
                let items = match (program.initial_item(), program.reparole_item()) {
                    (Some(initial), Some(reparole)) => t!(lang, "choice-program-items", initial = initial, reparole = reparole),
                    (initial, reparole) => initial.or(reparole).unwrap_or_default().to_string(),
                };
                let name = program.name().get(lang);
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

/// One answer as the printed review shows it.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnswerText {
    /// The question's path (`beneficiary.dateOfBirth`): a page's way back to it.
    pub path: &'static str,
    /// Part and Item of the English form ("" when not on the form).
    pub item: String,
    /// The question.
    pub label: String,
    /// The answer in words (dates written out and as the form wants them), or `null` when a
    /// required question is not answered.
    pub text: Option<String>,
}

/// A section of the printed review.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SectionAnswers {
    /// Its heading.
    pub title: String,
    /// Its answers, in form order: the ones given, and the required ones still missing.
    pub answers: Vec<AnswerText>,
}

/// Every answer of `form` that applies, worded in `lang` for the printed review. Dates are worded
/// here, from the text typed: an impossible date stays as typed, never turned into another day.
pub fn answers(form: &ParoleRequest, lang: Lang) -> Vec<SectionAnswers> {
    let yes_no = |b: bool| if b { t!(lang, "q-answer-yes") } else { t!(lang, "q-answer-no") };
    SECTIONS
        .iter()
        .filter(|s| s.shown.holds(form))
        .map(|section| SectionAnswers {
            title: section.title(lang),
            answers: section
                .questions
                .iter()
                .filter(|q| q.shown.holds(form))
                .filter_map(|q| {
                    let text = match q.slot {
                        Slot::Text { get, .. } => get(form).map(str::trim).filter(|t| !t.is_empty()).map(|t| match (q.kind, parse_date(t)) {
                            (Kind::Date, Ok(day)) => format!("{} ({})", long_date(day, lang), day.format("%m/%d/%Y")),
                            _ => t.to_string(),
                        }),
                        Slot::YesNo { get, .. } => get(form).map(|b| match (q.path, b) {
                            // Item 24's own questions are not asked then: say what it holds.
                            ("beneficiary.mailingAddressSameAsFiler", true) => same_mailing_address(form, lang),
                            _ => yes_no(b),
                        }),
                        Slot::Choice { get, .. } => get(form).map(|id| label_of(q.kind, id, lang)),
                        Slot::Choices { get, .. } => Some(get(form)).filter(|ids| !ids.is_empty()).map(|ids| {
                            ids.iter().map(|id| label_of(q.kind, id, lang)).collect::<Vec<_>>().join(", ")
                        }),
                        Slot::Names { get, .. } => Some(get(form)).filter(|names| !names.is_empty()).map(|names| {
                            names
                                .iter()
                                .map(|n| [&n.family_name, &n.given_name, &n.middle_name].iter().filter_map(|p| p.as_deref()).collect::<Vec<_>>().join(", "))
                                .collect::<Vec<_>>()
                                .join("; ")
                        }),
                        // A group that is there shows through its own questions.
                        Slot::Toggle { .. } => return None,
                    };
                    let required = q.required.is_some_and(|(when, _)| when.holds(form));
                    (text.is_some() || required).then(|| AnswerText { path: q.path, item: q.item.label(lang), label: q.label(lang), text })
                })
                .collect(),
        })
        .filter(|s| !s.answers.is_empty())
        .collect()
}

/// The answer "yes, the same mailing address as the filer's", with that address on one line.
fn same_mailing_address(form: &ParoleRequest, lang: Lang) -> String {
    let address = one_line(form.beneficiary_mailing_address());
    if address.is_empty() { t!(lang, "q-answer-same-mailing-address") } else { t!(lang, "q-answer-same-mailing-address-at", address = address) }
}

/// An address on one line, with the parts its country asks for: "3020 Children's Way, Apt 12,
/// San Diego, CA 92123, United States".
fn one_line(address: &Address) -> String {
    let in_us = answer(&address.country).is_none_or(is_us_country);
    let region = if in_us { [&address.state, &address.zip_code] } else { [&address.province, &address.postal_code] };
    let region = region.into_iter().filter_map(answer).collect::<Vec<_>>().join(" ");
    [&address.street, &address.unit, &address.city]
        .into_iter()
        .filter_map(answer)
        .chain((!region.is_empty()).then_some(region.as_str()))
        .chain(answer(&address.country))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The worded label of a choice's id.
fn label_of(kind: Kind, id: &str, lang: Lang) -> String {
    choices(kind, lang).into_iter().find(|c| c.value == id).map_or_else(|| id.to_string(), |c| c.label)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::form::read::read;

    #[test]
    fn the_printed_review_words_answers_from_what_was_typed() {
        let form = read(r#"{"application":{"paroleType":"reparole","currentParoleExpires":"2027-05-14"},"filer":{"dateOfBirth":"2026-02-30","name":{"familyName":"Luna"}},"workPermit":true,"biographics":{"race":["white","asian"]}}"#).unwrap().form;
        let es = answers(&form, Lang::Es);
        let all: Vec<&AnswerText> = es.iter().flat_map(|s| &s.answers).collect();
        let text = |label: &str| all.iter().find(|a| a.label == label).and_then(|a| a.text.clone());
        assert_eq!(text("Último día del parole actual").as_deref(), Some("14 de mayo de 2027 (05/14/2027)"));
        assert_eq!(text("Fecha de nacimiento").as_deref(), Some("2026-02-30"), "an impossible date stays as typed");
        assert_eq!(text("Raza (una o más)").as_deref(), Some("Blanco, Asiático"));
        assert!(all.iter().any(|a| a.label == "Apellido(s)" && a.text.as_deref() == Some("Luna")));
        // A required question not answered is listed, without text.
        assert!(all.iter().any(|a| a.label.starts_with("¿Quiere un permiso") && a.text.as_deref() == Some("Sí")));
        assert!(all.iter().any(|a| a.text.is_none()));
        // The beneficiary's section does not apply to a request for oneself.
        assert!(!es.iter().any(|s| s.title.contains("para quien pide")));
    }
}
