//! Part 8's statement for a medical reason, written from short answers: the diagnosis, the
//! treatment, where it is given, why it cannot be had at home, for how long, (re-parole) why the
//! last period was not enough, and who pays. The sentences are plain English, for the form; the
//! same statement is read back in the person's language, so they can check what it says.
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
use crate::i18n::{Lang, Text};

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
    let english = write(&facts, Lang::En);
    let read_back = match lang {
        Lang::En => english.clone(),
        Lang::Es => write(&facts, Lang::Es),
    };
    Statement { english, read_back }
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

/// "1 year", "4 years"; "1 año", "4 años".
fn count(n: u32, unit: StayUnit, lang: Lang) -> String {
    let (one, many) = match (lang, unit) {
        (Lang::En, StayUnit::Days) => ("day", "days"),
        (Lang::En, StayUnit::Weeks) => ("week", "weeks"),
        (Lang::En, StayUnit::Months) => ("month", "months"),
        (Lang::En, StayUnit::Years) => ("year", "years"),
        (Lang::Es, StayUnit::Days) => ("día", "días"),
        (Lang::Es, StayUnit::Weeks) => ("semana", "semanas"),
        (Lang::Es, StayUnit::Months) => ("mes", "meses"),
        (Lang::Es, StayUnit::Years) => ("año", "años"),
    };
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "4 years old", "8 months old", "less than 1 month old"; "4 años", "8 meses", "menos de 1 mes".
fn age_words(age: Age, lang: Lang) -> String {
    let said = match age {
        Age::Months(0) => return Text { en: "less than 1 month old", es: "menos de 1 mes" }.get(lang).into(),
        Age::Months(n) => count(n, StayUnit::Months, lang),
        Age::Years(n) => count(n, StayUnit::Years, lang),
    };
    match lang {
        Lang::En => format!("{said} old"),
        Lang::Es => said,
    }
}

/// The sentences, side by side in both languages. In a template, `{key}` is a word of the person
/// (see `write`), `{Key}` the same with a capital; `{d}` is typed text or a chosen thing.
mod sentences {
    use super::t;
    use crate::i18n::Text;

    pub const ME_AGE_COUNTRY: Text = t("I am {a} and I am from {c}.", "Tengo {a} y soy de {c}.");
    pub const ME_AGE: Text = t("I am {a}.", "Tengo {a}.");
    pub const ME_COUNTRY: Text = t("I am from {c}.", "Soy de {c}.");
    pub const AGE_COUNTRY: Text = t("{N} is {a} and is from {c}.", "{N} tiene {a} y es de {c}.");
    pub const AGE: Text = t("{N} is {a}.", "{N} tiene {a}.");
    pub const COUNTRY: Text = t("{N} is from {c}.", "{N} es de {c}.");
    pub const NAME: Text = t("This request is for {n}.", "Esta solicitud es para {n}.");
    pub const DIAGNOSIS: Text = t("{S} {has} {d}.", "{Has} {d}.");
    pub const TREATMENT: Text = t("{S} {needs} {d}.", "{Needs} {d}.");
    pub const HOSPITAL: Text = t("{S} {is} treated at {d}.", "{Receives} tratamiento en {d}.");
    pub const HOSPITAL_TO_COME: Text = t("{S} would be treated at {d}.", "Recibiría tratamiento en {d}.");
    pub const NOT_AVAILABLE: Text = t("This treatment is not available in {c}.", "Este tratamiento no está disponible en {c}.");
    pub const NOT_AFFORDABLE: Text = t("In {c}, this treatment costs too much or is too far away.", "En {c}, este tratamiento cuesta demasiado o queda demasiado lejos.");
    pub const UNSAFE: Text = t("In {c}, this treatment exists, but it is not safe to get there.", "En {c}, este tratamiento existe, pero no es seguro llegar hasta allí.");
    pub const STAY: Text = t("Parole is requested for {d}, while {s} {receives} this care.", "Se pide el parole por {d}, mientras {receives} esta atención médica.");
    pub const NOT_ENOUGH: Text = t("The last parole period was not enough.", "El período anterior de parole no fue suficiente.");
    pub const CONTINUES: Text = t("The last parole period was not enough because the treatment continues.", "El período anterior de parole no fue suficiente porque el tratamiento continúa.");
    pub const WORSE: Text = t("The last parole period was not enough because {p} condition got worse.", "El período anterior de parole no fue suficiente porque {p} estado de salud empeoró.");
    pub const WAITING: Text = t(
        "The last parole period was not enough because {s} {is} waiting for surgery or a transplant.",
        "El período anterior de parole no fue suficiente porque {is} esperando una cirugía o un trasplante.",
    );
    pub const PAID_BY: Text = t("{P} care is paid for by {d}.", "{P} atención médica la paga {d}.");
    pub const PUBLIC: Text = t("public health coverage", "un programa público de salud");
    pub const PRIVATE: Text = t("private health insurance", "un seguro médico privado");
    pub const CHARITY: Text = t("a charity or a hospital program", "una organización benéfica o un programa del hospital");
}

/// The words the templates' `{key}`s stand for, for one person in one language.
struct Words {
    /// `s`: "I", "she", "Sofía" ("" in Spanish, which leaves the subject out).
    subject: String,
    /// `p`: "my", "her", "Sofía's"; "mi", "su".
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

fn write(f: &Facts, lang: Lang) -> String {
    use sentences::*;
    // A daughter or son is "she" or "he" after the first sentence; anyone else keeps the name.
    let (subject, possessive, family): (String, String, &str) = match (lang, f.me, f.relation, f.name) {
        (Lang::En, true, ..) => ("I".into(), "my".into(), "my family"),
        (Lang::En, _, Relation::Daughter, _) => ("she".into(), "her".into(), "her family"),
        (Lang::En, _, Relation::Son, _) => ("he".into(), "his".into(), "his family"),
        (Lang::En, _, _, Some(name)) => (name.into(), format!("{name}'s"), "the family"),
        (Lang::En, _, Relation::Child, None) => ("my child".into(), "my child's".into(), "the family"),
        (Lang::En, _, Relation::Other, None) => ("this person".into(), "this person's".into(), "the family"),
        // Spanish leaves the subject out.
        (Lang::Es, true, ..) => (String::new(), "mi".into(), "mi familia"),
        (Lang::Es, ..) => (String::new(), "su".into(), "su familia"),
    };
    let relation = match f.relation {
        Relation::Daughter => t("my daughter", "mi hija"),
        Relation::Son => t("my son", "mi hijo"),
        Relation::Child => t("my child", "mi hijo o hija"),
        Relation::Other => t("", ""),
    }
    .get(lang);
    let noun = match (relation, f.name) {
        ("", Some(name)) => name.to_string(),
        (relation, Some(name)) => format!("{relation} {name}"),
        (relation, None) => relation.to_string(),
    };
    let named = !noun.is_empty();
    let home = t("{p} home country", "{p} país");
    let mut w = Words {
        country: String::new(),
        age: f.age.map(|a| age_words(a, lang)).unwrap_or_default(),
        noun: if named { noun } else { t("this person", "esta persona").get(lang).into() },
        verbs: match (lang, f.me) {
            (Lang::En, true) => ["am", "have", "need", "receive"],
            (Lang::En, false) => ["is", "has", "needs", "receives"],
            (Lang::Es, true) => ["estoy", "tengo", "necesito", "recibo"],
            (Lang::Es, false) => ["está", "tiene", "necesita", "recibe"],
        },
        subject,
        possessive,
    };
    // The country in the reader's language when the list knows it ("México" in Spanish); the
    // English statement keeps the English name the form has.
    w.country = f.country.map_or_else(|| fill(home.get(lang), &w, ""), |c| crate::form::places::country_name(c, lang).unwrap_or(c).to_string());

    let intro = match (f.me, f.age.is_some(), f.country.is_some()) {
        (true, true, true) => Some(ME_AGE_COUNTRY),
        (true, true, false) => Some(ME_AGE),
        (true, false, true) => Some(ME_COUNTRY),
        (true, false, false) => None,
        (false, true, true) => Some(AGE_COUNTRY),
        (false, true, false) => Some(AGE),
        (false, false, true) => Some(COUNTRY),
        (false, false, false) => Some(NAME).filter(|_| named),
    };
    let home = match f.home {
        Some(HomeCare::NotAvailable) => Some(NOT_AVAILABLE),
        Some(HomeCare::NotAffordable) => Some(NOT_AFFORDABLE),
        Some(HomeCare::Unsafe) => Some(UNSAFE),
        None => None,
    };
    let more_time = match (f.more_time, f.more_time_detail) {
        _ if !f.reparole => None,
        (Some(MoreTime::Continues), _) => Some(CONTINUES),
        (Some(MoreTime::Worse), _) => Some(WORSE),
        (Some(MoreTime::Waiting), _) => Some(WAITING),
        (None, Some(_)) => Some(NOT_ENOUGH),
        (None, None) => None,
    };
    let payer = match f.payer {
        Some(Payer::Public) => Some(PUBLIC.get(lang)),
        Some(Payer::Private) => Some(PRIVATE.get(lang)),
        Some(Payer::Family) => Some(family),
        Some(Payer::Charity) => Some(CHARITY.get(lang)),
        Some(Payer::Other) | None => None,
    };
    let paid_by = match (payer, f.payer_detail) {
        (Some(who), Some(detail)) => Some(format!("{who} ({detail})")),
        (who, detail) => who.or(detail).map(str::to_string),
    };
    let (home_detail, more_time_detail) = (f.home_detail.map(sentence), f.more_time_detail.filter(|_| f.reparole).map(sentence));
    let stay = f.stay.map(|(n, unit)| count(n, unit, lang));
    let detail = Some(t("{d}", "{d}"));
    // In order; each sentence with what fills its `{d}`.
    let sentences = [
        (intro, Some("")),
        (Some(DIAGNOSIS), f.diagnosis),
        (Some(TREATMENT), f.treatment),
        (Some(if f.initial { HOSPITAL_TO_COME } else { HOSPITAL }), f.hospital),
        (home, Some("")),
        (detail, home_detail.as_deref()),
        (Some(STAY), stay.as_deref()),
        (more_time, Some("")),
        (detail, more_time_detail.as_deref()),
        (Some(PAID_BY), paid_by.as_deref()),
    ];
    let out: Vec<String> = sentences.into_iter().filter_map(|(template, d)| Some(fill(template?.get(lang), &w, d?))).collect();
    out.join(" ")
}

// ---- The builder's words, for the page ----

/// The builder's words in one language: its questions, choices and buttons.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BuilderText {
    /// What opens the builder: "Help me write this".
    pub title: &'static str,
    /// What it does, in two sentences.
    pub intro: &'static str,
    /// The questions, in order.
    pub questions: Vec<BuilderQuestion>,
    /// The heading of the English text.
    pub english_title: &'static str,
    /// The heading of the read-back; `None` in English (the read-back is the text itself).
    pub read_back_title: Option<&'static str>,
    /// Shown while nothing is answered.
    pub empty: &'static str,
    /// The button that puts the text in Part 8.
    pub use_text: &'static str,
    /// Asked when Part 8 already has text.
    pub confirm: &'static str,
    /// Keep what is there and add the text below it.
    pub add_below: &'static str,
    /// Replace what is there.
    pub replace: &'static str,
    /// Change nothing.
    pub cancel: &'static str,
    /// Said once the text is in Part 8.
    pub done: &'static str,
}

/// One question of the builder, worded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BuilderQuestion {
    /// Its answer's name in [`StatementAnswers`] (camelCase).
    pub id: &'static str,
    /// `text`, `number` or `choice`.
    pub kind: &'static str,
    /// The question.
    pub label: &'static str,
    /// An example, if any.
    pub help: Option<&'static str>,
    /// The choices, for `choice`.
    pub choices: Vec<ChoiceText>,
}

struct Question {
    id: &'static str,
    kind: &'static str,
    label: Text,
    help: Option<Text>,
    choices: &'static [(&'static str, Text)],
}

const fn t(en: &'static str, es: &'static str) -> Text {
    Text { en, es }
}

const fn text(id: &'static str, label: Text, help: Option<Text>) -> Question {
    Question { id, kind: "text", label, help, choices: &[] }
}

const fn choice(id: &'static str, label: Text, choices: &'static [(&'static str, Text)]) -> Question {
    Question { id, kind: "choice", label, help: None, choices }
}

static QUESTIONS: &[Question] = &[
    choice("relation", t("Who is the person to be paroled to you?", "¿Quién es para usted la persona que recibiría el parole?"), &[
        ("daughter", t("My daughter", "Mi hija")),
        ("son", t("My son", "Mi hijo")),
        ("other", t("Someone else (the text uses the name)", "Otra persona (el texto usa su nombre)")),
    ]),
    text("diagnosis", t("Diagnosis, in English, as the doctor's letter says it", "Diagnóstico, en inglés, como lo dice la carta del médico"), Some(t("For example: short bowel syndrome", "Por ejemplo: short bowel syndrome"))),
    text("treatment", t("Treatment, and how often", "Tratamiento, y cada cuánto"), Some(t("For example: IV nutrition 14 hours a day", "Por ejemplo: IV nutrition 14 hours a day"))),
    text("hospital", t("Hospital or clinic, city, and doctor", "Hospital o clínica, ciudad y médico"), Some(t("For example: a children's hospital in San Diego", "Por ejemplo: a children's hospital in San Diego"))),
    choice("home", t("Why can the person not get this treatment in their home country?", "¿Por qué no puede recibir este tratamiento en su país?"), &[
        ("notAvailable", t("It is not available there", "No está disponible allí")),
        ("notAffordable", t("It costs too much, or it is too far away", "Cuesta demasiado, o queda demasiado lejos")),
        ("unsafe", t("It exists, but it is not safe to get there", "Existe, pero no es seguro llegar hasta allí")),
    ]),
    text("homeDetail", t("More about why (optional, in English)", "Más sobre por qué (opcional, en inglés)"), None),
    Question { id: "stayValue", kind: "number", label: t("For how long is the care needed?", "¿Por cuánto tiempo necesita la atención médica?"), help: None, choices: &[] },
    choice("stayUnit", t("Days, weeks, months or years", "Días, semanas, meses o años"), &[
        ("days", t("Days", "Días")),
        ("weeks", t("Weeks", "Semanas")),
        ("months", t("Months", "Meses")),
        ("years", t("Years", "Años")),
    ]),
    choice("moreTime", t("Why was the last parole period not enough?", "¿Por qué no fue suficiente el período anterior de parole?"), &[
        ("continues", t("The treatment continues", "El tratamiento continúa")),
        ("worse", t("The condition got worse", "Su estado de salud empeoró")),
        ("waiting", t("Waiting for surgery or a transplant", "Espera una cirugía o un trasplante")),
    ]),
    text("moreTimeDetail", t("More about the last period (optional, in English)", "Más sobre el período anterior (opcional, en inglés)"), None),
    choice("payer", t("Who pays for the care?", "¿Quién paga la atención médica?"), &[
        ("public", t("Public health coverage (such as Medicaid or Medi-Cal)", "Un programa público de salud (como Medicaid o Medi-Cal)")),
        ("private", t("Private health insurance", "Un seguro médico privado")),
        ("family", t("Family", "La familia")),
        ("charity", t("A charity or a hospital program", "Una organización benéfica o un programa del hospital")),
        ("other", t("Other (write who below)", "Otro (escriba quién abajo)")),
    ]),
    text("payerDetail", t("Who, or which program (optional, in English)", "Quién, o qué programa (opcional, en inglés)"), None),
];

/// The builder's words in `lang`.
pub fn questions(lang: Lang) -> BuilderText {
    BuilderText {
        title: t("Help me write this", "Ayúdeme a escribirlo").get(lang),
        intro: t(
            "Answer what you can: short sentences in English are written from your answers. What you type goes in as you type it, so write it in English.",
            "Conteste lo que pueda: con sus respuestas se escriben frases cortas en inglés. Lo que usted escribe se copia tal cual, así que escríbalo en inglés.",
        )
        .get(lang),
        questions: QUESTIONS
            .iter()
            .map(|q| BuilderQuestion {
                id: q.id,
                kind: q.kind,
                label: q.label.get(lang),
                help: q.help.map(|h| h.get(lang)),
                choices: q.choices.iter().map(|(value, label)| ChoiceText { value, label: label.get(lang).into() }).collect(),
            })
            .collect(),
        english_title: t("The text for Part 8, in English", "El texto para la Parte 8, en inglés").get(lang),
        read_back_title: match lang {
            Lang::En => None,
            Lang::Es => Some("Lo que dice, en español"),
        },
        empty: t("Answer a question above and the text appears here.", "Conteste una pregunta y el texto aparecerá aquí.").get(lang),
        use_text: t("Use this text in Part 8", "Usar este texto en la Parte 8").get(lang),
        confirm: t(
            "The Part 8 box already has text. Add this text below it, or replace it? Replace deletes what is there now.",
            "El espacio de la Parte 8 ya tiene texto. ¿Agregar este texto debajo, o reemplazarlo? Reemplazar borra lo que hay ahora.",
        )
        .get(lang),
        add_below: t("Add below", "Agregar debajo").get(lang),
        replace: t("Replace", "Reemplazar").get(lang),
        cancel: t("Cancel", "Cancelar").get(lang),
        done: t("The text is now in Part 8. Read it and change what is not right.", "El texto ya está en la Parte 8. Léalo y cambie lo que no esté bien.").get(lang),
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
