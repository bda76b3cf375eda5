// The request page: loads the core, mounts the form, and switches language without losing input.
import init from "./pkg/parole_helper.js";
import { savedLanguage, saveLanguage } from "./drafts.js";
import { mountForm } from "./form-ui.js";
import { TEXT } from "./i18n.js";

function pageWords(lang) {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = t.formPageTitle;
  for (const node of document.querySelectorAll("header [data-t], footer [data-t], body > .skip")) node.textContent = t[node.dataset.t];
  for (const button of document.querySelectorAll("[data-lang]")) button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
}

async function start() {
  const main = document.getElementById("helper");
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
  const browser = (navigator.language || "en").toLowerCase().startsWith("es") ? "es" : "en";
  const lang = savedLanguage() ?? browser;
  pageWords(lang);
  performance.mark("parole-helper:mount-start");
  const form = mountForm(main, { lang, storage: "local", onConsent: () => saveLanguage(document.documentElement.lang) });
  performance.mark("parole-helper:mounted");
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => {
      pageWords(button.dataset.lang);
      form.setLanguage(button.dataset.lang);
      saveLanguage(button.dataset.lang);
    });
  }
  // Printed reviews carry their sources: open folded lists while printing.
  addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  document.body.dataset.ready = "true";
  performance.mark("parole-helper:interactive");
}

start();
