//! The sources' titles in the languages people read, as texts of the language files.
//!
//! A [`Source`]'s English title is the canonical text: the rules keep it as data, and the English
//! file has it too, under a `source-…` id ([`IDS`]). As in a gettext catalogue (`msgid`,
//! `msgstr`), the English title is the key: a source is worded by the id whose English text is
//! its title, and each language words that id in its own file (`src/i18n/locales/<lang>.ftl`).
//! Another language is one more file; the rules themselves stay as they are. When an English title
//! changes in a rule and not in the files (or the other way round), no id matches it any more and
//! the title shows in English (`lang: en`): `tests/source_words.rs` fails on that.
//!
//! Inside a wording, names of official documents, pages and laws that have no official name in the
//! language stay in English, marked as such with the language's `source-in-english` words: in
//! Spanish a quoted name followed by ` (en inglés)`, or `(en inglés: "…")` after a Spanish
//! description. A title kept whole in English is written in the language's file exactly as in
//! English ([`Wording::KeptInEnglish`]), and its `lang` stays `en`.
//!
//! ```
//! use parole_helper::i18n::Lang;
//! use parole_helper::rules::source_words::{marked_names, title};
//! use parole_helper::rules::Code;
//!
//! let source = Code::EvidenceFinancialSupport.rule().source;
//! let (es, lang) = title(&source, Lang::Es);
//! assert_eq!(lang, Lang::Es);
//! assert!(es.starts_with("Human Rights First, \"I was paroled in the United States\" (en inglés): Formulario I-134"));
//! assert_eq!(marked_names(es, Lang::Es).1, ["I was paroled in the United States"]);
//! assert_eq!(title(&source, Lang::En), (source.title, Lang::En));
//! ```

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use super::Source;
use crate::i18n::{tr, Lang, LANGUAGES};

/// A source's title in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    /// The title in the table's language.
    Says(&'static str),
    /// An official title kept whole in English (shown with `lang: en`).
    KeptInEnglish,
}

/// `(English title, wording)` pairs: one language's titles.
pub type Table = [(&'static str, Wording)];

/// The ids of every source title of the rules, in the language files; each one's English text is
/// the title of a rule's [`Source`].
pub const IDS: &[&str] = &[
    // The check's rule pack (src/rules/pack.rs), in pack order.
    "source-form-i131",
    "source-plain-sense",
    "source-form-boxes",
    "source-u4u-reparole-in-us",
    "source-guides-a-number",
    "source-guides-i94-number",
    "source-ssa-ssn",
    "source-form-email",
    "source-our-email-check",
    "source-our-phone-check",
    "source-form-filer-signs",
    "source-cfr-each-applicant-signs",
    "source-cfr-guardian-signs",
    "source-usual-parole-lengths",
    "source-guides-removal-ice",
    "source-fr-chnv-frp-ended",
    "source-fr-frp-exception",
    "source-dhs-termination-notice",
    "source-guides-fee-waiver-paper",
    "source-form-omb-approval",
    "source-fee-adjustment-2027",
    "source-uscis-evidence-identity",
    "source-uscis-evidence-citizenship",
    "source-hrf-financial-support",
    "source-guides-physician-letter",
    "source-guides-return-trip",
    "source-guides-parental-consent",
    "source-cfr-translations",
    "source-uscis-current-parole",
    "source-usc-fee-exemptions-case-by-case",
    "source-cfr-fee-waiver",
    "source-fee-rule-2024",
    "source-hr1-work-permit-fee",
    "source-inflation-work-permit-fee",
    "source-hr1-parole-fee",
    "source-usc-parole-fee-exemptions",
    "source-usc-parent-exemption",
    "source-guides-young-child",
    // The renewal windows' rules (src/windows/rules.rs), in their order.
    "source-guides-admit-until",
    "source-our-calendar-days",
    "source-uscis-ukraine-reparole",
    "source-hrf-ask-90-days",
    "source-uscis-early-filing",
    "source-uscis-afghan-reparole",
    "source-no-program-window",
    "source-fr-chnv-termination",
    "source-fr-frp-termination",
    "source-guides-i765-renewal",
    "source-fr-frp-exception-first",
    "source-dhs-termination-any-time",
    "source-usc-work-permit-validity",
    "source-form-part9-work-permit",
];

thread_local! {
    /// Texts made `&'static` once each (a title is shown in many reports): see [`lasting`].
    static LASTING: RefCell<HashSet<&'static str>> = RefCell::new(HashSet::new());
    /// The id of each English title.
    static BY_TITLE: RefCell<Option<HashMap<&'static str, &'static str>>> = const { RefCell::new(None) };
    /// Each language's table, made once.
    static TABLES: RefCell<Vec<Option<&'static Table>>> = const { RefCell::new(Vec::new()) };
}

/// `text` as a `&'static str`: a [`SourceText`](super::SourceText) is `Copy` and names its title
/// by reference. Each distinct text is kept once for the life of the program (a few dozen titles
/// per language), so wording a title again costs no memory.
fn lasting(text: String) -> &'static str {
    LASTING.with(|kept| {
        let mut kept = kept.borrow_mut();
        if let Some(&known) = kept.get(text.as_str()) {
            return known;
        }
        let made: &'static str = Box::leak(text.into_boxed_str());
        kept.insert(made);
        made
    })
}

/// The id of the source titled `english`, if the language files have it.
fn id_of(english: &str) -> Option<&'static str> {
    BY_TITLE.with(|by_title| {
        let mut by_title = by_title.borrow_mut();
        let map = by_title.get_or_insert_with(|| IDS.iter().map(|&id| (lasting(tr(Lang::En, id, &[])), id)).collect());
        map.get(english).copied()
    })
}

/// The titles of `lang`, keyed by their English titles; a title `lang` has no text for is left
/// out. Made once per language (and thread): for tests and tools, not for a page that loads
/// languages later.
pub fn table(lang: Lang) -> &'static Table {
    TABLES.with(|tables| {
        let mut tables = tables.borrow_mut();
        if tables.len() < LANGUAGES.len() {
            tables.resize(LANGUAGES.len(), None);
        }
        *tables[lang.index()].get_or_insert_with(|| {
            let missing: HashSet<String> = crate::i18n::missing_ids(lang).into_iter().collect();
            let rows: Vec<(&'static str, Wording)> = IDS
                .iter()
                .filter(|id| !missing.contains(**id))
                .map(|&id| {
                    let english = lasting(tr(Lang::En, id, &[]));
                    let worded = tr(lang, id, &[]);
                    (english, if worded == english { Wording::KeptInEnglish } else { Wording::Says(lasting(worded)) })
                })
                .collect();
            Box::leak(rows.into_boxed_slice())
        })
    })
}

/// How `lang` marks an English name kept inside one of its titles: "en inglés" (English has
/// "in English", which no title uses).
pub fn marker(lang: Lang) -> Option<&'static str> {
    Some(lasting(tr(lang, "source-in-english", &[])))
}

/// `source`'s title in `lang`, with the language it is written in: `lang`, or English when the
/// title is kept in English (or, until a test catches it, has no wording yet).
pub fn title(source: &Source, lang: Lang) -> (&'static str, Lang) {
    let Some(id) = id_of(source.title) else { return (source.title, Lang::En) };
    let worded = tr(lang, id, &[]);
    if worded == source.title {
        (source.title, Lang::En)
    } else {
        (lasting(worded), lang)
    }
}

/// A title of `lang` without the English names it marks, and those names, in order.
pub fn marked_names(title: &str, lang: Lang) -> (String, Vec<&str>) {
    let Some(marker) = marker(lang) else { return (title.to_string(), Vec::new()) };
    let after = format!(" ({marker})");
    let before = format!("({marker}: ");
    let (mut rest, mut names, mut from) = (String::new(), Vec::new(), 0);
    while let Some(open) = title[from..].find('"').map(|i| from + i) {
        let Some(close) = title[open + 1..].find('"').map(|i| open + 1 + i) else { break };
        let name = &title[open + 1..close];
        if title[close + 1..].starts_with(&after) {
            // `"Name" (en inglés)`
            rest.push_str(&title[from..open]);
            names.push(name);
            from = close + 1 + after.len();
        } else if title[..open].ends_with(&before) && title[close + 1..].starts_with(')') {
            // `(en inglés: "Name")`
            rest.push_str(title[from..open - before.len()].trim_end());
            names.push(name);
            from = close + 2;
        } else {
            rest.push_str(&title[from..close + 1]);
            from = close + 1;
        }
    }
    rest.push_str(&title[from..]);
    (rest, names)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn each_title_is_worded_once_and_keeps_its_english_names_exact() {
        for lang in Lang::all() {
            let keys: HashSet<_> = table(lang).iter().map(|(english, _)| english).collect();
            assert_eq!(keys.len(), table(lang).len(), "{lang:?}: a title worded twice");
            for (english, wording) in table(lang) {
                let Wording::Says(worded) = wording else { continue };
                assert_ne!(worded, english, "{lang:?}: the same as in English; say KeptInEnglish");
                for name in marked_names(worded, lang).1 {
                    assert!(english.contains(name), "{lang:?}: \"{name}\" is not in \"{english}\"");
                }
            }
        }
    }

    #[test]
    fn marked_names_are_found_in_both_forms() {
        let (rest, names) = marked_names(r#"A "One" (en inglés): b (en inglés: "Two"), "c""#, Lang::Es);
        assert_eq!(names, ["One", "Two"]);
        assert_eq!(rest, r#"A : b, "c""#);
        assert_eq!(marked_names(r#"A "One" (en inglés)"#, Lang::En).1, Vec::<&str>::new());
    }
}
