// The renewal date calculator page: loads the core and the language it opens in, and mounts the
// calculator.
import { openingLanguage, startPage } from "./page.js";
import { mountWindow } from "./window-ui.js";

startPage({
  titleKey: "pageTitle",
  lang: () => openingLanguage().lang,
  mount: (lang) => mountWindow(document.getElementById("helper"), { lang }),
});
