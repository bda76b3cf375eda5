// The module graph of the pages: every file a page's entry module imports, directly or through
// other modules (static `import … from "./…"` only: the pages use no other kind). The package's
// file list comes from it, and a test checks the pages' modulepreload lists against it, so
// neither is kept in step with the imports by hand.
//
//   import { moduleGraph } from "./tools/modules.mjs";
//   moduleGraph("www", "app.js"); // ["app.js", "pkg/parole_helper.js", "form-ui.js", …]
import { readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

const IMPORT = /^\s*(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|^\s*import\s+"(\.[^"]+)"|import\(\s*"(\.[^"]+)"\s*\)/gm;

/** The files `entry` (relative to `root`) needs, entry first, each once, in the order found. */
export function moduleGraph(root, entry) {
  const seen = [];
  const visit = (file) => {
    if (seen.includes(file)) return;
    seen.push(file);
    const text = readFileSync(join(root, file), "utf8");
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? match[3];
      visit(normalize(relative(root, join(root, dirname(file), spec))).replaceAll("\\", "/"));
    }
  };
  visit(entry);
  return seen;
}
