//! Renewal windows: when to ask for re-parole, and when to renew the work permit.
//!
//! ```
//! use parole_helper::date::ymd;
//! use parole_helper::i18n::Lang;
//! use parole_helper::program::Program;
//! use parole_helper::windows::{reparole_window, Status};
//!
//! let window = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27));
//! assert_eq!(window.earliest_filing_on, Some(ymd(2026, 10, 2))); // 180 days before
//! assert_eq!(window.file_by_on, Some(ymd(2026, 12, 31)));        // 90 days before (advice)
//! assert_eq!(window.status, Status::Open);
//! assert_eq!(window.days_until_expiry, 124);
//!
//! let report = window.report(Lang::Es);
//! assert!(report.explanation.starts_with("Su parole termina el 31 de marzo de 2027."));
//! ```
//!
//! The dates come from the rule data in [`rules`]; this module only applies their [`Effect`]s.
//! "Today" is always an argument: the core never reads a clock.

mod explain;
pub mod timeline;
pub mod rules;

use chrono::{Days, NaiveDate};
use serde::Serialize;

use crate::i18n::Lang;
use crate::program::Program;
pub use rules::Situation;
use rules::{rules_in, Effect, WindowRule, WindowRuleText};

/// Which permission the window is for.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// A new period of parole asked from inside the US (Form I-131).
    Reparole,
    /// A work-permit renewal (Form I-765, category (c)(11)).
    Ead,
}

/// Where today falls in the window. The order is the order in which time passes through them.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Before the earliest filing day.
    TooEarly,
    /// From the earliest filing day (or any day, when there is none) through the file-by day
    /// (through the last day, when there is none).
    Open,
    /// After the advised file-by day, through the last day.
    FileNow,
    /// After the last day.
    Expired,
    /// DHS ended the program and parole under it has ended, whatever the I-94 says.
    Terminated,
    /// DHS sent this person a notice that ends their parole early: no filing dates, a lawyer now.
    EndedByNotice,
}

/// A computed window: the dates, where today falls, and the rules that made it.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Window {
    /// Re-parole or work permit.
    pub kind: Kind,
    /// The program, for re-parole; absent for the work permit.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub program: Option<Program>,
    /// The day the window was computed for.
    pub today: NaiveDate,
    /// The last day of parole (I-94 "Admit Until", included) or of the work permit.
    pub expires_on: NaiveDate,
    /// For the work permit: the last day of the parole, when known (the permit cannot outlast it).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub parole_expires_on: Option<NaiveDate>,
    /// The first day to file, where a source sets one.
    pub earliest_filing_on: Option<NaiveDate>,
    /// The advised last day to file (advice), for re-parole.
    pub file_by_on: Option<NaiveDate>,
    /// Where today falls.
    pub status: Status,
    /// `expires_on - today` in days: 0 on the last day, negative after.
    pub days_until_expiry: i64,
    /// The rules applied, in the order the explanation follows. A report shows them worded in
    /// its language ([`WindowReport::rules`]).
    #[serde(skip)]
    pub rules: Vec<&'static WindowRule>,
}

/// A window with its explanation in one language: the shape the CLI prints and wasm returns.
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WindowReport {
    /// The computed window.
    #[serde(flatten)]
    pub window: Window,
    /// The rules applied, in the order the explanation follows, their sources worded in the
    /// report's language.
    pub rules: Vec<WindowRuleText>,
    /// The count walked through in plain words: short steps, one per line.
    pub explanation: String,
}

/// The re-parole window for someone whose current parole, under `program`, ends on `expires_on`.
pub fn reparole_window(program: Program, expires_on: NaiveDate, today: NaiveDate) -> Window {
    reparole_window_in(program, expires_on, today, Situation::default())
}

/// Like [`reparole_window`], for a person in `situation` (the FRP exception, a termination notice).
pub fn reparole_window_in(program: Program, expires_on: NaiveDate, today: NaiveDate, situation: Situation) -> Window {
    compute(Kind::Reparole, Some(program), expires_on, None, today, situation)
}

/// The work-permit (EAD) renewal window for a permit that ends on `expires_on`.
pub fn ead_window(expires_on: NaiveDate, today: NaiveDate) -> Window {
    ead_window_with_parole(expires_on, None, today)
}

/// The work-permit window shown with the parole it depends on: a parolee's permit cannot outlast
/// the parole (8 U.S.C. 1809(a)), so once the parole has ended the permit has too.
pub fn ead_window_with_parole(expires_on: NaiveDate, parole_expires_on: Option<NaiveDate>, today: NaiveDate) -> Window {
    compute(Kind::Ead, None, expires_on, parole_expires_on, today, Situation::default())
}

fn compute(
    kind: Kind,
    program: Option<Program>,
    expires_on: NaiveDate,
    parole_expires_on: Option<NaiveDate>,
    today: NaiveDate,
    situation: Situation,
) -> Window {
    // Only the rules in force on `today` (a retired rule, or one not yet in force, changes nothing).
    let rules: Vec<&'static WindowRule> = rules_in(program, situation).iter().copied().filter(|r| r.rule.holds_on(today)).collect();
    // Dates are checked to lie in 1900-2200 long before they get here, so this cannot underflow;
    // MIN keeps it total anyway.
    let days_before = |days| expires_on.checked_sub_days(Days::new(days)).unwrap_or(NaiveDate::MIN);
    let (mut earliest_filing_on, mut file_by_on, mut parole_ended, mut by_notice) = (None, None, None, false);
    for rule in &rules {
        match rule.effect {
            Effect::EarliestFiling { days_before: n } => earliest_filing_on = Some(days_before(n)),
            Effect::FileBy { days_before: n } => file_by_on = Some(days_before(n)),
            Effect::Terminated { parole_ended: last, .. } => parole_ended = Some(last),
            Effect::EndedByNotice => by_notice = true,
            Effect::Note => {}
        }
    }
    // The permit ends with the parole when the parole ends first (Window::last_day).
    let last_day = parole_expires_on.map_or(expires_on, |parole| parole.min(expires_on));
    let status = if by_notice {
        Status::EndedByNotice
    } else if parole_ended.is_some_and(|last| today > last) {
        Status::Terminated
    } else if today > last_day {
        Status::Expired
    } else if earliest_filing_on.is_some_and(|first| today < first) {
        Status::TooEarly
    } else if file_by_on.is_some_and(|by| today > by) {
        Status::FileNow
    } else {
        Status::Open
    };
    Window {
        kind,
        program,
        today,
        expires_on,
        parole_expires_on,
        earliest_filing_on,
        file_by_on,
        status,
        days_until_expiry: last_day.signed_duration_since(today).num_days(),
        rules,
    }
}

impl Window {
    /// The real last day: for a work permit, its own end or the parole's, whichever comes first.
    pub fn last_day(&self) -> NaiveDate {
        self.parole_expires_on.map_or(self.expires_on, |parole| parole.min(self.expires_on))
    }

    /// The termination that applies to this window's program, if DHS ended it.
    pub fn termination(&self) -> Option<(NaiveDate, NaiveDate)> {
        self.rules.iter().find_map(|rule| match rule.effect {
            Effect::Terminated { program_ended, parole_ended } => Some((program_ended, parole_ended)),
            _ => None,
        })
    }

    /// Adds the explanation in `lang`.
    pub fn report(self, lang: Lang) -> WindowReport {
        let explanation = explain::explanation(&self, lang);
        let rules = self.rules.iter().map(|rule| rule.worded(lang)).collect();
        WindowReport { window: self, rules, explanation }
    }
}

impl WindowReport {
    /// A readable summary for a terminal, in `lang`.
    pub fn to_text(&self, lang: Lang) -> String {
        explain::summary(self, lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::date::ymd;

    #[test]
    fn matches_the_contract_example() {
        let report = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27)).report(Lang::En);
        let json = serde_json::to_value(&report).unwrap();
        assert_eq!(json["kind"], "reparole");
        assert_eq!(json["program"], "ukraine");
        assert_eq!(json["today"], "2026-11-27");
        assert_eq!(json["expiresOn"], "2027-03-31");
        assert_eq!(json["earliestFilingOn"], "2026-10-02");
        assert_eq!(json["fileByOn"], "2026-12-31");
        assert_eq!(json["status"], "open");
        assert_eq!(json["daysUntilExpiry"], 124);
        // Key order is part of the contract (the CLI output is compared byte for byte).
        let text = serde_json::to_string(&report).unwrap();
        let keys = [
            "kind", "program", "today", "expiresOn", "earliestFilingOn", "fileByOn", "status",
            "daysUntilExpiry", "rules", "explanation",
        ];
        let positions: Vec<_> = keys.iter().map(|k| text.find(&format!("\"{k}\":")).unwrap()).collect();
        assert!(positions.is_sorted(), "{text}");
        assert_eq!(json.as_object().unwrap().len(), keys.len());
    }

    #[test]
    fn ead_has_no_program_and_no_file_by() {
        let json = serde_json::to_value(ead_window(ymd(2027, 3, 31), ymd(2026, 11, 27)).report(Lang::En)).unwrap();
        assert_eq!(json["kind"], "ead");
        assert!(json.get("program").is_none());
        assert_eq!(json["earliestFilingOn"], "2026-10-02");
        assert!(json["fileByOn"].is_null());
    }

    #[test]
    fn programs_without_an_official_start_have_none() {
        for program in [Program::General, Program::Afghan, Program::Other, Program::Chnv, Program::Frp] {
            let w = reparole_window(program, ymd(2027, 3, 31), ymd(2026, 11, 27));
            assert_eq!(w.earliest_filing_on, None, "{program:?}");
            assert_eq!(w.file_by_on, Some(ymd(2026, 12, 31)), "{program:?}");
        }
    }
}
