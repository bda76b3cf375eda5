// Prints the bytes a browser downloads for the helper: raw, gzip and brotli, per file and total.
//
//   node tools/sizes.mjs [www] [--lang en] [--json sizes.json]
//
// "Shipped" means what the page fetches: everything in www/ except TypeScript declarations. The
// first view is all of it but what loads only when a person asks for the filled PDF (the PDF
// module in pkg/pdf/ and the official form in forms/), counted apart as "on demand", and but the
// language files (locales/<code>.ftl): the page fetches one, the language it opens in, so the
// first view counts that one (English unless `--lang es`) and the others are listed apart.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export function shippedFiles(root = "www") {
  const walk = (dir) =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? walk(path) : [path];
    });
  return walk(root)
    .filter((path) => !/\.d\.ts$|(^|\/)package\.json$|(^|\/)\.gitignore$/.test(path))
    .sort();
}

/** Whether a shipped file loads only when the person asks for the filled PDF. */
export const onDemand = (file) => /^(pkg\/pdf|forms)\//.test(file);

/** The language a shipped file holds the words of ("es" for locales/es.ftl), or null. */
export const languageFile = (file) => file.match(/^locales\/([^/]+)\.ftl$/)?.[1] ?? null;

/** What the first view fetches, opened in `lang`: `{ files, total, onDemand, languages }`, where
 *  `languages` lists each language's file (the first view counts only `lang`'s). */
export function measure(root = "www", { lang = "en" } = {}) {
  const files = shippedFiles(root).map((path) => {
    const bytes = readFileSync(path);
    return {
      file: relative(root, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const languages = files.filter((f) => languageFile(f.file));
  const later = sum("on demand (the PDF)", files.filter((f) => onDemand(f.file)));
  return { files, total: firstView(files, lang), onDemand: later, languages, lang };
}

function sum(name, list) {
  const row = { file: name, raw: 0, gzip: 0, brotli: 0 };
  for (const f of list) for (const k of ["raw", "gzip", "brotli"]) row[k] += f[k];
  return row;
}

/** The first view's total, of measured `files`, for a page opened in `lang`. */
export function firstView(files, lang = "en") {
  return sum(`first view (${lang})`, files.filter((f) => !onDemand(f.file) && (languageFile(f.file) ?? lang) === lang));
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const args = process.argv.slice(2);
  const root = args.find((a) => !a.startsWith("--") && !["--json", "--lang"].includes(args[args.indexOf(a) - 1])) ?? "www";
  const lang = args.includes("--lang") ? args[args.indexOf("--lang") + 1] : "en";
  const { files, total, onDemand: later } = measure(root, { lang });
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`${"shipped file".padEnd(32)}${"raw KB".padStart(8)}${"gzip KB".padStart(8)}${"br KB".padStart(8)}`);
  for (const f of [...files, total, later]) console.log(`${f.file.padEnd(32)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
  const json = args.indexOf("--json");
  if (json >= 0) writeFileSync(args[json + 1], JSON.stringify({ files, total, onDemand: later }, null, 2) + "\n");
}
