//! The question catalogue: the one definition of the request. For each question: where its answer
//! lives in the JSON and on the model (a typed accessor), the Part and Item of the paper form, the
//! kind of answer and its format, when it applies and when it must be answered; its words, in
//! each language, are in the language files under an id made from its path ([`Question::words`]).
//! Reading JSON, the format checks, progress, the page, the printed review and the official PDF
//! all iterate it, so a question added here (and its words) is read, checked, shown, counted and
//! printed with no other change.
//!
//! ```
//! use parole_helper::form::catalogue::{question, Format, When};
//! use parole_helper::form::ParoleRequest;
//! use parole_helper::i18n::Lang;
//!
//! let a_number = question("beneficiary.aNumber").unwrap();
//! assert_eq!(a_number.item.to_string(), "Part 2, Item 23");
//! assert_eq!(a_number.item.label(Lang::Es), "Parte 2, Punto 23");
//! assert_eq!(a_number.format(), Some(Format::ANumber));
//! assert_eq!(a_number.required, None); // only if the person has one
//! assert_eq!(question("reason.expectedArrival").unwrap().required.unwrap().0, When::Initial);
//!
//! let mut form = ParoleRequest::default();
//! a_number.set_text(&mut form, "A123456789");
//! assert_eq!(form.beneficiary.a_number.as_deref(), Some("A123456789"));
//! assert!(a_number.answered(&form));
//! ```
//!
//! Part and Item numbers follow Form I-131, edition 01/20/25 (`shared/domain.md` §2a); a test
//! compares each with the tooltip of its box in the official PDF (the form's own words), so an
//! edition that renumbers items fails it. [`Boxes`] names those boxes: the filled PDF
//! (`crate::filing`) is built from them.

mod application;
mod background;
pub(crate) mod choices;
mod people;
mod signing;

use std::fmt;

pub use super::formats::Format;
use super::formats::is_us_country;
use super::{answer, Address, Name, ParoleRequest, ParoleType, ReasonCategory};
use crate::i18n::Lang;
use crate::program::Program;
use crate::rules::Code;
use crate::t;

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
        if self.number.is_empty() {
            t!(lang, "q-form-part", part = self.part)
        } else if self.number.contains(['-', '/']) {
            t!(lang, "q-form-items", part = self.part, items = self.number)
        } else {
            t!(lang, "q-form-item", part = self.part, item = self.number)
        }
    }
}

/// As the English form prints it ("Part 2, Item 23"), also in JSON reports: always in English.
/// The paper form's own words, not a translation: written here, so they never depend on the
/// English file being loaded (in the browser a Ukrainian page has only Ukrainian's).
impl fmt::Display for Item {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (part, number) = (self.part, self.number);
        match () {
            _ if !self.on_form() => Ok(()),
            _ if number.is_empty() => write!(f, "Part {part}"),
            _ if number.contains(['-', '/']) => write!(f, "Part {part}, Items {number}"),
            _ => write!(f, "Part {part}, Item {number}"),
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
    /// The address its questions ask for, when they are asked: none for a physical address "if
    /// different" not given, nor for Item 24 when it is the filer's address (Item 3 asks it).
    fn get(self, form: &ParoleRequest) -> Option<&Address> {
        match self {
            AddressOf::FilerMailing => Some(&form.filer.mailing_address),
            AddressOf::FilerPhysical => form.filer.physical_address.as_ref(),
            AddressOf::BeneficiaryMailing => (!form.mails_at_filers_address()).then_some(&form.beneficiary.mailing_address),
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
    InitialUnder(Program),
    /// Under "other program" (6.E / 10.I), which must be named.
    OtherProgram,
    /// Under a military program (IMMVI, 6.B / 10.E; military parole in place, 10.H).
    MilitaryProgram,
    /// When a reentry permit or refugee travel document was issued before (Part 4, 2.a).
    HadReentryPermit,
    /// When an advance parole document was issued before (Part 4, 3.a).
    HadAdvanceParole,
    /// When the reason is medical.
    Medical,
    /// When the reason is medical or family (a parent may be exempt from the parole fee).
    MedicalOrFamily,
    /// On re-parole under Family Reunification Parole (10.A), which DHS ended with exceptions.
    ReparoleUnderFrp,
    /// When this person's physical address differs from the mailing address.
    LivesElsewhere(Person),
    /// When filing for someone else who does not get mail at the filer's mailing address (Part 2,
    /// Item 24 is then asked; else it is Item 3's address).
    OwnMailingAddress,
    /// When this address is in the US, or its country is not given yet.
    AddressInUs(AddressOf),
    /// When this address has a country other than the US.
    AddressAbroad(AddressOf),
    /// When this address's country is given and is the US (then its state and ZIP code are needed).
    UsAddress(AddressOf),
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
            When::OtherProgram => form.application.program == Some(Program::Other),
            When::MilitaryProgram => matches!(form.application.program, Some(Program::MilitaryMembersAndVeterans | Program::MilitaryParoleInPlace)),
            When::HadReentryPermit => form.previous_documents.reentry_permit == Some(true),
            When::HadAdvanceParole => form.previous_documents.advance_parole == Some(true),
            When::Medical => form.reason.category == Some(ReasonCategory::Medical),
            When::MedicalOrFamily => matches!(form.reason.category, Some(ReasonCategory::Medical | ReasonCategory::Family)),
            When::ReparoleUnderFrp => kind == Some(ParoleType::Reparole) && form.effective_program() == Some(Program::Frp),
            When::LivesElsewhere(Person::Filer) => form.filer.physical_address.is_some(),
            When::LivesElsewhere(Person::Beneficiary) => form.beneficiary.physical_address.is_some(),
            When::OwnMailingAddress => behalf == Some(true) && !form.mails_at_filers_address(),
            When::AddressInUs(which) => which.get(form).is_some_and(|a| answer(&a.country).is_none_or(is_us_country)),
            When::AddressAbroad(which) => which.get(form).is_some_and(|a| answer(&a.country).is_some_and(|c| !is_us_country(c))),
            When::UsAddress(which) => which.get(form).is_some_and(|a| answer(&a.country).is_some_and(is_us_country)),
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
    /// The id of what the person reads, in the language files (`choice-sex-female`).
    pub id: &'static str,
}

impl Choice {
    /// What the person reads, in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        t!(lang, self.id)
    }
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
    /// One program of [`Program::ALL`], offered by the kind of request (initial or re-parole).
    Program,
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
            Kind::Choice(_) | Kind::Program => "choice",
            Kind::Choices(_) => "choices",
            Kind::WholeNumber => "wholeNumber",
            Kind::Email => "email",
            Kind::Phone => "phone",
            Kind::Toggle => "toggle",
            Kind::NameList => "nameList",
        }
    }
}

/// Where an answer goes on the official PDF (Form I-131, edition 01/20/25): the form's own field
/// names, as its field list gives them. `crate::filing` writes the answers into them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Boxes {
    /// Nowhere: the helper's own question, or one the form shows only through other boxes.
    None,
    /// One text box, written as the question's format says (dates `mm/dd/yyyy`, an A-Number as
    /// its 9 digits, a US phone as its 10 digits).
    Text(&'static str),
    /// A list box and the values it offers; an answer it does not offer goes to Part 13.
    List(&'static str, &'static [&'static str]),
    /// One box per digit, right-aligned and padded with zeros (the weight).
    Digits(&'static [&'static str]),
    /// One check box per choice (a yes/no question's choices are `yes` and `no`).
    Ticks(&'static [Tick]),
    /// Rows of family, given and middle name boxes.
    Names(&'static [[&'static str; 3]]),
    /// An address's unit: the number box and the Apt., Ste. and Flr. check boxes.
    Unit {
        /// The number box (6 characters).
        number: &'static str,
        /// Apt.
        apt: &'static str,
        /// Ste.
        ste: &'static str,
        /// Flr.
        flr: &'static str,
    },
    /// "City, Country" split into a city box and a country box.
    CityAndCountry(&'static str, &'static str),
    /// The box of the application-type item the request names ("6.E" or "10.I").
    ByItem(&'static [(&'static str, &'static str)]),
    /// The check boxes of the application-type item the request names (6.B, 10.E, 10.H).
    TicksByItem(&'static [(&'static str, &'static [Tick])]),
    /// A number and its unit ("18 months"), with the unit question.
    Stay(&'static str),
    /// The application-type check box, chosen by the kind of request and the program together.
    ApplicationType,
}

/// The values of the form's state lists: the USPS codes, territories and military "states".
pub const US_STATE_OPTIONS: &[&str] = &[
    "AA", "AE", "AK", "AL", "AP", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "FM", "GA", "GU", "HI", "IA",
    "ID", "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MH", "MI", "MN", "MO", "MP", "MS", "MT", "NC", "ND", "NE",
    "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "PW", "RI", "SC", "SD", "TN", "TX", "UT", "VA", "VI",
    "VT", "WA", "WI", "WV", "WY",
];

/// The check box of one choice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tick {
    /// The choice's id (`yes`, `no`, `female`...).
    pub choice: &'static str,
    /// The box's field name.
    pub field: &'static str,
    /// The name of its "on" state.
    pub on: &'static str,
}

/// Where a question's answer lives on the model, typed: how to read it and how to write it.
#[derive(Clone, Copy)]
pub enum Slot {
    /// Text (also dates, numbers, emails and phones, kept as typed).
    Text {
        /// Reads it.
        get: fn(&ParoleRequest) -> Option<&str>,
        /// The place to write it.
        set: fn(&mut ParoleRequest) -> &mut Option<String>,
    },
    /// Yes or no.
    YesNo {
        /// Reads it.
        get: fn(&ParoleRequest) -> Option<bool>,
        /// The place to write it.
        set: fn(&mut ParoleRequest) -> &mut Option<bool>,
    },
    /// One choice, by its id.
    Choice {
        /// Reads its id.
        get: fn(&ParoleRequest) -> Option<&'static str>,
        /// Writes it by id; false for an id the question does not offer.
        set: fn(&mut ParoleRequest, Option<&str>) -> bool,
    },
    /// Several choices, by their ids.
    Choices {
        /// Reads their ids.
        get: fn(&ParoleRequest) -> Vec<&'static str>,
        /// Writes them by id; false (and nothing written) if one is not offered.
        set: fn(&mut ParoleRequest, &[&str]) -> bool,
    },
    /// A list of names.
    Names {
        /// Reads them.
        get: fn(&ParoleRequest) -> &Vec<Name>,
        /// The place to write them.
        set: fn(&mut ParoleRequest) -> &mut Vec<Name>,
    },
    /// A group that is there or not.
    Toggle {
        /// Whether it is there.
        get: fn(&ParoleRequest) -> bool,
        /// Adds (empty) or removes it.
        set: fn(&mut ParoleRequest, bool),
    },
}

impl fmt::Debug for Slot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Slot::Text { .. } => "Slot::Text",
            Slot::YesNo { .. } => "Slot::YesNo",
            Slot::Choice { .. } => "Slot::Choice",
            Slot::Choices { .. } => "Slot::Choices",
            Slot::Names { .. } => "Slot::Names",
            Slot::Toggle { .. } => "Slot::Toggle",
        })
    }
}

/// The slot of a text answer: `text!(filer.a_number)`, or `text!(filer.physical_address => street)`
/// inside a group that may be absent.
macro_rules! text {
    ($($f:ident).+ => $g:ident) => {
        Slot::Text {
            get: |r| r.$($f).+.as_ref().and_then(|group| group.$g.as_deref()),
            set: |r| &mut r.$($f).+.get_or_insert_with(Default::default).$g,
        }
    };
    ($($f:ident).+) => {
        Slot::Text { get: |r| r.$($f).+.as_deref(), set: |r| &mut r.$($f).+ }
    };
}

/// The slot of a yes/no answer.
macro_rules! yes_no {
    ($($f:ident).+) => {
        Slot::YesNo { get: |r| r.$($f).+, set: |r| &mut r.$($f).+ }
    };
}

/// The slot of a choice answer of enum `$ty` (with `id` and `from_id`).
macro_rules! choice {
    ($ty:ident: $($f:ident).+) => {
        Slot::Choice {
            get: |r| r.$($f).+.map($ty::id),
            set: |r, id| match id.map($ty::from_id) {
                None => { r.$($f).+ = None; true }
                Some(Some(value)) => { r.$($f).+ = Some(value); true }
                Some(None) => false,
            },
        }
    };
}

/// The slot of a several-choice answer of enum `$ty`.
macro_rules! choice_set {
    ($ty:ident: $($f:ident).+) => {
        Slot::Choices {
            get: |r| r.$($f).+.iter().map(|v| v.id()).collect(),
            set: |r, ids| match ids.iter().map(|id| $ty::from_id(id)).collect::<Option<Vec<$ty>>>() {
                Some(values) => { r.$($f).+ = values; true }
                None => false,
            },
        }
    };
}

/// The slot of a list of names.
macro_rules! names {
    ($($f:ident).+) => {
        Slot::Names { get: |r| &r.$($f).+, set: |r| &mut r.$($f).+ }
    };
}

/// The slot of a group that is there or not.
macro_rules! toggle {
    ($($f:ident).+) => {
        Slot::Toggle {
            get: |r| r.$($f).+.is_some(),
            set: |r, on| if on { r.$($f).+.get_or_insert_with(Default::default); } else { r.$($f).+ = None; },
        }
    };
}

pub(crate) use {choice, choice_set, names, text, toggle, yes_no};

/// One question of the form.
#[derive(Debug)]
pub struct Question {
    /// The dotted path of the answer in the request JSON (`beneficiary.aNumber`).
    pub path: &'static str,
    /// Where it goes on the paper form ([`Item::NOT_ON_FORM`] for the helper's own questions).
    pub item: Item,
    /// What kind of answer it takes.
    pub kind: Kind,
    /// The format its text must have, when the kind does not say it (an A-Number is text).
    pub format: Option<Format>,
    /// Where the answer lives on the model.
    pub slot: Slot,
    /// Whether it has a short help text (`.help` of its words: see [`Question::words`]).
    pub has_help: bool,
    /// When the question applies (the page hides it otherwise).
    pub shown: When,
    /// When it must be answered, and the rule that says so.
    pub required: Option<(When, Code)>,
    /// The answer must be written in English on the form.
    pub english: bool,
    /// Its boxes on the official PDF.
    pub pdf: Boxes,
    /// The HTML `autocomplete` token of the filer's own details (WCAG 2.1, 1.3.5 "Identify Input
    /// Purpose"): `family-name`, `postal-code`, `tel`... For a date, the token its three boxes
    /// extend with `-month`, `-day` and `-year` (`bday`). `None` is `autocomplete="off"`: anything
    /// about another person (the person to be paroled, the interpreter, the preparer), identity
    /// numbers, and what has no standard token, so a browser never offers the filer's own name or
    /// number for someone else's box.
    ///
    /// Data here rather than a function of the path: the token is decided where the question is
    /// written, next to its label, so a new question of Part 2 gets one (or not) knowingly;
    /// `tests/catalogue.rs` keeps every other person's question without one.
    pub autocomplete: Option<&'static str>,
}

impl Question {
    /// The defaults the catalogue fills in from (`..Question::BLANK`).
    pub const BLANK: Question = Question {
        path: "",
        item: Item::NOT_ON_FORM,
        kind: Kind::Text,
        format: None,
        slot: Slot::Toggle { get: |_| false, set: |_, _| {} },
        has_help: false,
        shown: When::Always,
        required: None,
        english: false,
        pdf: Boxes::None,
        autocomplete: None,
    };

    /// The id of its words in the language files: `q-` and its path with dashes for dots
    /// (`q-filer-name-familyName`). The message is the question as the page asks it; its `.name`
    /// is the question's name inside a sentence ("your family name", "su apellido"); its `.help`,
    /// when [`Question::has_help`], a short help text.
    pub fn words(&self) -> String {
        format!("q-{}", self.path.replace('.', "-"))
    }

    /// The question as the page asks it, in `lang`.
    pub fn label(&self, lang: Lang) -> String {
        t!(lang, &self.words())
    }

    /// Its name inside a sentence, in `lang`.
    pub fn name(&self, lang: Lang) -> String {
        t!(lang, &format!("{}.name", self.words()))
    }

    /// Its short help text in `lang`, if it has one.
    pub fn help(&self, lang: Lang) -> Option<String> {
        self.has_help.then(|| t!(lang, &format!("{}.help", self.words())))
    }

    /// The format its answer is checked against: its own, or its kind's.
    pub fn format(&self) -> Option<Format> {
        self.format.or(match self.kind {
            Kind::Date => Some(Format::Date),
            Kind::Email => Some(Format::Email),
            Kind::Phone => Some(Format::Phone),
            Kind::WholeNumber => Some(Format::Number { min: 1, max: u64::MAX, body: false }),
            _ => None,
        })
    }

    /// The keyboard a phone should show for it (the HTML `inputmode`), from its format: `numeric`
    /// for digits (ZIP code, SSN, USCIS account, numbers, the date boxes), `tel` for a phone,
    /// `email` for an email; `None` for the rest (an A-Number starts with "A", an I-94 number may
    /// hold a letter).
    pub fn input_mode(&self) -> Option<&'static str> {
        self.format().and_then(Format::input_mode)
    }

    /// Its text answer, trimmed, when it has one (text kinds only).
    pub fn text<'a>(&self, form: &'a ParoleRequest) -> Option<&'a str> {
        match self.slot {
            Slot::Text { get, .. } => get(form).map(str::trim).filter(|t| !t.is_empty()),
            _ => None,
        }
    }

    /// Writes a text answer (empty text clears it). Does nothing for other kinds.
    pub fn set_text(&self, form: &mut ParoleRequest, text: &str) {
        if let Slot::Text { set, .. } = self.slot {
            *set(form) = (!text.is_empty()).then(|| text.to_string());
        }
    }

    /// Whether `form` answers it.
    pub fn answered(&self, form: &ParoleRequest) -> bool {
        match self.slot {
            Slot::Text { .. } => self.text(form).is_some(),
            Slot::YesNo { get, .. } => get(form).is_some(),
            Slot::Choice { get, .. } => get(form).is_some(),
            Slot::Choices { get, .. } => !get(form).is_empty(),
            Slot::Names { get, .. } => !get(form).is_empty(),
            Slot::Toggle { get, .. } => get(form),
        }
    }
}

/// Whether a program has a box for this kind of request (initial 6.A-7, re-parole 10.A-11).
pub fn program_offered(program: Program, kind: Option<ParoleType>) -> bool {
    match kind {
        Some(ParoleType::Initial) => program.initial_item().is_some(),
        Some(ParoleType::Reparole) => program.reparole_item().is_some(),
        None => true,
    }
}

/// Fields are the same question when their paths are.
impl PartialEq for Question {
    fn eq(&self, other: &Question) -> bool {
        self.path == other.path
    }
}

impl Eq for Question {}

/// A group of questions shown together, following the form's Parts.
#[derive(Debug)]
pub struct Section {
    /// Stable id, for the page and for drafts; its heading is `section-<id>` in the language files.
    pub id: &'static str,
    /// When the section applies.
    pub shown: When,
    /// Its questions, in form order.
    pub questions: &'static [Question],
}

impl Section {
    /// Its heading, in `lang`.
    pub fn title(&self, lang: Lang) -> String {
        t!(lang, &format!("section-{}", self.id))
    }
}

/// Every section, in form order.
pub static SECTIONS: [Section; 9] = [
    Section {
        id: "application",
        shown: When::Always,
        questions: application::APPLICATION,
    },
    Section {
        id: "filer",
        shown: When::Always,
        questions: people::FILER,
    },
    Section {
        id: "beneficiary",
        shown: When::ForSomeoneElse,
        questions: people::BENEFICIARY,
    },
    Section {
        id: "biographics",
        shown: When::Always,
        questions: background::BIOGRAPHICS,
    },
    Section {
        id: "removal",
        shown: When::Always,
        questions: background::REMOVAL,
    },
    Section {
        id: "reason",
        shown: When::Always,
        questions: background::REASON,
    },
    Section {
        id: "workPermit",
        shown: When::Reparole,
        questions: background::WORK_PERMIT,
    },
    Section {
        id: "signature",
        shown: When::Always,
        questions: signing::SIGNATURE,
    },
    Section {
        id: "helpers",
        shown: When::Always,
        questions: signing::HELPERS,
    },
];

/// Every question, in form order.
pub fn all() -> impl Iterator<Item = &'static Question> {
    SECTIONS.iter().flat_map(|s| s.questions.iter())
}

/// The question at `path`, if the form has one.
pub fn question(path: &str) -> Option<&'static Question> {
    all().find(|q| q.path == path)
}

/// The section a question belongs to.
pub fn section_of(path: &str) -> Option<&'static Section> {
    SECTIONS.iter().find(|s| s.questions.iter().any(|q| q.path == path))
}

/// True when `question` applies to `form`: its section and the question itself are shown.
pub fn is_shown(question: &Question, form: &ParoleRequest) -> bool {
    question.shown.holds(form) && section_of(question.path).is_none_or(|s| s.shown.holds(form))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_unique_and_words_exist_in_both_languages() {
        let mut paths: Vec<_> = all().map(|q| q.path).collect();
        paths.sort();
        paths.dedup();
        assert_eq!(paths.len(), all().count());
        let ids = |lang| crate::i18n::message_ids(lang).into_iter().collect::<std::collections::HashSet<String>>();
        let (en, es) = (ids(Lang::En), ids(Lang::Es));
        // The form's own English words (Display) are the English file's, for every item.
        for question in all() {
            assert_eq!(question.item.to_string(), question.item.label(Lang::En), "{}", question.path);
        }
        let worded = |id: &str| {
            assert!(en.contains(id) && es.contains(id), "{id} is not in both languages");
            let (english, spanish) = (crate::t!(Lang::En, id), crate::t!(Lang::Es, id));
            assert!(!english.is_empty() && !spanish.is_empty() && english != spanish, "{id}");
        };
        for q in all() {
            let words = q.words();
            for id in [words.clone(), format!("{words}.name")].into_iter().chain(q.has_help.then(|| format!("{words}.help"))) {
                worded(&id);
            }
            assert_eq!(en.contains(&format!("{words}.help")), q.has_help, "{}: has_help says otherwise than the words", q.path);
            if let Kind::Choice(list) | Kind::Choices(list) = q.kind {
                for choice in list {
                    worded(choice.id);
                }
            }
        }
        for section in &SECTIONS {
            assert!(en.contains(&format!("section-{}", section.id)), "{}", section.id);
        }
    }

    #[test]
    fn items_read_as_on_the_form() {
        assert_eq!(Item { part: 1, number: "6-11" }.label(Lang::En), "Part 1, Items 6-11");
        assert_eq!(Item { part: 11, number: "" }.label(Lang::Es), "Parte 11");
        assert_eq!(Item::NOT_ON_FORM.label(Lang::En), "");
    }

    #[test]
    fn programs_are_offered_by_the_kind_of_request() {
        assert!(program_offered(Program::IntergovernmentalReferral, Some(ParoleType::Initial)));
        assert!(!program_offered(Program::IntergovernmentalReferral, Some(ParoleType::Reparole)));
        assert!(!program_offered(Program::Ukraine, Some(ParoleType::Initial)));
        assert!(program_offered(Program::Ukraine, None));
    }
}
