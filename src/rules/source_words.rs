//! The sources' titles in the languages people read, as data beside the rules.
//!
//! A [`Source`]'s English title is the canonical text and, as in a gettext catalogue (`msgid`,
//! `msgstr`), the key of its wording in every other language: each language is one table of
//! `(English title, wording)` pairs in its own file (`source_words/es.rs`). Another language is one
//! more file, an arm in [`table`] and one in [`marker`]; the rules themselves stay as they are.
//! When an English title changes, its old wordings no longer match it and the title shows in
//! English (`lang: en`) until it is worded again: `tests/source_words.rs` fails on that, and on a
//! wording no rule uses any more.
//!
//! Inside a wording, names of official documents, pages and laws that have no official name in the
//! language stay in English, marked as such: in Spanish a quoted name followed by ` (en inglés)`,
//! or `(en inglés: "…")` after a Spanish description. A title kept whole in English is
//! [`Wording::KeptInEnglish`], and its `lang` stays `en`.
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

use super::Source;
use crate::i18n::Lang;

mod es;

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

/// The titles of `lang`; empty for English, whose titles are the sources' own.
pub fn table(lang: Lang) -> &'static Table {
    match lang {
        Lang::En => &[],
        Lang::Es => es::TITLES,
    }
}

/// How `lang` marks an English name kept inside one of its titles (`None` for English).
pub fn marker(lang: Lang) -> Option<&'static str> {
    match lang {
        Lang::En => None,
        Lang::Es => Some(es::IN_ENGLISH),
    }
}

/// `source`'s title in `lang`, with the language it is written in: `lang`, or English when the
/// title is kept in English (or, until a test catches it, has no wording yet).
pub fn title(source: &Source, lang: Lang) -> (&'static str, Lang) {
    match table(lang).iter().find(|(english, _)| *english == source.title) {
        Some((_, Wording::Says(worded))) => (worded, lang),
        _ => (source.title, Lang::En),
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
