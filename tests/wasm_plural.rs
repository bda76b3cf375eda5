//! Plural categories in headless Chromium: the browser's `Intl.PluralRules` (which the shipped
//! module asks, src/i18n/plural.rs) agrees with the native build's rules (`intl_pluralrules`, whose
//! unit test in src/i18n/plural.rs has the same cases), and texts choose their variants by them.
//! Run: `cargo test --target wasm32-unknown-unknown --test wasm_plural`.
#![cfg(target_arch = "wasm32")]

use parole_helper::i18n::{load, tr, Arg, Lang};
use wasm_bindgen_test::wasm_bindgen_test;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

/// The same cases as `knows_the_categories` in src/i18n/plural.rs.
const CASES: &[(&str, f64, &str)] = &[
    ("uk", 1.0, "one"),
    ("uk", 2.0, "few"),
    ("uk", 3.0, "few"),
    ("uk", 4.0, "few"),
    ("uk", 5.0, "many"),
    ("uk", 11.0, "many"),
    ("uk", 20.0, "many"),
    ("uk", 21.0, "one"),
    ("uk", 22.0, "few"),
    ("uk", 0.0, "many"),
    ("uk", 1.5, "other"),
    ("uk", 111.0, "many"),
    ("uk", 101.0, "one"),
    ("en", 1.0, "one"),
    ("es", 1.0, "one"),
    ("en", 0.0, "other"),
    ("es", 0.0, "other"),
    ("en", 2.0, "other"),
    ("es", 2.0, "other"),
    ("en", 5.0, "other"),
    ("es", 5.0, "other"),
    ("en", 11.0, "other"),
    ("es", 11.0, "other"),
    ("en", 21.0, "other"),
    ("es", 21.0, "other"),
    ("en", 1.5, "other"),
    ("es", 1.5, "other"),
];

/// `Intl.PluralRules` set up as src/i18n/plural.rs sets it up.
fn browser_category(code: &str, n: f64) -> String {
    let options = js_sys::Object::new();
    js_sys::Reflect::set(&options, &"maximumFractionDigits".into(), &20.into()).unwrap();
    let locales = js_sys::Array::of2(&code.into(), &"en".into());
    js_sys::Intl::PluralRules::new(&locales, &options).select(n).into()
}

#[wasm_bindgen_test]
fn the_browser_has_the_native_categories() {
    for &(code, n, expected) in CASES {
        assert_eq!(browser_category(code, n), expected, "{code} {n}");
    }
    for n in 5..=20 {
        assert_eq!(browser_category("uk", n as f64), "many", "uk {n}");
    }
}

/// Through the public API, as the page uses it: every listed language the cases name (Ukrainian
/// too once it is in the list).
#[wasm_bindgen_test]
fn texts_choose_their_variant_by_the_browser_s_categories() {
    let ftl = "m = { $n ->\n    [zero] zero\n    [one] one\n    [two] two\n    [few] few\n    [many] many\n   *[other] other\n}\n\
               exact = { $n ->\n    [1] exactly one\n    [one] one\n   *[other] { $n } other\n}\n";
    for &(code, n, expected) in CASES {
        let Ok(lang) = Lang::parse(Some(code)) else { continue };
        assert_eq!(load(code, ftl), Ok(lang));
        assert_eq!(tr(lang, "m", &[("n", Arg::Num(n))]), expected, "{code} {n}");
    }
    let en = Lang::parse(Some("en")).unwrap();
    load("en", ftl).unwrap();
    assert_eq!(tr(en, "exact", &[("n", Arg::Num(1.0))]), "exactly one");
    assert_eq!(tr(en, "exact", &[("n", Arg::Num(1.5))]), "1.5 other");
    assert_eq!(tr(en, "exact", &[("n", Arg::Num(21.0))]), "21 other");
}
