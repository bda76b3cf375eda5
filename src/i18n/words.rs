//! The registry of loaded languages: each language's Fluent file, parsed once per thread, and the
//! lookup every text goes through. A text missing in a language falls back to English; a text
//! missing everywhere is its id (the completeness test keeps that from shipping).
//!
//! The files are read and rendered by `fluent.rs`, a small renderer of the Fluent subset the files
//! use (the `fluent-bundle` crate made the shipped module 92 KB larger, 42 KB gzipped);
//! `tests/fluent_subset.rs` checks that it renders every text of every language as `fluent-bundle`
//! does. Plural categories come from `plural.rs` (the browser's `Intl.PluralRules` in wasm).

use super::{Arg, Lang, LANGUAGES};
use super::fluent::Resource;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    static BUNDLES: RefCell<Vec<Option<Rc<Resource>>>> = const { RefCell::new(Vec::new()) };
}

fn with_bundles<T>(f: impl FnOnce(&mut Vec<Option<Rc<Resource>>>) -> T) -> T {
    BUNDLES.with(|bundles| {
        let mut bundles = bundles.borrow_mut();
        if bundles.len() < LANGUAGES.len() {
            bundles.resize(LANGUAGES.len(), None);
        }
        f(&mut bundles)
    })
}

/// The language's parsed file: the one [`load`]ed last, else the one compiled in (natively).
fn bundle(lang: Lang) -> Option<Rc<Resource>> {
    with_bundles(|bundles| {
        let slot = &mut bundles[lang.index()];
        if slot.is_none() {
            // A compiled-in file has no errors: tests/fluent_subset.rs sees to it.
            *slot = lang.language().words.map(|text| Rc::new(Resource::parse(text).0));
        }
        slot.clone()
    })
}

/// Loads a language's file (the page does this when a language is chosen), in place of what the
/// language had. An entry that cannot be read is skipped and the rest of the file is loaded all
/// the same (a typo in one text should not take a whole language from the person): the error then
/// lists the skipped entries by line (`line 12: expected '}'`), and those texts fall back to
/// English. A file with no text read at all, and a language code the helper does not speak,
/// load nothing.
pub fn load(code: &str, text: &str) -> Result<Lang, Vec<String>> {
    match load_skipping(code, text) {
        Ok((lang, skipped)) if skipped.is_empty() => Ok(lang),
        Ok((_, skipped)) => Err(skipped),
        Err(refused) => Err(refused),
    }
}

/// [`load`], telling a file loaded with some entries skipped (`Ok` with their lines) from one
/// refused whole (`Err`: nothing of it read, or a language the helper does not speak).
pub fn load_skipping(code: &str, text: &str) -> Result<(Lang, Vec<String>), Vec<String>> {
    let lang = Lang::parse(Some(code)).map_err(|e| vec![e.message(Lang::En)])?;
    let (resource, errors) = Resource::parse(text);
    // No text read at all (an empty file, an error page, another format): the language keeps
    // what it had.
    if resource.ids().is_empty() {
        return Err(if errors.is_empty() { vec!["no text".to_string()] } else { errors });
    }
    with_bundles(|bundles| bundles[lang.index()] = Some(Rc::new(resource)));
    Ok((lang, errors))
}

/// The English file's text ids, as [`fingerprint`] sums them up. Written here (a test checks it
/// against the English file and prints the new value when a text is added or removed), so that
/// the browser knows whether a language is complete without fetching English.
pub const ENGLISH_IDS: (usize, u64) = (1032, 14820175325219169650);

/// A sum of a language's text ids (not `.also`, each language's own): equal sums, equal ids.
pub fn fingerprint(lang: Lang) -> (usize, u64) {
    let ids: Vec<String> = message_ids(lang).into_iter().filter(|id| !id.ends_with(".also")).collect();
    // FNV-1a of each id, summed: the order of the file does not matter.
    let hash = |id: &str| id.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3));
    (ids.len(), ids.iter().fold(0u64, |sum, id| sum.wrapping_add(hash(id))))
}

/// Whether `lang` has every text English has: by the ids when English is loaded, else by their
/// [`ENGLISH_IDS`] sum. A language that is not complete needs English loaded as its fallback.
pub fn is_complete(lang: Lang) -> bool {
    if lang == Lang::En || is_loaded(Lang::En) {
        return is_loaded(lang) && missing_ids(lang).is_empty();
    }
    fingerprint(lang) == ENGLISH_IDS
}

/// Whether `lang` has its words: natively always (compiled in); in the browser once [`load`]ed.
pub fn is_loaded(lang: Lang) -> bool {
    bundle(lang).is_some()
}

/// The text `id` (`"message"` or `"message.attribute"`) in `lang`, placeholders filled from `args`.
/// Use the [`t!`](crate::t) macro rather than calling this.
pub fn tr(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    if let Some(text) = bundle(lang).and_then(|b| b.format(lang.code(), id, args)) {
        return text;
    }
    if lang != Lang::En {
        if let Some(text) = bundle(Lang::En).and_then(|b| b.format(Lang::En.code(), id, args)) {
            return text;
        }
    }
    id.to_string()
}

/// Every text id of a loaded language (`message` and `message.attribute`), in file order; an id
/// defined twice is listed twice (the first is the one used).
pub fn message_ids(lang: Lang) -> Vec<String> {
    bundle(lang).map(|b| b.ids()).unwrap_or_default()
}

/// The ids English has and `lang` lacks. Not `.also` (the other spellings people type for a
/// country): each language has its own or none.
pub fn missing_ids(lang: Lang) -> Vec<String> {
    let theirs: std::collections::HashSet<String> = message_ids(lang).into_iter().collect();
    message_ids(Lang::En).into_iter().filter(|id| !theirs.contains(id) && !id.ends_with(".also")).collect()
}

/// The placeholders a text of `lang` uses (`$name` without the `$`), sorted.
pub fn variables(lang: Lang, id: &str) -> Vec<String> {
    bundle(lang).map(|b| b.variables(id)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_english_ids_sum_is_the_english_files() {
        let now = fingerprint(Lang::En);
        assert_eq!(now, ENGLISH_IDS, "texts were added to or removed from en.ftl: set ENGLISH_IDS in src/i18n/words.rs to {now:?}");
        // What the browser relies on before English is loaded: a complete file has English's sum,
        // and a file without one of its texts does not.
        for lang in Lang::all() {
            assert_eq!(fingerprint(lang), ENGLISH_IDS, "{}", lang.code());
        }
        let english = Lang::En.language().words.unwrap();
        load("es", &english.replace("page-cancel = Cancel\n", "")).unwrap();
        assert_ne!(fingerprint(Lang::Es), ENGLISH_IDS);
        assert!(!is_complete(Lang::Es) && missing_ids(Lang::Es) == ["page-cancel"]);
        load("es", Lang::Es.language().words.unwrap()).unwrap();
        assert!(is_complete(Lang::Es));
    }
}
