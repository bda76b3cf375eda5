// The module graph of the pages: every file a page's entry module imports, directly or through
// other modules (static `import … from "./…"`), and apart from it what loads on demand
// (`import("./…")`: the PDF module). The package's
// file list comes from it, and a test checks the pages' modulepreload lists against it, so
// neither is kept in step with the imports by hand.
//
//   import { moduleGraph } from "./tools/modules.mjs";
//   moduleGraph("www", "app.js"); // ["app.js", "pkg/parole_helper.js", "form-ui.js", …]
import { readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

const STATIC_IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|^\s*import\s+"(\.[^"]+)"/gm;
const DYNAMIC_IMPORT = /import\(\s*"(\.[^"]+)"\s*\)/gm;

const resolve = (root, file, spec) => normalize(relative(root, join(root, dirname(file), spec))).replaceAll("\\", "/");

/** The files `entry` (relative to `root`) loads at once through static imports, entry first,
 *  each once, in the order found: what a page preloads. */
export function moduleGraph(root, entry) {
  const seen = [];
  const visit = (file) => {
    if (seen.includes(file)) return;
    seen.push(file);
    const text = readFileSync(join(root, file), "utf8");
    for (const match of text.matchAll(STATIC_IMPORT)) visit(resolve(root, file, match[1] ?? match[2]));
  };
  visit(entry);
  return seen;
}

/** The files loaded only on demand (`import("./…")`) from `entry`'s graph, with their own static
 *  graphs: shipped, never preloaded (the PDF module). */
export function lazyModules(root, entry) {
  const lazy = [];
  for (const file of moduleGraph(root, entry)) {
    const text = readFileSync(join(root, file), "utf8");
    for (const match of text.matchAll(DYNAMIC_IMPORT)) {
      for (const module of moduleGraph(root, resolve(root, file, match[1]))) if (!lazy.includes(module)) lazy.push(module);
    }
  }
  return lazy;
}
