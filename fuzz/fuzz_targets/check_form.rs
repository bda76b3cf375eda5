//! Forms that parse, with any answers in any question (from the question catalogue): every rule,
//! the progress and the wording run on them. Nothing panics, and the report always serializes.
#![no_main]
use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use parole_helper::check::{check, check_field, progress::progress};
use parole_helper::date::{ymd, EARLIEST};
use parole_helper::form::catalogue::{all, Kind};
use parole_helper::program::Program;
use parole_helper::i18n::Lang;
use serde_json::{Map, Value};

fn set(root: &mut Map<String, Value>, path: &str, value: Value) {
    let mut keys = path.split('.').peekable();
    let mut node = root;
    while let Some(key) = keys.next() {
        if keys.peek().is_none() {
            node.insert(key.to_string(), value);
            return;
        }
        node = node.entry(key.to_string()).or_insert_with(|| Value::Object(Map::new())).as_object_mut().unwrap();
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let mut form = Map::new();
    for field in all() {
        if !bool::arbitrary(&mut u).unwrap_or(false) {
            continue;
        }
        let value = match field.kind {
            Kind::YesNo => Value::Bool(bool::arbitrary(&mut u).unwrap_or(true)),
            Kind::Choice(list) if !list.is_empty() => {
                Value::String(list[usize::arbitrary(&mut u).unwrap_or(0) % list.len()].value.into())
            }
            Kind::Choices(list) if !list.is_empty() => {
                Value::Array(vec![Value::String(list[usize::arbitrary(&mut u).unwrap_or(0) % list.len()].value.into())])
            }
            Kind::Program => Value::String(Program::ALL[usize::arbitrary(&mut u).unwrap_or(0) % Program::ALL.len()].id().into()),
            Kind::Toggle => Value::Object(Map::new()),
            Kind::NameList => Value::Array(vec![serde_json::json!({ "familyName": String::arbitrary(&mut u).unwrap_or_default() })]),
            _ => Value::String(String::arbitrary(&mut u).unwrap_or_default()),
        };
        if field.kind == Kind::Toggle {
            // A toggle is the object its questions live in: keep what they already hold.
            let mut keys = field.path.split('.');
            let (a, b) = (keys.next().unwrap(), keys.next().unwrap());
            form.entry(a.to_string()).or_insert_with(|| Value::Object(Map::new())).as_object_mut().unwrap().entry(b.to_string()).or_insert(value);
        } else {
            set(&mut form, field.path, value);
        }
    }
    let Ok(parsed) = parole_helper::api::parse_form(&Value::Object(form).to_string()) else { return };
    // What reads writes back to the same request.
    assert_eq!(parole_helper::api::parse_form(&parole_helper::form::write::to_json(&parsed)).ok().as_ref(), Some(&parsed));
    let day = u32::arbitrary(&mut u).unwrap_or(0) % 110_000;
    let today = EARLIEST.checked_add_days(chrono::Days::new(day.into())).unwrap_or(ymd(2026, 11, 27));
    let result = check(&parsed, today);
    let _ = progress(&parsed, &result);
    for lang in [Lang::En, Lang::Es] {
        let report = result.report(lang);
        let _ = serde_json::to_string(&report).unwrap();
        let _ = report.to_text(lang);
        for field in all() {
            let _ = check_field(field.path, &String::arbitrary(&mut u).unwrap_or_default(), lang);
        }
    }
});
