//! The documents a person brings: one request, or a family file. Each is read as an imported
//! file is, checked, filled and reminded: one report, form and calendar for a request; one per
//! person, named, and the family's own part for a family file.
//!
//! ```
//! use parole_helper::api::{check_document, Checked};
//! use parole_helper::date::ymd;
//! use parole_helper::i18n::Lang;
//!
//! let family = std::fs::read_to_string("examples/family-mother-daughter.json").unwrap();
//! let Ok(Checked::Family(report)) = check_document(&family, Some("2026-11-27"), Lang::Es, ymd(2026, 11, 27)) else { panic!() };
//! assert_eq!(report.people.len(), 2);
//! ```

use chrono::{NaiveDate, NaiveDateTime};

use super::{today, Error, Request};
use crate::calendar::{self, CalendarError};
use crate::check::{self, Report};
use crate::family::{person_name, read_document, Document, FamilyReport};
use crate::form::read::{read, Read};
use crate::form::ParoleRequest;
use crate::i18n::Lang;
use crate::windows::timeline::{self, Row};
use crate::windows::Window;

/// Reads a form from JSON text (see [`crate::form::read`]).
pub fn parse_form(json: &str) -> Result<ParoleRequest, Error> {
    Ok(read(json)?.form)
}

/// Like [`parse_form`], and says which older model version the form was migrated from, if any.
pub fn read_form(json: &str) -> Result<Read, Error> {
    Ok(read(json)?)
}

/// Checks a form given as JSON text, for `today` (else the caller's date), worded in `lang`.
pub fn check_json(json: &str, today: Option<&str>, lang: Lang, local_today: NaiveDate) -> Result<Report, Error> {
    let form = parse_form(json)?;
    let today = self::today(&Request { today, ..Request::default() }, local_today)?;
    Ok(check::check(&form, today).report(lang))
}

/// The plan of the filled official Form I-131 for a request (JSON), with the request's check
/// report: the form is filled whatever the report says, and the report says what is still wrong.
pub fn filing(json: &str, today: Option<&str>, lang: Lang, local_today: NaiveDate) -> Result<(acroform::Plan, Report), Error> {
    let form = parse_form(json)?;
    let today = self::today(&Request { today, ..Request::default() }, local_today)?;
    Ok((crate::filing::plan(&form), check::check(&form, today).report(lang)))
}

/// What a document checks to: one request's report, or a family's (each person's report, the same
/// as their request's alone, and what holds across them).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[serde(untagged)]
pub enum Checked {
    /// One request.
    Request(Report),
    /// A family file.
    Family(FamilyReport),
}

impl Checked {
    /// The errors it holds (for an exit code).
    pub fn errors(&self) -> usize {
        match self {
            Checked::Request(report) => report.summary.errors,
            Checked::Family(report) => report.errors(),
        }
    }

    /// A readable summary for a terminal.
    pub fn to_text(&self, lang: Lang) -> String {
        match self {
            Checked::Request(report) => report.to_text(lang),
            Checked::Family(report) => report.to_text(lang),
        }
    }
}

/// Checks a request or a family file given as JSON text, for `today` (else the caller's date).
pub fn check_document(json: &str, today: Option<&str>, lang: Lang, local_today: NaiveDate) -> Result<Checked, Error> {
    let document = read_document(json)?;
    let today = self::today(&Request { today, ..Request::default() }, local_today)?;
    Ok(match document {
        Document::Request { form, .. } => Checked::Request(check::check(&form, today).report(lang)),
        Document::Family(family) => Checked::Family(family.check(today).report(lang)),
    })
}

/// One filled form of a document: whose, its file name, its plan, and the errors its request
/// still has, worded (each names its Part and Item).
#[derive(Debug, Clone)]
pub struct Filing {
    /// The person it is for.
    pub person: String,
    /// "I-131-Family-Given.pdf", after that person.
    pub file_name: String,
    /// What goes in which box.
    pub plan: acroform::Plan,
    /// The request's errors, worded.
    pub errors: Vec<String>,
}

/// The filled forms of a document: one for a request, one per person for a family file.
#[derive(Debug, Clone)]
pub struct Filings {
    /// A family file: the forms go into a folder, each named after its person.
    pub family: bool,
    /// The forms, in file order.
    pub forms: Vec<Filing>,
}

/// The requests of a document, and whether it is a family file.
fn requests(json: &str) -> Result<(Vec<ParoleRequest>, bool), Error> {
    Ok(match read_document(json)? {
        Document::Request { form, .. } => (vec![form], false),
        Document::Family(family) => (family.requests, true),
    })
}

/// The filled forms of a request (one) or a family file (one per person, in file order).
pub fn filings(json: &str, today: Option<&str>, lang: Lang, local_today: NaiveDate) -> Result<Filings, Error> {
    let today = self::today(&Request { today, ..Request::default() }, local_today)?;
    let (requests, family) = requests(json)?;
    let forms = requests
        .iter()
        .enumerate()
        .map(|(i, form)| {
            let report = check::check(form, today).report(lang);
            let errors = report.diagnostics.iter().filter(|d| d.severity == crate::rules::Severity::Error).map(|d| d.message.clone()).collect();
            Filing { person: person_name(form, i), file_name: crate::filing::file_name(form), plan: crate::filing::plan(form), errors }
        })
        .collect();
    Ok(Filings { family, forms })
}

/// The re-parole window of each request of a document (Part 1, Item 12), with whose it is; `true`
/// for a family file. None at all is [`CalendarError::NoWindow`].
fn document_windows(json: &str, today: NaiveDate) -> Result<(Vec<(String, Window)>, bool), Error> {
    let (requests, family) = requests(json)?;
    let windows: Vec<(String, Window)> = requests
        .iter()
        .enumerate()
        .filter_map(|(i, form)| check::renewal_window(form, today).map(|w| (person_name(form, i), w)))
        .collect();
    if windows.is_empty() {
        return Err(CalendarError::NoWindow.into());
    }
    Ok((windows, family))
}

/// The reminders of a request (its window from Part 1, Item 12) or of a family file (each person's,
/// named in each event), as an `.ics` file.
pub fn document_reminders(json: &str, today: Option<&str>, lang: Lang, local_today: NaiveDate, stamp: NaiveDateTime) -> Result<String, Error> {
    let today = self::today(&Request { today, ..Request::default() }, local_today)?;
    let (windows, family) = document_windows(json, today)?;
    let people: Vec<(Option<&str>, &Window)> = windows.iter().map(|(name, w)| (Some(name.as_str()), w)).collect();
    let file = if family { calendar::family_ics(&people, lang, stamp) } else { calendar::ics(&windows.iter().map(|(_, w)| w.clone()).collect::<Vec<_>>(), lang, stamp) };
    Ok(file?)
}

/// The picture of a request's window, or of a family's: one line per person on one scale, named,
/// the earliest deadline first (as the family report lists them).
pub fn document_timeline(json: &str, today: Option<&str>, lang: Lang, local_today: NaiveDate) -> Result<timeline::Node, Error> {
    let today = self::today(&Request { today, ..Request::default() }, local_today)?;
    let (mut windows, family) = document_windows(json, today)?;
    if !family {
        return Ok(timeline::of_windows(&[windows.remove(0).1], lang, "timeline"));
    }
    windows.sort_by_key(|(_, w)| (w.file_by_on.unwrap_or(w.expires_on), w.expires_on));
    let rows: Vec<Row> = windows.iter().map(|(name, w)| Row { label: name.clone(), window: w }).collect();
    Ok(timeline::drawing(&rows, lang, "timeline"))
}
