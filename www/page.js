// What both pages share: the words around the helper, the language buttons, loading the core.
import init from "./pkg/parole_helper.js";
import { TEXT } from "./i18n.js";

/** Words the page's own header and footer in `lang`, with `titleKey` as the document title. */
export function pageWords(lang, titleKey) {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = t[titleKey];
  for (const node of document.querySelectorAll("header [data-t], footer [data-t], body > .skip")) node.textContent = t[node.dataset.t];
  for (const button of document.querySelectorAll("[data-lang]")) button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
}

/**
 * Loads the core, then calls `mount(lang)` (which returns something with setLanguage) and wires the
 * language buttons; a core that cannot load gets a message in both languages. `lang` is a language
 * or a function that picks one once the core is there.
 */
export async function startPage({ titleKey, lang: pick, mount, onLanguage }) {
  performance.mark("parole-helper:wasm-start");
  try {
    await init();
    performance.mark("parole-helper:wasm-ready");
  } catch (error) {
    const box = document.getElementById("load-error");
    box.textContent = `${TEXT.en.loadError} / ${TEXT.es.loadError}`;
    box.hidden = false;
    console.warn("wasm failed to load", error);
    return;
  }
  const lang = typeof pick === "function" ? pick() : pick;
  pageWords(lang, titleKey);
  performance.mark("parole-helper:mount-start");
  const helper = mount(lang);
  performance.mark("parole-helper:mounted");
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => {
      pageWords(button.dataset.lang, titleKey);
      helper.setLanguage(button.dataset.lang);
      onLanguage?.(button.dataset.lang);
    });
  }
  // Printed pages carry their sources: open folded lists while printing.
  addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  keepForOffline();
  document.body.dataset.ready = "true";
  performance.mark("parole-helper:interactive");
}

/** The browser's language, as one of ours. */
export function browserLang() {
  return (navigator.language || "en").toLowerCase().startsWith("es") ? "es" : "en";
}

/** Offline after one visit (sw.js keeps the helper's own files, never an answer), and a word
 *  while the network is gone: the rules are those of the copy kept here. */
function keepForOffline() {
  navigator.serviceWorker?.register("sw.js").catch((error) => console.warn("parole-helper: works online only", error));
  const notice = document.getElementById("offline-notice");
  if (!notice) return;
  const say = () => (notice.hidden = navigator.onLine);
  addEventListener("online", say);
  addEventListener("offline", say);
  say();
}
