//! The sources' titles in the languages people read, as texts of the language files.
//!
//! A [`Source`]'s English title is the canonical text: the rules keep it as data, with the id
//! (`source-…`) under which the English file has the same title and every other language words
//! it in its own file (`src/i18n/locales/<lang>.ftl`). Another language is one more file; the
//! rules themselves stay as they are. A title worded exactly as in English is kept in English
//! (`lang: en`); `tests/source_words.rs` checks that every source has its text in every language
//! and that the English file says what the rule says.
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

use std::collections::BTreeSet;
use std::sync::Mutex;

use super::Source;
use crate::i18n::{tr, Lang};

/// A source's title in one language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wording {
    /// The title in the asked language.
    Says(&'static str),
    /// An official title kept whole in English (shown with `lang: en`).
    KeptInEnglish,
}

/// Texts made `&'static` once each (a title is shown in many reports): see [`lasting`]. A
/// `static`, not a thread-local: the texts stay reachable to the end (a thread-local set is
/// dropped when its thread ends, and the leak checker of the fuzz targets then reports them).
static LASTING: Mutex<BTreeSet<&'static str>> = Mutex::new(BTreeSet::new());

/// `text` as a `&'static str`: a [`SourceText`](super::SourceText) is `Copy` and names its title
/// by reference. Each distinct text is kept once for the life of the program (a few dozen titles
/// per language), so wording a title again costs no memory.
fn lasting(text: String) -> &'static str {
    let mut kept = LASTING.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(&known) = kept.get(text.as_str()) {
        return known;
    }
    let made: &'static str = Box::leak(text.into_boxed_str());
    kept.insert(made);
    made
}

/// How `source` is worded in `lang`: `None` when `lang`'s file has no text for it.
pub fn wording(source: &Source, lang: Lang) -> Option<Wording> {
    if !crate::i18n::message_ids(lang).iter().any(|id| id == source.id) {
        return None;
    }
    let worded = tr(lang, source.id, &[]);
    Some(if worded == source.title { Wording::KeptInEnglish } else { Wording::Says(lasting(worded)) })
}

/// How `lang` marks an English name kept inside one of its titles: "en inglés" (English has
/// "in English", which no title uses).
pub fn marker(lang: Lang) -> Option<&'static str> {
    Some(lasting(tr(lang, "source-in-english", &[])))
}

/// `source`'s title in `lang`, with the language it is written in: `lang`, or English when the
/// title is kept in English (or, until a test catches it, has no wording yet).
pub fn title(source: &Source, lang: Lang) -> (&'static str, Lang) {
    let worded = tr(lang, source.id, &[]);
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

    #[test]
    fn marked_names_are_found_in_both_forms() {
        let (rest, names) = marked_names(r#"A "One" (en inglés): b (en inglés: "Two"), "c""#, Lang::Es);
        assert_eq!(names, ["One", "Two"]);
        assert_eq!(rest, r#"A : b, "c""#);
        assert_eq!(marked_names(r#"A "One" (en inglés)"#, Lang::En).1, Vec::<&str>::new());
    }
}
