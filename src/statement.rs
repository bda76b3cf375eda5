//! Part 8's statement for a medical reason, written from short answers: the diagnosis, the
//! treatment, where it is given, why it cannot be had at home, for how long, (re-parole) why the
//! last period was not enough, and who pays. The sentences are plain English, for the form (written
//! here, not translated: USCIS takes the form in English); the same statement is read back in the
//! person's language from the language files (`st-read-...`), so they can check what it says. The
//! builder's questions and buttons are in the language files too (`st-...`).
//!
//! ```
//! use parole_helper::date::ymd;
//! use parole_helper::form::read::read;
//! use parole_helper::i18n::Lang;
//! use parole_helper::statement::{compose, Relation, StatementAnswers};
//!
//! let request = read(r#"{"application": {"onBehalfOfSomeoneElse": true}, "beneficiary": {
//!     "name": {"givenName": "Sofía"}, "dateOfBirth": "2022-03-18", "countryOfCitizenship": "Mexico"}}"#).unwrap().form;
//! let answers = StatementAnswers { relation: Some(Relation::Daughter), diagnosis: Some("short bowel syndrome".into()), ..Default::default() };
//! let statement = compose(&answers, &request, ymd(2026, 11, 27), Lang::Es);
//! assert_eq!(statement.english, "My daughter Sofía is 4 years old and is from Mexico. She has short bowel syndrome.");
//! assert_eq!(statement.read_back, "Mi hija Sofía tiene 4 años y es de México. Tiene short bowel syndrome.");
//! ```
//!
//! The name, age and country come from the request (the person to be paroled: the beneficiary
//! when filing for someone else, else the filer). What the person types goes in as typed,
//! trimmed, never translated: Part 8 must be in English, and the check says so when it is not.
//! A missing answer leaves its sentence out. No sentence promises an outcome.

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::date::parse_date;
use crate::form::describe::ChoiceText;
use crate::form::{answer, ParoleRequest, ParoleType, ReasonCategory, SignerRole, StayUnit};
use crate::i18n::Lang;
use crate::t;

/// Who the person to be paroled is to the filer (when filing for someone else).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Relation {
    /// "my daughter", then "she".
    Daughter,
    /// "my son", then "he".
    Son,
    /// "my child", then the name. Not offered: taken when the filer signs as a parent and did
    /// not say which.
    Child,
    /// Someone else: the name.
    Other,
}

/// Why the treatment cannot be had in the home country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum HomeCare {
    /// It is not available there.
    NotAvailable,
    /// It costs too much, or it is too far away.
    NotAffordable,
    /// It exists, but it is not safe to get there.
    Unsafe,
}

/// Why the last period of parole was not enough (re-parole only).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum MoreTime {
    /// The treatment continues.
    Continues,
    /// The condition got worse.
    Worse,
    /// Waiting for surgery or a transplant.
    Waiting,
}

/// Who pays for the care.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Payer {
    /// Public health coverage (Medicaid, Medi-Cal...).
    Public,
    /// Private health insurance.
    Private,
    /// The family.
    Family,
    /// A charity or a hospital program.
    Charity,
    /// Someone else: `payerDetail` says who.
    Other,
}

/// The builder's answers, as the page sends them. Every one is optional.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(default, rename_all = "camelCase")]
pub struct StatementAnswers {
    /// Who the person to be paroled is to the filer.
    pub relation: Option<Relation>,
    /// The diagnosis, in English, as the doctor's letter says it.
    pub diagnosis: Option<String>,
    /// The treatment, and how often.
    pub treatment: Option<String>,
    /// The hospital or clinic, city, and doctor.
    pub hospital: Option<String>,
    /// Why the treatment cannot be had in the home country.
    pub home: Option<HomeCare>,
    /// More about it, as typed.
    pub home_detail: Option<String>,
    /// How long the care is needed (a whole number); Part 8, Item 2 wins when it is answered.
    pub stay_value: Option<String>,
    /// Its unit: `days`, `weeks`, `months` or `years`.
    pub stay_unit: Option<String>,
    /// Re-parole: why the last period was not enough.
    pub more_time: Option<MoreTime>,
    /// More about it, as typed.
    pub more_time_detail: Option<String>,
    /// Who pays for the care.
    pub payer: Option<Payer>,
    /// Who, or which program, as typed.
    pub payer_detail: Option<String>,
}

impl StatementAnswers {
    /// The answers from a lookup by id (`"diagnosis"`, `"home"`...; the names of the fields in
    /// camelCase, as [`questions`] gives them): how an adapter reads them without serde. A choice
    /// that is not one of the builder's is no answer.
    pub fn from_fields(mut get: impl FnMut(&str) -> Option<String>) -> StatementAnswers {
        let mut choice = |id: &str, ids: &[&str]| get(id).and_then(|v| ids.iter().position(|i| *i == v));
        let (relation, home, more_time, payer) = (
            choice("relation", &["daughter", "son", "child", "other"]),
            choice("home", &["notAvailable", "notAffordable", "unsafe"]),
            choice("moreTime", &["continues", "worse", "waiting"]),
            choice("payer", &["public", "private", "family", "charity", "other"]),
        );
        StatementAnswers {
            relation: relation.map(|i| [Relation::Daughter, Relation::Son, Relation::Child, Relation::Other][i]),
            diagnosis: get("diagnosis"),
            treatment: get("treatment"),
            hospital: get("hospital"),
            home: home.map(|i| [HomeCare::NotAvailable, HomeCare::NotAffordable, HomeCare::Unsafe][i]),
            home_detail: get("homeDetail"),
            stay_value: get("stayValue"),
            stay_unit: get("stayUnit"),
            more_time: more_time.map(|i| [MoreTime::Continues, MoreTime::Worse, MoreTime::Waiting][i]),
            more_time_detail: get("moreTimeDetail"),
            payer: payer.map(|i| [Payer::Public, Payer::Private, Payer::Family, Payer::Charity, Payer::Other][i]),
            payer_detail: get("payerDetail"),
        }
    }
}

/// The statement: in English for Part 8, and read back in the person's language (for English,
/// the statement itself). Both empty until a question about the care is answered.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Statement {
    /// The text for Part 8, Item 1.
    pub english: String,
    /// What it says, in the person's language.
    pub read_back: String,
}

/// The builder applies to a medical reason, or while no kind of reason is chosen; not to a parent
/// asking to stay with a child in treatment (its sentences are about the patient, and would say
/// "I" of the parent).
pub fn shown(request: &ParoleRequest) -> bool {
    matches!(request.reason.category, None | Some(ReasonCategory::Medical)) && request.reason.parent_of_minor_patient != Some(true)
}

/// The builder's questions that do not apply to this request: who the person is to the filer
/// (filing for oneself), how long (Part 8, Item 2 says it), why the last period was not enough
/// (not a re-parole).
pub fn skipped(request: &ParoleRequest) -> Vec<&'static str> {
    let mut out = Vec::new();
    if !request.for_someone_else() {
        out.push("relation");
    }
    if stay(&request.reason.length_of_stay.value, request.reason.length_of_stay.unit.map(StayUnit::id)).is_some() {
        out.extend(["stayValue", "stayUnit"]);
    }
    if request.application.parole_type != Some(ParoleType::Reparole) {
        out.extend(["moreTime", "moreTimeDetail"]);
    }
    out
}

/// Writes the statement from the answers and the request, `today` giving the person's age, read
/// back in `lang`.
pub fn compose(answers: &StatementAnswers, request: &ParoleRequest, today: NaiveDate, lang: Lang) -> Statement {
    let facts = Facts::of(answers, request, today);
    let f = &facts;
    let about_care = f.diagnosis.or(f.treatment).or(f.hospital).or(f.home_detail).or(f.payer_detail).is_some()
        || f.home.is_some()
        || f.payer.is_some()
        || (f.reparole && (f.more_time.is_some() || f.more_time_detail.is_some()));
    if !about_care {
        return Statement::default();
    }
    let sentences = plan(&facts);
    // In English the read-back is the statement itself: the language file's English sentences say
    // what the form's do (a test compares them).
    Statement { english: english(&facts, &sentences), read_back: read_back(&facts, &sentences, lang) }
}

/// An age as said: months under a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Age {
    Months(u32),
    Years(u32),
}

/// What the sentences are made of, with every text trimmed and every blank left out.
struct Facts<'a> {
    /// The filer is the person to be paroled: "I".
    me: bool,
    relation: Relation,
    name: Option<&'a str>,
    age: Option<Age>,
    country: Option<&'a str>,
    initial: bool,
    reparole: bool,
    diagnosis: Option<&'a str>,
    treatment: Option<&'a str>,
    hospital: Option<&'a str>,
    home: Option<HomeCare>,
    home_detail: Option<&'a str>,
    stay: Option<(u32, StayUnit)>,
    more_time: Option<MoreTime>,
    more_time_detail: Option<&'a str>,
    payer: Option<Payer>,
    payer_detail: Option<&'a str>,
}

impl<'a> Facts<'a> {
    fn of(a: &'a StatementAnswers, request: &'a ParoleRequest, today: NaiveDate) -> Facts<'a> {
        let me = !request.for_someone_else();
        let (name, country) = if me {
            (&request.filer.name.given_name, &request.filer.country_of_citizenship)
        } else {
            (&request.beneficiary.name.given_name, &request.beneficiary.country_of_citizenship)
        };
        let parent = request.signature.signer_role == Some(SignerRole::Parent);
        let item_2 = &request.reason.length_of_stay;
        Facts {
            me,
            relation: a.relation.unwrap_or(if parent { Relation::Child } else { Relation::Other }),
            name: answer(name),
            age: request.paroled_person_birth_date().and_then(|d| parse_date(d).ok()).and_then(|birth| age(birth, today)),
            country: answer(country),
            initial: request.application.parole_type == Some(ParoleType::Initial),
            reparole: request.application.parole_type == Some(ParoleType::Reparole),
            diagnosis: clause(&a.diagnosis),
            treatment: clause(&a.treatment),
            hospital: clause(&a.hospital),
            home: a.home,
            home_detail: typed(&a.home_detail),
            stay: stay(&item_2.value, item_2.unit.map(StayUnit::id)).or_else(|| stay(&a.stay_value, a.stay_unit.as_deref())),
            more_time: a.more_time,
            more_time_detail: typed(&a.more_time_detail),
            payer: a.payer,
            payer_detail: clause(&a.payer_detail),
        }
    }
}

/// Age on `today`; `None` for a birth date after it.
fn age(birth: NaiveDate, today: NaiveDate) -> Option<Age> {
    if birth > today {
        return None;
    }
    let mut months = (today.year() - birth.year()) * 12 + today.month() as i32 - birth.month() as i32;
    if today.day() < birth.day() {
        months -= 1;
    }
    let months = months.max(0) as u32;
    Some(if months < 12 { Age::Months(months) } else { Age::Years(months / 12) })
}

/// A length of stay: a whole number above zero and a unit.
fn stay(value: &Option<String>, unit: Option<&str>) -> Option<(u32, StayUnit)> {
    let value = answer(value)?;
    if value.len() > 4 || !value.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let n: u32 = value.parse().ok()?;
    Some((n, StayUnit::from_id(unit?)?)).filter(|(n, _)| *n > 0)
}

/// Typed text, trimmed; `None` when it has no letter or digit ("", " ", ".").
fn typed(text: &Option<String>) -> Option<&str> {
    answer(text).filter(|t| t.chars().any(|c| c.is_alphabetic() || c.is_ascii_digit()))
}

/// Typed text that goes inside a sentence: trimmed, without its own final periods.
fn clause(text: &Option<String>) -> Option<&str> {
    // Bytes, not chars: '.' and ' ' are ASCII, and the generic char searches weigh more.
    typed(text).map(|t| t[..t.len() - t.bytes().rev().take_while(|b| *b == b'.').count()].trim_end())
}

/// Typed text as a sentence of its own: trimmed, with a final period when it has none.
fn sentence(text: &str) -> String {
    if matches!(text.as_bytes().last(), Some(b'.' | b'!' | b'?')) { text.to_string() } else { format!("{text}.") }
}

/// The first letter in upper case when it is a-z ("her" → "Her"); a name stays as typed (and
/// the Unicode case tables stay out of the module).
fn cap(text: &str) -> String {
    let mut text = text.to_string();
    if let Some(first) = text.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    text
}

// ---- The sentences ----

/// One sentence of the statement: written in English for the form by [`english`], read back in
/// the person's language by [`read_back`] from the language file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sentence {
    MeAgeCountry,
    MeAge,
    MeCountry,
    AgeCountry,
    Age,
    Country,
    Name,
    Diagnosis,
    Treatment,
    Hospital,
    HospitalToCome,
    NotAvailable,
    NotAffordable,
    Unsafe,
    Stay,
    NotEnough,
    Continues,
    Worse,
    Waiting,
    PaidBy,
    /// What the person typed, as a sentence of its own, in every language.
    Typed,
}

/// What fills a sentence's `{d}` (`$detail` in the language files).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Detail<'a> {
    None,
    /// Typed text, as typed.
    Text(&'a str),
    /// A length of stay.
    Stay(u32, StayUnit),
    /// Who pays: a payer chosen (never `Other`, which only says to read the detail), the detail typed.
    Payer(Option<Payer>, Option<&'a str>),
}

/// The sentences the facts make, in order, each with what fills it. A missing answer leaves its
/// sentence out.
fn plan<'a>(f: &Facts<'a>) -> Vec<(Sentence, Detail<'a>)> {
    use Sentence::*;
    let named = f.relation != Relation::Other || f.name.is_some();
    let intro = match (f.me, f.age.is_some(), f.country.is_some()) {
        (true, true, true) => Some(MeAgeCountry),
        (true, true, false) => Some(MeAge),
        (true, false, true) => Some(MeCountry),
        (true, false, false) => None,
        (false, true, true) => Some(AgeCountry),
        (false, true, false) => Some(Age),
        (false, false, true) => Some(Country),
        (false, false, false) => Some(Name).filter(|_| named),
    };
    let home = f.home.map(|home| match home {
        HomeCare::NotAvailable => NotAvailable,
        HomeCare::NotAffordable => NotAffordable,
        HomeCare::Unsafe => Unsafe,
    });
    let more_time = match (f.more_time, f.more_time_detail) {
        _ if !f.reparole => None,
        (Some(MoreTime::Continues), _) => Some(Continues),
        (Some(MoreTime::Worse), _) => Some(Worse),
        (Some(MoreTime::Waiting), _) => Some(Waiting),
        (None, Some(_)) => Some(NotEnough),
        (None, None) => None,
    };
    let payer = f.payer.filter(|p| *p != Payer::Other);
    let paid_by = (payer.is_some() || f.payer_detail.is_some()).then_some(PaidBy);
    let text = |t: Option<&'a str>| t.map(Detail::Text);
    let sentences = [
        (intro, Some(Detail::None)),
        (Some(Diagnosis), text(f.diagnosis)),
        (Some(Treatment), text(f.treatment)),
        (Some(if f.initial { HospitalToCome } else { Hospital }), text(f.hospital)),
        (home, Some(Detail::None)),
        (Some(Typed), text(f.home_detail)),
        (Some(Stay), f.stay.map(|(n, unit)| Detail::Stay(n, unit))),
        (more_time, Some(Detail::None)),
        (Some(Typed), text(f.more_time_detail.filter(|_| f.reparole))),
        (paid_by, Some(Detail::Payer(payer, f.payer_detail))),
    ];
    sentences.into_iter().filter_map(|(sentence, detail)| Some((sentence?, detail?))).collect()
}

/// Who the sentences are about, as the language files choose words by it: `me`, `she` (a
/// daughter), `he` (a son), `named` (anyone else with a name), `child` or `someone` (no name).
fn person(f: &Facts) -> &'static str {
    match (f.me, f.relation, f.name) {
        (true, ..) => "me",
        (_, Relation::Daughter, _) => "she",
        (_, Relation::Son, _) => "he",
        (_, _, Some(_)) => "named",
        (_, Relation::Child, None) => "child",
        (_, Relation::Other, None) => "someone",
    }
}

// ---- The English of the form ----
//
// What follows writes the statement that goes on the form, Part 8, Item 1. It is not a translation
// and stays in English whatever the person's language: USCIS takes the form in English. The
// person reads it in their language through `read_back` (the language files, `st-read-...`),
// which in English says exactly this.

/// The form's English sentences. In a template, `{key}` is a word of the person (see [`Words`]),
/// `{Key}` the same with a capital; `{d}` is what fills the sentence.
fn template(sentence: Sentence) -> &'static str {
    match sentence {
        Sentence::MeAgeCountry => "I am {a} and I am from {c}.",
        Sentence::MeAge => "I am {a}.",
        Sentence::MeCountry => "I am from {c}.",
        Sentence::AgeCountry => "{N} is {a} and is from {c}.",
        Sentence::Age => "{N} is {a}.",
        Sentence::Country => "{N} is from {c}.",
        Sentence::Name => "This request is for {n}.",
        Sentence::Diagnosis => "{S} {has} {d}.",
        Sentence::Treatment => "{S} {needs} {d}.",
        Sentence::Hospital => "{S} {is} treated at {d}.",
        Sentence::HospitalToCome => "{S} would be treated at {d}.",
        Sentence::NotAvailable => "This treatment is not available in {c}.",
        Sentence::NotAffordable => "In {c}, this treatment costs too much or is too far away.",
        Sentence::Unsafe => "In {c}, this treatment exists, but it is not safe to get there.",
        Sentence::Stay => "Parole is requested for {d}, while {s} {receives} this care.",
        Sentence::NotEnough => "The last parole period was not enough.",
        Sentence::Continues => "The last parole period was not enough because the treatment continues.",
        Sentence::Worse => "The last parole period was not enough because {p} condition got worse.",
        Sentence::Waiting => "The last parole period was not enough because {s} {is} waiting for surgery or a transplant.",
        Sentence::PaidBy => "{P} care is paid for by {d}.",
        Sentence::Typed => "{d}",
    }
}

/// The words the templates' `{key}`s stand for, for one person, in the form's English.
struct Words {
    /// `s`: "I", "she", "Sofía".
    subject: String,
    /// `p`: "my", "her", "Sofía's".
    possessive: String,
    /// `is`, `has`, `needs`, `receives`, in the person's grammatical person.
    verbs: [&'static str; 4],
    /// `a`: "4 years old".
    age: String,
    /// `c`: the country, or "her home country".
    country: String,
    /// `n`: "my daughter Sofía", "Sofía", "this person".
    noun: String,
}

impl Words {
    fn of(f: &Facts) -> Words {
        let person = person(f);
        // A daughter or son is "she" or "he" after the first sentence; anyone else keeps the name.
        let (subject, possessive): (String, String) = match (person, f.name) {
            ("me", _) => ("I".into(), "my".into()),
            ("she", _) => ("she".into(), "her".into()),
            ("he", _) => ("he".into(), "his".into()),
            (_, Some(name)) => (name.into(), format!("{name}'s")),
            ("child", None) => ("my child".into(), "my child's".into()),
            _ => ("this person".into(), "this person's".into()),
        };
        let relation = match f.relation {
            Relation::Daughter => "my daughter",
            Relation::Son => "my son",
            Relation::Child => "my child",
            Relation::Other => "",
        };
        let noun = match (relation, f.name) {
            ("", Some(name)) => name.to_string(),
            (relation, Some(name)) => format!("{relation} {name}"),
            ("", None) => "this person".into(),
            (relation, None) => relation.to_string(),
        };
        let country = match f.country {
            // The English name the list knows ("Mexico" for " mexico "), else as typed.
            Some(c) => crate::form::places::country_name(c, Lang::En).map_or_else(|| c.to_string(), |name| name.to_string()),
            None => format!("{possessive} home country"),
        };
        Words {
            verbs: if f.me { ["am", "have", "need", "receive"] } else { ["is", "has", "needs", "receives"] },
            age: f.age.map(english_age).unwrap_or_default(),
            country,
            noun,
            subject,
            possessive,
        }
    }
}

/// "4 years old", "8 months old", "less than 1 month old", as the form says it.
fn english_age(age: Age) -> String {
    match age {
        Age::Months(0) => "less than 1 month old".into(),
        Age::Months(n) => format!("{} old", crate::filing::stay_text(&n.to_string(), Some(StayUnit::Months))),
        Age::Years(n) => format!("{} old", crate::filing::stay_text(&n.to_string(), Some(StayUnit::Years))),
    }
}

/// `template` with each `{key}` replaced by its word, `{Key}` with a capital, and `{d}` by `d`.
/// Only the template is read for keys: a `{` in typed text is text.
fn fill(template: &str, w: &Words, d: &str) -> String {
    let mut out = String::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        let end = rest[start..].find('}').map_or(rest.len(), |e| start + e);
        out.push_str(&rest[..start]);
        let key = &rest[start + 1..end];
        let said = match key.to_ascii_lowercase().as_str() {
            "s" => &w.subject,
            "p" => &w.possessive,
            "is" => w.verbs[0],
            "has" => w.verbs[1],
            "needs" => w.verbs[2],
            "receives" => w.verbs[3],
            "a" => &w.age,
            "c" => &w.country,
            "n" => &w.noun,
            _ => d,
        };
        out.push_str(&if key.as_bytes().first().is_some_and(u8::is_ascii_uppercase) { cap(said) } else { said.to_string() });
        rest = rest.get(end + 1..).unwrap_or("");
    }
    out.push_str(rest);
    out
}

/// The statement for the form, in English.
fn english(f: &Facts, sentences: &[(Sentence, Detail)]) -> String {
    let w = Words::of(f);
    let detail = |detail: Detail| -> String {
        match detail {
            Detail::None => String::new(),
            Detail::Text(text) => text.to_string(),
            Detail::Stay(n, unit) => crate::filing::stay_text(&n.to_string(), Some(unit)),
            Detail::Payer(payer, typed) => {
                let payer = payer.map(|payer| match payer {
                    Payer::Public => "public health coverage".to_string(),
                    Payer::Private => "private health insurance".to_string(),
                    Payer::Charity => "a charity or a hospital program".to_string(),
                    Payer::Family | Payer::Other => match person(f) {
                        "me" => "my family",
                        "she" => "her family",
                        "he" => "his family",
                        _ => "the family",
                    }
                    .to_string(),
                });
                match (payer, typed) {
                    (Some(payer), Some(typed)) => format!("{payer} ({typed})"),
                    (payer, typed) => payer.or(typed.map(str::to_string)).unwrap_or_default(),
                }
            }
        }
    };
    let out: Vec<String> = sentences
        .iter()
        .map(|&(sentence, d)| match (sentence, d) {
            (Sentence::Typed, Detail::Text(text)) => self::sentence(text),
            _ => fill(template(sentence), &w, &detail(d)),
        })
        .collect();
    out.join(" ")
}

// ---- The statement read back ----

impl Sentence {
    /// The sentence's id in the language files.
    fn id(self) -> &'static str {
        match self {
            Sentence::MeAgeCountry => "st-read-me-age-country",
            Sentence::MeAge => "st-read-me-age",
            Sentence::MeCountry => "st-read-me-country",
            Sentence::AgeCountry => "st-read-age-country",
            Sentence::Age => "st-read-age",
            Sentence::Country => "st-read-country",
            Sentence::Name => "st-read-name",
            Sentence::Diagnosis => "st-read-diagnosis",
            Sentence::Treatment => "st-read-treatment",
            Sentence::Hospital => "st-read-hospital",
            Sentence::HospitalToCome => "st-read-hospital-to-come",
            Sentence::NotAvailable => "st-read-not-available",
            Sentence::NotAffordable => "st-read-not-affordable",
            Sentence::Unsafe => "st-read-unsafe",
            Sentence::Stay => "st-read-stay",
            Sentence::NotEnough => "st-read-not-enough",
            Sentence::Continues => "st-read-continues",
            Sentence::Worse => "st-read-worse",
            Sentence::Waiting => "st-read-waiting",
            Sentence::PaidBy => "st-read-paid-by",
            Sentence::Typed => "",
        }
    }
}

/// "4 years old", "8 months old", "less than 1 month old"; "4 años", "8 meses", "menos de 1 mes".
fn age_words(age: Age, lang: Lang) -> String {
    match age {
        Age::Months(n) => t!(lang, "st-read-age-months", n = n),
        Age::Years(n) => t!(lang, "st-read-age-years", n = n),
    }
}

/// "1 year", "6 months"; "1 año", "6 meses".
fn count(n: u32, unit: StayUnit, lang: Lang) -> String {
    let id = match unit {
        StayUnit::Days => "st-read-stay-days",
        StayUnit::Weeks => "st-read-stay-weeks",
        StayUnit::Months => "st-read-stay-months",
        StayUnit::Years => "st-read-stay-years",
    };
    t!(lang, id, n = n)
}

/// The statement read back in `lang`, sentence by sentence from the language file.
fn read_back(f: &Facts, sentences: &[(Sentence, Detail)], lang: Lang) -> String {
    let person = person(f);
    let name = f.name.unwrap_or_default();
    // The country in the reader's language when the list knows it ("México" in Spanish).
    let country = match f.country {
        Some(c) => crate::form::places::country_name(c, lang).map_or_else(|| c.to_string(), |name| name.to_string()),
        None => t!(lang, "st-read-home-country", person = person, name = name),
    };
    let age = f.age.map(|a| age_words(a, lang)).unwrap_or_default();
    let relation = match f.relation {
        Relation::Daughter => "daughter",
        Relation::Son => "son",
        Relation::Child => "child",
        Relation::Other => "other",
    };
    let out: Vec<String> = sentences
        .iter()
        .map(|&(sentence, d)| {
            let detail = match d {
                Detail::None => String::new(),
                Detail::Text(text) if sentence == Sentence::Typed => return self::sentence(text),
                Detail::Text(text) => text.to_string(),
                Detail::Stay(n, unit) => count(n, unit, lang),
                Detail::Payer(payer, typed) => {
                    let payer = payer.map(|payer| match payer {
                        Payer::Public => t!(lang, "st-read-payer-public"),
                        Payer::Private => t!(lang, "st-read-payer-private"),
                        Payer::Charity => t!(lang, "st-read-payer-charity"),
                        Payer::Family | Payer::Other => t!(lang, "st-read-payer-family", person = person),
                    });
                    match (payer, typed) {
                        (Some(payer), Some(typed)) => t!(lang, "st-read-payer-detail", payer = payer, detail = typed),
                        (payer, typed) => payer.or(typed.map(str::to_string)).unwrap_or_default(),
                    }
                }
            };
            // Who, with the name when there is one: to begin the first sentence, or inside it.
            let noun = match (sentence, f.name.is_some()) {
                (Sentence::AgeCountry | Sentence::Age | Sentence::Country, true) => t!(lang, "st-read-noun.start", relation = relation, name = name),
                (Sentence::AgeCountry | Sentence::Age | Sentence::Country, false) => t!(lang, "st-read-noun-unnamed.start", relation = relation),
                (Sentence::Name, true) => t!(lang, "st-read-noun", relation = relation, name = name),
                (Sentence::Name, false) => t!(lang, "st-read-noun-unnamed", relation = relation),
                _ => String::new(),
            };
            cap(&t!(
                lang,
                sentence.id(),
                person = person,
                name = name,
                noun = noun,
                age = age.as_str(),
                country = country.as_str(),
                detail = detail,
            ))
        })
        .collect();
    out.join(" ")
}

// ---- The builder's words, for the page ----

/// The builder's words in one language: its questions, choices and buttons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BuilderText {
    /// What opens the builder: "Help me write this".
    pub title: String,
    /// What it does, in two sentences.
    pub intro: String,
    /// The questions, in order.
    pub questions: Vec<BuilderQuestion>,
    /// The heading of the English text.
    pub english_title: String,
    /// The heading of the read-back; `None` in English (the read-back is the text itself).
    pub read_back_title: Option<String>,
    /// Shown while nothing is answered.
    pub empty: String,
    /// The button that puts the text in Part 8.
    pub use_text: String,
    /// Asked when Part 8 already has text.
    pub confirm: String,
    /// Keep what is there and add the text below it.
    pub add_below: String,
    /// Replace what is there.
    pub replace: String,
    /// Change nothing.
    pub cancel: String,
    /// Said once the text is in Part 8.
    pub done: String,
}

/// One question of the builder, worded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BuilderQuestion {
    /// Its answer's name in [`StatementAnswers`] (camelCase).
    pub id: &'static str,
    /// `text`, `number` or `choice`.
    pub kind: &'static str,
    /// The question.
    pub label: String,
    /// An example, if any.
    pub help: Option<String>,
    /// The choices, for `choice`.
    pub choices: Vec<ChoiceText>,
}

/// A question of the builder: its answer's name, its kind, and the ids of its words.
struct Question {
    id: &'static str,
    kind: &'static str,
    label: &'static str,
    help: Option<&'static str>,
    /// Each choice's value and the id of its label.
    choices: &'static [(&'static str, &'static str)],
}

const fn text(id: &'static str, label: &'static str, help: Option<&'static str>) -> Question {
    Question { id, kind: "text", label, help, choices: &[] }
}

const fn choice(id: &'static str, label: &'static str, choices: &'static [(&'static str, &'static str)]) -> Question {
    Question { id, kind: "choice", label, help: None, choices }
}

static QUESTIONS: &[Question] = &[
    choice("relation", "st-q-relation", &[
        ("daughter", "st-q-relation-daughter"),
        ("son", "st-q-relation-son"),
        ("other", "st-q-relation-other"),
    ]),
    text("diagnosis", "st-q-diagnosis", Some("st-q-diagnosis.help")),
    text("treatment", "st-q-treatment", Some("st-q-treatment.help")),
    text("hospital", "st-q-hospital", Some("st-q-hospital.help")),
    choice("home", "st-q-home", &[
        ("notAvailable", "st-q-home-notAvailable"),
        ("notAffordable", "st-q-home-notAffordable"),
        ("unsafe", "st-q-home-unsafe"),
    ]),
    text("homeDetail", "st-q-homeDetail", None),
    Question { id: "stayValue", kind: "number", label: "st-q-stayValue", help: None, choices: &[] },
    choice("stayUnit", "st-q-stayUnit", &[
        ("days", "st-q-stayUnit-days"),
        ("weeks", "st-q-stayUnit-weeks"),
        ("months", "st-q-stayUnit-months"),
        ("years", "st-q-stayUnit-years"),
    ]),
    choice("moreTime", "st-q-moreTime", &[
        ("continues", "st-q-moreTime-continues"),
        ("worse", "st-q-moreTime-worse"),
        ("waiting", "st-q-moreTime-waiting"),
    ]),
    text("moreTimeDetail", "st-q-moreTimeDetail", None),
    choice("payer", "st-q-payer", &[
        ("public", "st-q-payer-public"),
        ("private", "st-q-payer-private"),
        ("family", "st-q-payer-family"),
        ("charity", "st-q-payer-charity"),
        ("other", "st-q-payer-other"),
    ]),
    text("payerDetail", "st-q-payerDetail", None),
];

/// The builder's words in `lang`.
pub fn questions(lang: Lang) -> BuilderText {
    BuilderText {
        title: t!(lang, "st-title"),
        intro: t!(lang, "st-intro"),
        questions: QUESTIONS
            .iter()
            .map(|q| BuilderQuestion {
                id: q.id,
                kind: q.kind,
                label: t!(lang, q.label),
                help: q.help.map(|h| t!(lang, h)),
                choices: q.choices.iter().map(|(value, label)| ChoiceText { value, label: t!(lang, label) }).collect(),
            })
            .collect(),
        english_title: t!(lang, "st-english-title"),
        // Empty in English: the read-back is the statement itself.
        read_back_title: Some(t!(lang, "st-read-back-title")).filter(|title| !title.is_empty()),
        empty: t!(lang, "st-empty"),
        use_text: t!(lang, "st-use-text"),
        confirm: t!(lang, "st-confirm"),
        add_below: t!(lang, "st-add-below"),
        replace: t!(lang, "st-replace"),
        cancel: t!(lang, "st-cancel"),
        done: t!(lang, "st-done"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;

    fn request(json: &str) -> ParoleRequest {
        crate::form::read::read(json).unwrap().form
    }

    #[test]
    fn ages_are_whole_years_or_months() {
        let today = ymd(2026, 11, 27);
        assert_eq!(age(ymd(2022, 11, 28), today), Some(Age::Years(3)), "the day before the birthday");
        assert_eq!(age(ymd(2022, 11, 27), today), Some(Age::Years(4)));
        assert_eq!(age(ymd(2025, 11, 27), today), Some(Age::Years(1)));
        assert_eq!(age(ymd(2026, 3, 28), today), Some(Age::Months(7)));
        assert_eq!(age(ymd(2026, 11, 27), today), Some(Age::Months(0)));
        assert_eq!(age(ymd(2026, 11, 28), today), None, "born after today");
        assert_eq!(age_words(Age::Years(1), Lang::En), "1 year old");
        assert_eq!(age_words(Age::Years(4), Lang::En), "4 years old");
        assert_eq!(age_words(Age::Months(1), Lang::Es), "1 mes");
        assert_eq!(age_words(Age::Months(0), Lang::Es), "menos de 1 mes");
    }

    #[test]
    fn a_length_of_stay_is_a_number_above_zero_and_a_unit() {
        let v = |s: &str| Some(s.to_string());
        assert_eq!(stay(&v(" 2 "), Some("years")), Some((2, StayUnit::Years)));
        assert_eq!(stay(&v("0"), Some("years")), None);
        assert_eq!(stay(&v("uno"), Some("years")), None);
        assert_eq!(stay(&v("99999999999"), Some("days")), None);
        assert_eq!(stay(&v("3"), Some("decades")), None);
        assert_eq!(stay(&v("3"), None), None);
    }

    #[test]
    fn every_choice_the_page_offers_is_an_answer() {
        for q in QUESTIONS.iter().filter(|q| q.kind == "choice") {
            for (value, _) in q.choices {
                let json = format!(r#"{{"{}":"{value}"}}"#, q.id);
                let parsed: StatementAnswers = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
                assert_ne!(parsed, StatementAnswers::default(), "{json}");
            }
        }
    }

    #[test]
    fn reading_by_id_agrees_with_serde() {
        let json = r#"{"relation":"son","diagnosis":"asthma","treatment":"t","hospital":"h","home":"unsafe","homeDetail":"d",
            "stayValue":"3","stayUnit":"weeks","moreTime":"waiting","moreTimeDetail":"m","payer":"charity","payerDetail":"p"}"#;
        let map: std::collections::HashMap<String, String> = serde_json::from_str(json).unwrap();
        let by_id = StatementAnswers::from_fields(|id| map.get(id).cloned());
        assert_eq!(by_id, serde_json::from_str::<StatementAnswers>(json).unwrap());
        assert_eq!(StatementAnswers::from_fields(|id| (id == "payer").then(|| "nobody".into())), StatementAnswers::default());
        for q in QUESTIONS {
            assert!(json.contains(&format!("\"{}\"", q.id)), "{} is read", q.id);
        }
    }

    #[test]
    fn skipped_questions_follow_the_request() {
        assert_eq!(skipped(&ParoleRequest::default()), ["relation", "moreTime", "moreTimeDetail"]);
        let reparole = request(r#"{"application":{"paroleType":"reparole","onBehalfOfSomeoneElse":true},"reason":{"lengthOfStay":{"value":"1","unit":"years"}}}"#);
        assert_eq!(skipped(&reparole), ["stayValue", "stayUnit"]);
        assert!(shown(&ParoleRequest::default()));
        assert!(!shown(&request(r#"{"reason":{"category":"family"}}"#)));
    }

    #[test]
    fn empty_answers_write_nothing() {
        let empty = compose(&StatementAnswers::default(), &ParoleRequest::default(), ymd(2026, 11, 27), Lang::Es);
        assert_eq!(empty, Statement::default());
        // A length of stay alone says nothing about the care.
        let stay = StatementAnswers { stay_value: Some("1".into()), stay_unit: Some("years".into()), ..Default::default() };
        assert_eq!(compose(&stay, &ParoleRequest::default(), ymd(2026, 11, 27), Lang::En), Statement::default());
    }
}
