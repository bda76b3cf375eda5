//! Forms that parse, with any answers in any question (from the question catalogue): every rule,
//! the progress and the wording run on them. Nothing panics, and the report always serializes.
#![no_main]
use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use parole_helper::check::{check, check_field, progress::progress};
use parole_helper::date::{ymd, EARLIEST};
use parole_helper::form::catalogue::all;
use parole_helper::i18n::Lang;

#[path = "common/request.rs"]
mod request;

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let json = request::request(&mut u);
    let Ok(parsed) = parole_helper::api::parse_form(&json) else { return };
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
