//! Every boundary of every window: the day before, on and after each computed date, leap days and
//! year ends. Expected dates were computed independently (Python's datetime), not by this crate.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use parole_helper::date::ymd;
use parole_helper::program::Program;
use parole_helper::windows::{ead_window, reparole_window, Status, Window};

fn day_before(d: NaiveDate) -> NaiveDate {
    d.checked_sub_days(Days::new(1)).unwrap()
}
fn day_after(d: NaiveDate) -> NaiveDate {
    d.checked_add_days(Days::new(1)).unwrap()
}

/// The status on the day before, on, and the day after `date`.
fn around(window: impl Fn(NaiveDate) -> Window, date: NaiveDate) -> [Status; 3] {
    [window(day_before(date)).status, window(date).status, window(day_after(date)).status]
}

#[test]
fn ukraine_window_boundaries() {
    let expires = ymd(2027, 3, 31);
    let w = |today| reparole_window(Program::Ukraine, expires, today);
    let sample = w(ymd(2026, 11, 27));
    assert_eq!(sample.earliest_filing_on, Some(ymd(2026, 10, 2)));
    assert_eq!(sample.file_by_on, Some(ymd(2026, 12, 31)));
    assert_eq!(around(w, ymd(2026, 10, 2)), [Status::TooEarly, Status::Open, Status::Open]);
    assert_eq!(around(w, ymd(2026, 12, 31)), [Status::Open, Status::Open, Status::FileNow]);
    assert_eq!(around(w, expires), [Status::FileNow, Status::FileNow, Status::Expired]);
}

#[test]
fn programs_without_an_earliest_day_are_open_from_any_earlier_day() {
    let expires = ymd(2027, 3, 31);
    for program in [Program::General, Program::Afghan, Program::Other] {
        let w = |today| reparole_window(program, expires, today);
        assert_eq!(w(ymd(1900, 1, 1)).status, Status::Open, "{program:?}");
        assert_eq!(around(w, ymd(2026, 12, 31)), [Status::Open, Status::Open, Status::FileNow]);
        assert_eq!(around(w, expires), [Status::FileNow, Status::FileNow, Status::Expired]);
    }
}

#[test]
fn ead_window_boundaries() {
    let expires = ymd(2027, 3, 31);
    let w = |today| ead_window(expires, today);
    let sample = w(ymd(2026, 11, 27));
    assert_eq!(sample.earliest_filing_on, Some(ymd(2026, 10, 2)));
    assert_eq!(sample.file_by_on, None);
    assert_eq!(sample.program, None);
    assert_eq!(around(w, ymd(2026, 10, 2)), [Status::TooEarly, Status::Open, Status::Open]);
    // No file-by day: open through the last day, never "file_now".
    assert_eq!(around(w, expires), [Status::Open, Status::Open, Status::Expired]);
}

#[test]
fn chnv_ends_after_24_april_2025_whatever_the_expiry() {
    for expires in [ymd(2025, 1, 1), ymd(2025, 6, 30), ymd(2027, 3, 31)] {
        let w = |today| reparole_window(Program::Chnv, expires, today);
        assert_eq!(w(ymd(2025, 4, 25)).status, Status::Terminated, "{expires}");
        assert_eq!(w(ymd(2030, 1, 1)).status, Status::Terminated, "{expires}");
    }
    // Up to its last day, the window runs as usual.
    let w = |today| reparole_window(Program::Chnv, ymd(2025, 6, 30), today);
    assert_eq!(around(w, ymd(2025, 4, 24)), [Status::FileNow, Status::FileNow, Status::Terminated]);
    let expired_first = |today| reparole_window(Program::Chnv, ymd(2025, 1, 1), today);
    assert_eq!(around(expired_first, ymd(2025, 4, 24)), [Status::Expired, Status::Expired, Status::Terminated]);
}

#[test]
fn frp_ends_after_14_january_2026() {
    let w = |today| reparole_window(Program::Frp, ymd(2027, 3, 31), today);
    assert_eq!(around(w, ymd(2026, 1, 14)), [Status::Open, Status::Open, Status::Terminated]);
    assert!(w(ymd(2026, 11, 27)).report(parole_helper::i18n::Lang::En).explanation.contains("I-485"));
}

#[test]
fn leap_days() {
    // Expiry on a leap day.
    let w = reparole_window(Program::Ukraine, ymd(2028, 2, 29), ymd(2027, 1, 1));
    assert_eq!(w.earliest_filing_on, Some(ymd(2027, 9, 2)));
    assert_eq!(w.file_by_on, Some(ymd(2027, 12, 1)));
    assert_eq!(reparole_window(Program::General, ymd(2028, 2, 29), ymd(2028, 2, 29)).days_until_expiry, 0);
    // 180 days across a leap February and a common one differ by a day.
    assert_eq!(ead_window(ymd(2028, 8, 1), ymd(2027, 1, 1)).earliest_filing_on, Some(ymd(2028, 2, 3)));
    assert_eq!(ead_window(ymd(2027, 8, 1), ymd(2027, 1, 1)).earliest_filing_on, Some(ymd(2027, 2, 2)));
    // A file-by day that falls on 29 February.
    let w = |today| reparole_window(Program::General, ymd(2028, 5, 29), today);
    assert_eq!(w(ymd(2028, 1, 1)).file_by_on, Some(ymd(2028, 2, 29)));
    assert_eq!(around(w, ymd(2028, 2, 29)), [Status::Open, Status::Open, Status::FileNow]);
}

#[test]
fn year_ends() {
    let w = reparole_window(Program::Ukraine, ymd(2027, 1, 1), ymd(2026, 12, 31));
    assert_eq!(w.earliest_filing_on, Some(ymd(2026, 7, 5)));
    assert_eq!(w.file_by_on, Some(ymd(2026, 10, 3)));
    assert_eq!(w.days_until_expiry, 1);
    let w = reparole_window(Program::Ukraine, ymd(2026, 12, 31), ymd(2027, 1, 1));
    assert_eq!(w.earliest_filing_on, Some(ymd(2026, 7, 4)));
    assert_eq!(w.file_by_on, Some(ymd(2026, 10, 2)));
    assert_eq!((w.status, w.days_until_expiry), (Status::Expired, -1));
}

#[test]
fn days_until_expiry_counts_calendar_days() {
    let expires = ymd(2027, 3, 31);
    assert_eq!(reparole_window(Program::General, expires, ymd(2026, 11, 27)).days_until_expiry, 124);
    assert_eq!(reparole_window(Program::General, expires, expires).days_until_expiry, 0);
    assert_eq!(reparole_window(Program::General, expires, ymd(2027, 4, 1)).days_until_expiry, -1);
    assert_eq!(reparole_window(Program::General, ymd(2200, 12, 31), ymd(1900, 1, 1)).days_until_expiry, 109_937);
}

#[test]
fn a_rule_shapes_windows_only_from_the_day_it_holds() {
    // The Ukrainian 180-day rule holds from 2024-02-27 (USCIS re-parole process).
    let w = |today| reparole_window(Program::Ukraine, ymd(2024, 6, 30), today);
    assert_eq!(w(ymd(2024, 2, 26)).earliest_filing_on, None);
    assert_eq!(w(ymd(2024, 2, 27)).earliest_filing_on, Some(ymd(2024, 1, 2)));
    assert!(!w(ymd(2024, 2, 26)).rules.iter().any(|r| r.id() == "reparole.ukraine.earliest-180-days"));
}
