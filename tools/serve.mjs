// A small static server for www/: binds 127.0.0.1 only, sends the right types (application/wasm)
// and a strict Content-Security-Policy, so the pages are always tested under it.
//
//   node tools/serve.mjs [--port 8080] [--root www]
//   node tools/serve.mjs --partner [--port 8081]   the partner demo (demo/partner, with the package
//                                                  at /parole-helper/, under the partners' policy)
//
// Tests import `serve()` to start one on a free port.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".wasm": "application/wasm",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ics": "text/calendar; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".pdf": "application/pdf",
  // The language files (Fluent), fetched as text.
  ".ftl": "text/plain; charset=utf-8",
};

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

/** The policy partners are promised the helper works under (issue 5), exactly, with what they are
 *  advised to add (issue 14): no plugins, no <base>, and Trusted Types, under which it runs too. */
export const PARTNER_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

/** The longest path the server looks up (Linux's PATH_MAX); names are at most 255 bytes. */
const MAX_PATH = 4096;

/**
 * Starts serving `root` (and `mounts`, `{ "/prefix/": "dir" }`); resolves to `{ server, url }`.
 */
export function serve({ root = "www", mounts = {}, csp = CSP, headers: extra = {}, host = "127.0.0.1", port = 0 } = {}) {
  const bases = [...Object.entries(mounts).map(([prefix, dir]) => [prefix, resolve(dir)]), ["/", resolve(root)]];
  const server = createServer(async (req, res) => {
    const headers = {
      "Content-Security-Policy": csp,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
      "Cache-Control": "no-cache",
      ...extra,
    };
    // A static site answers GET and HEAD; anything else (POST, DELETE, OPTIONS, TRACE, ...) is 405.
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { ...headers, Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
      return res.end("Method not allowed\n");
    }
    // A path that cannot name a file here (a malformed escape, a NUL, a name longer than any
    // file's) is the client's mistake: 400, not a server error.
    let full;
    try {
      full = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      full = null;
    }
    if (full == null || full.includes("\0") || full.length > MAX_PATH || full.split("/").some((name) => Buffer.byteLength(name) > 255)) {
      res.writeHead(400, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      return res.end(req.method === "HEAD" ? undefined : "Bad request\n");
    }
    try {
      const [prefix, base] = bases.find(([p]) => full.startsWith(p));
      const path = "/" + full.slice(prefix.length);
      let file = normalize(join(base, path));
      if (file !== base && !file.startsWith(base + sep)) throw Object.assign(new Error(), { code: "ENOENT" });
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      res.writeHead(200, { ...headers, "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(req.method === "HEAD" ? undefined : body);
    } catch (error) {
      const status = ["ENOENT", "ENOTDIR", "EISDIR"].includes(error.code) ? 404 : error.code === "ENAMETOOLONG" ? 400 : 500;
      res.writeHead(status, { ...headers, "Content-Type": "text/plain; charset=utf-8" });
      res.end(req.method === "HEAD" ? undefined : { 404: "Not found\n", 400: "Bad request\n" }[status] ?? "Server error\n");
    }
  });
  return new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      done({ server, url: `http://${host}:${actual}/` });
    });
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i > 0 ? process.argv[i + 1] : fallback;
  };
  if (process.argv.includes("--partner")) {
    const { url } = await serve({ root: "demo/partner", mounts: { "/parole-helper/": "dist/parole-form-helper" }, csp: PARTNER_CSP, port: Number(arg("--port", 8081)) });
    console.log(`The partner demo is served at ${url} (Ctrl+C stops it)`);
  } else {
    const { url } = await serve({ root: arg("--root", "www"), port: Number(arg("--port", 8080)) });
    console.log(`Parole Form Helper is served at ${url} (Ctrl+C stops it)`);
  }
}
