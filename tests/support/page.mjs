// The helper's page as most e2e files open it: www/ served under its strict CSP, Debian's Chromium
// at a 360 px phone's size, the clock set to November 27, 2026, 10:00 local time, the page loaded
// and ready. `close()` ends the browser and the server.
//
//   const session = await openHelper({ locale: "es-MX" });   // { url, browser, page, log, close }
import { serve } from "../../tools/serve.mjs";
import { launch, watch } from "./browser.mjs";
import { ROOT } from "./cli.mjs";

/** "Today" in the e2e tests: the §10 case is checked on this day. */
export const TODAY = new Date(2026, 10, 27, 10, 0, 0);

export async function openHelper({ locale = "en-US", viewport = { width: 360, height: 780 }, ...options } = {}) {
  const { server, url } = await serve({ root: `${ROOT}/www` });
  const browser = await launch({ viewport, locale, ...options });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  const log = watch(page);
  await page.clock.setFixedTime(TODAY);
  await page.goto(url);
  await page.waitForSelector("body[data-ready]");
  return {
    url,
    browser,
    page,
    log,
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Waits until the page shows `lang`: a language's file is fetched when it is chosen, and <html
 * lang> changes once everything is reworded in it. `root` is the page, or for a <parole-helper>
 * its element's selector (its shadow body's lang).
 */
export async function inLanguage(page, lang, root = null) {
  if (!root) return page.waitForSelector(`html[lang="${lang}"]`, { state: "attached" });
  return page.waitForFunction(([selector, code]) => document.querySelector(selector)?.shadowRoot?.querySelector(".helper-body")?.lang === code, [root, lang]);
}
