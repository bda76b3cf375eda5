// <parole-helper>: the whole helper as one custom element, for partners' own websites.
//
//   <script type="module" src="/parole-helper/parole-helper.js"></script>
//   <parole-helper lang="es" mode="form"></parole-helper>
//
// Attributes: lang (en, es, uk: any language the helper lists; it opens in it and follows changes), mode (form | window), program (window mode: general, ukraine, …),
// today (YYYY-MM-DD, for demos and tests), storage="none" (never store a draft), storage-key (a name
// for this element's draft, when a page has several), share-data (put the answers in change events).
// Events (bubbling, composed): parole-helper:ready, parole-helper:change, parole-helper:window.
// Methods: getData(), setData(obj), validate(), pdf() (a Promise of the filled Form I-131's bytes;
// the PDF module loads only then). See docs/embedding.md.
//
// Its shadow root is closed and typing does not bubble out of it: a curtain against the page's
// other scripts, not a wall (docs/embedding.md §6).
//
// Everything it loads (wasm, scripts, helper.css, the language files in locales/) is found next to
// this file, so a partner copies one folder. Only the language shown is fetched. It adds no inline script or style, so it runs under a strict Content-Security-Policy.
import init, { Helper } from "./pkg/parole_helper.js";
import { element } from "./dom.js";
import { mountForm } from "./form-ui.js";
import { browserLanguages, fetchEarly, FALLBACK, fill, knownLanguage, languageOf, likelyLanguage, listedLanguages, pickLanguage, TEXT, useLanguage, useLanguageOrEnglish } from "./i18n.js";
import { mountWindow } from "./window-ui.js";

const VERSION = "0.1.0";
let core; // the wasm module, loaded once for every element on the page

function loadCore() {
  core ??= init({ module_or_path: new URL("./pkg/parole_helper_bg.wasm", import.meta.url) });
  return core;
}

// What carries typed or pasted text stops at the shadow root.
const PRIVATE_EVENTS = ["keydown", "keyup", "keypress", "beforeinput", "input", "compositionupdate", "compositionend", "paste", "copy", "cut", "drop"];

function pickLang(value) {
  return knownLanguage(value, { unlisted: true }) ?? pickLanguage(document.documentElement.lang, browserLanguages());
}

const likelyLang = (value) => likelyLanguage(value, [document.documentElement.lang, ...browserLanguages()]);

export class ParoleHelperElement extends HTMLElement {
  static observedAttributes = ["lang", "mode", "program", "today", "storage", "storage-key", "share-data"];

  #shadow;
  #body;
  #controller = null;
  #mounted = false;
  #lastWindow = null;
  #shown = null; // the language on screen
  #mounting = 0; // the latest mount wins when language files arrive out of order
  #switching = 0;

  connectedCallback() {
    // Once: an element moved or put back keeps its root, and mounts again.
    if (!this.#shadow) {
      this.#shadow = this.attachShadow({ mode: "closed" });
      for (const type of PRIVATE_EVENTS) this.#shadow.addEventListener(type, (event) => event.stopPropagation());
      const css = element("link", { rel: "stylesheet", href: new URL("./helper.css", import.meta.url).href });
      this.#body = element("div", { className: "helper-body", part: "body" });
      this.#shadow.append(css, this.#body);
    }
    if (!this.#mounted) fetchEarly(likelyLang(this.getAttribute("lang")));
    loadCore().then(
      () => this.isConnected && !this.#mounted && this.#mount(),
      (error) => {
        this.#body.replaceChildren(element("p", { className: "error", role: "alert", textContent: FALLBACK.loadError }));
        console.warn("parole-helper: the wasm module failed to load", error);
      },
    );
  }

  disconnectedCallback() {
    // Removed from the page: stop saving and listening, and let the answers go.
    this.#controller?.close?.();
    this.#controller = null;
    this.#mounted = false;
    this.#mounting++;
    this.#body.replaceChildren();
  }

  attributeChangedCallback(name, before, after) {
    if (!this.#mounted || before === after) return;
    if (name === "lang" && this.#controller) this.#setLanguage(pickLang(after));
    else if (name !== "share-data") this.#mount();
  }

  get #lang() {
    return pickLang(this.getAttribute("lang"));
  }

  get mode() {
    return this.getAttribute("mode") === "window" ? "window" : "form";
  }

  #emit(name, detail) {
    this.dispatchEvent(new CustomEvent(`parole-helper:${name}`, { detail, bubbles: true, composed: true }));
  }

  async #mount() {
    this.#controller?.close?.();
    this.#controller = null;
    this.#mounted = true;
    const ticket = ++this.#mounting;
    // The words first: the language asked for, else English, saying why.
    let lang, failed;
    try {
      ({ lang, failed } = await useLanguageOrEnglish(this.#lang));
    } catch (error) {
      if (ticket === this.#mounting) this.#body.replaceChildren(element("p", { className: "error", role: "alert", textContent: FALLBACK.noWords }));
      console.warn("parole-helper: no language could be loaded", error);
      return;
    }
    if (ticket !== this.#mounting || !this.isConnected) return;
    const today = this.getAttribute("today") || undefined;
    const t = TEXT[lang];
    const switcher = element(
      "nav",
      { className: "langs", "aria-label": t.languagesLabel, part: "language" },
      ...listedLanguages().flatMap(({ code, name }, i) => [i ? " " : null, element("button", { type: "button", lang: code, "data-lang": code, textContent: name })]),
    );
    const said = element("p", { className: "error", role: "status", "data-lang-notice": "", hidden: !failed, textContent: failed ? fill(t.langFailed, { language: languageOf(failed).name }) : "" });
    const notice = element("p", { className: "notice", "data-t": "notice", textContent: t.notice });
    const root = element("div", { className: "helper-root" });
    this.#body.replaceChildren(switcher, said, notice, root);
    this.#show(lang);
    for (const button of switcher.querySelectorAll("button")) {
      button.addEventListener("click", () => this.setAttribute("lang", button.dataset.lang));
    }
    this.#lastWindow = null;
    try {
      // The core reads `today` first: one it refuses is named, in the person's language.
      if (today) new Helper({ today, lang, storage: "none" }).free();
      this.#controller = this.#start(root, lang, today);
    } catch (error) {
      const reason = error?.field === "today" && fill(t.badAttribute, { name: "today", value: today.slice(0, 40), reason: error.message });
      root.replaceChildren(element("p", { className: "error", role: "alert", id: "ph-setting-error", textContent: reason || t.loadError }));
      console.warn("parole-helper: could not start", error);
      return;
    }
    this.#emit("ready", { version: VERSION, mode: this.mode, lang });
  }

  /** The element's language and direction, and which button is pressed. */
  #show(lang) {
    this.#shown = lang;
    this.#body.lang = lang;
    this.#body.dir = languageOf(lang).dir;
    for (const button of this.#body.querySelectorAll(":scope > .langs button")) button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
  }

  #start(root, lang, today) {
    if (this.mode === "window") {
      return mountWindow(root, {
        lang,
        today,
        program: this.getAttribute("program") || undefined,
        onWindow: (w) => this.#emit("window", w),
      });
    }
    return mountForm(root, {
      lang,
      today,
      storage: this.getAttribute("storage") === "none" ? "none" : "local",
      storageKey: this.getAttribute("storage-key") || undefined,
      onChange: (result) => this.#changed(result),
    });
  }

  #changed({ totals, window }) {
    const detail = {
      completion: { complete: totals.complete, sectionsComplete: totals.sectionsComplete, sectionsTotal: totals.sectionsTotal },
      errors: totals.errors,
      warnings: totals.warnings,
    };
    // Personal data leaves the element only when the partner asked for it.
    if (this.hasAttribute("share-data") && this.#controller) detail.data = this.#controller.getData();
    this.#emit("change", detail);
    const windowKey = JSON.stringify(window);
    if (window && windowKey !== this.#lastWindow) this.#emit("window", window);
    this.#lastWindow = windowKey;
  }

  async #setLanguage(lang) {
    const ticket = ++this.#switching;
    const said = this.#body.querySelector(":scope > [data-lang-notice]");
    try {
      await useLanguage(lang);
    } catch (error) {
      // Said in the language on screen; the answers and the language stay as they are.
      if (ticket === this.#switching && said) {
        said.textContent = fill(TEXT[this.#shown].langFailed, { language: languageOf(lang).name });
        said.hidden = false;
      }
      console.warn(`parole-helper: the words of "${lang}" could not be loaded`, error);
      return;
    }
    if (ticket !== this.#switching || !this.#controller) return;
    if (said) said.hidden = true;
    const t = TEXT[lang];
    for (const node of this.#body.querySelectorAll(":scope > [data-t]")) node.textContent = t[node.dataset.t];
    this.#body.querySelector(":scope > .langs")?.setAttribute("aria-label", t.languagesLabel);
    this.#controller.setLanguage(lang);
    this.#show(lang);
  }

  /** The answers: the request JSON (form mode) or `{ program, expires, eadExpires }` (window mode). */
  getData() {
    return this.#controller?.getData() ?? null;
  }

  /** Replaces the answers with `data` (same shape as getData()). */
  setData(data) {
    this.#controller?.setData(data);
  }

  /** The current report (form mode), or whether a window is shown (window mode). */
  validate() {
    return this.#controller?.validate() ?? null;
  }

  /** The official Form I-131 filled with the answers as they are now: a Promise of its bytes
   *  (a Uint8Array), or null outside the form mode. */
  pdf() {
    return this.#controller?.pdf?.() ?? null;
  }
}

if (!customElements.get("parole-helper")) customElements.define("parole-helper", ParoleHelperElement);
