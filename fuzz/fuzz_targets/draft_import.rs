//! Importing a saved or exported draft: any text after a version-1 or version-2 header goes through
//! migration and reading; it is a form, or a worded reason why not. Nothing panics.
#![no_main]
use libfuzzer_sys::fuzz_target;
use parole_helper::api::read_form;
use parole_helper::i18n::Lang;

fuzz_target!(|data: &[u8]| {
    let Some((&version, rest)) = data.split_first() else { return };
    let body = String::from_utf8_lossy(rest);
    let text = format!("{{\"schemaVersion\":{},{}", version % 4, body);
    for candidate in [text.as_str(), &body] {
        match read_form(candidate) {
            Ok(read) => {
                let again = parole_helper::form::write::to_json(&read.form);
                assert_eq!(read_form(&again).map(|r| r.form).ok(), Some(read.form), "an accepted form reads back the same");
            }
            Err(error) => assert!(!error.message(Lang::Es).is_empty()),
        }
    }
});
