// The page's own words: the labels around the results, which come worded from the core. They live
// in the language files with everything else (www/locales/<code>.ftl, ids page-<key>) and are
// rendered by the core, the one renderer: `words.key` is a text, or for a text with placeholders a
// function of their values (`fill(words.key, { time })` calls it). Languages are fetched one at a
// time, when chosen: `await useLanguage("es")`, then `TEXT.es` holds its words.
import { languages, loadLanguage, pageWords, text } from "./pkg/parole_helper.js";

/** The words of each language loaded so far, by code. */
export const TEXT = {};

/** What the page says when no language file could be loaded at all (the core or the network
 *  failed): English, the only words the page has then. `loadError` is page-loadError's text
 *  (tests/node/i18n.test.mjs keeps them equal). */
export const FALLBACK = {
  loadError: "The helper could not start. Please reload the page. If it keeps failing, your browser may be too old.",
  noWords: "The helper's words could not be loaded (no connection, or a file is missing). Please reload the page when you are online.",
};

/** A text with its placeholders filled: `words.key` is a function of them, or a plain text. */
export function fill(words, values) {
  return typeof words === "function" ? words(values) : String(words ?? "");
}

/** Every language the helper has, in the picker's order: `[{ code, name, dir, listed }]`. */
let all;
export function languageList() {
  return (all ??= languages());
}

/** The languages the picker offers (a test language opens only from the address). */
export const listedLanguages = () => languageList().filter((l) => l.listed);

/** The language `code` names ("es", "ES", "es-MX"), or null; unlisted ones only when asked for
 *  by name (`?lang=ar-XB`, `<parole-helper lang="ar-XB">`). */
export function knownLanguage(code, { unlisted = false } = {}) {
  return named(code, (unlisted ? languageList() : listedLanguages()).map((l) => l.code));
}

/** The one of `codes` that `code` names: the same code in any case, else its first part. */
function named(code, codes) {
  if (typeof code !== "string" || !code) return null;
  const lower = code.toLowerCase();
  return codes.find((c) => c.toLowerCase() === lower) ?? codes.find((c) => c.toLowerCase() === lower.split("-")[0]) ?? null;
}

/** `{ code, name, dir }` of a language. */
export function languageOf(code) {
  return languageList().find((l) => l.code === code) ?? { code, name: code, dir: "ltr" };
}

/** The first of `codes` the picker offers (each may be null, "es-MX"...), else English. */
export function pickLanguage(...codes) {
  for (const code of codes.flat()) {
    const known = knownLanguage(code);
    if (known) return known;
  }
  return "en";
}

/** The browser's languages, in the person's order. */
export const browserLanguages = () => (navigator.languages?.length ? navigator.languages : [navigator.language]);

/** The language files there are, known before the core is: only to guess which one to fetch
 *  early. Written by make build from src/i18n/locales, so a new language's file is the list. */
export { LANGUAGE_FILES } from "./locales/index.js";
import { LANGUAGE_FILES } from "./locales/index.js";

/** The language a page most likely opens in, matched as pickLanguage does: `asked` (null when
 *  not listed), else the first of `codes`, else English. */
export function likelyLanguage(asked, codes) {
  if (asked) return named(asked, LANGUAGE_FILES);
  return codes.map((c) => named(c, LANGUAGE_FILES)).find(Boolean) ?? "en";
}

/** Puts a language file's text into the core and makes its words: TEXT[code]. Throws a coded
 *  error (lang.unreadable) for a file that cannot be read. */
export function addLanguage(code, fileText) {
  const loaded = loadLanguage(code, fileText);
  return { loaded, words: (TEXT[code] = wordsOf(code)) };
}

function wordsOf(code) {
  const made = pageWords(code);
  const wrap = (key, value) => {
    if (!Array.isArray(value)) return value;
    // A text with placeholders: a function of their values, which also reads as the text itself.
    const words = (values = {}) => text(code, `page-${key}`, values);
    words.toString = () => words();
    return words;
  };
  for (const [key, value] of Object.entries(made)) {
    made[key] = value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, wrap(`${key}.${k}`, v)]))
      : wrap(key, value);
  }
  return made;
}

const pending = new Map();
const LOCALES = new URL("./locales/", import.meta.url);

/**
 * Loads language `code` once (its file, and English's when that file lacks texts): resolves to
 * TEXT[code]. Rejects when the file cannot be fetched (offline, missing) or read; nothing changes
 * then. `base` is the folder of the files (locales/ next to this module).
 */
export function useLanguage(code, base = LOCALES) {
  if (TEXT[code]) return Promise.resolve(TEXT[code]);
  if (!pending.has(code)) pending.set(code, fetchLanguage(code, base).finally(() => pending.delete(code)));
  return pending.get(code);
}

/**
 * Loads `code`, else English: resolves to `{ lang, failed }` (`failed` the code that could not be
 * loaded, or null). Rejects only when English cannot be loaded either.
 */
export async function useLanguageOrEnglish(code) {
  try {
    await useLanguage(code);
    return { lang: code, failed: null };
  } catch (error) {
    console.warn(`parole-helper: the words of "${code}" could not be loaded`, error);
    await useLanguage("en");
    return { lang: "en", failed: code };
  }
}

const early = new Map();

/** Starts fetching `code`'s file while the core loads; the first useLanguage(code) takes it (one
 *  that failed before is forgotten, and fetched afresh). */
export function fetchEarly(code) {
  if (!code || TEXT[code] || pending.has(code) || early.has(code)) return;
  const text = download(new URL(`${code}.ftl`, LOCALES), code);
  early.set(code, text);
  text.catch(() => early.get(code) === text && early.delete(code));
}

async function download(url, code) {
  const response = await fetch(url);
  if (!response.ok) throw Object.assign(new Error(`locales/${code}.ftl: HTTP ${response.status}`), { code: "lang.unavailable" });
  return response.text();
}

async function fetchLanguage(code, base) {
  const fetched = (base === LOCALES && early.get(code)) || download(new URL(`${code}.ftl`, base), code);
  early.delete(code);
  const { loaded } = addLanguage(code, await fetched);
  if (!loaded.complete && code !== "en") {
    // Texts the file lacks are said in English: load it, then make this language's words again.
    try {
      await useLanguage("en", base);
      TEXT[code] = wordsOf(code);
    } catch (error) {
      console.warn(`parole-helper: locales/${code}.ftl lacks texts and English could not be loaded`, error);
    }
  }
  return TEXT[code];
}
