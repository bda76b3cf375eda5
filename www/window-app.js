// The renewal date calculator page: loads the core and mounts the calculator.
import init from "./pkg/parole_helper.js";
import { TEXT } from "./i18n.js";
import { mountWindow } from "./window-ui.js";

function pageWords(lang) {
  const t = TEXT[lang];
  document.documentElement.lang = lang;
  document.title = t.pageTitle;
  for (const node of document.querySelectorAll("header [data-t], footer [data-t], body > .skip")) node.textContent = t[node.dataset.t];
  for (const button of document.querySelectorAll("[data-lang]")) button.setAttribute("aria-pressed", String(button.dataset.lang === lang));
}

async function start() {
  try {
    await init();
  } catch (error) {
    const box = document.getElementById("load-error");
    box.textContent = `${TEXT.en.loadError} / ${TEXT.es.loadError}`;
    box.hidden = false;
    console.warn("wasm failed to load", error);
    return;
  }
  const lang = (navigator.language || "en").toLowerCase().startsWith("es") ? "es" : "en";
  pageWords(lang);
  const calculator = mountWindow(document.getElementById("helper"), { lang });
  for (const button of document.querySelectorAll("[data-lang]")) {
    button.addEventListener("click", () => {
      pageWords(button.dataset.lang);
      calculator.setLanguage(button.dataset.lang);
    });
  }
  // Printed dates should carry their sources: open the folded lists while printing.
  addEventListener("beforeprint", () => {
    for (const details of document.querySelectorAll("details")) details.open = true;
  });
  document.body.dataset.ready = "true";
}

start();
