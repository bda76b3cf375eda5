//! The operations both adapters offer, on text exactly as it arrived from a person, a page or a
//! partner's server. The CLI and the wasm module only move text in and out of these functions.
//!
//! ```
//! use parole_helper::api::{reparole, Request};
//! use parole_helper::date::ymd;
//! use parole_helper::i18n::Lang;
//!
//! let request = Request { program: Some("ukraine"), expires: Some("2027-03-31"), ..Request::default() };
//! let report = reparole(&request, Lang::En, ymd(2026, 11, 27)).unwrap();
//! assert_eq!(report.window.days_until_expiry, 124);
//!
//! let bad = Request { program: Some("ukraine"), expires: Some("2026-02-30"), ..Request::default() };
//! assert_eq!(reparole(&bad, Lang::En, ymd(2026, 11, 27)).unwrap_err().code(), "date.no_such_day");
//! ```

use std::fmt;

use chrono::{NaiveDate, NaiveDateTime};

use crate::calendar::{self, CalendarError};
use crate::date::{parse_date, DateError};
use crate::form::FormError;
use crate::i18n::{Lang, UnknownLang};
use crate::program::{Program, ProgramError};
use crate::t;
use crate::windows::timeline::{self, Row};
use crate::windows::{ead_window_with_parole, reparole_window_in, Situation, Window, WindowReport};

/// A request as text; any field may be missing. Empty text counts as missing.
#[derive(Debug, Clone, Copy, Default)]
pub struct Request<'a> {
    /// A program id (`general`, `ukraine`, ...), for re-parole.
    pub program: Option<&'a str>,
    /// The last day of parole, `YYYY-MM-DD`.
    pub expires: Option<&'a str>,
    /// The last day of the work permit, `YYYY-MM-DD`.
    pub ead_expires: Option<&'a str>,
    /// The day to compute for, `YYYY-MM-DD`; the caller's local date when missing.
    pub today: Option<&'a str>,
    /// What else the person told: the FRP exception, a termination notice.
    pub situation: Situation,
    /// Other people of the family (the calculator): each one's re-parole window is shown and
    /// reminded too, named.
    pub people: &'a [Relative],
}

/// Another person of the family in the calculator: a name, a program, the last day of parole.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, PartialEq, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Relative {
    /// What to call them ("Sofía"); "#2", "#3"... when empty.
    pub name: Option<String>,
    /// A program id, as for the first person; theirs when missing.
    pub program: Option<String>,
    /// The last day of their parole, `YYYY-MM-DD`.
    pub expires: Option<String>,
}

/// A request or options as a page or a partner's script passes them (`reparoleWindow({...})`,
/// `new Helper({...})`); any field may be missing.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Default, serde::Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Options {
    /// A program id (`general`, `ukraine`, ...), for re-parole.
    pub program: Option<String>,
    /// The last day of parole, `YYYY-MM-DD`.
    pub expires: Option<String>,
    /// The last day of the work permit, `YYYY-MM-DD`.
    pub ead_expires: Option<String>,
    /// The day to compute for, `YYYY-MM-DD`; the local date when missing.
    pub today: Option<String>,
    /// `en` or `es`.
    pub lang: Option<String>,
    /// FRP: an I-485 filed by 2025-12-15 is pending, or DHS decided that the parole goes on.
    pub frp_exception: Option<bool>,
    /// DHS sent a notice that ends the parole early.
    pub termination_notice: Option<bool>,
    /// `local` (drafts in this browser, after consent) or `none` (nothing stored).
    pub storage: Option<String>,
    /// A name for this helper's draft, when a page has several.
    pub storage_key: Option<String>,
    /// Other people of the family, for the calculator's picture and reminders.
    pub people: Option<Vec<Relative>>,
}

impl Options {
    /// The request these options make.
    pub fn request(&self) -> Request<'_> {
        Request {
            program: self.program.as_deref(),
            expires: self.expires.as_deref(),
            ead_expires: self.ead_expires.as_deref(),
            today: self.today.as_deref(),
            situation: Situation { frp_exception: self.frp_exception == Some(true), termination_notice: self.termination_notice == Some(true) },
            people: self.people.as_deref().unwrap_or_default(),
        }
    }
}

/// Which date of a request a [`DateError`] is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateField {
    /// The last day of parole (I-94 "Admit Until").
    ParoleExpiry,
    /// The last day of the work permit.
    EadExpiry,
    /// The day to compute for.
    Today,
}

impl DateField {
    /// The name of the field, as in the JSON request and the page.
    pub fn id(self) -> &'static str {
        match self {
            DateField::ParoleExpiry => "expires",
            DateField::EadExpiry => "eadExpires",
            DateField::Today => "today",
        }
    }

    /// The field as the messages name it ("the date your parole ends"), in `lang`.
    fn name(self, lang: Lang) -> String {
        match self {
            DateField::ParoleExpiry => t!(lang, "api-field-parole-expiry"),
            DateField::EadExpiry => t!(lang, "api-field-ead-expiry"),
            DateField::Today => t!(lang, "api-field-today"),
        }
    }
}

/// A window request that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RequestError {
    /// A date that cannot be used.
    Date {
        /// Which date.
        field: DateField,
        /// What is wrong with it.
        error: DateError,
    },
    /// The parole end date of another person of the family that cannot be used.
    RelativeDate {
        /// The person's place among the others (0 is the second person).
        index: usize,
        /// What to call them.
        name: String,
        /// The field to mark: `people.0.expires`.
        field: String,
        /// What is wrong with it.
        error: DateError,
    },
    /// No program, or one the helper does not know.
    Program(ProgramError),
    /// A language the helper does not speak.
    Lang(UnknownLang),
    /// A request from JavaScript that is not an object.
    NotAnObject,
    /// A request field from JavaScript that is not text.
    NotText(String),
    /// A request field from JavaScript that is not `true` or `false`.
    NotYesNo(String),
    /// A `storage` option other than `local` or `none` (a typo must not mean "store").
    UnknownStorage(String),
}

/// Anything the operations of this module refuse, worded per language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A window request that cannot be used.
    Request(RequestError),
    /// A document that is not a request.
    Form(FormError),
    /// No reminders to write.
    Calendar(CalendarError),
}

impl From<RequestError> for Error {
    fn from(e: RequestError) -> Error {
        Error::Request(e)
    }
}

impl From<FormError> for Error {
    fn from(e: FormError) -> Error {
        Error::Form(e)
    }
}

impl From<CalendarError> for Error {
    fn from(e: CalendarError) -> Error {
        Error::Calendar(e)
    }
}

impl From<ProgramError> for Error {
    fn from(e: ProgramError) -> Error {
        Error::Request(RequestError::Program(e))
    }
}

impl From<UnknownLang> for Error {
    fn from(e: UnknownLang) -> Error {
        Error::Request(RequestError::Lang(e))
    }
}

impl Error {
    /// The stable code, for programs and tests.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Request(RequestError::Date { error, .. } | RequestError::RelativeDate { error, .. }) => error.code(),
            Error::Request(RequestError::Program(e)) => e.code(),
            Error::Request(RequestError::Lang(e)) => e.code(),
            Error::Request(RequestError::NotAnObject) => "request.not_an_object",
            Error::Request(RequestError::NotText(_)) => "request.not_text",
            Error::Request(RequestError::NotYesNo(_)) => "request.not_yes_no",
            Error::Request(RequestError::UnknownStorage(_)) => "request.unknown_storage",
            Error::Form(e) => e.code(),
            Error::Calendar(e) => e.code(),
        }
    }

    /// The request field the error is about, so a page can mark it.
    pub fn field(&self) -> Option<&str> {
        match self {
            Error::Request(RequestError::Date { field, .. }) => Some(field.id()),
            Error::Request(RequestError::RelativeDate { field, .. }) => Some(field.as_str()),
            Error::Request(RequestError::Program(_)) | Error::Calendar(CalendarError::ProgramEnded { .. }) => Some("program"),
            Error::Request(RequestError::Lang(_)) => Some("lang"),
            Error::Request(RequestError::UnknownStorage(_)) => Some("storage"),
            Error::Request(RequestError::NotText(field) | RequestError::NotYesNo(field)) => Some(field.as_str()).filter(|f| !f.is_empty()),
            _ => None,
        }
    }

    /// What to tell the person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            Error::Request(RequestError::Date { field, error: DateError::Empty }) => t!(lang, "api-date-empty", field = field.name(lang)),
            Error::Request(RequestError::Date { field, error }) => t!(lang, "api-date-invalid", field = field.name(lang), problem = error.problem(lang)),
            Error::Request(RequestError::RelativeDate { name, error: DateError::Empty, .. }) => t!(lang, "api-relative-date-empty", name = name),
            Error::Request(RequestError::RelativeDate { name, error, .. }) => t!(lang, "api-relative-date-invalid", name = name, problem = error.problem(lang)),
            Error::Request(RequestError::Program(e)) => e.message(lang),
            Error::Request(RequestError::Lang(e)) => e.message(lang),
            Error::Request(RequestError::NotAnObject) => t!(lang, "api-not-an-object"),
            Error::Request(RequestError::NotText(f)) => t!(lang, "api-not-text", field = f),
            Error::Request(RequestError::NotYesNo(f)) => t!(lang, "api-not-yes-no", field = f),
            Error::Request(RequestError::UnknownStorage(s)) => t!(lang, "api-unknown-storage", storage = s),
            Error::Form(e) => e.message(lang),
            Error::Calendar(e) => e.message(lang),
        }
    }
}

/// For developers and logs, in English; people read [`Error::message`] in their language.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for Error {}

/// The day `request` asks for, or `local_today` when it names none.
pub fn today(request: &Request, local_today: NaiveDate) -> Result<NaiveDate, Error> {
    match given(request.today) {
        None => Ok(local_today),
        Some(text) => date(DateField::Today, Some(text)),
    }
}

impl Request<'_> {
    /// Re-parole when `expires` or `program` is given (or nothing else is), and the work permit
    /// when `ead_expires` is given: what the reminders and the timeline show.
    fn windows(&self, today: NaiveDate) -> Result<Vec<Window>, Error> {
        let wants_ead = given(self.ead_expires).is_some();
        let mut windows = Vec::with_capacity(2);
        if given(self.expires).is_some() || given(self.program).is_some() || !wants_ead {
            windows.push(self.reparole_window(today)?);
        }
        if wants_ead {
            windows.push(self.ead_window(today)?);
        }
        Ok(windows)
    }

    /// The re-parole window of each other person of the family, with their name ("#2" when none).
    fn relatives(&self, today: NaiveDate) -> Result<Vec<(String, Window)>, Error> {
        self.people
            .iter()
            .enumerate()
            .map(|(index, person)| {
                let name = given(person.name.as_deref()).map_or_else(|| format!("#{}", index + 2), |n| n.trim().to_string());
                // No program named: the first person's (a family is usually on one).
                let program = Program::parse(given(person.program.as_deref()).or(self.program))?;
                let expires = parse_date(person.expires.as_deref().unwrap_or_default())
                    .map_err(|error| RequestError::RelativeDate { index, name: name.clone(), field: format!("people.{index}.expires"), error })?;
                Ok((name, reparole_window_in(program, expires, today, Situation::default())))
            })
            .collect()
    }

    fn reparole_window(&self, today: NaiveDate) -> Result<Window, Error> {
        let program = Program::parse(self.program)?;
        let expires = date(DateField::ParoleExpiry, self.expires)?;
        Ok(reparole_window_in(program, expires, today, self.situation))
    }

    /// The work-permit window, with the parole's end when `expires` is given too.
    fn ead_window(&self, today: NaiveDate) -> Result<Window, Error> {
        let parole = match given(self.expires) {
            Some(text) => Some(date(DateField::ParoleExpiry, Some(text))?),
            None => None,
        };
        Ok(ead_window_with_parole(date(DateField::EadExpiry, self.ead_expires)?, parole, today))
    }
}

fn given(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.trim().is_empty())
}

fn date(field: DateField, text: Option<&str>) -> Result<NaiveDate, Error> {
    parse_date(text.unwrap_or_default()).map_err(|error| Error::Request(RequestError::Date { field, error }))
}

/// The re-parole window for `program` and `expires`, explained in `lang`.
pub fn reparole(request: &Request, lang: Lang, local_today: NaiveDate) -> Result<WindowReport, Error> {
    let today = today(request, local_today)?;
    Ok(request.reparole_window(today)?.report(lang))
}

/// The work-permit renewal window for `ead_expires`, explained in `lang`; with `expires` (the
/// parole's last day) too, the permit is shown with the parole it depends on.
pub fn ead(request: &Request, lang: Lang, local_today: NaiveDate) -> Result<WindowReport, Error> {
    let today = today(request, local_today)?;
    Ok(request.ead_window(today)?.report(lang))
}

/// An `.ics` file with reminders: re-parole when `expires` is given (or nothing else is), and the
/// work permit when `ead_expires` is given. `stamp` is the current UTC time.
pub fn reminders(
    request: &Request,
    lang: Lang,
    local_today: NaiveDate,
    stamp: NaiveDateTime,
) -> Result<String, Error> {
    let today = today(request, local_today)?;
    let windows = request.windows(today)?;
    let relatives = request.relatives(today)?;
    if relatives.is_empty() {
        return Ok(calendar::ics(&windows, lang, stamp)?);
    }
    // The first person's events as before; each other person's named.
    let entries: Vec<(Option<&str>, &Window)> =
        windows.iter().map(|w| (None, w)).chain(relatives.iter().map(|(name, w)| (Some(name.as_str()), w))).collect();
    Ok(calendar::family_ics(&entries, lang, stamp)?)
}

/// The picture of the same windows as [`reminders`] (one row each, on one scale), as a tree of
/// SVG nodes ([`timeline`]): the page builds it node by node, the CLI writes it as text.
pub fn timeline(request: &Request, lang: Lang, local_today: NaiveDate) -> Result<timeline::Node, Error> {
    let today = today(request, local_today)?;
    let windows = request.windows(today)?;
    let relatives = request.relatives(today)?;
    let mut rows: Vec<Row> = windows.iter().map(|w| Row { label: timeline::kind_label(w.kind, lang), window: w }).collect();
    rows.extend(relatives.iter().map(|(name, w)| Row { label: format!("{} · {name}", timeline::kind_label(w.kind, lang)), window: w }));
    Ok(timeline::drawing(&rows, lang, "timeline"))
}

/// The picture of the work-permit window alone (as [`ead`] gives it).
pub fn ead_timeline(request: &Request, lang: Lang, local_today: NaiveDate) -> Result<timeline::Node, Error> {
    Ok(timeline::of_windows(&[request.ead_window(today(request, local_today)?)?], lang, "timeline"))
}

/// One problem of a request without words: its rule's stable code, the dotted path of the answer
/// it is about (`null` for a finding about the whole request, as the form edition's end), and how
/// much it matters. What a schema validator returns (zod's issues, ajv's errors), so that the
/// helper can be compared with them on equal work, and what a page that words problems itself
/// (or only counts them) needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The rule's stable code (`format.ssn`), as in a report's diagnostics.
    pub code: &'static str,
    /// The dotted path of the answer in the request JSON, if it concerns one.
    pub path: Option<&'static str>,
    /// How much it matters.
    pub severity: crate::rules::Severity,
}

impl Problem {
    /// A finding's code, path and severity: what [`crate::check::word`] puts in a diagnostic
    /// besides the words, taken the same way.
    pub fn of(finding: &crate::check::Finding) -> Problem {
        let rule = finding.code.rule();
        Problem { code: rule.id, path: finding.field.map(|q| q.path), severity: rule.severity }
    }
}

/// The problems of `form` on `today`: the findings of the check ([`crate::check::findings`],
/// the same rules in the same form order as the worded report's diagnostics), without the
/// words, the checklist, the fees or the window.
pub fn problems(form: &crate::form::ParoleRequest, today: NaiveDate) -> Vec<Problem> {
    crate::check::findings(form, today).iter().map(Problem::of).collect()
}

/// Checks one request given as JSON text (read as `validate` reads it), for `today` (else the
/// caller's date): its [`problems`], no words. A family file is not one request: it is refused
/// as [`parse_form`] refuses it ("family" is not a question of a request).
pub fn check_codes(json: &str, today: Option<&str>, local_today: NaiveDate) -> Result<Vec<Problem>, Error> {
    // The reading `validate` does (one copy of it in the module), a family file refused.
    let form = match crate::family::read_document(json)? {
        crate::family::Document::Request { form, .. } => form,
        crate::family::Document::Family(_) => return Err(FormError::UnknownQuestion { path: String::new(), name: "family".into() }.into()),
    };
    let today = self::today(&Request { today, ..Request::default() }, local_today)?;
    Ok(problems(&form, today))
}

mod documents;
pub use documents::*;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;

    const TODAY: NaiveDate = ymd(2026, 11, 27);

    #[test]
    fn today_defaults_to_the_callers_date_and_can_be_given() {
        let mut r = Request { program: Some("general"), expires: Some("2027-01-01"), ..Request::default() };
        assert_eq!(reparole(&r, Lang::En, TODAY).unwrap().window.today, TODAY);
        r.today = Some("  ");
        assert_eq!(reparole(&r, Lang::En, TODAY).unwrap().window.today, TODAY);
        r.today = Some("2026-12-01");
        assert_eq!(reparole(&r, Lang::En, TODAY).unwrap().window.today, ymd(2026, 12, 1));
        r.today = Some("2026-13-01");
        assert_eq!(reparole(&r, Lang::En, TODAY).unwrap_err().field(), Some("today"));
    }

    #[test]
    fn options_of_the_wrong_kind_name_their_field_and_a_storage_typo_is_refused() {
        let text = Error::Request(RequestError::NotText("expires".into()));
        assert_eq!((text.code(), text.field()), ("request.not_text", Some("expires")));
        let yes_no = Error::Request(RequestError::NotYesNo("frpException".into()));
        assert_eq!((yes_no.code(), yes_no.field()), ("request.not_yes_no", Some("frpException")));
        assert_eq!(Error::Request(RequestError::NotText(String::new())).field(), None);
        let storage = Error::Request(RequestError::UnknownStorage("None".into()));
        assert_eq!((storage.code(), storage.field()), ("request.unknown_storage", Some("storage")));
        assert!(storage.message(Lang::En).contains(r#"storage "None" is neither "local" nor "none""#));
        assert!(storage.message(Lang::Es).contains(r#"storage "None" no es "local" ni "none""#));
    }

    #[test]
    fn other_people_of_the_family_are_drawn_and_reminded_by_name_and_their_dates_checked() {
        let people = [Relative { name: Some(" Sofía ".into()), program: Some("general".into()), expires: Some("2027-05-14".into()) }, Relative::default()];
        let r = Request { program: Some("general"), expires: Some("2027-05-14"), today: Some("2026-11-28"), people: &people[..1], ..Request::default() };
        let svg = timeline(&r, Lang::Es, TODAY).unwrap().to_svg();
        assert_eq!(svg.matches("class=\"row\"").count(), 2);
        assert!(svg.contains(">Nuevo parole · Sofía</text>"), "{svg}");
        let ics = reminders(&r, Lang::En, TODAY, TODAY.and_hms_opt(9, 0, 0).unwrap()).unwrap();
        assert!(ics.contains("SUMMARY:Sofía · Last day of parole (I-94)\r\n"), "{ics}");
        assert!(ics.contains("SUMMARY:Last day of parole (I-94)\r\n"), "the first person's own events stay unnamed");
        assert!(ics.contains("-p2@parole-form-helper.invalid"), "her events keep their own UIDs (she is person 2)");
        // A second person with no name and no date: "#3", named in the error, and their field.
        let r = Request { people: &people, ..r };
        let error = timeline(&r, Lang::Es, TODAY).unwrap_err();
        assert_eq!((error.code(), error.field()), ("date.empty", Some("people.1.expires")));
        assert_eq!(error.message(Lang::Es), "Escriba la fecha en que termina el parole de #3.");
        assert_eq!(error.message(Lang::En), "Enter the date when #3's parole ends.");
        let late = [Relative { name: Some("Ana".into()), program: Some("general".into()), expires: Some("2027-02-30".into()) }];
        let error = reminders(&Request { people: &late, ..r }, Lang::En, TODAY, TODAY.and_hms_opt(9, 0, 0).unwrap()).unwrap_err();
        assert!(error.message(Lang::En).starts_with("Check the date when Ana's parole ends: "), "{}", error.message(Lang::En));
        assert_eq!(error.field(), Some("people.0.expires"));
    }

    #[test]
    fn missing_fields_are_named() {
        let none = Request::default();
        assert_eq!(reparole(&none, Lang::En, TODAY).unwrap_err(), Error::Request(RequestError::Program(ProgramError::Missing)));
        let no_date = Request { program: Some("ukraine"), ..none };
        assert_eq!(reparole(&no_date, Lang::En, TODAY).unwrap_err().code(), "date.empty");
        assert_eq!(ead(&none, Lang::En, TODAY).unwrap_err().field(), Some("eadExpires"));
    }

    #[test]
    fn the_work_permit_window_takes_the_parole_end_when_given() {
        let alone = Request { ead_expires: Some("2027-09-30"), ..Request::default() };
        assert_eq!(ead(&alone, Lang::En, TODAY).unwrap().window.parole_expires_on, None);
        let with = Request { expires: Some("2027-05-14"), ..alone };
        assert_eq!(ead(&with, Lang::En, TODAY).unwrap().window.parole_expires_on, Some(ymd(2027, 5, 14)));
        let bad = Request { expires: Some("2027-02-30"), ..alone };
        assert_eq!(ead(&bad, Lang::En, TODAY).unwrap_err().field(), Some("expires"));
    }

    #[test]
    fn a_termination_notice_means_no_reminders() {
        let stamp = TODAY.and_hms_opt(0, 0, 0).unwrap();
        let notice = Request {
            program: Some("general"),
            expires: Some("2027-03-31"),
            situation: Situation { termination_notice: true, ..Situation::default() },
            ..Request::default()
        };
        assert_eq!(reminders(&notice, Lang::En, TODAY, stamp).unwrap_err(), Error::Calendar(CalendarError::EndedByNotice));
        let frp = Request { program: Some("frp"), situation: Situation { frp_exception: true, ..Situation::default() }, ..notice };
        assert!(reminders(&frp, Lang::En, TODAY, stamp).unwrap().contains("UID:reparole-frp-ends-20270331@"));
    }

    #[test]
    fn reminders_cover_what_was_given() {
        let stamp = TODAY.and_hms_opt(0, 0, 0).unwrap();
        let ead_only = Request { ead_expires: Some("2027-06-30"), ..Request::default() };
        let file = reminders(&ead_only, Lang::En, TODAY, stamp).unwrap();
        assert!(file.contains("UID:ead-ead-ends-20270630@") && !file.contains("UID:reparole"));
        let both = Request { program: Some("general"), expires: Some("2027-03-31"), ..ead_only };
        let file = reminders(&both, Lang::En, TODAY, stamp).unwrap();
        assert!(file.contains("UID:ead-ead-ends-20270630@") && file.contains("UID:reparole-general-ends-20270331@"));
        assert_eq!(reminders(&Request::default(), Lang::En, TODAY, stamp).unwrap_err(), Error::Request(RequestError::Program(ProgramError::Missing)));
    }
}
