// Loads the shipped, optimized module from www/pkg into Node, exactly the bytes the page fetches,
// with the language files the page would fetch (www/locales/<code>.ftl, made by `make build`):
// the module carries no words of its own.
import { readdirSync, readFileSync } from "node:fs";
import { ROOT } from "./cli.mjs";

/** The module's own exports once loaded (its `memory`, for tests that watch it grow). */
export let wasmExports;

/** The built language files, English first: `[[code, text]]`. */
export function languageFiles() {
  const codes = readdirSync(`${ROOT}/www/locales`).filter((f) => f.endsWith(".ftl")).map((f) => f.slice(0, -4));
  return codes.sort((a, b) => (a === "en" ? -1 : b === "en" ? 1 : a.localeCompare(b))).map((code) => [code, readFileSync(`${ROOT}/www/locales/${code}.ftl`, "utf8")]);
}

export async function loadHelper({ languages = true } = {}) {
  const helper = await import(`${ROOT}/www/pkg/parole_helper.js`);
  wasmExports = helper.initSync({ module: readFileSync(`${ROOT}/www/pkg/parole_helper_bg.wasm`) });
  if (languages) for (const [code, text] of languageFiles()) helper.loadLanguage(code, text);
  return helper;
}

/** The page's words module (www/i18n.js) with every built language in it, for tests that compare
 *  what a page shows with its words: `const { fill, TEXT } = await pageText()`. */
export async function pageText() {
  await loadHelper({ languages: false });
  const i18n = await import(`${ROOT}/www/i18n.js`);
  for (const [code, text] of languageFiles()) i18n.addLanguage(code, text);
  return i18n;
}
