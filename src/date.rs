//! Calendar dates as people type them, checked into [`NaiveDate`]s.
//!
//! ```
//! use parole_helper::date::{parse_date, DateError, DatePart};
//!
//! assert_eq!(parse_date("2027-03-31").unwrap().to_string(), "2027-03-31");
//! assert_eq!(parse_date("2027-3-1").unwrap().to_string(), "2027-03-01");
//! assert_eq!(
//!     parse_date("2026-02-30"),
//!     Err(DateError::NoSuchDay { year: 2026, month: 2, day: 30, days_in_month: 28 })
//! );
//! assert_eq!(parse_date("2026--30"), Err(DateError::MissingPart(DatePart::Month)));
//! ```
//!
//! Every failure is a [`DateError`] with the facts needed to explain it; the words are chosen later,
//! per language, by [`DateError::problem`]. The page asks for month, day and year in three boxes and joins
//! them with `-`, so each error names the box that is wrong.

use chrono::{Datelike, NaiveDate};

use crate::i18n::{month_name, Lang};
use crate::t;

/// The first date the helper accepts: older dates are typing mistakes, not parole dates.
pub const EARLIEST: NaiveDate = ymd(1900, 1, 1);
/// The last date the helper accepts.
pub const LATEST: NaiveDate = ymd(2200, 12, 31);

/// Builds a date in a `const` context (rule tables); panics at compile time on an impossible date.
pub const fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    match NaiveDate::from_ymd_opt(year, month, day) {
        Some(date) => date,
        None => panic!("impossible date in a constant"),
    }
}

/// One of the three parts of a date, to say which one is wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatePart {
    /// The year.
    Year,
    /// The month (1-12).
    Month,
    /// The day of the month.
    Day,
}

/// Why a text is not a usable date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Nothing was typed.
    Empty,
    /// Not three parts separated by `-`.
    Format,
    /// One of the three parts is empty.
    MissingPart(DatePart),
    /// A part holds something other than the digits 0-9.
    NotANumber(DatePart),
    /// The month is not 1-12.
    NoSuchMonth {
        /// The month as typed (saturated to fit).
        month: u32,
    },
    /// The day does not exist in that month (`2026-02-30`).
    NoSuchDay {
        /// The year typed.
        year: i32,
        /// The month typed (1-12).
        month: u32,
        /// The day typed.
        day: u32,
        /// How many days that month has in that year.
        days_in_month: u32,
    },
    /// The year has fewer than 4 digits (`27-03-31`).
    ShortYear,
    /// A date before [`EARLIEST`]: a birth year of 1890 is a typing mistake.
    TooFarPast,
    /// A date after [`LATEST`].
    TooFarFuture,
}

impl DateError {
    /// The stable code, for programs and tests.
    pub fn code(&self) -> &'static str {
        match self {
            DateError::Empty => "date.empty",
            DateError::Format => "date.format",
            DateError::MissingPart(_) => "date.missing_part",
            DateError::NotANumber(_) => "date.not_a_number",
            DateError::NoSuchMonth { .. } => "date.no_such_month",
            DateError::NoSuchDay { .. } => "date.no_such_day",
            DateError::ShortYear => "date.short_year",
            DateError::TooFarPast => "date.too_far_past",
            DateError::TooFarFuture => "date.too_far_future",
        }
    }

    /// What is wrong, as the end of a sentence ("February 2026 has 28 days, so there is no day
    /// 30."), in `lang`: callers put the date's name before it.
    pub fn problem(&self, lang: Lang) -> String {
        match self {
            DateError::Empty => t!(lang, "date-empty"),
            DateError::Format => t!(lang, "date-format"),
            DateError::MissingPart(p) => t!(lang, "date-missing-part", part = p.id()),
            DateError::NotANumber(p) => t!(lang, "date-not-a-number", part = p.id()),
            DateError::NoSuchMonth { month } => t!(lang, "date-no-such-month", month = *month),
            DateError::NoSuchDay { year, month, day, days_in_month } => t!(
                lang,
                "date-no-such-day",
                month = month_name(*month, lang),
                year = year.to_string(),
                days = *days_in_month,
                day = *day,
            ),
            DateError::ShortYear => t!(lang, "date-short-year"),
            DateError::TooFarPast => t!(lang, "date-too-far-past"),
            DateError::TooFarFuture => t!(lang, "date-too-far-future"),
        }
    }
}

impl DatePart {
    /// The part's name for the language files' selects (`[year]`, `[month]`, `[day]`): never shown.
    fn id(self) -> &'static str {
        match self {
            DatePart::Year => "year",
            DatePart::Month => "month",
            DatePart::Day => "day",
        }
    }
}

/// For developers and logs, in English; people read [`DateError::problem`] in their language.
impl std::fmt::Display for DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "not a usable date: {}", self.problem(Lang::En))
    }
}

impl std::error::Error for DateError {}

/// Reads `YYYY-MM-DD` (one- or two-digit month and day are fine; spaces around parts are ignored).
pub fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let text = text.trim();
    if text.is_empty() {
        return Err(DateError::Empty);
    }
    let mut parts = text.split('-');
    let (Some(year), Some(month), Some(day), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(DateError::Format);
    };
    let year = number(year, DatePart::Year)?;
    let month = number(month, DatePart::Month)?;
    let day = number(day, DatePart::Day)?;
    // Year first: a year like 20270 is a typo worth naming before any month or day problem.
    let year = match i32::try_from(year) {
        Ok(y) if y < 1000 => return Err(DateError::ShortYear),
        Ok(y) if y < EARLIEST.year() => return Err(DateError::TooFarPast),
        Ok(y) if y <= LATEST.year() => y,
        _ => return Err(DateError::TooFarFuture),
    };
    if !(1..=12).contains(&month) {
        return Err(DateError::NoSuchMonth { month });
    }
    NaiveDate::from_ymd_opt(year, month, day).ok_or(DateError::NoSuchDay {
        year,
        month,
        day,
        days_in_month: days_in_month(year, month),
    })
}

/// Parses one part as a non-negative number, saturating huge values (they are errors anyway).
fn number(part: &str, which: DatePart) -> Result<u32, DateError> {
    let part = part.trim();
    if part.is_empty() {
        return Err(DateError::MissingPart(which));
    }
    if !part.bytes().all(|b| b.is_ascii_digit()) {
        return Err(DateError::NotANumber(which));
    }
    Ok(part
        .bytes()
        .fold(0u32, |n, b| n.saturating_mul(10).saturating_add(u32::from(b - b'0'))))
}

/// Days in `month` of `year` (Gregorian).
pub fn days_in_month(year: i32, month: u32) -> u32 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_iso_dates_and_short_parts() {
        assert_eq!(parse_date("2028-02-29"), Ok(ymd(2028, 2, 29)));
        assert_eq!(parse_date(" 2027 - 3 - 1 "), Ok(ymd(2027, 3, 1)));
        assert_eq!(parse_date("1900-01-01"), Ok(EARLIEST));
        assert_eq!(parse_date("2200-12-31"), Ok(LATEST));
    }

    #[test]
    fn names_what_is_wrong() {
        assert_eq!(parse_date(""), Err(DateError::Empty));
        assert_eq!(parse_date("   "), Err(DateError::Empty));
        assert_eq!(parse_date("03/31/2027"), Err(DateError::Format));
        assert_eq!(parse_date("2027-03-31-1"), Err(DateError::Format));
        assert_eq!(parse_date("-03-31"), Err(DateError::MissingPart(DatePart::Year)));
        assert_eq!(parse_date("2027-03-"), Err(DateError::MissingPart(DatePart::Day)));
        assert_eq!(parse_date("2027-mar-31"), Err(DateError::NotANumber(DatePart::Month)));
        assert_eq!(parse_date("2027-+3-31"), Err(DateError::NotANumber(DatePart::Month)));
        assert_eq!(parse_date("2027-13-01"), Err(DateError::NoSuchMonth { month: 13 }));
        assert_eq!(parse_date("2027-00-01"), Err(DateError::NoSuchMonth { month: 0 }));
        assert_eq!(
            parse_date("2027-04-31"),
            Err(DateError::NoSuchDay { year: 2027, month: 4, day: 31, days_in_month: 30 })
        );
        assert_eq!(
            parse_date("2100-02-29"),
            Err(DateError::NoSuchDay { year: 2100, month: 2, day: 29, days_in_month: 28 })
        );
        assert_eq!(parse_date("1899-12-31"), Err(DateError::TooFarPast));
        assert_eq!(parse_date("1000-01-01"), Err(DateError::TooFarPast));
        assert_eq!(parse_date("999-01-01"), Err(DateError::ShortYear));
        assert_eq!(parse_date("1900-01-01"), Ok(ymd(1900, 1, 1)));
        assert_eq!(parse_date("2200-12-31"), Ok(ymd(2200, 12, 31)));
        assert_eq!(parse_date("2201-01-01"), Err(DateError::TooFarFuture));
        assert_eq!(parse_date("99999999999999999999-01-01"), Err(DateError::TooFarFuture));
        assert_eq!(parse_date("27-03-31"), Err(DateError::ShortYear));
    }

    #[test]
    fn days_in_month_matches_chrono_for_every_month_in_range() {
        for year in EARLIEST.year()..=LATEST.year() {
            for month in 1..=12 {
                let last = days_in_month(year, month);
                assert!(NaiveDate::from_ymd_opt(year, month, last).is_some());
                assert!(NaiveDate::from_ymd_opt(year, month, last + 1).is_none());
            }
        }
    }
}
