// Builds the npm package a partner installs or copies as one folder: dist/parole-form-helper/.
// It holds the <parole-helper> element and its files, the wasm module, an entry for browsers
// (index.js) and one for Node (node.js), the language files (locales/<code>.ftl: the wasm module
// carries no words; the element fetches the one it shows, the entries load them all on `ready`),
// and TypeScript definitions generated from the Rust types
// (through the JSON Schemas the CLI prints, and json-schema-to-typescript).
//
//   node tools/package.mjs [--cli target/debug/parole-helper]
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "json-schema-to-typescript";
import { lazyModules, moduleGraph } from "./modules.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "dist/parole-form-helper");
const cliArg = process.argv.indexOf("--cli");
const CLI = cliArg > 0 ? process.argv[cliArg + 1] : join(ROOT, "target/debug/parole-helper");
const version = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "(.+)"/m)[1];

/** Files of www/ the element needs: its module graph (from the imports, never a hand list), what
 *  it loads on demand (the PDF module) and what it loads by URL. The pages themselves stay out. */
const www = join(ROOT, "www");
/** The languages the helper lists (src/i18n/mod.rs), English first; each has its built file. */
const LANGS = [...readFileSync(join(ROOT, "src/i18n/mod.rs"), "utf8").matchAll(/Language \{ code: "([^"]+)"[^}]*listed: true/g)].map((m) => m[1]);
const LOCALES = readdirSync(join(www, "locales")).filter((f) => f.endsWith(".ftl")).map((f) => `locales/${f}`).sort();
for (const code of LANGS) if (!LOCALES.includes(`locales/${code}.ftl`)) throw new Error(`www/locales/${code}.ftl is missing: run make build`);
const FILES = [
  ...new Set([
    ...["parole-helper.js", "embed.js"].flatMap((entry) => [...moduleGraph(www, entry), ...lazyModules(www, entry)]),
  ]),
  "helper.css", "embed.html", "favicon.svg", "pkg/parole_helper_bg.wasm",
  "pkg/pdf/acroform_bg.wasm", "forms/i-131-edition-01-20-25.pdf",
  ...LOCALES,
];
/** What the wasm module exports, read from the declarations wasm-bindgen generated. */
const BINDINGS = readFileSync(join(ROOT, "www/pkg/parole_helper.d.ts"), "utf8");
const EXPORTS = [...BINDINGS.matchAll(/^export (?:function|class) (\w+)/gm)].map((m) => m[1]).filter((name) => !["initSync"].includes(name));

rmSync(OUT, { recursive: true, force: true });
for (const file of FILES) {
  mkdirSync(dirname(join(OUT, file)), { recursive: true });
  copyFileSync(join(ROOT, "www", file), join(OUT, file));
}

writeFileSync(
  join(OUT, "index.js"),
  `// Parole Form Helper for browsers: await ready (the module and every language's words), then call the functions.
import init, { loadLanguage } from "./pkg/parole_helper.js";
export { ${EXPORTS.join(", ")} } from "./pkg/parole_helper.js";
const LANGUAGES = ${JSON.stringify(LANGS)};
const words = (code) => fetch(new URL(\`./locales/\${code}.ftl\`, import.meta.url)).then((r) => (r.ok ? r.text() : Promise.reject(new Error(\`locales/\${code}.ftl: HTTP \${r.status}\`))));
export const ready = Promise.all([init({ module_or_path: new URL("./pkg/parole_helper_bg.wasm", import.meta.url) }), ...LANGUAGES.map(words)]).then(
  ([, ...files]) => files.forEach((text, i) => loadLanguage(LANGUAGES[i], text)),
);
`,
);
writeFileSync(
  join(OUT, "node.js"),
  `// Parole Form Helper for Node: the same wasm module and rules as the browser, loaded from disk.
import { readFileSync } from "node:fs";
import { initSync, loadLanguage } from "./pkg/parole_helper.js";
initSync({ module: readFileSync(new URL("./pkg/parole_helper_bg.wasm", import.meta.url)) });
for (const code of ${JSON.stringify(LANGS)}) loadLanguage(code, readFileSync(new URL(\`./locales/\${code}.ftl\`, import.meta.url), "utf8"));
export { ${EXPORTS.join(", ")} } from "./pkg/parole_helper.js";
export const ready = Promise.resolve();
`,
);

// TypeScript: the function and class declarations are wasm-bindgen's (from the Rust signatures,
// with their return types named in the Rust code); the shapes they name come from the Rust types
// through the JSON Schemas the CLI prints.
const SHAPES = {
  request: "ParoleRequest",
  report: "Report",
  window: "WindowReport",
  timeline: "TimelineNode",
  family: "FamilyFile",
  "family-report": "FamilyReport",
  progress: "Progress",
  questions: "Questions",
  changes: "Changes",
  programs: "ProgramChoice",
  printed: "SectionAnswers",
  options: "Options",
};
/** Draft 2020-12 writes a tuple as `prefixItems`; json-schema-to-typescript reads the older
 *  `items: [...]` (else a tuple's members come out as `unknown`). */
function tuplesForTs(node) {
  if (Array.isArray(node)) return node.map(tuplesForTs);
  if (node === null || typeof node !== "object") return node;
  const out = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, tuplesForTs(v)]));
  if (out.prefixItems) {
    out.items = out.prefixItems;
    delete out.prefixItems;
  }
  return out;
}
const seen = new Set();
let shapes = "";
for (const [which, name] of Object.entries(SHAPES)) {
  const schema = tuplesForTs(JSON.parse(execFileSync(CLI, ["schema", which], { encoding: "utf8" })));
  schema.title = name;
  const ts = await compile(schema, name, { bannerComment: "", additionalProperties: false, strictIndexSignatures: true });
  // Definitions shared by several schemas (Source, Severity, …) are emitted once.
  for (const block of ts.split(/\n(?=export )/)) {
    const declared = block.match(/^export (?:interface|type) (\w+)/)?.[1];
    if (declared && seen.has(declared)) continue;
    if (declared) seen.add(declared);
    shapes += block.trimEnd() + "\n";
  }
}
// wasm-bindgen's declarations, without its init functions (the package's entries call them).
const declarations = BINDINGS.split(/\nexport type InitInput/)[0].trimEnd();
writeFileSync(
  join(OUT, "index.d.ts"),
  `// Parole Form Helper ${version}. Generated by tools/package.mjs from the Rust code: do not edit.

export type Lang = ${LANGS.map((code) => JSON.stringify(code)).join(" | ")};
/** One answer for \`Helper.set\`: text, yes/no, a choice's id, several ids, a list of names, or null. */
export type Answer = string | boolean | string[] | { familyName?: string; givenName?: string; middleName?: string }[] | null;

/** What the functions throw for input they cannot use: the message is in the request's language. */
export interface InputError extends Error {
  name: "InputError";
  code: string;
  field: string | null;
}

/** Resolves once the wasm module is ready (at once in Node). */
export declare const ready: Promise<void>;

${declarations}

${shapes}`,
);
writeFileSync(
  join(OUT, "element.d.ts"),
  `// The <parole-helper> custom element. Generated by tools/package.mjs.
import type { ParoleRequest, Report, WindowReport } from "./index.js";

export interface WindowAnswers {
  program?: string;
  expires?: string;
  eadExpires?: string;
}
export interface ReadyDetail {
  version: string;
  mode: "form" | "window";
  lang: ${LANGS.map((code) => JSON.stringify(code)).join(" | ")};
}
export interface ChangeDetail {
  completion: { complete: boolean; sectionsComplete: number; sectionsTotal: number };
  errors: number;
  warnings: number;
  /** Only when the element has the share-data attribute. */
  data?: ParoleRequest;
}
export declare class ParoleHelperElement extends HTMLElement {
  readonly mode: "form" | "window";
  getData(): ParoleRequest | WindowAnswers | null;
  setData(data: ParoleRequest | WindowAnswers): void;
  validate(): Report | boolean | null;
}
declare global {
  interface HTMLElementTagNameMap {
    "parole-helper": ParoleHelperElement;
  }
  interface HTMLElementEventMap {
    "parole-helper:ready": CustomEvent<ReadyDetail>;
    "parole-helper:change": CustomEvent<ChangeDetail>;
    "parole-helper:window": CustomEvent<WindowReport>;
  }
}
`,
);
writeFileSync(
  join(OUT, "package.json"),
  JSON.stringify(
    {
      name: "parole-form-helper",
      version,
      description: "Checks humanitarian parole requests (USCIS Form I-131) and works out renewal windows, in English and Spanish. Browser element and Node functions, one wasm module.",
      license: "MIT OR Apache-2.0",
      type: "module",
      exports: {
        ".": { types: "./index.d.ts", node: "./node.js", default: "./index.js" },
        "./element": { types: "./element.d.ts", default: "./parole-helper.js" },
        "./helper.css": "./helper.css",
        "./embed.html": "./embed.html",
      },
      types: "./index.d.ts",
      files: [...FILES, "index.js", "node.js", "index.d.ts", "element.d.ts", "README.md"],
      sideEffects: ["./parole-helper.js", "./embed.js", "./node.js"],
      engines: { node: ">=20" },
    },
    null,
    2,
  ) + "\n",
);
writeFileSync(
  join(OUT, "README.md"),
  `# parole-form-helper ${version}

Checks humanitarian parole requests (USCIS Form I-131) and works out renewal windows, in English and
Spanish, entirely on the user's device. Not legal advice.

\`\`\`html
<script type="module" src="/parole-helper/parole-helper.js"></script>
<parole-helper lang="es"></parole-helper>
\`\`\`

\`\`\`js
import { validate } from "parole-form-helper"; // Node: the same rules as the browser
const report = validate(request, { lang: "es" });
\`\`\`

The partner guide (attributes, events, theming, Content-Security-Policy, storage, upgrades) is
docs/embedding.md in the project's repository.
`,
);
console.log(`package: ${OUT}`);
