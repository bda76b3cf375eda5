//! Sources are worded in the person's language (issue 15, item 5). Every source of every rule (the
//! check's pack, with its fees and exemptions, and the renewal windows' rules) has its wording in
//! each language besides English, and a report in that language names no source in English, but for
//! the names of official documents kept in English and marked as such.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::documents;

use std::collections::BTreeSet;
use std::fs;

use parole_helper::api::check_document;
use parole_helper::date::ymd;
use parole_helper::i18n::Lang;
use parole_helper::i18n::{message_ids, tr};
use parole_helper::rules::source_words::{marked_names, wording, Wording};
use parole_helper::rules::{Source, RULES};
use parole_helper::windows::rules::ALL as WINDOW_RULES;
use serde_json::Value;

/// The languages worded from English.
fn others() -> impl Iterator<Item = Lang> {
    Lang::all().filter(|l| *l != Lang::En)
}

/// Every source a rule can show, with whether the rule is official.
fn sources() -> Vec<(&'static str, Source, bool)> {
    let pack = RULES.iter().map(|r| (r.id, r.source, r.official()));
    let windows = WINDOW_RULES.iter().map(|r| (r.id(), r.source(), r.official()));
    pack.chain(windows).collect()
}

/// English words that no Spanish sentence uses: one left outside a marked name means a title (or
/// part of one) was left in English.
const ENGLISH: &[&str] = &[
    "the", "of", "and", "for", "with", "from", "is", "are", "an", "by", "not", "our", "on", "in", "to", "at",
    "or", "be", "its", "has", "was", "were", "which", "that", "this", "who", "after", "before", "until",
    "each", "may", "guides", "legal-aid", "rule", "page", "form", "fee", "fees", "parolee", "work", "permit",
    "re-parole", "evidence", "inference", "advice", "summaries", "days", "year", "years",
];

/// The English words left in `title` once the names it marks as English are taken out.
fn english_left(title: &str, lang: Lang) -> Vec<String> {
    let (rest, _) = marked_names(title, lang);
    rest.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(str::to_lowercase)
        .filter(|w| ENGLISH.contains(&w.as_str()))
        .collect()
}

#[test]
fn every_source_of_every_rule_is_worded_in_each_language() {
    let all = sources();
    assert!(all.len() >= 62 + 14, "rules went missing: {}", all.len());
    for lang in others() {
        let mut missing = Vec::new();
        for (id, source, official) in &all {
            match wording(source, lang) {
                None => missing.push(format!("{id}: {}", source.title)),
                Some(Wording::KeptInEnglish) => {
                    assert!(official, "{lang:?} {id}: only an official title may stay whole in English")
                }
                Some(Wording::Says(worded)) => {
                    assert_ne!(worded, source.title, "{lang:?} {id}");
                    let left = english_left(worded, lang);
                    assert!(left.is_empty(), "{lang:?} {id}: English outside a marked name {left:?} in \"{worded}\"");
                    for name in marked_names(worded, lang).1 {
                        assert!(source.title.contains(name), "{lang:?} {id}: \"{name}\" is not in the English title");
                    }
                    let worded_source = source.worded(lang);
                    assert_eq!((worded_source.title, worded_source.url, worded_source.lang), (worded, source.url, lang));
                }
            }
        }
        assert!(missing.is_empty(), "{lang:?}: sources without a wording (write them in src/i18n/locales/<lang>.ftl, ids in src/rules/source_words.rs):\n{}", missing.join("\n"));
    }
}

#[test]
fn no_wording_is_left_without_its_source() {
    let ids: BTreeSet<&str> = sources().iter().map(|(_, s, _)| s.id).collect();
    for lang in Lang::all() {
        for id in message_ids(lang).into_iter().filter(|id| id.starts_with("source-") && id != "source-in-english") {
            assert!(ids.contains(id.as_str()), "{lang:?}: no rule's source has the id {id} any more");
        }
    }
}

#[test]
fn the_english_file_says_what_each_rule_says() {
    for (rule, source, _) in sources() {
        assert_eq!(tr(Lang::En, source.id, &[]), source.title, "{rule}: {} in en.ftl", source.id);
    }
}

#[test]
fn english_is_its_own_wording() {
    for (_, source, _) in sources() {
        let text = source.worded(Lang::En);
        assert_eq!((text.title, text.url, text.lang), (source.title, source.url, Lang::En));
    }
}

/// Every source a report's JSON shows: `{title, url, lang}` objects (diagnostics, checklist, fees,
/// exemptions) and window rules' `{source, sourceLang}`, with where it was found.
fn shown_sources(value: &Value, path: &str, out: &mut Vec<(String, String, String)>) {
    match value {
        Value::Object(map) => {
            if let (Some(Value::String(title)), Some(Value::String(lang)), true) = (map.get("title"), map.get("lang"), map.contains_key("url")) {
                out.push((path.to_string(), title.clone(), lang.clone()));
            }
            if let (Some(Value::String(title)), Some(Value::String(lang))) = (map.get("source"), map.get("sourceLang")) {
                out.push((path.to_string(), title.clone(), lang.clone()));
            }
            for (key, child) in map {
                shown_sources(child, &format!("{path}.{key}"), out);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                shown_sources(child, &format!("{path}[{i}]"), out);
            }
        }
        _ => {}
    }
}

#[test]
fn reports_name_their_sources_in_the_persons_language() {
    let english: Vec<&str> = sources().iter().map(|(_, s, _)| s.title).collect();
    let all = sources();
    let kept = |title: &str, lang| all.iter().any(|(_, s, _)| s.title == title && matches!(wording(s, lang), Some(Wording::KeptInEnglish)));
    for lang in others() {
        let (mut seen, mut paths) = (0, BTreeSet::new());
        for file in documents() {
            let text = fs::read_to_string(&file).unwrap();
            // Fees change on 2026-01-01 and are past their known validity after 2026-12-31.
            for today in ["2025-11-01", "2026-11-27", "2027-02-01"] {
                let report = check_document(&text, Some(today), lang, ymd(2000, 1, 1)).unwrap();
                let json = serde_json::to_value(&report).unwrap();
                let mut shown = Vec::new();
                shown_sources(&json, "", &mut shown);
                for (path, title, title_lang) in &shown {
                    let at = format!("{} on {today}, {path}", file.display());
                    if title_lang == "en" {
                        assert!(kept(title, lang), "{at}: \"{title}\" is in English");
                        continue;
                    }
                    assert_eq!(title_lang, lang.code(), "{at}");
                    assert!(!english.contains(&title.as_str()), "{at}: an English title: {title}");
                    assert!(english_left(title, lang).is_empty(), "{at}: English outside a marked name: {title}");
                    paths.insert(path.clone());
                }
                seen += shown.len();
                // The terminal text lists the same sources: no English title there either.
                let words = report.to_text(lang);
                for title in &english {
                    assert!(kept(title, lang) || !words.contains(title), "{} on {today}: \"{title}\" in the text report", file.display());
                }
            }
        }
        assert!(seen > 300, "{lang:?}: only {seen} sources looked at");
        // Each place a source is shown: a finding, a document, a fee, an exemption, a window's
        // rule, a person of a family file and the family's deadlines. (The family's own findings
        // are worded by the same function as a person's: the examples have none.)
        for place in [".diagnostics[", ".checklist[", ".fees[", ".exemption.", ".window.rules[", ".people[", ".deadlines["] {
            assert!(paths.iter().any(|p| p.contains(place)), "{lang:?}: no source seen in {place}");
        }
    }
}
