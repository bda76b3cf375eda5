// What the page says about keeping answers on this device: the question whether to keep them,
// the last save, another tab's changes, a saved draft that cannot be read, and a fault.
// The core decides (consent, revisions, what cannot be read); this shows it and passes clicks on.
//
//   const banners = mountDraftBanners(root, { storage: true, on: { consent, decline, withdraw, loadTheirs, keepMine, download, discard } });
//   banners.saved("saved" | "no-consent" | …, words, lang);
import { element } from "../dom.js";
import { fill } from "../i18n.js";

const button = (id, key, onClick) => {
  const node = element("button", { type: "button", id, "data-t": key });
  node.addEventListener("click", onClick);
  return node;
};

export function mountDraftBanners(root, { storage, duplicate = false, on }) {
  const consent = storage
    ? element(
        "div",
        { id: "pf-consent", className: "consent", role: "region", "aria-labelledby": "pf-consent-title", hidden: true },
        element("h2", { id: "pf-consent-title", "data-t": "consentTitle" }),
        element("p", { "data-t": "consentText" }),
        button("pf-consent-yes", "consentYes", on.consent),
        " ",
        button("pf-consent-no", "consentNo", on.decline),
      )
    : null;
  const status = element("p", { id: "pf-save-status", className: "hint" });
  // The choice stays open: a "no" can become a yes later, and a yes can be taken back.
  const later = storage ? button("pf-consent-later", "consentLater", on.consent) : null;
  const stop = storage ? button("pf-consent-stop", "consentStop", on.withdraw) : null;
  const choice = storage ? element("p", { className: "consent-choice" }, later, stop) : null;
  const otherTab = element(
    "div",
    { id: "pf-other-tab", className: "error-box", role: "alert", hidden: true },
    element("p", { "data-t": "otherTab" }),
    button("pf-other-tab-load", "otherTabLoad", on.loadTheirs),
    " ",
    button("pf-other-tab-keep", "otherTabKeep", on.keepMine),
  );
  const bug = element("p", { id: "pf-bug", className: "error", role: "alert", hidden: true, "data-t": "bugNotice" });
  // Another helper on this page keeps its draft under the same key: this one stores nothing.
  const twin = duplicate ? element("p", { id: "pf-duplicate", className: "error", role: "alert", "data-t": "duplicateDraft" }) : null;
  // storage="none": said plainly, once, before the first question.
  const none = !storage && !duplicate ? element("p", { id: "pf-no-storage", className: "notice", "data-t": "noStorage" }) : null;
  const restoreText = element("p", { id: "pf-restore-text" });
  const restore = element(
    "div",
    { id: "pf-restore", className: "error-box", role: "alert", hidden: true },
    restoreText,
    button("pf-restore-download", "downloadSaved", on.download),
    " ",
    button("pf-restore-discard", "discardSaved", on.discard),
  );
  root.replaceChildren(element("div", { className: "form-tools" }, twin, none, consent, status, choice, otherTab, bug, restore));
  let attempts = 0;
  let last = null; // the last save's outcome and time, worded again when the language changes

  function showSaved(words, lang) {
    const time = last.at.toLocaleTimeString(lang, { hour: "2-digit", minute: "2-digit" });
    status.textContent = last.ok ? fill(words.saved, { time }) : words.saveFailed;
    status.className = last.ok ? "hint" : "error";
    status.setAttribute("role", last.ok ? "status" : "alert");
  }

  return {
    /** Shows whether to ask for consent, and what not saving means (or the last save, reworded). */
    consent({ given, declined, words, lang }) {
      if (!consent) return;
      consent.hidden = given || declined;
      later.hidden = given || !declined;
      stop.hidden = !given;
      if (!given) status.textContent = words.notSaved;
      else if (last) showSaved(words, lang);
    },
    /**
     * What the last autosave did. Also on the status line as `data-attempt` and `data-outcome`:
     * tests wait for it instead of sleeping, and it says why nothing was written.
     */
    saved(outcome, words, lang) {
      status.dataset.attempt = String(++attempts);
      status.dataset.outcome = outcome;
      if (outcome === "other-tab") otherTab.hidden = false;
      if (outcome !== "saved" && outcome !== "full" && outcome !== "unavailable") return;
      last = { ok: outcome === "saved", at: new Date() };
      showSaved(words, lang);
    },
    failed(words) {
      status.textContent = words.saveFailed;
    },
    /** A sentence on the status line (read out: it is a live region). */
    say(text) {
      status.setAttribute("role", "status");
      status.textContent = text;
    },
    otherTab(shown) {
      otherTab.hidden = !shown;
    },
    /** Forgets the last save (everything was deleted). */
    forget() {
      last = null;
    },
    unreadable(message, words) {
      restore.hidden = message == null;
      if (message != null) restoreText.textContent = fill(words.restoreFailed, { reason: message });
    },
    bug(shown) {
      bug.hidden = !shown;
    },
    focusStatus() {
      status.tabIndex = -1;
      status.focus();
    },
  };
}
