// The request page: loads the core and mounts the form; the language switch keeps every answer.
import { storedLanguage } from "./pkg/parole_helper.js";
import { mountForm } from "./form-ui.js";
import { browserLang, startPage } from "./page.js";

startPage({
  titleKey: "formPageTitle",
  // The language kept with the person's consent, if it is one of ours; else the browser's.
  lang: () => storedLanguage().lang ?? browserLang(),
  mount: (lang) => mountForm(document.getElementById("helper"), { lang, storage: "local" }),
});
