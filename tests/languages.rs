//! Every language is complete: each text English has, every other listed language has too (no
//! more, no less), with the same placeholders; and every text id the code names exists. The one
//! exception is `.also` (other spellings people type), which is each language's own.
#![cfg(not(target_arch = "wasm32"))]

use parole_helper::i18n::{message_ids, missing_ids, variables, Lang, LANGUAGES};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

#[test]
fn every_language_has_every_text() {
    for lang in Lang::all() {
        // `.also` lists the other spellings people of a language type (a country's): each
        // language has its own or none, so it is not a text every language must have.
        let missing: Vec<String> = missing_ids(lang).into_iter().filter(|id| !id.ends_with(".also")).collect();
        assert!(missing.is_empty(), "{} lacks {} texts: {:?}", lang.code(), missing.len(), &missing[..missing.len().min(20)]);
        let english: BTreeSet<String> = message_ids(Lang::En).into_iter().collect();
        let extra: Vec<String> = message_ids(lang).into_iter().filter(|id| !english.contains(id) && !id.ends_with(".also")).collect();
        assert!(extra.is_empty(), "{} has texts English does not (stale?): {extra:?}", lang.code());
    }
}

/// Values the code passes that English has no use for, which other languages may show.
const ONLY_FOR_TRANSLATIONS: &[(&str, &str)] = &[
    // The Item in the paper form's own (English) words, next to the person's language; in English
    // it is the same as `$item`.
    ("page-itemLine", "item_en"),
];

#[test]
fn every_placeholder_is_used_in_every_language() {
    for id in message_ids(Lang::En) {
        let english = variables(Lang::En, &id);
        for lang in Lang::all() {
            let theirs: Vec<String> = variables(lang, &id)
                .into_iter()
                .filter(|v| !ONLY_FOR_TRANSLATIONS.contains(&(id.as_str(), v.as_str())))
                .collect();
            assert_eq!(theirs, english, "{}: {id} uses other placeholders than English", lang.code());
        }
    }
}

#[test]
fn no_language_has_an_id_twice() {
    for lang in Lang::all() {
        let ids = message_ids(lang);
        let unique: BTreeSet<&String> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{} defines an id twice", lang.code());
    }
}

#[test]
fn every_language_is_named_in_itself_and_unique() {
    let codes: BTreeSet<&str> = LANGUAGES.iter().map(|l| l.code).collect();
    assert_eq!(codes.len(), LANGUAGES.len());
    assert_eq!(LANGUAGES[0].code, "en", "English is first: it is the fallback");
    for lang in Lang::all() {
        assert!(!lang.language().name.is_empty());
        assert_eq!(Lang::parse(Some(lang.code())), Ok(lang));
        assert_eq!(Lang::parse(Some(&lang.code().to_uppercase())), Ok(lang));
    }
}

/// Every `t!(lang, "literal-id"…)` in the code names a text English has: a typo would show the
/// id itself to the person.
#[test]
fn every_id_the_code_names_exists() {
    let english: BTreeSet<String> = message_ids(Lang::En).into_iter().collect();
    let mut files = vec![];
    collect(Path::new("src"), &mut files);
    let mut unknown = vec![];
    for file in files {
        let text = fs::read_to_string(&file).unwrap();
        for (i, _) in text.match_indices("t!(") {
            // `t!(`, not the end of `assert!(` or `format!(`.
            if text[..i].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let mut end = text.len().min(i + 300);
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            let call = &text[i..end];
            let Some(start) = call.find('"') else { continue };
            // Only the second argument: `t!(lang, "id"`.
            if !call[..start].contains(',') || call[..start].contains(';') {
                continue;
            }
            let rest = &call[start + 1..];
            let Some(end) = rest.find('"') else { continue };
            let id = &rest[..end];
            if !id.is_empty() && !id.contains('{') && !english.contains(id) {
                unknown.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(unknown.is_empty(), "ids the code names that English lacks: {unknown:#?}");
}

fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            collect(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}
