// Keeping the request on this device, for the request page: consent, autosave, another tab's
// changes, a draft that cannot be read. The core decides (consent, revisions, what cannot be read);
// this wires its answers to the banners and the buttons.
//
//   const storage = mountStorage(root, { helper, enabled: true, words, lang, onRestored: () => … });
//   storage.save();   // debounced; storage.restore(); storage.close()
import { debounce, download } from "./dom.js";
import { mountDraftBanners } from "./components/draft-banners.js";

// The draft keys in use on this page: a second element on one (no storage-key) is told, and
// stores nothing. (Two tabs: the core's revisions keep them apart.)
const claimed = new Set();

export function mountStorage(root, { helper, enabled: wanted, words, lang, onRestored, onConsent, beforeLeave }) {
  let declined = false;
  let closed = false;
  const cleanup = new AbortController();
  const key = wanted ? helper.draftKey() : null;
  const duplicate = key != null && claimed.has(key);
  const enabled = wanted && !duplicate;
  if (enabled) claimed.add(key);
  if (duplicate) console.warn(`parole-helper: "${key}" is in use: give each element a storage-key`);

  function saveNow() {
    if (closed || !enabled) return;
    banners.saved(helper.save(), words(), lang());
  }
  const save = debounce(saveNow, 300);

  function restore() {
    if (!enabled) return onRestored();
    const draft = helper.loadDraft();
    banners.unreadable(draft.status === "unreadable" ? draft.message : null, words());
    onRestored();
  }

  const banners = mountDraftBanners(root, {
    storage: enabled,
    duplicate,
    on: {
      consent() {
        if (!helper.giveConsent()) return banners.failed(words());
        showConsent();
        onConsent?.();
        saveNow();
        banners.focusStatus();
      },
      decline() {
        declined = true;
        showConsent();
      },
      withdraw() {
        helper.withdrawConsent();
        declined = true;
        banners.forget();
        showConsent();
        banners.say(words().withdrawn);
      },
      loadTheirs() {
        restore();
        banners.otherTab(false);
      },
      keepMine() {
        banners.saved(helper.keepMine(), words(), lang());
        banners.otherTab(false);
      },
      download: () => download(helper.rawDraft() ?? "", "parole-helper-saved-answers.json", "application/json"),
      discard() {
        helper.discardUnreadable();
        banners.unreadable(null, words());
        saveNow();
      },
    },
  });

  function showConsent() {
    banners.consent({ given: helper.consent(), declined, words: words(), lang: lang() });
  }

  // Closing or reloading loses answers this device does not keep: a pending save is made now, and
  // when nothing keeps them (no consent, storage="none", a failed save) the browser asks first.
  addEventListener(
    "beforeunload",
    (event) => {
      if (closed) return;
      beforeLeave?.(); // the last keystrokes, still waiting to be read
      if (Object.keys(helper.answers()).length === 0) return;
      if (enabled && helper.consent() && helper.save() === "saved") return;
      event.preventDefault();
      event.returnValue = ""; // older browsers ask only when this is set
    },
    { signal: cleanup.signal },
  );

  // Another tab saving the same draft: say so now (the core never lets one overwrite the other).
  if (enabled) {
    addEventListener("storage", (event) => event.key === helper.draftKey() && event.newValue != null && banners.otherTab(true), { signal: cleanup.signal });
  }

  return {
    save,
    restore,
    showConsent,
    bug: (shown) => banners.bug(shown),
    /** Everything was deleted: ask again, and forget what the banners said. */
    wiped() {
      declined = false;
      banners.forget();
      banners.unreadable(null, words());
      showConsent();
    },
    close() {
      closed = true;
      cleanup.abort();
      if (enabled) claimed.delete(key);
    },
  };
}
