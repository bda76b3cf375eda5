// The request page: loads the core and mounts the form; the language switch keeps every answer.
import { savedLanguage, saveLanguage } from "./drafts.js";
import { mountForm } from "./form-ui.js";
import { browserLang, startPage } from "./page.js";

startPage({
  titleKey: "formPageTitle",
  lang: savedLanguage() ?? browserLang(),
  mount: (lang) => mountForm(document.getElementById("helper"), { lang, storage: "local", onConsent: () => saveLanguage(document.documentElement.lang) }),
  onLanguage: saveLanguage,
});
