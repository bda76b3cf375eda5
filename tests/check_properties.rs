//! Checking never panics, for any form that parses: random answers in random questions (from the
//! question catalogue, so every question is reached), on any checking date, in both languages.
//! And what it says stays consistent with itself.
#![cfg(not(target_arch = "wasm32"))]

use parole_helper::check::pack::Severity;
use parole_helper::check::{check, progress::progress};
use parole_helper::date::{EARLIEST, LATEST};
use parole_helper::form::fields::{all, Kind};
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

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn checking_never_panics_and_agrees_with_itself(form in any_form(), today in any_day()) {
        let Ok(parsed) = parole_helper::api::parse_form(&form.to_string()) else { return Ok(()) };
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
        // A complete form has no errors, and errors mean it is not complete.
        if progress.complete {
            prop_assert_eq!(result.count(Severity::Error), result.findings.iter().filter(|f| f.field.is_none() && f.code.rule().severity == Severity::Error).count());
        }
    }
}
