//! The questions of the form: where each answer lives in the JSON, the Part and Item of the paper
//! form it fills, its name in both languages, and when it must be answered.
//!
//! ```
//! use parole_helper::form::fields::{field, When};
//! use parole_helper::i18n::Lang;
//!
//! let a_number = field("beneficiary.aNumber").unwrap();
//! assert_eq!(a_number.item.to_string(), "Part 2, Item 23");
//! assert_eq!(a_number.item.label(Lang::Es), "Parte 2, Punto 23");
//! assert_eq!(a_number.required, None); // only if the person has one
//! assert_eq!(field("reason.expectedArrival").unwrap().required.unwrap().0, When::Initial);
//! assert_eq!(field("filer.name.familyName").unwrap().label.es, "Apellido(s)");
//! ```
//!
//! Part and Item numbers follow Form I-131, edition 01/20/25 (`shared/domain.md` §2a). Parts 11
//! and 12 are named by Part only: their item numbers were not verified. The questions themselves
//! are data in [`super::questions`]: adding one there adds it to the checks and to the page.

use std::fmt;

use super::questions::SECTIONS;
use super::{answer, Address, FormProgram, ParoleRequest, ParoleType, ReasonCategory};
use crate::check::formats::is_us_country;
use crate::rules::Code;
use crate::i18n::Lang;

/// A Part and Item of Form I-131, such as Part 2, Item 23.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Item {
    /// The Part, 1-13.
    pub part: u8,
    /// The Item within the Part ("23", "6.A"), or "" for the Part as a whole.
    pub number: &'static str,
}

impl Item {
    /// Not on the paper form: questions the helper asks for its own checks (Part 0).
    pub const NOT_ON_FORM: Item = Item { part: 0, number: "" };

    /// True unless it is [`Item::NOT_ON_FORM`].
    pub fn on_form(self) -> bool {
        self.part != 0
    }

    /// "Part 2, Item 23" or "Parte 2, Punto 23" (USCIS's own Spanish wording).
    pub fn label(self, lang: Lang) -> String {
        if !self.on_form() {
            return String::new();
        }
        // "6-11" and "6.E / 10.I" name several items.
        let several = self.number.contains(['-', '/']);
        match (lang, self.number.is_empty(), several) {
            (Lang::En, true, _) => format!("Part {}", self.part),
            (Lang::En, false, false) => format!("Part {}, Item {}", self.part, self.number),
            (Lang::En, false, true) => format!("Part {}, Items {}", self.part, self.number),
            (Lang::Es, true, _) => format!("Parte {}", self.part),
            (Lang::Es, false, false) => format!("Parte {}, Punto {}", self.part, self.number),
            (Lang::Es, false, true) => format!("Parte {}, Puntos {}", self.part, self.number),
        }
    }
}

/// The English form, as printed on the form and used in JSON reports.
impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label(Lang::En))
    }
}

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
    pub fn get(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Es => self.es,
        }
    }
}

/// Whose details: the filer's, or the person to be paroled when someone files for them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Person {
    /// The person who files (Part 2, Items 1-15).
    Filer,
    /// The person to be paroled, when someone files for them (Part 2, Items 16-27).
    Beneficiary,
}

/// One of the four addresses of the form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AddressOf {
    /// Part 2, Item 3.
    FilerMailing,
    /// Part 2, Item 4.
    FilerPhysical,
    /// Part 2, Item 24.
    BeneficiaryMailing,
    /// Part 2, Item 25.
    BeneficiaryPhysical,
}

impl AddressOf {
    fn get(self, form: &ParoleRequest) -> Option<&Address> {
        match self {
            AddressOf::FilerMailing => Some(&form.filer.mailing_address),
            AddressOf::FilerPhysical => form.filer.physical_address.as_ref(),
            AddressOf::BeneficiaryMailing => Some(&form.beneficiary.mailing_address),
            AddressOf::BeneficiaryPhysical => form.beneficiary.physical_address.as_ref(),
        }
    }
}

/// When a question applies, or must be answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// On every request.
    Always,
    /// On a request for initial parole from abroad.
    Initial,
    /// On a request for re-parole.
    Reparole,
    /// When filing for someone else.
    ForSomeoneElse,
    /// On re-parole for oneself (the filer is the person in the US).
    ReparoleForSelf,
    /// On re-parole for someone else.
    ReparoleForSomeoneElse,
    /// On initial parole under this program.
    InitialUnder(FormProgram),
    /// Under "other program" (6.E / 10.I), which must be named.
    OtherProgram,
    /// When the reason is medical.
    Medical,
    /// When the reason is medical or family (a parent may be exempt from the parole fee).
    MedicalOrFamily,
    /// On re-parole under Family Reunification Parole (10.A), which DHS ended with exceptions.
    ReparoleUnderFrp,
    /// When this person's physical address differs from the mailing address.
    LivesElsewhere(Person),
    /// When this address is in the US, or its country is not given yet.
    AddressInUs(AddressOf),
    /// When this address has a country other than the US.
    AddressAbroad(AddressOf),
    /// When an interpreter helped (Part 11).
    InterpreterUsed,
    /// When someone else prepared the form (Part 12).
    PreparerUsed,
}

impl When {
    /// True when the condition holds for `form`. Unknown answers make conditions false: the
    /// missing answer itself is reported instead.
    pub fn holds(self, form: &ParoleRequest) -> bool {
        let kind = form.application.parole_type;
        let behalf = form.application.on_behalf_of_someone_else;
        match self {
            When::Always => true,
            When::Initial => kind == Some(ParoleType::Initial),
            When::Reparole => kind == Some(ParoleType::Reparole),
            When::ForSomeoneElse => behalf == Some(true),
            When::ReparoleForSelf => kind == Some(ParoleType::Reparole) && behalf == Some(false),
            When::ReparoleForSomeoneElse => kind == Some(ParoleType::Reparole) && behalf == Some(true),
            When::InitialUnder(program) => kind == Some(ParoleType::Initial) && form.application.program == Some(program),
            When::OtherProgram => form.application.program == Some(FormProgram::Other),
            When::Medical => form.reason.category == Some(ReasonCategory::Medical),
            When::MedicalOrFamily => matches!(form.reason.category, Some(ReasonCategory::Medical | ReasonCategory::Family)),
            When::ReparoleUnderFrp => kind == Some(ParoleType::Reparole) && form.effective_program() == Some(FormProgram::FamilyReunificationParole),
            When::LivesElsewhere(Person::Filer) => form.filer.physical_address.is_some(),
            When::LivesElsewhere(Person::Beneficiary) => form.beneficiary.physical_address.is_some(),
            When::AddressInUs(which) => which.get(form).is_some_and(|a| answer(&a.country).is_none_or(is_us_country)),
            When::AddressAbroad(which) => which.get(form).is_some_and(|a| answer(&a.country).is_some_and(|c| !is_us_country(c))),
            When::InterpreterUsed => form.interpreter.used == Some(true),
            When::PreparerUsed => form.preparer.used == Some(true),
        }
    }
}

/// One choice of a choice question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    /// The value in the request JSON.
    pub value: &'static str,
    /// What the person reads.
    pub label: Text,
    /// When it is offered (a program box exists for initial parole or for re-parole only).
    pub shown: When,
}

/// What kind of answer a question takes; the page picks its input from it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A line of text.
    Text,
    /// A paragraph.
    LongText,
    /// A date, `YYYY-MM-DD` (the page asks month, day and year).
    Date,
    /// Yes or no.
    YesNo,
    /// One of these.
    Choice(&'static [Choice]),
    /// One or more of these.
    Choices(&'static [Choice]),
    /// A whole number, kept as the text typed.
    WholeNumber,
    /// An email address.
    Email,
    /// A phone number.
    Phone,
    /// A group of answers that is there or not (a physical address "if different").
    Toggle,
    /// Up to three other names.
    NameList,
}

impl Kind {
    /// The kind's name for the page: `text`, `longText`, `date`, `yesNo`, `choice`, ...
    pub fn id(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::LongText => "longText",
            Kind::Date => "date",
            Kind::YesNo => "yesNo",
            Kind::Choice(_) => "choice",
            Kind::Choices(_) => "choices",
            Kind::WholeNumber => "wholeNumber",
            Kind::Email => "email",
            Kind::Phone => "phone",
            Kind::Toggle => "toggle",
            Kind::NameList => "nameList",
        }
    }

    /// The choices of a choice question.
    pub fn choices(self) -> &'static [Choice] {
        match self {
            Kind::Choice(list) | Kind::Choices(list) => list,
            _ => &[],
        }
    }
}

/// One question of the form.
#[derive(Debug)]
pub struct Field {
    /// The dotted path of the answer in the request JSON (`beneficiary.aNumber`).
    pub path: &'static str,
    /// Where it goes on the paper form ([`Item::NOT_ON_FORM`] for the helper's own questions).
    pub item: Item,
    /// What kind of answer it takes.
    pub kind: Kind,
    /// The question as the page asks it.
    pub label: Text,
    /// Its name inside a sentence ("your family name", "su apellido").
    pub name: Text,
    /// A short help text, if any.
    pub help: Option<Text>,
    /// When the question applies (the page hides it otherwise).
    pub shown: When,
    /// When it must be answered, and the rule that says so.
    pub required: Option<(When, Code)>,
    /// The answer must be written in English on the form.
    pub english: bool,
    /// Whether `form` answers it.
    pub answered: fn(&ParoleRequest) -> bool,
}

impl Field {
    /// The defaults the catalogue fills in from (`..Field::BLANK`).
    pub const BLANK: Field = Field {
        path: "",
        item: Item::NOT_ON_FORM,
        kind: Kind::Text,
        label: Text::EMPTY,
        name: Text::EMPTY,
        help: None,
        shown: When::Always,
        required: None,
        english: false,
        answered: |_| false,
    };

    /// Its name inside a sentence, in `lang`.
    pub fn name(&self, lang: Lang) -> &'static str {
        self.name.get(lang)
    }
}

/// Fields are the same question when their paths are.
impl PartialEq for Field {
    fn eq(&self, other: &Field) -> bool {
        self.path == other.path
    }
}

impl Eq for Field {}

/// Every question, in form order.
pub fn all() -> impl Iterator<Item = &'static Field> {
    SECTIONS.iter().flat_map(|s| s.fields.iter())
}

/// True when `field` applies to `form`: its section and the question itself are shown.
pub fn is_shown(field: &Field, form: &ParoleRequest) -> bool {
    field.shown.holds(form) && super::questions::section_of(field.path).is_none_or(|s| s.shown.holds(form))
}

/// The field at `path`, if the form has one.
pub fn field(path: &str) -> Option<&'static Field> {
    all().find(|f| f.path == path)
}

/// True when an optional text answer is given (not blank).
pub(crate) fn has(value: &Option<String>) -> bool {
    answer(value).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLES: [&str; 4] = [
        include_str!("../../examples/initial-medical-from-abroad.json"),
        include_str!("../../examples/reparole-no-program.json"),
        include_str!("../../examples/reparole-ukraine.json"),
        include_str!("../../examples/reparole-medical-child.json"),
    ];

    /// The JSON value at a dotted path, if any.
    fn at<'a>(value: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
        path.split('.').try_fold(value, |v, key| v.get(key))
    }

    #[test]
    fn every_path_is_where_the_answer_is() {
        let empty = serde_json::to_value(ParoleRequest::default()).unwrap();
        for text in EXAMPLES {
            let form: ParoleRequest = serde_json::from_str(text).unwrap();
            let json = serde_json::to_value(&form).unwrap();
            for field in all() {
                let value = at(&json, field.path);
                let present = value.is_some_and(|v| match v {
                    serde_json::Value::String(s) => !s.trim().is_empty(),
                    serde_json::Value::Array(a) => !a.is_empty(),
                    serde_json::Value::Null => false,
                    _ => true,
                });
                assert_eq!((field.answered)(&form), present, "{} does not read its own path", field.path);
                assert!(!(field.answered)(&ParoleRequest::default()), "{}", field.path);
                assert!(at(&empty, field.path).is_none_or(|v| !v.is_string()), "{}", field.path);
            }
        }
    }

    #[test]
    fn paths_are_unique_and_names_exist_in_both_languages() {
        let mut paths: Vec<_> = all().map(|f| f.path).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), all().count());
        for f in all() {
            for text in [f.name, f.label].into_iter().chain(f.help) {
                assert!(!text.en.is_empty() && !text.es.is_empty() && text.en != text.es, "{}", f.path);
            }
            for choice in f.kind.choices() {
                assert!(!choice.label.en.is_empty() && choice.label.en != choice.label.es, "{} {}", f.path, choice.value);
            }
        }
    }

    #[test]
    fn items_read_as_on_the_form() {
        assert_eq!(Item { part: 1, number: "6-11" }.label(Lang::En), "Part 1, Items 6-11");
        assert_eq!(Item { part: 11, number: "" }.label(Lang::Es), "Parte 11");
        assert_eq!(Item::NOT_ON_FORM.label(Lang::En), "");
    }
}
