//! Drafts kept on this device only, and only after the person says yes, through a [`Store`]: the
//! browser's `localStorage` in the page (the wasm adapter), a map in tests. Everything stored has
//! the `parole-helper:` prefix, so deleting "my data" removes all of it.
//!
//! ```
//! use parole_helper::drafts::{Drafts, Loaded, MemoryStore, Saved};
//! use parole_helper::family::Household;
//!
//! let mut store = MemoryStore::default();
//! let mut tab_a = Drafts::new(None);
//! let form = Household::default(); // one request, or a family's
//! assert_eq!(tab_a.save(&mut store, &form), Saved::NoConsent); // nothing before a yes
//! Drafts::give_consent(&mut store).unwrap();
//! assert_eq!(tab_a.save(&mut store, &form), Saved::Saved);
//!
//! // A second tab reads the draft; when the first saves again, the second never writes over it.
//! let mut tab_b = Drafts::new(None);
//! assert!(matches!(tab_b.load(&store), Loaded::Draft { .. }));
//! tab_a.save(&mut store, &form);
//! assert_eq!(tab_b.save(&mut store, &form), Saved::OtherTab);
//! ```
//!
//! A draft is stored as `{"revision":N,"form":{...}}`, the form a request or, for a family, a
//! family file (read, and migrated, as an import is). A tab writes only over the revision it
//! last read or wrote: a write never replaces a draft it did not read. A stored draft that cannot
//! be read (corrupt, or from a newer version) is kept as it is, and saving stays off until the
//! person downloads or deletes it.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::family::Household;
use crate::form::{FormError, ParoleRequest};
use crate::i18n::Lang;

/// What every stored key starts with.
pub const PREFIX: &str = "parole-helper:";
const CONSENT: &str = "parole-helper:consent";
const LANG: &str = "parole-helper:lang";

/// Why a store could not be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreError {
    /// The browser does not let this page store anything (private mode, settings).
    Unavailable,
    /// The store is full.
    Full,
}

/// Where drafts are kept: text values under text keys.
pub trait Store {
    /// The value under `key`, if any.
    fn get(&self, key: &str) -> Result<Option<String>, StoreError>;
    /// Writes `value` under `key`.
    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError>;
    /// Removes `key`.
    fn remove(&mut self, key: &str) -> Result<(), StoreError>;
    /// Every key.
    fn keys(&self) -> Result<Vec<String>, StoreError>;
}

/// A store in memory, for tests and for pages that store nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MemoryStore {
    /// What is stored.
    pub values: BTreeMap<String, String>,
    /// Fail every write as a full store would.
    pub full: bool,
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self.values.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        if self.full {
            return Err(StoreError::Full);
        }
        self.values.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StoreError> {
        self.values.remove(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StoreError> {
        Ok(self.values.keys().cloned().collect())
    }
}

/// What a stored draft turned out to be.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Loaded {
    /// No draft (or no consent).
    Nothing,
    /// A draft, brought up to the current model.
    Draft {
        /// Its answers (the first person's, in a family).
        form: ParoleRequest,
        /// Each other person's own answers, in a family.
        others: Vec<ParoleRequest>,
        /// The older model version it was migrated from, if any.
        migrated_from: Option<u32>,
    },
    /// A draft that cannot be read: kept as it is, and saving is off until the person decides.
    Unreadable(FormError),
    /// The store cannot be used.
    Failed(StoreError),
}

/// What a save did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Saved {
    /// Written.
    Saved,
    /// The person has not said yes to storage: nothing written.
    NoConsent,
    /// An unreadable draft is kept: nothing written over it.
    KeptUnreadable,
    /// Another tab saved a draft this one did not read: nothing written over it.
    OtherTab,
    /// The store refused.
    Failed(StoreError),
}

impl Saved {
    /// The stable name of the outcome, for the page and its tests.
    pub fn id(self) -> &'static str {
        match self {
            Saved::Saved => "saved",
            Saved::NoConsent => "no-consent",
            Saved::KeptUnreadable => "kept-unreadable-draft",
            Saved::OtherTab => "other-tab",
            Saved::Failed(StoreError::Full) => "full",
            Saved::Failed(StoreError::Unavailable) => "unavailable",
        }
    }
}

/// The draft of one helper on a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drafts {
    key: String,
    /// The revision this helper last read or wrote (`None`: none yet).
    revision: Option<u64>,
    /// An unreadable draft was found: it is not written over.
    keep_unreadable: bool,
}

/// A stored draft: its revision and its form, still as JSON.
fn parse(text: &str) -> Result<(u64, Value), FormError> {
    let value: Value = serde_json::from_str(text).map_err(|e| FormError::NotJson { line: e.line(), column: e.column() })?;
    match value {
        Value::Object(mut map) if map.contains_key("revision") && map.contains_key("form") => {
            let revision = map.get("revision").and_then(Value::as_u64).ok_or(FormError::WrongType { path: "revision".into() })?;
            Ok((revision, map.remove("form").unwrap_or(Value::Null)))
        }
        // A draft saved before revisions were kept is the form itself.
        other => Ok((0, other)),
    }
}

impl Drafts {
    /// The draft of the helper named `instance` (several on one page need different names), or
    /// of the only helper.
    pub fn new(instance: Option<&str>) -> Drafts {
        let key = match instance.map(str::trim).filter(|i| !i.is_empty()) {
            // Only letters, digits, '-' and '_' in a key: anything else becomes '_'.
            Some(name) => format!(
                "{PREFIX}draft:{}",
                name.chars().take(64).map(|c| if c.is_ascii_alphanumeric() || c == '-' || c == '_' { c } else { '_' }).collect::<String>()
            ),
            None => format!("{PREFIX}draft"),
        };
        Drafts { key, revision: None, keep_unreadable: false }
    }

    /// The key of this draft in the store.
    pub fn key(&self) -> &str {
        &self.key
    }

    /// Whether the person said yes to keeping answers on this device.
    pub fn consent(store: &impl Store) -> bool {
        store.get(CONSENT).ok().flatten().as_deref() == Some("yes")
    }

    /// Records the yes.
    pub fn give_consent(store: &mut impl Store) -> Result<(), StoreError> {
        store.set(CONSENT, "yes")
    }

    /// Reads the stored draft, and remembers its revision (a later save writes over it only if it
    /// is still the one stored).
    pub fn load(&mut self, store: &impl Store) -> Loaded {
        if !Drafts::consent(store) {
            return Loaded::Nothing;
        }
        let text = match store.get(&self.key) {
            Ok(Some(text)) => text,
            Ok(None) => return Loaded::Nothing,
            Err(e) => return Loaded::Failed(e),
        };
        match parse(&text).and_then(|(revision, form)| Household::from_value(form).map(|read| (revision, read))) {
            Ok((revision, (home, migrated_from))) => {
                self.revision = Some(revision);
                self.keep_unreadable = false;
                Loaded::Draft { form: home.first, others: home.others, migrated_from }
            }
            Err(error) => {
                self.keep_unreadable = true;
                Loaded::Unreadable(error)
            }
        }
    }

    /// Saves `form`, unless the person has not said yes, an unreadable draft is kept, or another
    /// tab saved a draft this one did not read.
    pub fn save(&mut self, store: &mut impl Store, form: &Household) -> Saved {
        if !Drafts::consent(store) {
            return Saved::NoConsent;
        }
        if self.keep_unreadable {
            return Saved::KeptUnreadable;
        }
        let stored = match store.get(&self.key) {
            Ok(text) => text.map(|t| parse(&t).map(|(revision, _)| revision).ok()),
            Err(e) => return Saved::Failed(e),
        };
        // What is stored must be what this tab last read or wrote (nothing, for a new draft).
        let stored_revision = match stored {
            None => None,
            Some(Some(revision)) => Some(revision),
            Some(None) => return Saved::KeptUnreadable,
        };
        if stored_revision != self.revision {
            return Saved::OtherTab;
        }
        let revision = self.revision.map_or(1, |r| r + 1);
        let text = format!(r#"{{"revision":{revision},"form":{}}}"#, form.to_json());
        match store.set(&self.key, &text) {
            Ok(()) => {
                self.revision = Some(revision);
                Saved::Saved
            }
            Err(e) => Saved::Failed(e),
        }
    }

    /// The person keeps this tab's answers over another tab's: saved over it.
    pub fn keep_mine(&mut self, store: &mut impl Store, form: &Household) -> Saved {
        self.revision = match store.get(&self.key) {
            Ok(Some(text)) => parse(&text).ok().map(|(revision, _)| revision),
            _ => None,
        };
        self.save(store, form)
    }

    /// The person lets an unreadable draft go (after downloading or deleting it): saving resumes,
    /// over it.
    pub fn discard_unreadable(&mut self, store: &impl Store) {
        self.keep_unreadable = false;
        self.revision = match store.get(&self.key) {
            Ok(Some(text)) => Some(parse(&text).map(|(revision, _)| revision).unwrap_or(0)),
            _ => None,
        };
    }

    /// The stored draft's text, as it is (to download an unreadable one).
    pub fn raw(&self, store: &impl Store) -> Option<String> {
        store.get(&self.key).ok().flatten()
    }

    /// Removes everything the helper stored (every draft, the consent, the language).
    pub fn wipe(&mut self, store: &mut impl Store) -> Result<(), StoreError> {
        for key in store.keys()?.into_iter().filter(|k| k.starts_with(PREFIX)) {
            store.remove(&key)?;
        }
        self.revision = None;
        self.keep_unreadable = false;
        Ok(())
    }

    /// The language the person chose, if they said yes to storage and it is one the helper
    /// speaks. `Err` holds a stored value that is not one (ignored, and to be told).
    pub fn language(store: &impl Store) -> Result<Option<Lang>, String> {
        if !Drafts::consent(store) {
            return Ok(None);
        }
        match store.get(LANG).ok().flatten() {
            None => Ok(None),
            Some(code) => Lang::all().find(|l| l.code() == code).map(Some).ok_or(code),
        }
    }

    /// Remembers the language, once the person said yes to storage.
    pub fn save_language(store: &mut impl Store, lang: Lang) -> Result<(), StoreError> {
        if Drafts::consent(store) {
            store.set(LANG, lang.code())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(name: &str) -> Household {
        let mut form = ParoleRequest::default();
        form.filer.name.family_name = Some(name.into());
        form.into()
    }

    fn consented() -> MemoryStore {
        let mut store = MemoryStore::default();
        Drafts::give_consent(&mut store).unwrap();
        store
    }

    #[test]
    fn nothing_is_stored_before_consent_and_everything_goes_on_wipe() {
        let mut store = MemoryStore::default();
        let mut d = Drafts::new(None);
        assert_eq!(d.save(&mut store, &form("Luna")), Saved::NoConsent);
        assert!(store.values.is_empty());
        Drafts::give_consent(&mut store).unwrap();
        assert_eq!(d.save(&mut store, &form("Luna")), Saved::Saved);
        Drafts::save_language(&mut store, Lang::Es).unwrap();
        store.values.insert("someone-else".into(), "theirs".into());
        d.wipe(&mut store).unwrap();
        assert_eq!(store.values.keys().collect::<Vec<_>>(), ["someone-else"], "only the helper's keys go");
        assert_eq!(d.save(&mut store, &form("Luna")), Saved::NoConsent);
    }

    #[test]
    fn a_draft_reads_back_and_revisions_count() {
        let mut store = consented();
        let mut d = Drafts::new(None);
        d.save(&mut store, &form("Luna"));
        d.save(&mut store, &form("Luna Ortega"));
        assert!(store.values["parole-helper:draft"].starts_with(r#"{"revision":2,"form":"#));
        let mut other = Drafts::new(None);
        assert_eq!(other.load(&store), Loaded::Draft { form: form("Luna Ortega").first, others: vec![], migrated_from: None });
    }

    #[test]
    fn a_write_never_replaces_a_draft_it_did_not_read() {
        let mut store = consented();
        let (mut a, mut b) = (Drafts::new(None), Drafts::new(None));
        a.save(&mut store, &form("Alice"));
        // B never read A's draft: it does not write over it.
        assert_eq!(b.save(&mut store, &form("Bob")), Saved::OtherTab);
        assert!(store.values["parole-helper:draft"].contains("Alice"));
        // B reads it, then both save: the second writer is told.
        b.load(&store);
        assert_eq!(b.save(&mut store, &form("Bob")), Saved::Saved);
        assert_eq!(a.save(&mut store, &form("Alice")), Saved::OtherTab);
        // A chooses to keep its own answers.
        assert_eq!(a.keep_mine(&mut store, &form("Alice")), Saved::Saved);
        assert!(store.values["parole-helper:draft"].contains("Alice"));
    }

    #[test]
    fn two_helpers_on_one_page_have_their_own_drafts() {
        let mut store = consented();
        let (mut a, mut b) = (Drafts::new(Some("mother")), Drafts::new(Some("child form")));
        assert_eq!(a.save(&mut store, &form("Alice")), Saved::Saved);
        assert_eq!(b.save(&mut store, &form("Bob")), Saved::Saved);
        assert!(store.values["parole-helper:draft:mother"].contains("Alice"));
        assert!(store.values["parole-helper:draft:child_form"].contains("Bob"));
        assert_eq!(Drafts::new(Some("  ")).key(), "parole-helper:draft");
    }

    #[test]
    fn an_unreadable_draft_is_kept_until_the_person_decides() {
        let mut store = consented();
        store.values.insert("parole-helper:draft".into(), r#"{"schemaVersion": 9}"#.into());
        let mut d = Drafts::new(None);
        assert_eq!(d.load(&store), Loaded::Unreadable(FormError::NewerVersion { version: 9 }));
        assert_eq!(d.save(&mut store, &form("Nueva")), Saved::KeptUnreadable);
        assert_eq!(d.raw(&store).as_deref(), Some(r#"{"schemaVersion": 9}"#));
        d.discard_unreadable(&store);
        assert_eq!(d.save(&mut store, &form("Nueva")), Saved::Saved);
        // Not JSON at all, found only at save time (written by something else meanwhile).
        store.values.insert("parole-helper:draft".into(), "{broken".into());
        assert_eq!(d.save(&mut store, &form("Nueva")), Saved::KeptUnreadable);
    }

    #[test]
    fn a_draft_saved_before_revisions_still_reads() {
        let mut store = consented();
        store.values.insert("parole-helper:draft".into(), r#"{"schemaVersion":2,"application":{"program":"none"}}"#.into());
        let mut d = Drafts::new(None);
        let Loaded::Draft { form, migrated_from, .. } = d.load(&store) else { panic!("not read") };
        assert_eq!((form.application.program, migrated_from), (Some(crate::program::Program::General), Some(2)));
        assert_eq!(d.save(&mut store, &form.into()), Saved::Saved, "it counts as revision 0, read");
    }

    #[test]
    fn a_familys_draft_reads_back_and_migrates() {
        let mut store = consented();
        let mut d = Drafts::new(None);
        let mut family = form("Luna Ortega");
        family.add();
        family.others[0].beneficiary.name.given_name = Some("Sofía".into());
        assert_eq!(d.save(&mut store, &family), Saved::Saved);
        assert!(store.values["parole-helper:draft"].contains(r#""family":"#));
        assert_eq!(Drafts::new(None).load(&store), Loaded::Draft { form: family.first, others: family.others, migrated_from: None });
        // A family saved by an older version comes up to date, as a request does.
        let old = r#"{"revision":4,"form":{"schemaVersion":2,"family":{"shared":{"application":{"program":"none"}},"people":[{},{"application":{"onBehalfOfSomeoneElse":true}}]}}}"#;
        store.values.insert("parole-helper:draft".into(), old.into());
        let Loaded::Draft { form, others, migrated_from } = Drafts::new(None).load(&store) else { panic!("not read") };
        assert_eq!((form.application.program, others.len(), migrated_from), (Some(crate::program::Program::General), 1, Some(2)));
    }

    #[test]
    fn a_full_store_is_reported() {
        let mut store = consented();
        store.full = true;
        assert_eq!(Drafts::new(None).save(&mut store, &form("Luna")), Saved::Failed(StoreError::Full));
        assert_eq!(Saved::Failed(StoreError::Full).id(), "full");
    }

    #[test]
    fn only_a_language_the_helper_speaks_is_taken_from_storage() {
        let mut store = consented();
        assert_eq!(Drafts::language(&store), Ok(None));
        for (stored, expected) in [("es", Ok(Some(Lang::Es))), ("en", Ok(Some(Lang::En))), ("fr", Err("fr".to_string())), ("ES", Err("ES".into())), ("", Err("".into())), ("__proto__", Err("__proto__".into()))] {
            store.values.insert("parole-helper:lang".into(), stored.into());
            assert_eq!(Drafts::language(&store), expected, "{stored:?}");
        }
        let mut no = MemoryStore::default();
        no.values.insert("parole-helper:lang".into(), "es".into());
        assert_eq!(Drafts::language(&no), Ok(None), "without consent nothing stored is used");
    }
}
