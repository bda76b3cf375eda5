// What is shipped names no folder of the machine that built it: the wasm modules (in www/pkg and in
// the partners' folder dist/parole-form-helper) carry panic locations, which would hold the paths
// of the cargo registry (/root/.cargo/registry/...), of this checkout and of the Rust toolchain's
// sources (/rustc/<commit>/...). The Makefile remaps and rewrites them; this fails on any left.
// And the page refuses an import over the size the core reads, so the two limits must agree.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { ROOT } from "../support/cli.mjs";

/** Every .wasm file under `dir`. */
function wasmFiles(dir) {
  return readdirSync(dir, { recursive: true }).filter((f) => f.endsWith(".wasm")).map((f) => join(dir, f));
}

/** Runs of printable ASCII of at least 6 characters, as `strings` finds them. */
function strings(bytes) {
  return bytes.toString("latin1").match(/[\x20-\x7e]{6,}/g) ?? [];
}

const FORBIDDEN = [
  /\/root\//,
  /\/home\//,
  /\/Users\//,
  /\.cargo\/registry/,
  /\.cargo\/git/,
  /\/rustc\/[0-9a-f]{7,}/,
  /\.rustup\//,
  /\/tmp\//,
];

test("the shipped wasm modules hold no build path", () => {
  const files = [...wasmFiles(`${ROOT}/www/pkg`), ...(existsSync(`${ROOT}/dist/parole-form-helper`) ? wasmFiles(`${ROOT}/dist/parole-form-helper`) : [])];
  assert.ok(files.length >= 2, `found ${files}`);
  const machine = [ROOT.replace(/\/$/, ""), homedir()].filter((p) => p.length > 1);
  for (const file of files) {
    const found = strings(readFileSync(file)).filter((s) => FORBIDDEN.some((re) => re.test(s)) || machine.some((p) => s.includes(p)));
    assert.deepEqual(found, [], `${file.slice(ROOT.length)} names build folders`);
  }
});

test("the panic locations are still there, as paths that name no machine", () => {
  // Rewriting in place keeps each location's length: the module still reads its own strings.
  const all = strings(readFileSync(`${ROOT}/www/pkg/parole_helper_bg.wasm`));
  assert.ok(all.some((s) => /^\/cargo\/registry\/src\/[^/]+\/serde_json-/.test(s)), "the registry remapped to /cargo");
  assert.ok(all.some((s) => /^\/+rust\/library\/core\/src\//.test(s)), "the standard library's paths rewritten");
});

test("the page's import limit is the core's", () => {
  const core = readFileSync(`${ROOT}/src/form/read.rs`, "utf8").match(/pub const MAX_BYTES: usize = ([\d_]+);/);
  const page = readFileSync(`${ROOT}/www/form-ui.js`, "utf8").match(/export const MAX_IMPORT_BYTES = ([\d_]+);/);
  assert.ok(core && page, "both limits found");
  assert.equal(Number(page[1].replaceAll("_", "")), Number(core[1].replaceAll("_", "")));
});
