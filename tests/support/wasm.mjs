// Loads the shipped, optimized module from www/pkg into Node, exactly the bytes the page fetches.
import { readFileSync } from "node:fs";
import { ROOT } from "./cli.mjs";

/** The module's own exports once loaded (its `memory`, for tests that watch it grow). */
export let wasmExports;

export async function loadHelper() {
  const helper = await import(`${ROOT}/www/pkg/parole_helper.js`);
  wasmExports = helper.initSync({ module: readFileSync(`${ROOT}/www/pkg/parole_helper_bg.wasm`) });
  return helper;
}
