//! The codes-only check (`api::check_codes`, `checkCodes` in the module) can never disagree with
//! the worded report: for every example and check fixture, on several days, its codes, paths and
//! severities are the report's diagnostics' (same set, same order), in every language. A family
//! file's people are each checked as their derived request. The module writes the problems as
//! JSON text without escaping: every code and path it can return is checked to need none.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::documents;

use std::fs;

use chrono::NaiveDate;
use parole_helper::api::{check_codes, check_json, problems, Problem};
use parole_helper::check::check;
use parole_helper::date::ymd;
use parole_helper::family::{read_document, Document};
use parole_helper::form::ParoleRequest;
use parole_helper::i18n::Lang;
use parole_helper::form::catalogue;
use parole_helper::rules::{Code, Severity, RULESET};

/// The snapshots' day, a day before the rule pack's latest rule took effect, and a day after the
/// form edition and the fee table are known (findings about the whole request, with no path).
fn days() -> [NaiveDate; 3] {
    [ymd(2026, 11, 27), RULESET.effective_from.pred_opt().unwrap(), RULESET.form_valid_until.max(RULESET.fees_known_until).succ_opt().unwrap()]
}

/// The worded report's diagnostics as code, path and severity.
fn worded(form: &ParoleRequest, today: NaiveDate, lang: Lang) -> Vec<(&'static str, Option<&'static str>, Severity)> {
    check(form, today).report(lang).diagnostics.iter().map(|d| (d.code, d.field, d.severity)).collect()
}

fn bare(problems: &[Problem]) -> Vec<(&'static str, Option<&'static str>, Severity)> {
    problems.iter().map(|p| (p.code, p.path, p.severity)).collect()
}

#[test]
fn codes_and_paths_are_the_worded_reports_in_the_same_order() {
    let (mut requests, mut compared, mut found) = (0, 0, 0);
    let mut without_path = 0;
    for file in documents() {
        let text = fs::read_to_string(&file).unwrap();
        let forms = match read_document(&text).unwrap_or_else(|e| panic!("{}: {e:?}", file.display())) {
            Document::Request { form, .. } => vec![form],
            Document::Family(family) => family.requests,
        };
        for form in &forms {
            requests += 1;
            for today in days() {
                let codes = problems(form, today);
                for lang in Lang::all() {
                    assert_eq!(bare(&codes), worded(form, today, lang), "{} on {today} in {}", file.display(), lang.code());
                    compared += 1;
                }
                found += codes.len();
                without_path += codes.iter().filter(|p| p.path.is_none()).count();
            }
        }
    }
    assert!(requests >= 11, "documents went missing: {requests} requests");
    assert!(found > 100 && without_path > 0, "the fixtures must exercise the check: {found} problems, {without_path} without a path");
    assert!(compared >= requests * 3 * 2);
}

#[test]
fn the_text_entry_reads_a_request_as_validate_does_and_refuses_what_is_not_one() {
    for file in documents() {
        let text = fs::read_to_string(&file).unwrap();
        let Ok(Document::Request { form, .. }) = read_document(&text) else {
            // A family file is several requests: the codes-only check takes one, and says so.
            let error = check_codes(&text, Some("2026-11-27"), ymd(2000, 1, 1)).unwrap_err();
            assert!(!error.code().is_empty());
            continue;
        };
        let codes = check_codes(&text, Some("2026-11-27"), ymd(2000, 1, 1)).unwrap();
        assert_eq!(codes, problems(&form, ymd(2026, 11, 27)));
        // The same set as the snapshotted report (what `validate` returns), counts included.
        let report = check_json(&text, Some("2026-11-27"), Lang::En, ymd(2000, 1, 1)).unwrap();
        let errors = codes.iter().filter(|p| p.severity == Severity::Error).count();
        let warnings = codes.iter().filter(|p| p.severity == Severity::Warning).count();
        assert_eq!((errors, warnings), (report.summary.errors, report.summary.warnings), "{}", file.display());
        // No day given: the caller's.
        assert_eq!(check_codes(&text, None, ymd(2026, 11, 27)).unwrap(), codes);
    }
    assert_eq!(check_codes("[1]", None, ymd(2026, 11, 27)).unwrap_err().code(), "form.not_an_object");
    assert_eq!(check_codes("{}", Some("2026-02-30"), ymd(2026, 11, 27)).unwrap_err().code(), "date.no_such_day");
}

#[test]
fn a_problem_serializes_as_the_module_returns_it() {
    let text = r#"{"filer":{"ssn":"000-12-3456"}}"#;
    let codes = check_codes(text, Some("2026-11-27"), ymd(2000, 1, 1)).unwrap();
    let ssn = codes.iter().find(|p| p.code == "format.ssn").unwrap();
    assert_eq!(serde_json::to_string(ssn).unwrap(), r#"{"code":"format.ssn","path":"filer.ssn","severity":"error"}"#);
}

#[test]
fn every_code_and_path_is_json_without_escaping() {
    // The module builds `[{ code, path, severity }]` as JSON text from these identifiers as they are.
    let plain = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    for code in Code::ALL {
        assert!(plain(code.rule().id), "{:?}: {}", code, code.rule().id);
    }
    let paths: Vec<&str> = catalogue::all().map(|q| q.path).collect();
    assert!(paths.len() > 100);
    for path in paths {
        assert!(plain(path), "{path}");
    }
}
