// The request page: loads the core and mounts the form; the language switch keeps every answer.
import { storedLanguage } from "./pkg/parole_helper.js";
import { mountForm } from "./form-ui.js";
import { TEXT } from "./i18n.js";
import { browserLang, startPage } from "./page.js";

let ignored = null; // a stored language that is not ours: said, not used

startPage({
  titleKey: "formPageTitle",
  // The language kept with the person's consent, if it is one of ours; else the browser's.
  lang: () => {
    const stored = storedLanguage();
    ignored = stored.ignored;
    return stored.lang ?? browserLang();
  },
  mount: (lang) => {
    const form = mountForm(document.getElementById("helper"), { lang, storage: "local", routing: "hash" });
    const notice = document.getElementById("lang-notice");
    notice.textContent = ignored == null ? "" : TEXT[lang].storedLangIgnored;
    notice.hidden = ignored == null;
    return form;
  },
  onLanguage: () => (document.getElementById("lang-notice").hidden = true),
});
