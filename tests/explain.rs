//! The window's words at their edges: the day counts of 1 and -1 in both languages, the work
//! permit's law sentence after it ended, the renewal window that opens on the parole's last day
//! or the day after, the status and the alignment of the text summary, and rules that are equal
//! only when they are the same rule. Written against one-line bugs a mutation pass left alive.
#![cfg(not(target_arch = "wasm32"))]

use parole_helper::date::ymd;
use parole_helper::i18n::Lang;
use parole_helper::program::Program;
use parole_helper::windows::{ead_window, ead_window_with_parole, reparole_window};

const TODAY: chrono::NaiveDate = ymd(2026, 11, 27);

#[test]
fn one_day_left_and_one_day_ago_in_both_languages() {
    let left = reparole_window(Program::General, ymd(2026, 11, 28), TODAY);
    assert!(left.clone().report(Lang::En).explanation.contains("1 day is left until your parole ends."));
    assert!(left.report(Lang::Es).explanation.contains("Falta 1 día para que termine su parole."));
    let ago = reparole_window(Program::General, ymd(2026, 11, 26), TODAY);
    assert!(ago.clone().report(Lang::En).explanation.contains("Your parole ended 1 day ago."));
    assert!(ago.report(Lang::Es).explanation.contains("Su parole terminó hace 1 día."));
    let ead_ago = ead_window(ymd(2026, 11, 26), TODAY);
    assert!(ead_ago.clone().report(Lang::En).explanation.contains("Your work permit ended 1 day ago."));
    assert!(ead_ago.report(Lang::Es).explanation.contains("Su permiso de trabajo venció hace 1 día."));
    let two = reparole_window(Program::General, ymd(2026, 11, 25), TODAY);
    assert!(two.report(Lang::En).explanation.contains("Your parole ended 2 days ago."));
}

#[test]
fn an_ended_work_permit_still_says_what_the_law_allows_and_what_to_do() {
    let ended = ead_window(ymd(2026, 10, 1), TODAY);
    let text = ended.report(Lang::En).explanation;
    assert!(text.contains("By law, a parolee's work permit lasts 1 year at most"), "{text}");
    assert!(text.contains("you first need a new parole"), "{text}");
}

#[test]
fn the_renewal_window_opening_on_the_paroles_last_day_is_not_after_it() {
    let parole = ymd(2027, 5, 14);
    let after = "The renewal window opens after your parole ends";
    // The permit's window opens 180 days before its end: on the parole's last day...
    let same_day = ead_window_with_parole(parole + chrono::Days::new(180), Some(parole), TODAY);
    assert_eq!(same_day.earliest_filing_on, Some(parole));
    assert!(!same_day.report(Lang::En).explanation.contains(after));
    // ...or the day after it.
    let day_after = ead_window_with_parole(parole + chrono::Days::new(181), Some(parole), TODAY);
    assert!(day_after.clone().report(Lang::En).explanation.contains(after));
    assert!(day_after.report(Lang::Es).explanation.contains("Las fechas para renovar empiezan después de que termina su parole"));
}

#[test]
fn the_text_summary_names_the_status_and_lines_up() {
    let w = reparole_window(Program::General, ymd(2027, 3, 31), TODAY).report(Lang::En);
    let text = w.to_text(Lang::En);
    assert!(text.contains("open: you can ask now"), "{text}");
    // Labels padded to the longest label and two spaces: every value starts in one column.
    let rows: Vec<&str> = text.lines().filter(|l| l.starts_with("  ") && l.contains(':')).take(6).collect();
    let columns: Vec<usize> = rows
        .iter()
        .map(|l| {
            let colon = l.find(':').unwrap();
            colon + 1 + l[colon + 1..].chars().take_while(|c| *c == ' ').count()
        })
        .collect();
    assert!(columns.windows(2).all(|p| p[0] == p[1]), "{rows:#?}");
    let longest = rows.iter().map(|l| l.trim_start().find(':').unwrap() + 1).max().unwrap();
    assert_eq!(columns[0], 2 + longest + 1, "two spaces of margin and one of gap: {rows:#?}");
    let es = reparole_window(Program::General, ymd(2027, 3, 31), TODAY).report(Lang::Es).to_text(Lang::Es);
    assert!(!es.contains("open: you can ask now"));
}

#[test]
fn rules_are_equal_only_to_themselves() {
    let w = reparole_window(Program::Ukraine, ymd(2027, 3, 31), TODAY);
    assert!(w.rules.len() >= 2);
    assert_eq!(w.rules[0], w.rules[0]);
    assert_ne!(w.rules[0], w.rules[1]);
}
