//! The wasm adapter in headless Chromium (through /usr/bin/chromedriver), as the page runs it.
#![cfg(target_arch = "wasm32")]

mod wasm_common;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

wasm_adapter_tests!();

/// Drafts through the browser's real localStorage, by the core's rules: nothing before consent,
/// revisions between two helpers, one draft per storage key, a stored language validated, and
/// everything gone on wipe.
#[wasm_bindgen_test::wasm_bindgen_test]
fn drafts_in_local_storage() {
    wasm_common::load_languages();
    let storage = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    storage.clear().unwrap();
    let options = wasm_common::object(r#"{"today":"2026-11-27","lang":"es"}"#);
    let mut a = parole_helper::wasm::Helper::new(options.clone()).unwrap();
    a.set("filer.name.familyName".into(), wasm_bindgen::JsValue::from_str("Alice")).unwrap();
    assert_eq!(a.save(), "no-consent");
    assert_eq!(storage.length().unwrap(), 0, "nothing stored before a yes");
    assert!(a.give_consent());
    assert_eq!(a.save(), "saved");
    assert_eq!(storage.get_item("parole-helper:lang").unwrap().as_deref(), Some("es"), "the language, with consent");

    // A second helper reads the draft; then the first saves; the second does not write over it.
    let mut b = parole_helper::wasm::Helper::new(options.clone()).unwrap();
    assert_eq!(wasm_common::text(&b.load_draft().unwrap(), "status"), "loaded");
    assert_eq!(wasm_common::text(&b.answers().unwrap(), "filer.name.familyName"), "Alice");
    a.set("filer.name.familyName".into(), wasm_bindgen::JsValue::from_str("Alice 2")).unwrap();
    assert_eq!(a.save(), "saved");
    b.set("filer.name.givenName".into(), wasm_bindgen::JsValue::from_str("Bob")).unwrap();
    assert_eq!(b.save(), "other-tab");
    assert!(storage.get_item("parole-helper:draft").unwrap().unwrap().contains("Alice 2"));
    assert_eq!(b.keep_mine(), "saved");

    // Two helpers with their own keys keep their own drafts.
    let keyed = wasm_common::object(r#"{"today":"2026-11-27","storageKey":"mother"}"#);
    let mut c = parole_helper::wasm::Helper::new(keyed).unwrap();
    c.set("filer.name.familyName".into(), wasm_bindgen::JsValue::from_str("Carol")).unwrap();
    assert_eq!(c.save(), "saved");
    assert!(storage.get_item("parole-helper:draft:mother").unwrap().unwrap().contains("Carol"));

    // A stored language that is not one of ours is ignored, and said.
    storage.set_item("parole-helper:lang", "__proto__").unwrap();
    let stored = parole_helper::wasm::stored_language().unwrap();
    assert!(wasm_common::get(&stored, "lang").is_null());
    assert_eq!(wasm_common::text(&stored, "ignored"), "__proto__");

    // An unreadable draft is kept, never written over.
    storage.set_item("parole-helper:draft", r#"{"schemaVersion": 9}"#).unwrap();
    let mut d = parole_helper::wasm::Helper::new(options).unwrap();
    assert_eq!(wasm_common::text(&d.load_draft().unwrap(), "status"), "unreadable");
    assert_eq!(d.save(), "kept-unreadable-draft");
    assert_eq!(storage.get_item("parole-helper:draft").unwrap().as_deref(), Some(r#"{"schemaVersion": 9}"#));

    // Wipe removes every key of the helper.
    storage.set_item("not-ours", "kept").unwrap();
    assert!(d.wipe());
    assert_eq!(storage.length().unwrap(), 1);
    assert_eq!(storage.get_item("not-ours").unwrap().as_deref(), Some("kept"));
    storage.clear().unwrap();
}
