// The renewal date calculator page: loads the core and mounts the calculator.
import { browserLang, startPage } from "./page.js";
import { mountWindow } from "./window-ui.js";

startPage({
  titleKey: "pageTitle",
  lang: browserLang(),
  mount: (lang) => mountWindow(document.getElementById("helper"), { lang }),
});
