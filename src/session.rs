//! The state of one request while a person fills it, kept in the core: the page sets one answer
//! and gets back only what changed (messages, questions shown or hidden, progress), so every
//! keystroke crosses the boundary once, with little.
//!
//! ```
//! use parole_helper::date::ymd;
//! use parole_helper::i18n::Lang;
//! use parole_helper::session::Session;
//! use serde_json::json;
//!
//! let mut session = Session::new(ymd(2026, 11, 27), Lang::Es);
//! let changes = session.set("application.paroleType", &json!("reparole")).unwrap();
//! // Part 9 (the work permit) and Part 1, Item 12 appear: re-parole asks for them.
//! assert!(changes.sections.iter().any(|s| s.id == "workPermit" && s.shown));
//! assert!(changes.questions.iter().any(|q| q.path == "application.currentParoleExpires" && q.shown));
//! // A bad answer gets its message, in the session's language, and only that question changes.
//! let changes = session.set("filer.ssn", &json!("000-12-3456")).unwrap();
//! assert_eq!(changes.questions.len(), 1);
//! assert!(changes.questions[0].messages[0].text.starts_with("Parte 2, Punto 10:"));
//! ```

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Serialize;
use serde_json::Value;

use crate::check::progress::{progress, Progress, SectionProgress};
use crate::check::{self, word, Finding, Report};
use crate::family::{asked_of_others, is_own, person_name, Family, FamilyReport, Household};
use crate::form::catalogue::{self, Kind, Slot};
use crate::form::read::{parse_json, set_answer};
use crate::form::{FormError, ParoleRequest};
use crate::i18n::Lang;
use crate::program::Program;
use crate::rules::{Severity, SourceText};

/// One question's state, as the page shows it.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct QuestionState {
    /// Its path in the request; another person's questions are under `people.N.` (N from 1).
    pub path: Cow<'static, str>,
    /// It applies now (its section and itself).
    pub shown: bool,
    /// It must be answered now.
    pub required: bool,
    /// It is answered.
    pub answered: bool,
    /// What the rules say about it now, worded (usually none or one).
    pub messages: Vec<Message>,
    /// Program boxes this kind of request does not have.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub hidden_choices: Vec<&'static str>,
}

/// A finding about one question, worded.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Message {
    /// The rule's stable code.
    pub code: &'static str,
    /// How much it matters.
    pub severity: Severity,
    /// What to tell the person, naming the Part and Item.
    pub text: String,
    /// Official (government or form text) or advice.
    pub official: bool,
    /// Where the rule comes from.
    pub source: SourceText,
}

/// Counts for the whole request: for a family, over every person and what holds across them.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Totals {
    /// Errors (what USCIS would reject, or cannot be right).
    pub errors: usize,
    /// Warnings (advice and risks).
    pub warnings: usize,
    /// Sections that apply and are complete (and, for a family, each other person's step that is).
    pub sections_complete: usize,
    /// Sections that apply, but not one that is untouched (nothing required, nothing answered);
    /// for a family, and each other person's step.
    pub sections_total: usize,
    /// Every section that applies is complete (and every other person's step).
    pub complete: bool,
}

/// What changed after an answer (or everything, for the first view).
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Changes {
    /// The questions whose state changed.
    pub questions: Vec<QuestionState>,
    /// The sections whose progress changed.
    pub sections: Vec<SectionProgress>,
    /// The counts, always.
    pub totals: Totals,
    /// Each other person's step (their own answers) as a section's progress (id `people`), in
    /// family order (person 1 first), always; none for one person.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<SectionProgress>,
}

/// A question's state without words, to tell what changed.
type State = (bool, bool, bool, Vec<Finding>);

/// One person the page adds, as the page writes their question's paths: `people.2.beneficiary.aNumber`.
fn person_path(n: usize, path: &str) -> String {
    format!("people.{n}.{path}")
}

/// A request being filled (or a family's: the first person's request, and what is each other
/// person's own, see [`Household`]): its answers, the day it is checked for, the language, and
/// what the page was last told.
#[derive(Debug, Clone)]
pub struct Session {
    home: Household,
    /// Each person's request, derived, when there is more than one person.
    family: Option<Family>,
    today: NaiveDate,
    lang: Lang,
    /// Per question (catalogue order): its state, to tell what changed.
    last: Vec<State>,
    last_sections: Vec<SectionProgress>,
    /// The same for each other person.
    last_people: Vec<Vec<State>>,
}

impl Session {
    /// An empty request.
    pub fn new(today: NaiveDate, lang: Lang) -> Session {
        Session::with_form(ParoleRequest::default(), today, lang)
    }

    /// A request with these answers.
    pub fn with_form(form: ParoleRequest, today: NaiveDate, lang: Lang) -> Session {
        Session { home: form.into(), family: None, today, lang, last: Vec::new(), last_sections: Vec::new(), last_people: Vec::new() }
    }

    /// A family (or one request) with these answers: what cannot be derived is an error.
    pub fn with_household(home: Household, today: NaiveDate, lang: Lang) -> Result<Session, FormError> {
        let mut session = Session::new(today, lang);
        session.put(home)?;
        Ok(session)
    }

    /// The answers (the first person's, in a family).
    pub fn form(&self) -> &ParoleRequest {
        &self.home.first
    }

    /// Every person's answers.
    pub fn household(&self) -> &Household {
        &self.home
    }

    /// Each person's request, derived: the first one's alone when there is nobody else.
    pub fn requests(&self) -> &[ParoleRequest] {
        match &self.family {
            Some(family) => &family.requests,
            None => std::slice::from_ref(&self.home.first),
        }
    }

    /// Takes these answers if each person's request can be derived from them; else nothing changes.
    fn put(&mut self, home: Household) -> Result<(), FormError> {
        self.family = if home.is_family() { Some(home.family()?) } else { None };
        self.last_people.resize(home.others.len(), Vec::new());
        self.home = home;
        Ok(())
    }

    /// Adds a person (nothing answered yet): `false` when the family is as large as it can be.
    pub fn add_person(&mut self) -> bool {
        let mut home = self.home.clone();
        home.add() && self.put(home).is_ok()
    }

    /// Removes person `n` (from 1; the first person stays): `false` when there is no such person.
    pub fn remove_person(&mut self, n: usize) -> bool {
        if n == 0 || n > self.home.others.len() {
            return false;
        }
        let mut home = self.home.clone();
        home.others.remove(n - 1);
        self.last_people.remove(n - 1);
        self.put(home).is_ok()
    }

    /// Each person's name, in family order, or `None` before it is given.
    pub fn names(&self) -> Vec<Option<String>> {
        self.requests()
            .iter()
            .enumerate()
            .map(|(i, r)| {
                let name = person_name(r, i);
                (name != format!("#{}", i + 1)).then_some(name)
            })
            .collect()
    }

    /// The family's report (each person's, what holds across them, the summary), when there is
    /// more than one person.
    pub fn family_report(&self) -> Option<FamilyReport> {
        self.family.as_ref().map(|f| f.check(self.today).report(self.lang))
    }

    /// Every person's reminders in one calendar file, each event named after its person (a
    /// family's); `None` for one person or when no one has a re-parole window yet.
    pub fn family_reminders(&self, stamp: chrono::NaiveDateTime) -> Option<String> {
        self.family.as_ref()?;
        let requests = self.requests();
        let windows: Vec<(String, crate::windows::Window)> =
            requests.iter().enumerate().filter_map(|(i, r)| check::renewal_window(r, self.today).map(|w| (person_name(r, i), w))).collect();
        let people: Vec<(Option<&str>, &crate::windows::Window)> = windows.iter().map(|(name, w)| (Some(name.as_str()), w)).collect();
        (!people.is_empty()).then(|| crate::calendar::family_ics(&people, self.lang, stamp).ok()).flatten()
    }

    /// Each person's filled form: (its file name, after the person; the plan, as text), in family order.
    pub fn pdf_forms(&self) -> Vec<(String, String)> {
        let requests = self.requests();
        Household::file_names(requests).into_iter().zip(requests.iter().map(|r| crate::filing::plan(r).to_text())).collect()
    }

    /// The day the request is checked for.
    pub fn today(&self) -> NaiveDate {
        self.today
    }

    /// The language messages are worded in.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// Everything, for a first view: every question and section, as [`Session::set`] reports them.
    pub fn state(&mut self) -> Changes {
        self.last.clear();
        self.last_sections.clear();
        self.last_people.iter_mut().for_each(Vec::clear);
        self.changes()
    }

    /// Sets one answer from its JSON value (text, `true`/`false`, a choice's id, a list of ids or
    /// of names; `null` clears it; a group like a physical address takes `true`/`false`). Returns
    /// what changed since the page was last told (everything, the first time). A value of the
    /// wrong kind changes nothing and is an error.
    ///
    /// Another person's answers have their paths under `people.N.` (N from 1, in family order),
    /// and only their own questions are theirs ([`asked_of_others`]).
    pub fn set(&mut self, path: &str, value: &Value) -> Result<Changes, FormError> {
        let unknown = || {
            let (parent, name) = path.rsplit_once('.').unwrap_or(("", path));
            FormError::UnknownQuestion { path: parent.to_string(), name: name.to_string() }
        };
        let (person, own_path) = match path.strip_prefix("people.").and_then(|rest| rest.split_once('.')) {
            Some((n, rest)) => (n.parse::<usize>().ok().filter(|n| (1..=self.home.others.len()).contains(n)).ok_or_else(unknown)?, rest),
            None => (0, path),
        };
        let question = catalogue::question(own_path).filter(|q| person == 0 || asked_of_others(q.path)).ok_or_else(unknown)?;
        let mut home = self.home.clone();
        let form = if person == 0 { &mut home.first } else { &mut home.others[person - 1] };
        match (question.slot, value) {
            (Slot::Toggle { set, .. }, Value::Bool(on)) => set(form, *on),
            _ => set_answer(question, value, form)?,
        }
        self.put(home)?;
        Ok(self.changes())
    }

    /// Replaces every answer (an import, a partner's `setData`): read as an import is, so what is
    /// not a request (or a family file the page can hold) changes nothing. Returns the version it
    /// was migrated from, if any.
    pub fn replace(&mut self, value: Value) -> Result<Option<u32>, FormError> {
        let (home, migrated_from) = Household::from_value(value)?;
        self.put(home)?;
        Ok(migrated_from)
    }

    /// Like [`Session::replace`], from JSON text (an imported file).
    pub fn replace_text(&mut self, text: &str) -> Result<Option<u32>, FormError> {
        self.replace(parse_json(text)?)
    }

    /// Rewords everything in `lang`.
    pub fn set_lang(&mut self, lang: Lang) -> Changes {
        self.lang = lang;
        self.state()
    }

    /// Every answer given, by the path of its question: what a page puts back in its inputs.
    /// Text as typed, `true`/`false`, a choice's id, a list of ids or of names; a group that is
    /// there is `true`. Another person's answers are under `people.N.`.
    pub fn answers(&self) -> serde_json::Map<String, Value> {
        let mut out = answers_of(&self.home.first, "");
        for (i, other) in self.home.others.iter().enumerate() {
            out.extend(answers_of(other, &person_path(i + 1, "")));
        }
        out
    }

    /// Every answer that applies, worded for the printed review.
    pub fn printed(&self) -> Vec<crate::form::describe::SectionAnswers> {
        crate::form::describe::answers(&self.home.first, self.lang)
    }

    /// Person `n`'s answers (from 0, in family order), worded for their printed review; none
    /// when there is no such person. Another person's answer to a question the page does not ask
    /// them ("for someone else", always yes) has no path: there is no question to go back to.
    pub fn printed_of(&self, n: usize) -> Vec<crate::form::describe::SectionAnswers> {
        let Some(request) = self.requests().get(n) else { return Vec::new() };
        let mut sections = crate::form::describe::answers(request, self.lang);
        for answer in sections.iter_mut().flat_map(|s| s.answers.iter_mut()).filter(|_| n > 0) {
            if is_own(answer.path) && !asked_of_others(answer.path) {
                answer.path = "";
            }
        }
        sections
    }

    /// The re-parole window from Part 1, Item 12, explained, when the request has one.
    pub fn window(&self) -> Option<crate::windows::WindowReport> {
        let whose = check::window_for(&self.home.first);
        check::renewal_window(&self.home.first, self.today).map(|w| check::window_report(w, whose.as_deref(), self.lang))
    }

    /// The picture of the re-parole window from Part 1, Item 12, when the request has one.
    pub fn timeline(&self) -> Option<crate::windows::timeline::Node> {
        let window = check::renewal_window(&self.home.first, self.today)?;
        Some(crate::windows::timeline::of_windows(&[window], self.lang, "pf-timeline"))
    }

    /// The complete worded report (diagnostics, checklist, fees, window).
    pub fn report(&self) -> Report {
        check::check(&self.home.first, self.today).report(self.lang)
    }

    /// The plan of the filled official form, as text for the PDF module ([`acroform::Plan::to_text`]).
    pub fn pdf_plan(&self) -> String {
        crate::filing::plan(&self.home.first).to_text()
    }

    /// The file name of the filled form, after the person it is for ([`crate::filing::file_name`]).
    pub fn pdf_file_name(&self) -> String {
        crate::filing::file_name(&self.home.first)
    }

    /// The answers as compact JSON (drafts): a request, or a family file with more than one person.
    pub fn to_json(&self) -> String {
        self.home.to_json()
    }

    /// The answers as indented JSON (an export file).
    pub fn to_json_pretty(&self) -> String {
        self.home.to_json_pretty()
    }

    /// The state now, compared with what the page was last told.
    fn changes(&mut self) -> Changes {
        let (now, progress, result) = states(&self.home.first, self.today);
        let mut questions = Vec::new();
        for (i, (state, (field, question))) in now.iter().zip(progress.fields.iter().zip(catalogue::all())).enumerate() {
            if self.last.get(i) != Some(state) {
                let hidden_choices = match question.kind {
                    Kind::Program => field.hidden_choices.clone(),
                    _ => Vec::new(),
                };
                questions.push(self.question_state(Cow::Borrowed(field.path), state, hidden_choices));
            }
        }
        self.last = now;
        // Each other person's own questions, on their derived request, from the family's check
        // (made once: it checks every person, then what holds across them).
        let (mut errors, mut warnings) = (result.count(Severity::Error), result.count(Severity::Warning));
        let mut people = Vec::new();
        let family = self.family.as_ref().map(|f| f.check(self.today));
        let others = family.as_ref().map_or(&[][..], |f| &f.members[1..]);
        for (n, member) in others.iter().enumerate() {
            let (now, progress, result) = states_of(&member.request, &member.check);
            for (i, (state, (field, question))) in now.iter().zip(progress.fields.iter().zip(catalogue::all())).enumerate() {
                if asked_of_others(question.path) && self.last_people[n].get(i) != Some(state) {
                    let hidden_choices = if matches!(question.kind, Kind::Program) { field.hidden_choices.clone() } else { Vec::new() };
                    questions.push(self.question_state(Cow::Owned(person_path(n + 1, field.path)), state, hidden_choices));
                }
            }
            self.last_people[n] = now;
            errors += result.count(Severity::Error);
            warnings += result.count(Severity::Warning);
            people.push(own_step(&progress, &result));
        }
        // What holds across the family counts too.
        for (_, finding) in family.iter().flat_map(|f| &f.findings) {
            match finding.code.rule().severity {
                Severity::Error => errors += 1,
                Severity::Warning => warnings += 1,
                Severity::Info => {}
            }
        }
        let sections: Vec<SectionProgress> =
            progress.sections.iter().enumerate().filter(|(i, s)| self.last_sections.get(*i) != Some(s)).map(|(_, s)| s.clone()).collect();
        self.last_sections = progress.sections.clone();
        // An untouched section (nothing required, nothing answered) counts once something in it
        // is answered: "8 of 8 parts complete" when nobody helped, not "8 of 9" forever.
        let shown: Vec<&SectionProgress> = progress.sections.iter().filter(|s| s.shown && !s.untouched).collect();
        let steps_done = people.iter().filter(|p| p.complete).count();
        let totals = Totals {
            errors,
            warnings,
            sections_complete: shown.iter().filter(|s| s.complete).count() + steps_done,
            sections_total: shown.len() + people.len(),
            complete: progress.complete && steps_done == people.len(),
        };
        Changes { questions, sections, totals, people }
    }

    fn question_state(&self, path: Cow<'static, str>, state: &State, hidden_choices: Vec<&'static str>) -> QuestionState {
        let (shown, required, answered, findings) = state;
        let messages = findings.iter().map(|f| self.message(f)).collect();
        QuestionState { path, shown: *shown, required: *required, answered: *answered, messages, hidden_choices }
    }

    fn message(&self, finding: &Finding) -> Message {
        let d = word(finding, self.lang);
        Message { code: d.code, severity: d.severity, text: d.message, official: d.official, source: d.source }
    }
}

/// Every answer of `form`, by the path of its question after `prefix` (see [`Session::answers`]).
fn answers_of(form: &ParoleRequest, prefix: &str) -> serde_json::Map<String, Value> {
    let mut out = serde_json::Map::new();
    for question in catalogue::all() {
        let value = match question.slot {
            Slot::Text { get, .. } => get(form).map(Value::from),
            Slot::YesNo { get, .. } => get(form).map(Value::from),
            Slot::Choice { get, .. } => get(form).map(Value::from),
            Slot::Choices { get, .. } => Some(get(form)).filter(|ids| !ids.is_empty()).map(Value::from),
            Slot::Names { get, .. } => Some(get(form)).filter(|names| !names.is_empty()).map(|names| {
                Value::Array(
                    names
                        .iter()
                        .map(|n| {
                            let mut name = serde_json::Map::new();
                            for (key, part) in [("familyName", &n.family_name), ("givenName", &n.given_name), ("middleName", &n.middle_name)] {
                                if let Some(part) = part {
                                    name.insert(key.into(), Value::from(part.as_str()));
                                }
                            }
                            Value::Object(name)
                        })
                        .collect(),
                )
            }),
            Slot::Toggle { get, .. } => get(form).then_some(Value::Bool(true)),
        };
        if let Some(value) = value {
            out.insert(format!("{prefix}{}", question.path), value);
        }
    }
    out
}

/// The progress of another person's step: their own questions ([`asked_of_others`]) that apply.
/// It is never untouched: their name is always to answer.
fn own_step(progress: &Progress, result: &check::Check) -> SectionProgress {
    let own = || progress.fields.iter().filter(|f| f.shown && asked_of_others(f.path));
    let missing = own().filter(|f| f.required && !f.answered).count();
    let count = |severity| result.findings.iter().filter(|x| x.code.rule().severity == severity && x.field.is_some_and(|q| own().any(|f| f.path == q.path))).count();
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let complete = missing == 0 && errors == 0 && own().any(|f| f.answered);
    SectionProgress { id: "people", shown: true, missing, errors, warnings, complete, untouched: false }
}

/// Each question's state for `form` on `today` (catalogue order), with the check and progress
/// they come from.
fn states(form: &ParoleRequest, today: NaiveDate) -> (Vec<State>, Progress, check::Check) {
    let findings = check::findings(form, today);
    let result = check::Check { today, findings, checklist: Vec::new(), fees: Vec::new(), window: None, window_for: None };
    let (states, progress, _) = states_of(form, &result);
    (states, progress, result)
}

/// Like [`states`], from a check already made (a family member's).
fn states_of<'c>(form: &ParoleRequest, result: &'c check::Check) -> (Vec<State>, Progress, &'c check::Check) {
    let progress = progress(form, result);
    let states = progress
        .fields
        .iter()
        .map(|field| {
            let mine: Vec<Finding> = result.findings.iter().filter(|f| f.field.is_some_and(|q| q.path == field.path)).cloned().collect();
            (field.shown, field.required, field.answered, mine)
        })
        .collect();
    (states, progress, result)
}

/// The programs a re-parole request can name, for the renewal calculator's list.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProgramChoice {
    /// Its id.
    pub id: &'static str,
    /// Its Part 1 item for re-parole.
    pub item: &'static str,
    /// Its name and item, worded.
    pub label: String,
}

/// The calculator's list of programs, worded in `lang`.
pub fn programs(lang: Lang) -> Vec<ProgramChoice> {
    Program::for_reparole().map(|p| ProgramChoice { id: p.id(), item: p.reparole_item().unwrap_or_default(), label: p.label(lang) }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;
    use serde_json::json;

    fn session() -> Session {
        Session::new(ymd(2026, 11, 27), Lang::En)
    }

    #[test]
    fn the_first_view_has_everything_and_the_next_only_what_changed() {
        let mut s = session();
        let first = s.state();
        assert_eq!(first.questions.len(), catalogue::all().count());
        assert_eq!(first.sections.len(), 9);
        // Typing a name changes that question (now answered) and the filer's section, nothing else.
        let next = s.set("filer.name.familyName", &json!("Luna")).unwrap();
        assert_eq!(next.questions.iter().map(|q| &*q.path).collect::<Vec<_>>(), ["filer.name.familyName"]);
        assert!(next.questions[0].answered);
        assert_eq!(next.sections.iter().map(|s| s.id).collect::<Vec<_>>(), ["filer"]);
        // The same answer again changes nothing.
        let same = s.set("filer.name.familyName", &json!("Luna")).unwrap();
        assert!(same.questions.is_empty() && same.sections.is_empty());
        assert_eq!(same.totals, next.totals);
    }

    #[test]
    fn answers_of_every_kind_and_their_errors() {
        let mut s = session();
        s.set("application.paroleType", &json!("reparole")).unwrap();
        s.set("workPermit", &json!(true)).unwrap();
        s.set("biographics.race", &json!(["white", "asian"])).unwrap();
        s.set("filer.otherNames", &json!([{ "familyName": "Ortega" }])).unwrap();
        s.set("filer.physicalAddress", &json!(true)).unwrap();
        s.set("filer.physicalAddress.city", &json!("San Diego")).unwrap();
        let form = s.form();
        assert_eq!(form.work_permit, Some(true));
        assert_eq!(form.biographics.race.len(), 2);
        assert_eq!(form.filer.other_names[0].family_name.as_deref(), Some("Ortega"));
        assert_eq!(form.filer.physical_address.as_ref().and_then(|a| a.city.as_deref()), Some("San Diego"));
        let answers = s.answers();
        assert_eq!(answers["biographics.race"], json!(["white", "asian"]));
        assert_eq!(answers["filer.physicalAddress"], json!(true));
        assert_eq!(answers["filer.otherNames"], json!([{ "familyName": "Ortega" }]));
        assert!(!answers.contains_key("filer.ssn"));
        s.set("filer.physicalAddress", &json!(false)).unwrap();
        assert!(s.form().filer.physical_address.is_none());
        s.set("workPermit", &Value::Null).unwrap();
        assert_eq!(s.form().work_permit, None);
        let before = s.form().clone();
        assert_eq!(s.set("workPermit", &json!("yes")).unwrap_err().code(), "form.wrong_type");
        assert_eq!(s.set("application.paroleType", &json!("visa")).unwrap_err().code(), "form.unknown_choice");
        assert_eq!(s.set("filer.aNumbr", &json!("A1")).unwrap_err().code(), "form.unknown_question");
        assert_eq!(s.form(), &before, "a refused answer changes nothing");
    }

    #[test]
    fn a_message_follows_the_answer_and_the_language() {
        let mut s = session();
        s.state();
        let bad = s.set("filer.ssn", &json!("000-12-3456")).unwrap();
        assert_eq!(bad.questions[0].messages[0].code, "format.ssn");
        assert!(bad.questions[0].messages[0].text.starts_with("Part 2, Item 10:"));
        let es = s.set_lang(Lang::Es);
        let ssn = es.questions.iter().find(|q| q.path == "filer.ssn").unwrap();
        assert!(ssn.messages[0].text.starts_with("Parte 2, Punto 10:"));
        let fixed = s.set("filer.ssn", &json!("123-45-6789")).unwrap();
        assert!(fixed.questions[0].messages.is_empty());
    }

    #[test]
    fn totals_and_the_report_agree_with_the_check() {
        let example = crate::form::read::read(include_str!("../examples/reparole-medical-child.json")).unwrap().form;
        let mut s = Session::with_form(example.clone(), ymd(2026, 11, 27), Lang::Es);
        let state = s.state();
        assert!(state.totals.complete);
        assert_eq!((state.totals.errors, state.totals.sections_complete, state.totals.sections_total), (0, 9, 9));
        assert_eq!(s.report(), check::check(&example, ymd(2026, 11, 27)).report(Lang::Es));
        assert_eq!(crate::form::read::read(&s.to_json()).unwrap().form, example);
    }

    #[test]
    fn an_untouched_section_counts_once_something_in_it_is_answered() {
        let mut s = session();
        let first = s.state();
        let helpers = first.sections.iter().find(|x| x.id == "helpers").unwrap();
        assert!(helpers.untouched && !helpers.complete);
        // Parts 1, 2, 3, 4, 8 and 10 apply; Parts 11-12 wait for an answer.
        assert_eq!((first.totals.sections_complete, first.totals.sections_total), (0, 6));
        let answered = s.set("interpreter.used", &json!(false)).unwrap();
        assert_eq!(answered.sections.iter().map(|x| (x.id, x.complete, x.untouched)).collect::<Vec<_>>(), [("helpers", true, false)]);
        assert_eq!((answered.totals.sections_complete, answered.totals.sections_total), (1, 7));
    }

    #[test]
    fn replacing_reads_like_an_import() {
        let mut s = session();
        s.set("filer.name.familyName", &json!("Luna")).unwrap();
        assert_eq!(s.replace(json!({"filer": {"ssn": ["not", "text"]}})).unwrap_err().code(), "form.wrong_type");
        assert_eq!(s.replace(Value::Null).unwrap_err().code(), "form.not_an_object");
        assert_eq!(s.form().filer.name.family_name.as_deref(), Some("Luna"), "the answers stay");
        assert_eq!(s.replace(json!({"schemaVersion": 1})).unwrap(), Some(1));
        assert_eq!(s.form(), &ParoleRequest::default());
    }

    #[test]
    fn the_calculators_programs_name_their_boxes() {
        let list = programs(Lang::En);
        assert_eq!(list.len(), 11, "every program with a re-parole box");
        assert_eq!(list[0].id, "general");
        assert_eq!(list[0].label, "No program (humanitarian parole, Item 11)");
    }
}
