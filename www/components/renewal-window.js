// The re-parole window of the request (from Part 1, Item 12), with its reminders to download.
//
//   const box = mountRenewalWindow(root, { today });
//   box.update(window, { words, lang });   // window: helper.window(), or null to hide it
import { reminders } from "../pkg/parole_helper.js";
import { download, element } from "../dom.js";
import { windowCard } from "./window-card.js";

export function mountRenewalWindow(root, { today }) {
  const box = element("div", { id: "pf-window", className: "window-box", hidden: true, "aria-live": "polite" });
  root.append(box);
  let shown = "";

  return {
    /** Shows `w` (redrawn only when it changed, or when `force`, for a new language). */
    update(w, { words, lang, force = false }) {
      const key = JSON.stringify(w);
      if (key === shown && !force) return;
      shown = key;
      box.hidden = !w;
      if (!w) return box.replaceChildren();
      const button = element("button", { type: "button", id: "pf-reminders", textContent: words.download });
      const status = element("p", { id: "pf-reminders-msg", role: "status" });
      button.addEventListener("click", () => {
        try {
          download(reminders({ program: w.program, expires: w.expiresOn, today, lang }), words.fileName, "text/calendar;charset=utf-8");
          status.textContent = words.downloaded;
        } catch (error) {
          if (!error.code) throw error;
          status.textContent = error.message;
        }
      });
      box.replaceChildren(element("h3", { textContent: words.windowTitle }), windowCard(words.reparoleTitle, w, lang), button, status);
    },
  };
}
