// The request page: loads the core and the language it opens in, and mounts the form; the
// language picker keeps every answer.
import { mountForm } from "./form-ui.js";
import { TEXT } from "./i18n.js";
import { keepInAddress, openingLanguage, startPage } from "./page.js";

let ignored = null; // a stored language that is not ours: said, not used

startPage({
  titleKey: "formPageTitle",
  lang: () => {
    const opening = openingLanguage();
    ignored = opening.ignored;
    return opening.lang;
  },
  mount: (lang) => {
    // "Delete my data" forgets the language too: the stored one, and the one in the address.
    const form = mountForm(document.getElementById("helper"), { lang, storage: "local", routing: "hash", onDeleted: () => keepInAddress(null) });
    const notice = document.getElementById("lang-notice");
    notice.textContent = ignored == null ? "" : TEXT[lang].storedLangIgnored;
    notice.hidden = ignored == null;
    return form;
  },
});
