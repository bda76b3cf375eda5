//! Reminders as an iCalendar file (RFC 5545) that any calendar app can import.
//!
//! ```
//! use parole_helper::calendar::ics;
//! use parole_helper::date::ymd;
//! use parole_helper::i18n::Lang;
//! use parole_helper::program::Program;
//! use parole_helper::windows::reparole_window;
//!
//! let window = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27));
//! let stamp = ymd(2026, 11, 27).and_hms_opt(12, 0, 0).unwrap();
//! let file = ics(&[window], Lang::En, stamp).unwrap();
//! assert!(file.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
//! assert!(file.contains("DTSTART;VALUE=DATE:20261231\r\n")); // ask by (advice)
//! assert!(file.contains("DTSTART;VALUE=DATE:20270331\r\n")); // last day of parole
//! ```
//!
//! Each date still ahead becomes an all-day event with two alarms: a week before at 9:00 and on
//! the day at 9:00. UIDs depend only on what the event is about, so importing the file again
//! updates the events instead of doubling them. Dates that have passed are left out.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};

use crate::i18n::{long_date, Lang};
use crate::t;
use crate::program::Program;
use crate::windows::{Kind, Status, Window};

/// What an event marks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Moment {
    Opens,
    FileBy,
    Ends,
}

impl Moment {
    fn id(self) -> &'static str {
        match self {
            Moment::Opens => "opens",
            Moment::FileBy => "file-by",
            Moment::Ends => "ends",
        }
    }
}

/// Why there are no reminders to write.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CalendarError {
    /// Reminders were asked for a program DHS ended.
    ProgramEnded {
        /// The program.
        program: Program,
        /// The last day of parole under it.
        parole_ended: NaiveDate,
    },
    /// Every date has passed.
    NothingAhead,
    /// DHS ended this parole early by notice.
    EndedByNotice,
    /// A request (or every request of a family) is not for re-parole or names no parole end date
    /// (Part 1, Item 12): there is no window to remind of.
    NoWindow,
}

impl CalendarError {
    /// The stable code.
    pub fn code(&self) -> &'static str {
        match self {
            CalendarError::ProgramEnded { .. } => "program.ended",
            CalendarError::NothingAhead => "calendar.nothing_ahead",
            CalendarError::EndedByNotice => "calendar.ended_by_notice",
            CalendarError::NoWindow => "calendar.no_window",
        }
    }

    /// What to tell the person, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        match self {
            CalendarError::ProgramEnded { program, parole_ended } => t!(
                lang,
                "cal-program-ended",
                program = program.id().to_ascii_uppercase(),
                date = long_date(*parole_ended, lang),
            ),
            CalendarError::NothingAhead => t!(lang, "cal-nothing-ahead"),
            CalendarError::EndedByNotice => t!(lang, "cal-ended-by-notice"),
            CalendarError::NoWindow => t!(lang, "cal-no-window"),
        }
    }
}

impl std::fmt::Display for CalendarError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(Lang::En))
    }
}

impl std::error::Error for CalendarError {}

/// The reminders for `windows` as an `.ics` file. `stamp` (UTC) becomes every event's DTSTAMP.
///
/// Fails with [`CalendarError::ProgramEnded`] when a window's program has ended, with
/// [`CalendarError::EndedByNotice`] when DHS ended the parole early, and with
/// [`CalendarError::NothingAhead`] when every date has passed.
pub fn ics(windows: &[Window], lang: Lang, stamp: NaiveDateTime) -> Result<String, CalendarError> {
    let entries: Vec<(Option<&str>, &Window)> = windows.iter().map(|w| (None, w)).collect();
    write(&entries, lang, stamp)
}

/// The reminders of a family in one file: each event is named for its person ("Sofía Ramírez
/// Luna · Re-parole: ask by today (advice)"), and two people with the same dates keep apart.
/// A person without a name (`None`) keeps the events of [`ics`].
pub fn family_ics(people: &[(Option<&str>, &Window)], lang: Lang, stamp: NaiveDateTime) -> Result<String, CalendarError> {
    write(people, lang, stamp)
}

fn write(entries: &[(Option<&str>, &Window)], lang: Lang, stamp: NaiveDateTime) -> Result<String, CalendarError> {
    let mut file = Lines::default();
    file.push("BEGIN:VCALENDAR");
    file.push("VERSION:2.0");
    file.push(&format!("PRODID:-//Parole Form Helper//Renewal reminders//{}", lang.code().to_ascii_uppercase()));
    file.push("CALSCALE:GREGORIAN");
    file.push("METHOD:PUBLISH");
    let mut any_event = false;
    for (index, (person, window)) in entries.iter().enumerate() {
        if window.status == Status::Terminated {
            let program = window.program.unwrap_or(Program::Other);
            let parole_ended = window.termination().map_or(window.expires_on, |(_, ended)| ended);
            return Err(CalendarError::ProgramEnded { program, parole_ended });
        }
        if window.status == Status::EndedByNotice {
            return Err(CalendarError::EndedByNotice);
        }
        // A work permit ends with the parole when the parole ends first (8 U.S.C. 1809(a)).
        let moments = [
            (Moment::Opens, window.earliest_filing_on),
            (Moment::FileBy, window.file_by_on),
            (Moment::Ends, Some(window.last_day())),
        ];
        for (moment, date) in moments {
            let Some(date) = date.filter(|d| *d >= window.today) else { continue };
            let (mut summary, mut description) = texts(window, moment, lang);
            let subject = window.program.map_or("ead", |p| p.id());
            // A family's events: named, and the person's place in the file keeps the UIDs apart.
            let mut who = String::new();
            if let Some(name) = person {
                summary = format!("{name} · {summary}");
                description = format!("{} {description}", t!(lang, "cal-for-person", name = *name));
                who = format!("-p{}", index + 1);
            }
            file.push("BEGIN:VEVENT");
            file.push(&format!(
                "UID:{}-{subject}-{}-{}{who}@parole-form-helper.invalid",
                kind_id(window.kind),
                moment.id(),
                basic_date(window.expires_on)
            ));
            file.push(&format!("DTSTAMP:{}", basic_stamp(stamp)));
            file.push(&format!("DTSTART;VALUE=DATE:{}", basic_date(date)));
            file.push(&format!("DTEND;VALUE=DATE:{}", basic_date(date.succ_opt().unwrap_or(date))));
            file.push(&format!("SUMMARY:{}", escape(&summary)));
            file.push(&format!("DESCRIPTION:{}", escape(&description)));
            file.push("TRANSP:TRANSPARENT");
            // All-day events start at midnight: -P6DT15H is 9:00 a week before, PT9H 9:00 that day.
            for trigger in ["-P6DT15H", "PT9H"] {
                file.push("BEGIN:VALARM");
                file.push("ACTION:DISPLAY");
                file.push(&format!("DESCRIPTION:{}", escape(&summary)));
                file.push(&format!("TRIGGER:{trigger}"));
                file.push("END:VALARM");
            }
            file.push("END:VEVENT");
            any_event = true;
        }
    }
    if !any_event {
        return Err(CalendarError::NothingAhead);
    }
    file.push("END:VCALENDAR");
    Ok(file.0)
}

fn kind_id(kind: Kind) -> &'static str {
    match kind {
        Kind::Reparole => "reparole",
        Kind::Ead => "ead",
    }
}

/// The title and the description of one event.
fn texts(w: &Window, moment: Moment, lang: Lang) -> (String, String) {
    let ends = long_date(w.expires_on, lang);
    let (summary, body) = match (w.kind, moment) {
        (Kind::Reparole, Moment::Opens) => {
            (t!(lang, "cal-reparole-opens"), t!(lang, "cal-reparole-opens.description", ends = ends))
        }
        (Kind::Reparole, Moment::FileBy) => (
            t!(lang, "cal-reparole-file-by"),
            t!(lang, "cal-reparole-file-by.description", days = days_left(w, w.file_by_on), ends = ends),
        ),
        (Kind::Reparole, Moment::Ends) => (t!(lang, "cal-reparole-ends"), t!(lang, "cal-reparole-ends.description")),
        (Kind::Ead, Moment::Opens | Moment::FileBy) => {
            (t!(lang, "cal-ead-opens"), t!(lang, "cal-ead-opens.description", ends = ends))
        }
        (Kind::Ead, Moment::Ends) => (t!(lang, "cal-ead-ends"), t!(lang, "cal-ead-ends.description")),
    };
    (summary, format!("{body}\n\n{}", t!(lang, "cal-footer")))
}

fn days_left(w: &Window, date: Option<NaiveDate>) -> i64 {
    date.map_or(0, |d| w.expires_on.signed_duration_since(d).num_days())
}

/// `YYYYMMDD`, the DATE form of RFC 5545.
fn basic_date(d: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// `YYYYMMDDTHHMMSSZ`, a UTC DATE-TIME.
fn basic_stamp(t: NaiveDateTime) -> String {
    format!("{}T{:02}{:02}{:02}Z", basic_date(t.date()), t.hour(), t.minute(), t.second())
}

/// Escapes TEXT values (RFC 5545 §3.3.11).
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Content lines joined with CRLF, each folded to at most 75 octets (RFC 5545 §3.1).
#[derive(Default)]
struct Lines(String);

impl Lines {
    fn push(&mut self, line: &str) {
        let mut width = 0;
        for c in line.chars() {
            // Never split a UTF-8 sequence: fold before a character that would pass 75 octets.
            if width + c.len_utf8() > 75 {
                self.0.push_str("\r\n ");
                width = 1;
            }
            self.0.push(c);
            width += c.len_utf8();
        }
        self.0.push_str("\r\n");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;
    use crate::program::Program;
    use crate::windows::{ead_window, reparole_window};

    fn stamp() -> NaiveDateTime {
        ymd(2026, 11, 27).and_hms_opt(8, 5, 9).unwrap()
    }

    #[test]
    fn lines_are_crlf_and_at_most_75_octets() {
        let w = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 9, 1));
        let file = ics(&[w], Lang::Es, stamp()).unwrap();
        assert!(file.ends_with("END:VCALENDAR\r\n"));
        assert!(!file.replace("\r\n", "").contains('\n'), "bare LF");
        for line in file.split("\r\n") {
            assert!(line.len() <= 75, "{line:?} is {} octets", line.len());
        }
        // Unfolding gives back whole UTF-8 text.
        let unfolded = file.replace("\r\n ", "");
        assert!(unfolded.contains("SUMMARY:Nuevo parole: pídalo a más tardar hoy (consejo)\r\n"));
    }

    #[test]
    fn one_event_per_date_ahead_with_stable_uids_and_alarms() {
        let w = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 9, 1));
        let file = ics(&[w.clone()], Lang::En, stamp()).unwrap();
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 3);
        assert_eq!(file.matches("BEGIN:VALARM").count(), 6);
        assert!(file.contains("UID:reparole-ukraine-opens-20270331@parole-form-helper.invalid\r\n"));
        assert!(file.contains("DTSTAMP:20261127T080509Z\r\n"));
        assert!(file.contains("DTSTART;VALUE=DATE:20261002\r\nDTEND;VALUE=DATE:20261003\r\n"));
        // The same question asked later gives the same UIDs.
        let later = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 10, 1));
        let again = ics(&[later], Lang::En, stamp()).unwrap();
        assert!(again.contains("UID:reparole-ukraine-opens-20270331@parole-form-helper.invalid\r\n"));
    }

    #[test]
    fn past_dates_are_left_out() {
        let w = reparole_window(Program::General, ymd(2027, 3, 31), ymd(2027, 1, 15));
        let file = ics(&[w], Lang::En, stamp()).unwrap();
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 1);
        let gone = reparole_window(Program::General, ymd(2027, 3, 31), ymd(2027, 4, 1));
        assert_eq!(ics(&[gone], Lang::En, stamp()), Err(CalendarError::NothingAhead));
    }

    #[test]
    fn ended_programs_get_no_reminders() {
        let w = reparole_window(Program::Chnv, ymd(2027, 3, 31), ymd(2026, 11, 27));
        assert_eq!(
            ics(&[w], Lang::En, stamp()),
            Err(CalendarError::ProgramEnded { program: Program::Chnv, parole_ended: ymd(2025, 4, 24) })
        );
    }

    #[test]
    fn escapes_text_values() {
        assert_eq!(escape("a,b;c\\d\ne"), "a\\,b\\;c\\\\d\\ne");
        let both = [
            reparole_window(Program::General, ymd(2027, 3, 31), ymd(2026, 11, 27)),
            ead_window(ymd(2027, 6, 30), ymd(2026, 11, 27)),
        ];
        let file = ics(&both, Lang::En, stamp()).unwrap();
        assert!(file.contains("UID:ead-ead-opens-20270630@parole-form-helper.invalid\r\n"));
        assert!(file.contains("DESCRIPTION:From today you can ask to renew your work permit. It ends on Ju\r\n ne 30\\, 2027."), "{file}");
    }

    #[test]
    fn the_advice_counts_the_days_before_the_end_in_both_languages() {
        let w = reparole_window(Program::General, ymd(2027, 3, 31), ymd(2026, 11, 27));
        let unfold = |lang| ics(&[w.clone()], lang, stamp()).unwrap().replace("\r\n ", "");
        assert!(unfold(Lang::En).contains("ask for re-parole at least 90 days before your parole ends on March 31\\, 2027."));
        assert!(unfold(Lang::Es).contains("por lo menos 90 días antes de que termine su parole\\, el 31 de marzo de 2027."));
    }

    #[test]
    fn one_event_ahead_is_enough_for_a_file() {
        // Only the last day is ahead: one event, and a file (not "nothing ahead").
        let w = reparole_window(Program::General, ymd(2027, 3, 31), ymd(2027, 3, 31));
        let file = ics(&[w], Lang::En, stamp()).unwrap();
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 1);
        assert!(file.contains("DTSTART;VALUE=DATE:20270331\r\n"), "the last day itself, today");
    }
}
