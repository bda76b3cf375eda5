// What both pages share: the words around the helper, the language picker, loading the core and
// the language the page opens in (one file, fetched before the first view).
import init, { storedLanguage } from "./pkg/parole_helper.js";
import { browserLanguages, fetchEarly, FALLBACK, fill, knownLanguage, languageOf, LANGUAGE_FILES, likelyLanguage, listedLanguages, pickLanguage, TEXT, useLanguage, useLanguageOrEnglish } from "./i18n.js";

/** Words the page's own header and footer in `lang`, with `titleKey` as the document title; the
 *  page's language and direction follow. */
export function pageWords(lang, titleKey) {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  document.documentElement.dir = languageOf(lang).dir;
  document.title = t[titleKey];
  for (const node of document.querySelectorAll("header [data-t], footer [data-t], body > .skip")) node.textContent = t[node.dataset.t];
  const picker = document.querySelector("nav.langs");
  picker?.setAttribute("aria-label", t.languagesLabel);
  for (const button of document.querySelectorAll("[data-lang]")) button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  // The calculator opens in the same language.
  for (const link of document.querySelectorAll('a[href^="windows.html"]')) link.href = `windows.html?lang=${encodeURIComponent(lang)}`;
}

/** The language asked for in the address: `?lang=es`. */
export const urlLanguage = () => new URLSearchParams(location.search).get("lang");

/** Keeps `lang` in the address (a reload, a shared link), without reloading; `null` takes it out. */
export function keepInAddress(lang) {
  const url = new URL(location.href);
  if (lang) url.searchParams.set("lang", lang);
  else url.searchParams.delete("lang");
  history.replaceState(history.state, "", url);
}

/**
 * The language a page opens in: the address's (`?lang=`), else the one kept with the person's
 * consent, else the browser's if the helper speaks it, else English. `ignored` is a stored value
 * that is not a language of the helper (said, not used).
 */
export function openingLanguage() {
  const stored = storedLanguage();
  const asked = knownLanguage(urlLanguage(), { unlisted: true });
  return { lang: asked ?? pickLanguage(stored.lang, browserLanguages()), ignored: stored.ignored };
}

/** openingLanguage's likely answer, without the core: which file to fetch early. The stored
 *  language is a hint only, read without the core's rules (the key: src/drafts.rs LANG). */
function likelyOpeningLanguage() {
  let stored = null;
  try {
    stored = localStorage.getItem("parole-helper:lang");
  } catch {}
  return likelyLanguage(urlLanguage(), [LANGUAGE_FILES.includes(stored) ? stored : null, ...browserLanguages()]);
}

/** One button per language the picker offers, each named in itself. */
function fillPicker() {
  const nav = document.querySelector("nav.langs");
  if (!nav) return;
  const buttons = listedLanguages().map(({ code, name }) => {
    const button = document.createElement("button");
    Object.assign(button, { type: "button", lang: code, textContent: name });
    button.dataset.lang = code;
    return button;
  });
  nav.replaceChildren(...buttons.flatMap((b, i) => (i ? [" ", b] : [b])));
}

/** Says `text` in the page's notice (or hides it). */
function say(text) {
  const notice = document.getElementById("lang-notice");
  if (!notice) return;
  notice.textContent = text ?? "";
  notice.hidden = !text;
}

/** The box that says the helper cannot start (English when no language could be loaded). */
function cannotStart(text, error) {
  const box = document.getElementById("load-error");
  box.textContent = text;
  box.hidden = false;
  console.warn("parole-helper: could not start", error);
}

/**
 * Loads the core and the language `lang()` picks, then calls `mount(lang)` (which returns
 * something with setLanguage) and wires the picker; the likely language's file downloads with
 * the core. A language file that cannot be fetched is said, in the language the page has
 * (English), and the page opens in English; a core that cannot load, or no words at all, gets a
 * message instead of the form.
 */
export async function startPage({ titleKey, lang: pick, mount, onLanguage }) {
  performance.mark("parole-helper:wasm-start");
  fetchEarly(likelyOpeningLanguage());
  try {
    await init();
    performance.mark("parole-helper:wasm-ready");
  } catch (error) {
    return cannotStart(FALLBACK.loadError, error);
  }
  let lang, failed;
  try {
    ({ lang, failed } = await useLanguageOrEnglish(pick()));
  } catch (error) {
    return cannotStart(FALLBACK.noWords, error);
  }
  fillPicker();
  pageWords(lang, titleKey);
  performance.mark("parole-helper:mount-start");
  const helper = mount(lang);
  performance.mark("parole-helper:mounted");
  if (failed) say(fill(TEXT[lang].langFailed, { language: languageOf(failed).name }));

  let asked = 0; // the latest choice wins when files arrive out of order
  async function choose(code) {
    const ticket = ++asked;
    let words;
    try {
      words = await useLanguage(code);
    } catch (error) {
      // Nothing changes: the answers, the language and the step stay as they are.
      if (ticket === asked) say(fill(TEXT[lang].langFailed, { language: languageOf(code).name }));
      console.warn(`parole-helper: the words of "${code}" could not be loaded`, error);
      return;
    }
    if (ticket !== asked || !words) return;
    lang = code;
    say(null);
    helper.setLanguage(lang);
    pageWords(lang, titleKey);
    keepInAddress(lang);
    onLanguage?.(lang);
  }
  document.querySelector("nav.langs")?.addEventListener("click", (event) => {
    const button = event.target.closest("[data-lang]");
    if (button && button.dataset.lang !== lang) choose(button.dataset.lang);
  });
  // Printed pages carry their sources: open folded lists while printing.
  addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  keepForOffline();
  document.body.dataset.ready = "true";
  performance.mark("parole-helper:interactive");
}

/** Offline after one visit (sw.js keeps the helper's own files, the language files fetched
 *  among them, never an answer), and a word while the network is gone: the rules are those of the
 *  copy kept here. */
function keepForOffline() {
  navigator.serviceWorker?.register("sw.js").catch((error) => console.warn("parole-helper: works online only", error));
  const notice = document.getElementById("offline-notice");
  if (!notice) return;
  const say = () => (notice.hidden = navigator.onLine);
  addEventListener("online", say);
  addEventListener("offline", say);
  say();
}
