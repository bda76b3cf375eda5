//! Properties of the windows that must hold for every date, program and language.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Days, NaiveDate};
use parole_helper::calendar::ics;
use parole_helper::date::{parse_date, EARLIEST, LATEST};
use parole_helper::i18n::Lang;
use parole_helper::program::Program;
use parole_helper::windows::{ead_window, ead_window_with_parole, reparole_window, reparole_window_in, Situation, Status, Window};
use proptest::prelude::*;

/// Every window kind: each re-parole program, and the work permit (`None`).
const KINDS: [Option<Program>; 7] = [
    Some(Program::General),
    Some(Program::Ukraine),
    Some(Program::Afghan),
    Some(Program::Frp),
    Some(Program::Chnv),
    Some(Program::Other),
    None,
];

fn window(kind: Option<Program>, expires: NaiveDate, today: NaiveDate) -> Window {
    match kind {
        Some(program) => reparole_window(program, expires, today),
        None => ead_window(expires, today),
    }
}

fn any_day() -> impl Strategy<Value = NaiveDate> {
    let span = LATEST.signed_duration_since(EARLIEST).num_days() as u64;
    (0..=span).prop_map(|n| EARLIEST.checked_add_days(Days::new(n)).unwrap())
}

/// A day on which every window rule that has a start date is in force: time only moves a window
/// forward while its rules stay the same (a rule coming into force can change a status back).
fn any_day_with_todays_rules() -> impl Strategy<Value = NaiveDate> {
    let first = parole_helper::windows::rules::ALL.iter().filter_map(|r| r.rule.holds_from).max().unwrap();
    let span = LATEST.signed_duration_since(first).num_days() as u64;
    (0..=span).prop_map(move |n| first.checked_add_days(Days::new(n)).unwrap())
}

fn any_kind() -> impl Strategy<Value = Option<Program>> {
    proptest::sample::select(KINDS.to_vec())
}

/// What else a person may have told: the FRP exception, a termination notice, the parole's end
/// (for a work permit).
#[derive(Debug, Clone, Copy)]
struct Told {
    situation: Situation,
    parole_expires: Option<NaiveDate>,
}

fn any_told() -> impl Strategy<Value = Told> {
    (any::<bool>(), prop::bool::weighted(0.1), prop::option::of(any_day())).prop_map(|(frp_exception, termination_notice, parole_expires)| Told {
        situation: Situation { frp_exception, termination_notice },
        parole_expires,
    })
}

fn window_told(kind: Option<Program>, expires: NaiveDate, today: NaiveDate, told: Told) -> Window {
    match kind {
        Some(program) => reparole_window_in(program, expires, today, told.situation),
        None => ead_window_with_parole(expires, told.parole_expires, today),
    }
}

fn assert_ordered(w: &Window) {
    if let (Some(first), Some(by)) = (w.earliest_filing_on, w.file_by_on) {
        assert!(first <= by, "{w:?}");
    }
    for date in [w.earliest_filing_on, w.file_by_on].into_iter().flatten() {
        assert!(date <= w.expires_on, "{w:?}");
    }
}

/// Exhaustive where it is cheap: every expiry date from 1900-01-01 to 2200-12-31, every kind.
#[test]
fn dates_are_ordered_for_every_expiry_date() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
    let mut expires = EARLIEST;
    let mut cases = 0;
    while expires <= LATEST {
        for kind in KINDS {
            assert_ordered(&window(kind, expires, today));
            cases += 1;
        }
        expires = expires.succ_opt().unwrap();
    }
    assert_eq!(cases, 109_938 * KINDS.len());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn earliest_before_file_by_before_expiry(kind in any_kind(), expires in any_day(), today in any_day()) {
        assert_ordered(&window(kind, expires, today));
    }

    #[test]
    fn status_never_goes_back_as_today_advances(
        kind in any_kind(), expires in any_day(), a in any_day_with_todays_rules(), b in any_day_with_todays_rules(), told in any_told()
    ) {
        let (earlier, later) = if a <= b { (a, b) } else { (b, a) };
        let (s1, s2) = (window_told(kind, expires, earlier, told).status, window_told(kind, expires, later, told).status);
        prop_assert!(s1 <= s2, "{s1:?} on {earlier} then {s2:?} on {later}");
    }

    #[test]
    fn days_and_status_agree_with_the_dates(kind in any_kind(), expires in any_day(), today in any_day(), told in any_told()) {
        let w = window_told(kind, expires, today, told);
        assert_ordered(&w);
        // Only rules in force on `today` shape the window.
        prop_assert!(w.rules.iter().all(|r| r.rule.holds_on(today)));
        // A work permit ends with the parole when the parole ends first.
        let last_day = if kind.is_none() { told.parole_expires.map_or(expires, |p| p.min(expires)) } else { expires };
        prop_assert_eq!(today.checked_add_signed(chrono::TimeDelta::days(w.days_until_expiry)), Some(last_day));
        match w.status {
            Status::EndedByNotice => prop_assert!(
                kind.is_some() && told.situation.termination_notice && w.earliest_filing_on.is_none() && w.file_by_on.is_none()
            ),
            Status::Terminated => prop_assert!(w.termination().is_some_and(|(_, last)| today > last)),
            Status::Expired => prop_assert!(w.days_until_expiry < 0),
            Status::TooEarly => prop_assert!(w.earliest_filing_on.is_some_and(|first| today < first)),
            Status::Open => prop_assert!(
                w.days_until_expiry >= 0
                    && w.earliest_filing_on.is_none_or(|first| first <= today)
                    && w.file_by_on.is_none_or(|by| today <= by)
            ),
            Status::FileNow => prop_assert!(w.days_until_expiry >= 0 && w.file_by_on.is_some_and(|by| today > by)),
        }
    }

    #[test]
    fn explanations_and_reminders_never_fail_silently(kind in any_kind(), expires in any_day(), today in any_day(), told in any_told()) {
        let w = window_told(kind, expires, today, told);
        for lang in Lang::all() {
            let report = w.clone().report(lang);
            prop_assert!(report.explanation.lines().count() >= 2);
            prop_assert!(report.explanation.lines().all(|line| !line.trim().is_empty()));
            let stamp = today.and_hms_opt(12, 0, 0).unwrap();
            match ics(std::slice::from_ref(&w), lang, stamp) {
                Ok(file) => {
                    prop_assert!(file.split("\r\n").all(|line| line.len() <= 75));
                    prop_assert!(file.contains("BEGIN:VEVENT"));
                }
                Err(error) => prop_assert!(matches!(error.code(), "program.ended" | "calendar.nothing_ahead" | "calendar.ended_by_notice")),
            }
        }
    }

    #[test]
    fn any_valid_date_round_trips(day in any_day()) {
        prop_assert_eq!(parse_date(&day.to_string()), Ok(day));
    }

    #[test]
    fn parsing_any_text_gives_a_date_in_range_or_an_error(text in "\\PC{0,24}") {
        if let Ok(day) = parse_date(&text) {
            prop_assert!((EARLIEST..=LATEST).contains(&day));
        }
    }
}
