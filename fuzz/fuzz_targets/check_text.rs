//! Any bytes as a request: the check either reports (in both languages) or says why the text is
//! not a form. It never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parole_helper::{api, date::ymd, i18n::Lang};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for lang in [Lang::En, Lang::Es] {
        match api::check_json(&text, Some("2026-11-27"), lang, ymd(2026, 11, 27)) {
            Ok(report) => {
                let _ = serde_json::to_string(&report).unwrap();
                let _ = report.to_text(lang);
            }
            Err(error) => assert!(!error.message(lang).is_empty()),
        }
    }
});
