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

use chrono::{NaiveDate, NaiveDateTime};

use crate::calendar;
use crate::date::parse_date;
use crate::i18n::Lang;
use crate::input::{DateField, InputError};
use crate::program::Program;
use crate::windows::{ead_window, reparole_window, Window, WindowReport};

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
}

impl Request<'_> {
    fn today(&self, local_today: NaiveDate) -> Result<NaiveDate, InputError> {
        match given(self.today) {
            None => Ok(local_today),
            Some(text) => date(DateField::Today, Some(text)),
        }
    }

    fn reparole_window(&self, today: NaiveDate) -> Result<Window, InputError> {
        let program = Program::parse(self.program)?;
        let expires = date(DateField::ParoleExpiry, self.expires)?;
        Ok(reparole_window(program, expires, today))
    }

    fn ead_window(&self, today: NaiveDate) -> Result<Window, InputError> {
        Ok(ead_window(date(DateField::EadExpiry, self.ead_expires)?, today))
    }
}

fn given(text: Option<&str>) -> Option<&str> {
    text.filter(|t| !t.trim().is_empty())
}

fn date(field: DateField, text: Option<&str>) -> Result<NaiveDate, InputError> {
    parse_date(text.unwrap_or_default()).map_err(|error| InputError::date(field, error))
}

/// The re-parole window for `program` and `expires`, explained in `lang`.
pub fn reparole(request: &Request, lang: Lang, local_today: NaiveDate) -> Result<WindowReport, InputError> {
    let today = request.today(local_today)?;
    Ok(request.reparole_window(today)?.report(lang))
}

/// The work-permit renewal window for `ead_expires`, explained in `lang`.
pub fn ead(request: &Request, lang: Lang, local_today: NaiveDate) -> Result<WindowReport, InputError> {
    let today = request.today(local_today)?;
    Ok(request.ead_window(today)?.report(lang))
}

/// An `.ics` file with reminders: re-parole when `expires` is given (or nothing else is), and the
/// work permit when `ead_expires` is given. `stamp` is the current UTC time.
pub fn reminders(
    request: &Request,
    lang: Lang,
    local_today: NaiveDate,
    stamp: NaiveDateTime,
) -> Result<String, InputError> {
    let today = request.today(local_today)?;
    let wants_ead = given(request.ead_expires).is_some();
    let mut windows = Vec::with_capacity(2);
    if given(request.expires).is_some() || given(request.program).is_some() || !wants_ead {
        windows.push(request.reparole_window(today)?);
    }
    if wants_ead {
        windows.push(request.ead_window(today)?);
    }
    calendar::ics(&windows, lang, stamp)
}

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
    fn missing_fields_are_named() {
        let none = Request::default();
        assert_eq!(reparole(&none, Lang::En, TODAY).unwrap_err(), InputError::MissingProgram);
        let no_date = Request { program: Some("ukraine"), ..none };
        assert_eq!(reparole(&no_date, Lang::En, TODAY).unwrap_err().code(), "date.empty");
        assert_eq!(ead(&none, Lang::En, TODAY).unwrap_err().field(), Some("eadExpires"));
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
        assert_eq!(reminders(&Request::default(), Lang::En, TODAY, stamp).unwrap_err(), InputError::MissingProgram);
    }
}
