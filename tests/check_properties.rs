//! Checking never panics, for any form that parses: random answers in random questions (from the
//! question catalogue, so every question is reached), on any checking date, in both languages.
//! And what it says stays consistent with itself.
#![cfg(not(target_arch = "wasm32"))]

use parole_helper::rules::Severity;
use parole_helper::check::{check, progress::progress};
use parole_helper::date::{EARLIEST, LATEST};
use parole_helper::form::catalogue::{all, Kind};
use parole_helper::i18n::Lang;
use proptest::prelude::*;
use serde_json::{json, Map, Value};

/// Texts people type, good and bad: dates, numbers, identifiers, markup, emoji, very long text.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("2027-03-31".to_string()),
        Just("2026-02-30".to_string()),
        Just("1899-12-31".to_string()),
        Just("A123456789".to_string()),
        Just("123456789A1".to_string()),
        Just("666-12-3456".to_string()),
        Just("<script>alert(1)</script>".to_string()),
        Just("United States".to_string()),
        Just("CA".to_string()),
        Just("92123".to_string()),
        Just("5".to_string()),
        Just("x".repeat(5000)),
        "\\PC{0,40}",
    ]
}

fn any_form() -> impl Strategy<Value = Value> {
    let fields: Vec<_> = all().collect();
    proptest::collection::vec((any::<bool>(), any_text(), any::<u8>(), any::<bool>()), fields.len()).prop_map(move |picks| {
        let mut form = Map::new();
        for (field, (present, text, choice, flag)) in fields.iter().zip(picks) {
            if !present {
                continue;
            }
            let value = match field.kind {
                Kind::YesNo => Value::Bool(flag),
                Kind::Choice(list) => Value::String(list[choice as usize % list.len()].value.into()),
                Kind::Choices(list) => json!([list[choice as usize % list.len()].value]),
                Kind::Program => {
                    let all = parole_helper::program::Program::ALL;
                    Value::String(all[choice as usize % all.len()].id().into())
                }
                Kind::Toggle => json!({}),
                Kind::NameList => json!([{ "familyName": text }]),
                _ => Value::String(text),
            };
            let mut node = &mut form;
            let keys: Vec<&str> = field.path.split('.').collect();
            for key in &keys[..keys.len() - 1] {
                node = node.entry(key.to_string()).or_insert_with(|| json!({})).as_object_mut().unwrap();
            }
            node.entry(keys[keys.len() - 1].to_string()).or_insert(value);
        }
        Value::Object(form)
    })
}

fn any_day() -> impl Strategy<Value = chrono::NaiveDate> {
    let span = LATEST.signed_duration_since(EARLIEST).num_days() as u64;
    (0..=span).prop_map(|n| EARLIEST.checked_add_days(chrono::Days::new(n)).unwrap())
}

const EXAMPLES: [&str; 5] = [
    include_str!("../examples/initial-medical-from-abroad.json"),
    include_str!("../examples/reparole-no-program.json"),
    include_str!("../examples/reparole-ukraine.json"),
    include_str!("../examples/reparole-medical-child.json"),
    include_str!("../examples/reparole-medical-mother.json"),
];

/// A complete example with up to two answers changed at random (from the same random form): most
/// stay complete, so the assertions about complete forms run, and some break in random ways.
fn any_nearly_complete_form() -> impl Strategy<Value = Value> {
    (0..EXAMPLES.len(), any_form(), proptest::collection::vec(any::<proptest::sample::Index>(), 0..=2)).prop_map(|(which, random, picks)| {
        let mut form: Value = serde_json::from_str(EXAMPLES[which]).unwrap();
        let fields: Vec<_> = all().collect();
        for pick in picks {
            let field = fields[pick.index(fields.len())];
            let keys: Vec<&str> = field.path.split('.').collect();
            let new = keys.iter().try_fold(&random, |v, k| v.get(*k)).cloned();
            let mut node = &mut form;
            for key in &keys[..keys.len() - 1] {
                node = node.as_object_mut().unwrap().entry(key.to_string()).or_insert_with(|| json!({}));
                if !node.is_object() {
                    *node = json!({});
                }
            }
            let slot = node.as_object_mut().unwrap();
            match new {
                Some(value) => slot.insert(keys[keys.len() - 1].to_string(), value),
                None => slot.remove(keys[keys.len() - 1]),
            };
        }
        form
    })
}

/// What must hold for every checked form; returns whether the form was complete.
fn check_agrees_with_itself(form: &Value, today: chrono::NaiveDate) -> Result<bool, TestCaseError> {
    let Ok(parsed) = parole_helper::api::parse_form(&form.to_string()) else { return Ok(false) };
    let result = check(&parsed, today);
    let progress = progress(&parsed, &result);
    for lang in [Lang::En, Lang::Es] {
        let report = result.report(lang);
        let errors = report.diagnostics.iter().filter(|d| d.severity == Severity::Error).count();
        prop_assert_eq!(report.summary.errors, errors);
        prop_assert!(report.diagnostics.iter().all(|d| !d.message.is_empty()));
        prop_assert!(!report.checklist.is_empty(), "identity and translations always apply");
        prop_assert!(serde_json::to_string(&report).is_ok());
        prop_assert!(!report.to_text(lang).is_empty());
    }
    // A complete form has no errors on its questions; only errors about the whole request (none
    // today) may remain.
    let field_errors = result.findings.iter().filter(|f| f.field.is_some() && f.code.rule().severity == Severity::Error).count();
    if progress.complete {
        prop_assert_eq!(field_errors, 0, "complete, yet {:?}", result.findings.iter().map(|f| f.code).collect::<Vec<_>>());
    }
    Ok(progress.complete)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn checking_never_panics_and_agrees_with_itself(form in any_form(), today in any_day()) {
        check_agrees_with_itself(&form, today)?;
    }
}

/// Nearly complete forms on the examples' day: enough of them are complete that the assertions
/// about complete forms really run (counted, so a generator that stopped making them fails).
#[test]
fn complete_forms_have_no_errors_on_their_questions() {
    use proptest::test_runner::{Config, TestRunner};
    let complete = std::sync::atomic::AtomicUsize::new(0);
    let mut runner = TestRunner::new(Config { cases: 400, ..Config::default() });
    runner
        .run(&any_nearly_complete_form(), |form| {
            if check_agrees_with_itself(&form, chrono::NaiveDate::from_ymd_opt(2026, 11, 27).unwrap())? {
                complete.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            }
            Ok(())
        })
        .unwrap();
    let complete = complete.into_inner();
    assert!(complete >= 100, "only {complete} of 400 nearly complete forms were complete");
}
