// Drafts kept in this browser only, and only after the person says yes. Everything the helper
// stores has the "parole-helper:" prefix, so "Delete my data" can remove all of it.
//
// A saved draft that cannot be read (corrupt, or saved by a newer version) is reported and kept
// as it is: autosave stays off until the person downloads or deletes it.

const PREFIX = "parole-helper:";
const CONSENT = `${PREFIX}consent`;
const DRAFT = `${PREFIX}draft`;
/** The storage key of the draft, to notice other tabs saving it. */
export const DRAFT_KEY = DRAFT;
const LANG = `${PREFIX}lang`;

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null; // storage disabled by the browser
  }
}

export function hasConsent() {
  try {
    return storage()?.getItem(CONSENT) === "yes";
  } catch {
    return false;
  }
}

/** Records consent. Returns false if this browser cannot store anything. */
export function giveConsent() {
  try {
    storage().setItem(CONSENT, "yes");
    return true;
  } catch {
    return false;
  }
}

/** The saved draft's text, or null. */
export function savedDraft() {
  try {
    return hasConsent() ? storage().getItem(DRAFT) : null;
  } catch {
    return null;
  }
}

/** Saves `form` (an object). Returns true when it was written. */
export function saveDraft(form) {
  if (!hasConsent()) return false;
  try {
    storage().setItem(DRAFT, JSON.stringify(form));
    return true;
  } catch {
    return false; // quota exceeded or storage blocked
  }
}

/** Remembers the chosen language, only once the person agreed to storage. */
export function saveLanguage(lang) {
  if (!hasConsent()) return;
  try {
    storage().setItem(LANG, lang);
  } catch {
    // not remembered: the page still works
  }
}

/** The remembered language, or null. */
export function savedLanguage() {
  try {
    return hasConsent() ? storage().getItem(LANG) : null;
  } catch {
    return null;
  }
}

/** Removes everything the helper stored in this browser. */
export function wipe() {
  for (const store of [storage(), safeSession()]) {
    if (!store) continue;
    try {
      for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) store.removeItem(key);
    } catch {
      // nothing stored, nothing to remove
    }
  }
}

/** Everything the helper has stored, as { key: value } (for tests and the privacy check). */
export function stored() {
  const out = {};
  const store = storage();
  if (!store) return out;
  for (const key of Object.keys(store)) if (key.startsWith(PREFIX)) out[key] = store.getItem(key);
  return out;
}

function safeSession() {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
