//! The wasm adapter's tests, shared by `wasm_node.rs` (Node) and `wasm_browser.rs` (Chromium):
//! `wasm_adapter_tests!()` expands to the same `#[wasm_bindgen_test]` functions in each.

use js_sys::{Reflect, JSON};
use parole_helper::api::{self, Request};
use parole_helper::date::ymd;
use parole_helper::i18n::Lang;
use parole_helper::wasm;
use wasm_bindgen::{JsCast, JsValue};

/// A language's file as the page fetches it (`locales/<code>.ftl`, which `make build` writes from
/// src/i18n/locales without its comments). The module carries no words on wasm32,
/// so every test loads the files first, as the page does.
macro_rules! language_file {
    ($code:literal) => {
        include_str!(concat!("../../src/i18n/locales/", $code, ".ftl"))
    };
}

pub const ENGLISH: &str = language_file!("en");
pub const SPANISH: &str = language_file!("es");
pub const UKRAINIAN: &str = language_file!("uk");

/// Loads every language into the module, English first (in each test: it is quick).
pub fn load_languages() {
    for (code, file) in [("en", ENGLISH), ("es", SPANISH), ("uk", UKRAINIAN)] {
        wasm::load_language(JsValue::from_str(code), JsValue::from_str(file)).unwrap();
    }
}

pub fn object(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

pub fn get(value: &JsValue, key: &str) -> JsValue {
    Reflect::get(value, &key.into()).unwrap()
}

pub fn text(value: &JsValue, key: &str) -> String {
    get(value, key).as_string().unwrap_or_else(|| panic!("{key} is not text"))
}

pub fn returns_the_cli_shape_byte_for_byte() {
    for program in ["general", "ukraine", "afghan", "frp", "chnv", "other"] {
        for lang in ["en", "es"] {
            let request = object(&format!(
                r#"{{"program":"{program}","expires":"2027-03-31","today":"2026-11-27","lang":"{lang}"}}"#
            ));
            let from_js = JSON::stringify(&wasm::reparole_window(request).unwrap()).unwrap();
            let core = api::reparole(
                &Request { program: Some(program), expires: Some("2027-03-31"), today: Some("2026-11-27"), ..Request::default() },
                Lang::parse(Some(lang)).unwrap(),
                ymd(2000, 1, 1),
            )
            .unwrap();
            assert_eq!(String::from(from_js), serde_json::to_string(&core).unwrap(), "{program} {lang}");
        }
    }
    let ead = wasm::ead_window(object(r#"{"eadExpires":"2027-03-31","today":"2026-11-27"}"#)).unwrap();
    assert_eq!(text(&ead, "kind"), "ead");
    assert!(get(&ead, "program").is_undefined());
    assert!(get(&ead, "fileByOn").is_null(), "null, not undefined, as in the CLI's JSON");
    assert_eq!(text(&ead, "earliestFilingOn"), "2026-10-02");
}

pub fn bad_input_throws_a_spanish_error_with_code_and_field() {
    let error = wasm::reparole_window(object(r#"{"program":"ukraine","expires":"2026-02-30","lang":"es"}"#)).unwrap_err();
    assert!(error.is_instance_of::<js_sys::Error>());
    assert_eq!(text(&error, "code"), "date.no_such_day");
    assert_eq!(text(&error, "field"), "expires");
    assert_eq!(
        text(&error, "message"),
        "Revise la fecha en que termina su parole: febrero de 2026 tiene 28 días, así que no existe el día 30."
    );
    let unknown = wasm::reparole_window(object(r#"{"program":"tps","expires":"2027-03-31"}"#)).unwrap_err();
    assert_eq!(text(&unknown, "code"), "program.unknown");
    assert_eq!(text(&unknown, "field"), "program");
    let no_date = wasm::ead_window(object(r#"{"lang":"es"}"#)).unwrap_err();
    assert_eq!(text(&no_date, "message"), "Escriba la fecha en que vence su permiso de trabajo.");
}

pub fn malformed_requests_are_errors_and_the_module_keeps_working() {
    for (request, code) in [
        (JsValue::from_str("ukraine"), "request.not_an_object"),
        (JsValue::NULL, "request.not_an_object"),
        (JsValue::UNDEFINED, "request.not_an_object"),
        (object(r#"{"program":"general","expires":20270331}"#), "request.not_text"),
        (object(r#"{"program":["general"],"expires":"2027-03-31"}"#), "request.not_text"),
        (object(r#"{"program":"general","expires":"2027-03-31","lang":"fr"}"#), "lang.unknown"),
        (object(r#"{"program":"general","expires":"2027-03-31","today":"1899-01-01"}"#), "date.too_far_past"),
    ] {
        let error = wasm::reparole_window(request).unwrap_err();
        assert_eq!(text(&error, "code"), code);
        // The next good call still works: a bad request never leaves the module broken.
        let ok = wasm::reparole_window(object(r#"{"program":"general","expires":"2027-03-31","today":"2026-11-27"}"#)).unwrap();
        assert_eq!(get(&ok, "daysUntilExpiry").as_f64(), Some(124.0));
    }
}

pub fn today_defaults_to_the_local_date() {
    let local = || {
        let now = js_sys::Date::new_0();
        format!("{:04}-{:02}-{:02}", now.get_full_year(), now.get_month() + 1, now.get_date())
    };
    // Read the clock before and after the call: across midnight either day is right.
    let before = local();
    let result = wasm::reparole_window(object(r#"{"program":"general","expires":"2027-03-31"}"#)).unwrap();
    let after = local();
    let today = text(&result, "today");
    assert!(today == before || today == after, "{today} is neither {before} nor {after}");
}

pub fn reminders_and_programs() {
    let ics = wasm::reminders(object(
        r#"{"program":"ukraine","expires":"2027-03-31","eadExpires":"2027-06-30","today":"2026-09-01"}"#,
    ))
    .unwrap();
    assert!(ics.starts_with("BEGIN:VCALENDAR\r\n"));
    assert_eq!(ics.matches("BEGIN:VEVENT").count(), 5);
    assert!(ics.contains("DTSTAMP:") && ics.contains("Z\r\n"));
    let ended = wasm::reminders(object(r#"{"program":"chnv","expires":"2027-03-31","today":"2026-11-27"}"#)).unwrap_err();
    assert_eq!(text(&ended, "code"), "program.ended");

    let list = wasm::programs(JsValue::from_str("es")).unwrap();
    let list = js_sys::Array::from(&list);
    assert_eq!(list.length(), 11, "every program with a re-parole box");
    assert_eq!(text(&list.get(3), "id"), "ukraine");
    assert_eq!(text(&list.get(3), "item"), "10.C");
    assert_eq!(text(&list.get(0), "label"), "Sin programa (parole humanitario, Punto 11)");
}

pub fn validate_gives_the_cli_report_and_refuses_what_is_not_a_form() {
    let form = r#"{"application":{"paroleType":"reparole","program":"none","onBehalfOfSomeoneElse":false},"filer":{"ssn":"666-00-1234"}}"#;
    for lang in [Lang::En, Lang::Es] {
        let options = object(&format!(r#"{{"today":"2026-11-27","lang":"{}"}}"#, lang.code()));
        let from_js = JSON::stringify(&wasm::validate(object(form), options.clone()).unwrap()).unwrap();
        let core = api::check_json(form, Some("2026-11-27"), lang, ymd(2000, 1, 1)).unwrap();
        assert_eq!(String::from(from_js), serde_json::to_string(&core).unwrap());
        // JSON text is accepted too.
        let from_text = JSON::stringify(&wasm::validate(JsValue::from_str(form), options).unwrap()).unwrap();
        assert_eq!(String::from(from_text), serde_json::to_string(&core).unwrap());
    }
    let report = wasm::validate(object("{}"), JsValue::UNDEFINED).unwrap();
    assert!(get(&get(&report, "summary"), "errors").as_f64().unwrap() > 10.0, "an empty form is a form, with errors");
    for (bad, code) in [
        (object(r#"{"filer":{"aNumber":201234567}}"#), "form.wrong_type"),
        (object(r#"{"filer":{"aNumbr":"A1"}}"#), "form.unknown_question"),
        (object(r#"["application"]"#), "form.not_an_object"),
        (JsValue::from_f64(3.0), "form.not_an_object"),
        (JsValue::from_str("{ not json"), "form.not_json"),
    ] {
        let error = wasm::validate(bad, object(r#"{"lang":"es"}"#)).unwrap_err();
        assert_eq!(text(&error, "code"), code);
        assert!(text(&error, "message").contains("formulario"), "in Spanish");
    }
    // The module keeps working after refusing.
    assert!(wasm::validate(object("{}"), JsValue::UNDEFINED).is_ok());
}

pub fn hostile_requests_are_answered_and_the_module_keeps_working() {
    let options = object(r#"{"today":"2026-11-27","lang":"es"}"#);
    // 10 MB is not a request: refused, in words, before anything is parsed.
    let huge = format!(r#"{{"reason":{{"explanation":"{}"}}}}"#, "x".repeat(10 * 1024 * 1024));
    assert_eq!(text(&wasm::validate(JsValue::from_str(&huge), options.clone()).unwrap_err(), "code"), "form.too_large");
    // One answer longer than any box: refused too, naming it.
    let long = format!(r#"{{"reason":{{"explanation":"{}"}}}}"#, "x".repeat(30_000));
    assert_eq!(text(&wasm::validate(JsValue::from_str(&long), options.clone()).unwrap_err(), "code"), "form.answer_too_long");
    // A long reason that is still an answer: a report (it needs more room on the form), not a crash.
    let reason = format!(r#"{{"reason":{{"explanation":"{}"}}}}"#, "x".repeat(5_000));
    let report = wasm::validate(JsValue::from_str(&reason), options.clone()).unwrap();
    let codes = JSON::stringify(&get(&report, "diagnostics")).unwrap().as_string().unwrap();
    assert!(codes.contains("cross.reason_needs_more_space"));
    // Deep nesting: a worded refusal.
    let deep = format!("{}{}", "{\"filer\":".repeat(2000), "}".repeat(2000));
    let error = wasm::validate(JsValue::from_str(&deep), options.clone()).unwrap_err();
    assert!(text(&error, "code").starts_with("form."), "{}", text(&error, "code"));
    // A lone surrogate typed into a name (a JavaScript string can hold one): kept as U+FFFD.
    let name = js_sys::JSON::parse(r#"{"filer":{"name":{"familyName":"Luna"}}}"#).unwrap();
    let filer = get(&name, "filer");
    let lone = js_sys::JSON::parse(r#""Luna \ud800""#).unwrap();
    Reflect::set(&get(&filer, "name"), &"familyName".into(), &lone).unwrap();
    assert!(wasm::validate(name, options.clone()).is_ok());
    // Dates out of range in every date.
    let far = object(r#"{"filer":{"dateOfBirth":"99999-01-01"},"signature":{"date":"0000-00-00"}}"#);
    assert!(wasm::validate(far, options.clone()).is_ok());
    let window = wasm::reparole_window(object(r#"{"program":"general","expires":"2201-01-01"}"#)).unwrap_err();
    assert_eq!(text(&window, "code"), "date.too_far_future");
    // And after all of that, a good call still works.
    let good = wasm::validate(object("{}"), options).unwrap();
    assert!(get(&get(&good, "summary"), "errors").as_f64().unwrap() > 10.0);
}

/// The request object a page holds: answers set one at a time, only what changed comes back,
/// the report, the window, the printed answers, export and import.
pub fn a_helper_keeps_the_request_in_the_core() {
    let helper_options = object(r#"{"today":"2026-11-27","lang":"es","storage":"none"}"#);
    let mut helper = wasm::Helper::new(helper_options).unwrap();
    let state = helper.state().unwrap();
    assert!(js_sys::Array::from(&get(&state, "questions")).length() > 100, "every question, the first time");
    let changes = helper.set(JsValue::from_str("filer.ssn"), JsValue::from_str("000-12-3456")).unwrap();
    let questions = js_sys::Array::from(&get(&changes, "questions"));
    assert_eq!(questions.length(), 1, "then only what changed");
    let message = get(&js_sys::Array::from(&get(&questions.get(0), "messages")).get(0), "text");
    assert!(message.as_string().unwrap().starts_with("Parte 2, Punto 10:"));
    // A wrong kind of value: a coded error in the person's language, nothing changed.
    let error = helper.set(JsValue::from_str("workPermit"), JsValue::from_str("yes")).unwrap_err();
    assert_eq!(text(&error, "code"), "form.wrong_type");
    assert!(text(&error, "message").contains("formulario"));
    let error = helper.set(JsValue::from_str("filer.aNumbr"), JsValue::from_str("A1")).unwrap_err();
    assert_eq!(text(&error, "code"), "form.unknown_question");

    // The §10 example as an imported file: the report is the CLI's, byte for byte.
    let child = include_str!("../../examples/reparole-medical-child.json");
    let replaced = helper.replace(JsValue::from_str(child)).unwrap();
    assert!(get(&replaced, "migratedFrom").is_null());
    let report = JSON::stringify(&helper.report().unwrap()).unwrap();
    let core = api::check_json(child, Some("2026-11-27"), Lang::Es, ymd(2000, 1, 1)).unwrap();
    assert_eq!(String::from(report), serde_json::to_string(&core).unwrap());
    assert_eq!(text(&helper.window().unwrap(), "fileByOn"), "2027-02-13");
    assert_eq!(text(&helper.answers().unwrap(), "beneficiary.name.givenName"), "Sofía");
    let printed = JSON::stringify(&helper.printed(None).unwrap()).unwrap().as_string().unwrap();
    assert!(printed.contains("14 de mayo de 2027 (05/14/2027)"), "{printed}");
    assert_eq!(helper.export_text(), child, "an export reads like the example file");
    // What is not a request changes nothing.
    let bad = helper.replace(object(r#"{"filer":{"ssn":["not","text"]}}"#)).unwrap_err();
    assert_eq!(text(&bad, "code"), "form.wrong_type");
    assert_eq!(text(&helper.answers().unwrap(), "beneficiary.name.givenName"), "Sofía");
    assert_eq!(text(&helper.replace(JsValue::NULL).unwrap_err(), "code"), "form.not_an_object");
    // Older versions are migrated.
    let v1 = helper.replace(JsValue::from_str(r#"{"schemaVersion":1,"biographics":{"weightPounds":33}}"#)).unwrap();
    assert_eq!(get(&v1, "migratedFrom").as_f64(), Some(1.0));
    // The questions the page renders itself from.
    let questions = JSON::stringify(&wasm::questions(JsValue::from_str("es")).unwrap()).unwrap().as_string().unwrap();
    assert!(questions.contains("¿Qué está pidiendo?"));
    // A bad today is named.
    let bad_today = wasm::Helper::new(object(r#"{"today":"2026-02-29","lang":"es"}"#)).err().unwrap();
    assert_eq!(text(&bad_today, "field"), "today");
    assert!(text(&bad_today, "message").starts_with("Revise la fecha de hoy"));
}

/// Every export that takes text or a value checks its type before any text is copied into the
/// module: a number where a path or a language belongs is a coded error (the string glue used to
/// trap on it), and a paste of 64 MB is refused without the module's memory growing by it.
pub fn types_and_sizes_are_checked_at_the_boundary() {
    let options = object(r#"{"today":"2026-11-27","lang":"es","storage":"none"}"#);
    let mut helper = wasm::Helper::new(options).unwrap();
    let hostile = [JsValue::from_f64(5.0), JsValue::TRUE, object("{}"), object(r#"["filer.ssn"]"#), JsValue::NULL, JsValue::UNDEFINED];
    for value in &hostile {
        let error = helper.set(value.clone(), JsValue::from_str("x")).unwrap_err();
        assert_eq!(text(&error, "code"), "request.not_text");
        assert!(text(&error, "message").contains("no es texto"), "in the helper's language");
    }
    for value in &hostile[..4] {
        assert_eq!(text(&helper.set_language(value.clone()).unwrap_err(), "code"), "request.not_text");
        assert_eq!(text(&wasm::questions(value.clone()).unwrap_err(), "code"), "request.not_text");
        assert_eq!(text(&wasm::programs(value.clone()).unwrap_err(), "code"), "request.not_text");
    }
    let long_path = js_sys::JsString::from("filer.").concat(&js_sys::JsString::from("x").repeat(10_000_000));
    assert_eq!(text(&helper.set(long_path.into(), JsValue::NULL).unwrap_err(), "code"), "form.unknown_question");
    assert_eq!(text(&wasm::questions(JsValue::from_str("fr")).unwrap_err(), "code"), "lang.unknown");
    assert_eq!(text(&helper.set_language(JsValue::from_str("__proto__")).unwrap_err(), "code"), "lang.unknown");
    assert!(wasm::programs(JsValue::UNDEFINED).is_ok(), "a missing language is English");
    // Options: an array is not options, and a typo in storage does not mean "store".
    assert_eq!(text(&wasm::Helper::new(object("[]")).err().unwrap(), "code"), "request.not_an_object");
    let typo = wasm::Helper::new(object(r#"{"storage":"None"}"#)).err().unwrap();
    assert_eq!((text(&typo, "code"), text(&typo, "field")), ("request.unknown_storage".to_string(), "storage".to_string()));

    // Sizes, before anything is copied in.
    let memory = || wasm_bindgen::memory().unchecked_into::<js_sys::WebAssembly::Memory>().buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length();
    let before = memory();
    let huge = js_sys::JsString::from("x").repeat(64 * 1024 * 1024);
    assert_eq!(text(&wasm::validate(huge.clone().into(), JsValue::UNDEFINED).unwrap_err(), "code"), "form.too_large");
    assert_eq!(text(&helper.replace(huge.clone().into()).unwrap_err(), "code"), "form.too_large");
    assert_eq!(text(&helper.set(JsValue::from_str("reason.explanation"), huge.into()).unwrap_err(), "code"), "form.answer_too_long");
    let grew = memory() - before;
    assert!(grew < 8 * 1024 * 1024, "the module's memory grew by {grew} bytes");
    // The same reading as an import: an object with a cycle is not a request; nothing changed.
    helper.set(JsValue::from_str("filer.name.familyName"), JsValue::from_str("Luna")).unwrap();
    let cycle = object(r#"{"filer":{}}"#);
    Reflect::set(&get(&cycle, "filer"), &"self".into(), &cycle).unwrap();
    assert_eq!(text(&helper.replace(cycle).unwrap_err(), "code"), "form.not_an_object");
    assert_eq!(text(&helper.replace(object(r#"{"filer":{"ssn":["not","text"]}}"#)).unwrap_err(), "code"), "form.wrong_type");
    assert_eq!(text(&helper.answers().unwrap(), "filer.name.familyName"), "Luna");
}

/// The page's languages: listed with their names in themselves, loaded one file at a time, a
/// file that lacks texts said (and those texts in English), one that cannot be read refused with
/// nothing changed, and the page's own words from the same files.
pub fn languages_load_one_at_a_time() {
    let list = js_sys::Array::from(&wasm::languages().unwrap());
    assert_eq!(JSON::stringify(&list.get(0)).unwrap(), r#"{"code":"en","name":"English","dir":"ltr","listed":true}"#);
    assert_eq!(text(&list.get(1), "name"), "Español");
    // Complete files, known without English loaded (`.also` is each language's own).
    for (code, file) in [("es", SPANISH), ("uk", UKRAINIAN)] {
        let loaded = wasm::load_language(code.into(), file.into()).unwrap();
        assert_eq!(get(&loaded, "complete").as_bool(), Some(true), "{code}");
    }

    let en = wasm::load_language("en".into(), ENGLISH.into()).unwrap();
    assert_eq!(JSON::stringify(&en).unwrap(), r#"{"lang":"en","name":"English","dir":"ltr","complete":true,"missing":[]}"#);
    let es = wasm::load_language("ES".into(), SPANISH.into()).unwrap();
    assert_eq!((text(&es, "lang"), get(&es, "complete").as_bool()), ("es".into(), Some(true)));

    // The page's words: a text, a text with placeholders (their names), a message's attributes.
    let words = wasm::page_words("es".into()).unwrap();
    assert_eq!(text(&words, "cancel"), "Cancelar");
    assert_eq!(JSON::stringify(&get(&words, "saved")).unwrap(), r#"["time"]"#);
    assert_eq!(text(&get(&words, "status"), "open"), "Ya puede pedirlo");
    let filled = wasm::text("es".into(), "page-saved".into(), object(r#"{"time":"10:42"}"#)).unwrap();
    assert_eq!(filled, "Guardado en este teléfono o computadora a las 10:42.");
    assert_eq!(wasm::text("en".into(), "page-sectionMissing".into(), object(r#"{"n":3}"#)).unwrap(), "3 to answer");
    assert_eq!(wasm::text("en".into(), "page-sectionsDone".into(), object(r#"{"done":1,"total":1,"ignored":true}"#)).unwrap(), "1 of 1 parts complete.");

    // A file that lacks a text: not complete, the text named, and said in English.
    let partial = SPANISH.replace("page-cancel = Cancelar\n", "");
    let loaded = wasm::load_language("es".into(), partial.as_str().into()).unwrap();
    assert_eq!(get(&loaded, "complete").as_bool(), Some(false));
    assert_eq!(JSON::stringify(&get(&loaded, "missing")).unwrap(), r#"["page-cancel"]"#);
    assert_eq!(text(&wasm::page_words("es".into()).unwrap(), "cancel"), "Cancel");

    // A file that cannot be read is refused, and the language stays as it was.
    let error = wasm::load_language("es".into(), "page-cancel = { $".into()).unwrap_err();
    assert_eq!(text(&error, "code"), "lang.unreadable");
    assert_eq!(text(&wasm::page_words("es".into()).unwrap(), "cancel"), "Cancel");
    assert_eq!(text(&wasm::load_language("fr".into(), SPANISH.into()).unwrap_err(), "code"), "lang.unknown");
    assert_eq!(text(&wasm::load_language("es".into(), JsValue::from_f64(1.0)).unwrap_err(), "code"), "request.not_text");
    load_languages();
    assert_eq!(text(&wasm::page_words("es".into()).unwrap(), "cancel"), "Cancelar");
}

#[macro_export]
macro_rules! wasm_adapter_tests {
    () => {
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn languages_load_one_at_a_time() {
            wasm_common::languages_load_one_at_a_time();
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn types_and_sizes_are_checked_at_the_boundary() {
            wasm_common::load_languages();
            wasm_common::types_and_sizes_are_checked_at_the_boundary();
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn a_helper_keeps_the_request_in_the_core() {
            wasm_common::load_languages();
            wasm_common::a_helper_keeps_the_request_in_the_core();
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn returns_the_cli_shape_byte_for_byte() {
            wasm_common::load_languages();
            wasm_common::returns_the_cli_shape_byte_for_byte();
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn bad_input_throws_a_spanish_error_with_code_and_field() {
            wasm_common::load_languages();
            wasm_common::bad_input_throws_a_spanish_error_with_code_and_field();
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn malformed_requests_are_errors_and_the_module_keeps_working() {
            wasm_common::load_languages();
            wasm_common::malformed_requests_are_errors_and_the_module_keeps_working();
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn today_defaults_to_the_local_date() {
            wasm_common::load_languages();
            wasm_common::today_defaults_to_the_local_date();
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn reminders_and_programs() {
            wasm_common::load_languages();
            wasm_common::reminders_and_programs();
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn hostile_requests_are_answered_and_the_module_keeps_working() {
            wasm_common::load_languages();
            wasm_common::hostile_requests_are_answered_and_the_module_keeps_working();
        }
        #[wasm_bindgen_test::wasm_bindgen_test]
        fn validate_gives_the_cli_report_and_refuses_what_is_not_a_form() {
            wasm_common::load_languages();
            wasm_common::validate_gives_the_cli_report_and_refuses_what_is_not_a_form();
        }
    };
}
