// Prints the bytes a browser downloads for the helper: raw, gzip and brotli, per file and total.
//
//   node tools/sizes.mjs [www] [--json sizes.json]
//
// "Shipped" means what the page fetches: everything in www/ except TypeScript declarations.
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

export function measure(root = "www") {
  const files = shippedFiles(root).map((path) => {
    const bytes = readFileSync(path);
    return {
      file: relative(root, path),
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = { file: "total", raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of ["raw", "gzip", "brotli"]) total[k] += f[k];
  return { files, total };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split("/").pop())) {
  const args = process.argv.slice(2);
  const root = args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--json") ?? "www";
  const { files, total } = measure(root);
  const kb = (n) => (n / 1024).toFixed(1).padStart(7);
  console.log(`${"shipped file".padEnd(32)}${"raw KB".padStart(8)}${"gzip KB".padStart(8)}${"br KB".padStart(8)}`);
  for (const f of [...files, total]) console.log(`${f.file.padEnd(32)} ${kb(f.raw)} ${kb(f.gzip)} ${kb(f.brotli)}`);
  const json = args.indexOf("--json");
  if (json >= 0) writeFileSync(args[json + 1], JSON.stringify({ files, total }, null, 2) + "\n");
}
