//! The count of a window walked through in plain words, in any language.
//!
//! The explanation is a few short steps, one per line (`\n`), so a page can show them as a list.
//!
//! Each [`Fact`] has its sentence in the language files (`win-*` in
//! `src/i18n/locales/<lang>.ftl`), chosen by an exhaustive `match`, so a new rule cannot
//! compile without naming its sentence (and the completeness test wants it in every language).
//! Spanish uses "usted", short sentences and everyday words.

use chrono::NaiveDate;

use super::rules::{Effect, Fact, WindowRule};
use super::{Kind, Status, Window, WindowReport};
use crate::i18n::{long_date, Lang};
use crate::program::Program;
use crate::t;

/// The explanation of `window` in `lang`.
pub(super) fn explanation(window: &Window, lang: Lang) -> String {
    let mut out = Vec::new();
    let terminated = window.status == Status::Terminated;
    let over = matches!(window.status, Status::Expired | Status::EndedByNotice);
    for rule in &window.rules {
        // Once a program or the parole has ended, its filing dates no longer matter; only the
        // ending does (and, for the work permit, that a new one needs a new parole).
        let applies = match rule.fact {
            Fact::LastDayIncluded | Fact::ChnvTerminated | Fact::FrpTerminated | Fact::TerminationNotice => true,
            Fact::EadValidity | Fact::EadNeedsReparole => !terminated,
            _ => !terminated && !over,
        };
        if applies {
            out.push(fact(rule, window, lang));
        }
    }
    if !terminated && window.status != Status::EndedByNotice {
        out.push(count(window, lang));
    }
    out.push(status(window, lang));
    out.retain(|s| !s.is_empty());
    out.join("\n")
}

/// The sentence of `rule`'s fact for window `w`.
fn fact(rule: &WindowRule, w: &Window, lang: Lang) -> String {
    let d = |date: NaiveDate| long_date(date, lang);
    let ends = d(w.expires_on);
    let opt = |date: Option<NaiveDate>| date.map(d).unwrap_or_default();
    let days = days_before(rule);
    match rule.fact {
        Fact::LastDayIncluded if matches!(w.status, Status::Terminated | Status::EndedByNotice) => {
            t!(lang, "win-last-day-on-i94", ends = ends)
        }
        Fact::LastDayIncluded if w.status == Status::Expired => t!(lang, "win-last-day-past", ends = ends),
        Fact::LastDayIncluded => t!(lang, "win-last-day", ends = ends),
        Fact::UkraineEarliest => {
            t!(lang, "win-ukraine-earliest", days = days, ends = ends, first = opt(w.earliest_filing_on))
        }
        Fact::FileByAdvice => {
            let advice = t!(lang, "win-file-by-advice", days = days, ends = ends, date = opt(w.file_by_on));
            match w.earliest_filing_on {
                None => format!("{} {advice}", t!(lang, "win-no-official-start")),
                Some(_) => advice,
            }
        }
        Fact::NotExtendedWhilePending => t!(lang, "win-not-extended-while-pending"),
        Fact::AfghanExtensionByNotice => t!(lang, "win-afghan-extension-by-notice"),
        Fact::OtherProgramNotice => t!(lang, "win-other-program-notice"),
        Fact::ChnvTerminated | Fact::FrpTerminated => terminated(rule.fact, w, lang),
        Fact::FrpException => t!(lang, "win-frp-exception", ends = ends),
        Fact::TerminationNotice => t!(lang, "win-termination-notice", ends = ends),
        Fact::CalendarDays => t!(lang, "win-calendar-days"),
        Fact::EadEarliest => t!(lang, "win-ead-earliest", ends = ends, days = days, first = opt(w.earliest_filing_on)),
        Fact::EadValidity => ead_validity(w, lang),
        Fact::EadNeedsReparole => t!(lang, "win-ead-needs-reparole"),
    }
}

/// The law's limit on a parolee's permit, and what it means for this person's two dates.
fn ead_validity(w: &Window, lang: Lang) -> String {
    let d = |date: NaiveDate| long_date(date, lang);
    let opens_after_parole = |parole| w.earliest_filing_on.is_some_and(|first| first > parole);
    let mut sentences = vec![t!(lang, "win-ead-validity")];
    match w.parole_expires_on {
        None => sentences.push(t!(lang, "win-ead-validity-no-parole")),
        Some(parole) => {
            if w.expires_on > parole {
                sentences.push(t!(lang, "win-ead-outlasts-parole", permit_ends = d(w.expires_on), parole_ends = d(parole)));
            }
            if opens_after_parole(parole) {
                sentences.push(t!(lang, "win-ead-opens-after-parole", parole_ends = d(parole)));
            }
        }
    }
    sentences.join(" ")
}

/// That DHS ended the window's program (CHNV or FRP), in the past once its parole has ended.
fn terminated(fact: Fact, w: &Window, lang: Lang) -> String {
    let Some((program_ended, parole_ended)) = w.termination() else { return String::new() };
    let (program_ended, parole_ended) = (long_date(program_ended, lang), long_date(parole_ended, lang));
    let (p, over) = (program_ended.as_str(), w.status == Status::Terminated);
    match (fact, over) {
        (Fact::FrpTerminated, true) => t!(lang, "win-frp-terminated", program_ended = p, parole_ended = &parole_ended),
        (Fact::FrpTerminated, false) => t!(lang, "win-frp-ending", program_ended = p, parole_ended = &parole_ended),
        (_, true) => t!(lang, "win-chnv-terminated", program_ended = p, parole_ended = &parole_ended),
        (_, false) => t!(lang, "win-chnv-ending", program_ended = p, parole_ended = &parole_ended),
    }
}

/// Today, and how many days are left (or have passed).
fn count(w: &Window, lang: Lang) -> String {
    let today = t!(lang, "win-today-is", today = long_date(w.today, lang));
    let n = w.days_until_expiry;
    let count = match (w.kind, n) {
        (Kind::Reparole, 1..) => t!(lang, "win-count-left-reparole", days = n),
        (Kind::Ead, 1..) => t!(lang, "win-count-left-ead", days = n),
        (Kind::Reparole, 0) => t!(lang, "win-count-last-day-reparole"),
        (Kind::Ead, 0) => t!(lang, "win-count-last-day-ead"),
        (Kind::Reparole, _) => t!(lang, "win-count-ended-reparole", days = -n),
        (Kind::Ead, _) => t!(lang, "win-count-ended-ead", days = -n),
    };
    format!("{today} {count}")
}

/// Where today falls, and what to do.
fn status(w: &Window, lang: Lang) -> String {
    let opt = |date: Option<NaiveDate>| date.map(|d| long_date(d, lang)).unwrap_or_default();
    match (w.status, w.kind) {
        (Status::TooEarly, _) => t!(lang, "win-status-too-early", date = opt(w.earliest_filing_on)),
        (Status::Open, Kind::Reparole) => t!(lang, "win-status-open-reparole", date = opt(w.file_by_on)),
        (Status::Open, Kind::Ead) => t!(lang, "win-status-open-ead"),
        (Status::FileNow, _) => t!(lang, "win-status-file-now"),
        (Status::Expired, Kind::Reparole) => t!(lang, "win-status-expired-reparole"),
        (Status::Expired, Kind::Ead) => t!(lang, "win-status-expired-ead"),
        (Status::Terminated, _) => t!(lang, "win-status-terminated"),
        (Status::EndedByNotice, _) => t!(lang, "win-status-ended-by-notice"),
    }
}

/// The day count a rule moves a date by, so the words always match the rule data.
fn days_before(rule: &WindowRule) -> u64 {
    match rule.effect {
        Effect::EarliestFiling { days_before } | Effect::FileBy { days_before } => days_before,
        Effect::Terminated { .. } | Effect::EndedByNotice | Effect::Note => 0,
    }
}

/// A short name for where today falls, for the text summary.
fn status_label(status: Status, lang: Lang) -> String {
    match status {
        Status::TooEarly => t!(lang, "win-label-too-early"),
        Status::Open => t!(lang, "win-label-open"),
        Status::FileNow => t!(lang, "win-label-file-now"),
        Status::Expired => t!(lang, "win-label-expired"),
        Status::Terminated => t!(lang, "win-label-terminated"),
        Status::EndedByNotice => t!(lang, "win-label-ended-by-notice"),
    }
}

/// The terminal summary the CLI prints with `--format text`.
pub(super) fn summary(report: &WindowReport, lang: Lang) -> String {
    let w = &report.window;
    let date = |d: Option<NaiveDate>| match d {
        Some(d) => format!("{} ({d})", long_date(d, lang)),
        None => "-".into(),
    };
    let program = |p: Option<Program>| p.map(|p| p.label(lang)).unwrap_or_default();
    let title = match w.kind {
        Kind::Reparole => t!(lang, "win-summary-title-reparole", program = program(w.program)),
        Kind::Ead => t!(lang, "win-summary-title-ead"),
    };
    let mut out = format!("{title}\n\n");
    let mut rows = vec![
        (t!(lang, "win-summary-today"), date(Some(w.today))),
        (t!(lang, "win-summary-last-day"), date(Some(w.expires_on))),
        (t!(lang, "win-summary-first-day"), date(w.earliest_filing_on)),
        (t!(lang, "win-summary-ask-by"), date(w.file_by_on)),
        (t!(lang, "win-summary-status"), status_label(w.status, lang)),
        (t!(lang, "win-summary-days-left"), w.days_until_expiry.to_string()),
    ];
    if w.parole_expires_on.is_some() {
        rows.insert(2, (t!(lang, "win-summary-parole-ends"), date(w.parole_expires_on)));
    }
    let width = rows.iter().map(|(label, _)| label.chars().count()).max().unwrap_or(0) + 2;
    for (label, value) in rows {
        out.push_str(&format!("  {:<width$}{value}\n", format!("{label}:")));
    }
    out.push_str(&format!("\n{}\n\n{}:\n", report.explanation, t!(lang, "win-summary-sources")));
    let (official, advice) = (t!(lang, "win-summary-official"), t!(lang, "win-summary-advice"));
    for rule in &report.rules {
        let tag = if rule.official { &official } else { &advice };
        let url = rule.url.map(|u| format!("\n      {u}")).unwrap_or_default();
        out.push_str(&format!("  [{tag}] {}{url}\n", rule.source));
    }
    out.push_str(&format!("\n{}\n", t!(lang, "win-summary-notice")));
    out
}

#[cfg(test)]
mod tests {
    use super::super::{ead_window, reparole_window};
    use super::*;
    use crate::date::ymd;

    #[test]
    fn walks_through_the_ukrainian_count() {
        let w = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27));
        let en = explanation(&w, Lang::En);
        assert!(en.contains("180 days before March 31, 2027 is October 2, 2026."), "{en}");
        assert!(en.contains("90 days before March 31, 2027 is December 31, 2026."), "{en}");
        assert!(en.contains("Today is November 27, 2026. 124 days are left until your parole ends."), "{en}");
        assert!(en.ends_with("You can ask now. Try to ask by December 31, 2026."), "{en}");
        let es = explanation(&w, Lang::Es);
        assert!(es.contains("180 días antes del 31 de marzo de 2027 es el 2 de octubre de 2026."), "{es}");
        assert!(es.contains("Faltan 124 días para que termine su parole."), "{es}");
    }

    #[test]
    fn counts_the_last_day_and_after() {
        let last = reparole_window(Program::General, ymd(2027, 3, 31), ymd(2027, 3, 31));
        assert!(explanation(&last, Lang::En).contains("Today is the last day of your parole."));
        assert!(explanation(&last, Lang::Es).contains("Hoy es el último día de su parole."));
        let after = reparole_window(Program::General, ymd(2027, 3, 31), ymd(2027, 4, 2));
        assert!(explanation(&after, Lang::En).contains("Your parole ended 2 days ago."));
        assert!(explanation(&after, Lang::Es).contains("Su parole terminó hace 2 días."));
    }

    #[test]
    fn terminated_programs_name_their_dates() {
        let chnv = reparole_window(Program::Chnv, ymd(2027, 3, 31), ymd(2026, 11, 27));
        let en = explanation(&chnv, Lang::En);
        assert!(en.contains("April 24, 2025"), "{en}");
        assert!(!en.contains("90 days"), "no filing advice for an ended program: {en}");
        let frp = reparole_window(Program::Frp, ymd(2027, 3, 31), ymd(2026, 11, 27));
        let es = explanation(&frp, Lang::Es);
        assert!(es.contains("14 de enero de 2026") && es.contains("I-485"), "{es}");
    }

    #[test]
    fn ead_explains_the_renewal() {
        let w = ead_window(ymd(2027, 3, 31), ymd(2026, 9, 1));
        let en = explanation(&w, Lang::En);
        assert!(en.contains("You can ask to renew it from 180 days before that date."), "{en}");
        assert!(en.contains("Part 9 of your re-parole request"), "{en}");
        assert!(en.ends_with("It is too early to ask. Wait until October 2, 2026."), "{en}");
        let es = explanation(&w, Lang::Es);
        assert!(es.contains("Puede pedir la renovación desde 180 días antes de esa fecha."), "{es}");
    }

    #[test]
    fn the_work_permit_is_shown_with_the_parole_it_depends_on() {
        use super::super::ead_window_with_parole;
        // The permit outlasts the parole: warned, and it ends with the parole.
        let w = ead_window_with_parole(ymd(2027, 9, 30), Some(ymd(2027, 5, 14)), ymd(2026, 11, 27));
        let en = explanation(&w, Lang::En);
        assert!(en.contains("Your permit shows September 30, 2027, after your parole ends on May 14, 2027"), "{en}");
        assert!(en.contains("count on it ending on May 14, 2027 too"), "{en}");
        // ...and its renewal window (from April 3, 2027) opens before the parole ends: no second warning.
        assert!(!en.contains("opens after your parole ends"), "{en}");
        assert_eq!(w.days_until_expiry, 168, "counted to the parole's end");
        // The window opens after the parole ends: told to use Part 9 now.
        let late = ead_window_with_parole(ymd(2028, 1, 31), Some(ymd(2027, 5, 14)), ymd(2026, 11, 27));
        let es = explanation(&late, Lang::Es);
        assert!(es.contains("Las fechas para renovar empiezan después de que termina su parole el 14 de mayo de 2027"), "{es}");
        // Same day for both: no warning at all.
        let same = explanation(&ead_window_with_parole(ymd(2027, 5, 14), Some(ymd(2027, 5, 14)), ymd(2026, 11, 27)), Lang::En);
        assert!(!same.contains("Your permit shows"), "{same}");
        // Once the parole has ended, the permit has too.
        let after = ead_window_with_parole(ymd(2027, 9, 30), Some(ymd(2027, 5, 14)), ymd(2027, 5, 15));
        assert_eq!(after.status, Status::Expired);
        let on_the_day = ead_window_with_parole(ymd(2027, 9, 30), Some(ymd(2027, 5, 14)), ymd(2027, 5, 14));
        assert_ne!(on_the_day.status, Status::Expired);
    }

    #[test]
    fn no_text_tells_a_parolee_about_automatic_extensions() {
        // Category (c)(11) never had automatic extensions (domain.md §8, corrected).
        use super::super::ead_window_with_parole;
        for today in [ymd(2026, 1, 1), ymd(2027, 4, 1), ymd(2027, 9, 1), ymd(2028, 1, 1)] {
            for parole in [None, Some(ymd(2027, 5, 14))] {
                let w = ead_window_with_parole(ymd(2027, 9, 30), parole, today);
                for lang in Lang::all() {
                    let text = explanation(&w, lang).to_lowercase();
                    for word in ["automatic", "automática", "automátic", "no longer extends", "ya no alarga"] {
                        assert!(!text.contains(word), "{word}: {text}");
                    }
                }
            }
        }
    }

    #[test]
    fn an_ended_parole_is_told_in_the_past() {
        let w = reparole_window(Program::General, ymd(2026, 11, 1), ymd(2026, 11, 27));
        let en = explanation(&w, Lang::En);
        assert!(en.starts_with("Your parole ended on November 1, 2026."), "{en}");
        assert!(!en.contains("ask at least 90 days"), "no filing advice once it ended: {en}");
        assert!(en.contains("immigrationlawhelp.org"), "{en}");
        let es = explanation(&w, Lang::Es);
        assert!(es.starts_with("Su parole terminó el 1 de noviembre de 2026."), "{es}");
        // On the last day it is still the present.
        let last = explanation(&reparole_window(Program::General, ymd(2026, 11, 27), ymd(2026, 11, 27)), Lang::En);
        assert!(last.starts_with("Your parole ends on November 27, 2026."), "{last}");
    }

    #[test]
    fn a_termination_notice_means_a_lawyer_not_a_calendar() {
        use super::super::{reparole_window_in, Situation};
        let notice = Situation { termination_notice: true, ..Situation::default() };
        let w = reparole_window_in(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27), notice);
        assert_eq!(w.status, Status::EndedByNotice);
        assert_eq!((w.earliest_filing_on, w.file_by_on), (None, None));
        let en = explanation(&w, Lang::En);
        assert!(en.contains("Talk to an immigration lawyer or accredited representative now"), "{en}");
        assert!(en.contains("justice.gov/eoir/list-pro-bono-legal-service-providers"), "{en}");
        let es = explanation(&w, Lang::Es);
        assert!(es.contains("Hable ya con un abogado"), "{es}");
    }

    #[test]
    fn frp_with_the_exception_gets_dates() {
        use super::super::{reparole_window_in, Situation};
        let exception = Situation { frp_exception: true, ..Situation::default() };
        let w = reparole_window_in(Program::Frp, ymd(2027, 3, 31), ymd(2026, 11, 27), exception);
        assert_eq!(w.status, Status::Open);
        assert_eq!(w.file_by_on, Some(ymd(2026, 12, 31)));
        assert!(explanation(&w, Lang::En).contains("until the I-485 is decided or until March 31, 2027, whichever comes first"));
        // Without it, the same dates are terminated.
        assert_eq!(reparole_window(Program::Frp, ymd(2027, 3, 31), ymd(2026, 11, 27)).status, Status::Terminated);
    }

    #[test]
    fn no_official_first_day_is_said_as_such() {
        let w = reparole_window(Program::General, ymd(2027, 3, 31), ymd(2026, 11, 27));
        let en = explanation(&w, Lang::En);
        assert!(en.contains("No official first day to ask for re-parole was found."), "{en}");
        assert!(!en.contains("any time"), "{en}");
        let es = explanation(&w, Lang::Es);
        assert!(es.contains("No encontramos un primer día oficial"), "{es}");
        assert!(!es.contains("cualquier momento"), "{es}");
    }

    #[test]
    fn summary_lists_every_source_with_its_tag() {
        let report = reparole_window(Program::Ukraine, ymd(2027, 3, 31), ymd(2026, 11, 27)).report(Lang::Es);
        let text = report.to_text(Lang::Es);
        assert!(text.contains("[oficial] USCIS, página del nuevo parole para ciertos ciudadanos ucranianos"), "{text}");
        assert!(text.contains("[consejo] Human Rights First, \"I was paroled in the United States\" (en inglés): pida"), "{text}");
        assert!(!text.contains("Our inference"), "{text}");
        assert!(text.contains("Esto no es asesoría legal."), "{text}");
    }
}
