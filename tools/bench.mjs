// make bench: sizes, cold start, check latency against zod 4 and ajv 8, the page's per-answer path, and
// renewal windows per second, in Debian's headless Chromium. Prints one table and writes
// bench/results.json (commit it with docs/performance.md to compare runs).
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { CHROMIUM } from "../tests/support/browser.mjs";
import { serve } from "./serve.mjs";
import { measure as shipped } from "./sizes.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "target/bench");
const run = (cmd, args) => execFileSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });

// 1. The shipped module (make build made it) and the peers' bundles.
mkdirSync(join(OUT, "peers"), { recursive: true });
for (const peer of ["zod", "ajv"]) {
  run("node_modules/.bin/esbuild", [`bench/peers/${peer}.js`, "--bundle", "--minify", "--format=esm", `--outfile=${join(OUT, "peers", `${peer}.js`)}`]);
}
const size = (file) => {
  const bytes = readFileSync(file);
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length };
};

// 2. Servers: the helper as shipped, and the bench page (cross-origin isolated: 5 µs timers).
const site = await serve({ root: join(ROOT, "www") });
const bench = await serve({
  root: join(ROOT, "bench"),
  mounts: { "/bench-pkg/": join(ROOT, "www/pkg"), "/peers/": join(OUT, "peers"), "/www/": join(ROOT, "www"), "/examples/": join(ROOT, "examples") },
  // ajv compiles schemas with new Function: it needs 'unsafe-eval', which the helper never does.
  csp: "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'unsafe-eval'",
  headers: { "Cross-Origin-Opener-Policy": "same-origin", "Cross-Origin-Embedder-Policy": "require-corp" },
});
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});

// 3. Cold start: 20 fresh contexts (empty cache), navigation to "interactive" on the request page.
const loads = [];
for (let i = 0; i < 20; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector("body[data-ready]");
  loads.push(await page.evaluate(() => ({
    interactive: performance.getEntriesByName("parole-helper:interactive")[0].startTime,
    scriptsRun: performance.getEntriesByName("parole-helper:wasm-start")[0].startTime,
    wasm: performance.measure("wasm", "parole-helper:wasm-start", "parole-helper:wasm-ready").duration,
    mount: performance.measure("mount", "parole-helper:mount-start", "parole-helper:mounted").duration,
  })));
  await context.close();
}
// The floor: the same fresh-context navigation to a blank page with one module script.
const floor = [];
for (let i = 0; i < 20; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(new URL("blank.html", bench.url).href);
  await page.waitForSelector("body[data-ready]");
  floor.push(await page.evaluate(() => performance.getEntriesByName("blank:interactive")[0].startTime));
  await context.close();
}
// 3b. A cheap phone on prepaid data: slow 4G (1.6 Mbps down, 750 kbps up, 150 ms round trip) and
// a CPU 4× slower, through the DevTools protocol. Then, in the same context, a repeat visit and a
// visit with the network off (the service worker serves the copy kept on the first visit), and
// the filled official form for the §10 case (the PDF module and the blank form fetched lazily).
const mobile = { first: [], repeat: [], offline: [], pdf: [] };
const example = readFileSync(join(ROOT, "examples/reparole-medical-child.json"), "utf8");
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const interactive = () => page.evaluate(() => performance.getEntriesByName("parole-helper:interactive")[0].startTime);
  await page.goto(site.url);
  await page.waitForSelector("body[data-ready]");
  mobile.first.push(await interactive());
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  mobile.repeat.push(await interactive());
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector("body[data-ready]");
  mobile.offline.push(await interactive());
  await context.setOffline(false);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
  await context.close();
}
// The PDF on this machine's own speed (fresh context: nothing cached), from the click to the bytes.
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector("body[data-ready]");
  mobile.pdf.push(await page.evaluate(async (text) => {
    const { Helper } = await import("./pkg/parole_helper.js");
    const helper = new Helper({ lang: "en", today: "2026-11-27" });
    helper.replace(text);
    const start = performance.now();
    const { filledForm } = await import("./pdf.js");
    const bytes = await filledForm(helper.pdfPlan());
    if (bytes.length < 100_000) throw new Error("pdf: too small");
    return performance.now() - start;
  }, example));
  await context.close();
}

const stat = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] };
};

// 4. The latency page.
const context = await browser.newContext();
const page = await context.newPage();
await page.goto(bench.url);
await page.waitForFunction(() => window.benchResult, null, { timeout: 600_000 });
const result = await page.evaluate(() => window.benchResult);
await browser.close();
site.server.close();
bench.server.close();
if (result.error) throw new Error(result.error);

const sizes = shipped(join(ROOT, "www"));
const report = {
  date: new Date().toISOString().slice(0, 10),
  commit: execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT, encoding: "utf8" }).trim(),
  machine: `${execFileSync("nproc", { encoding: "utf8" }).trim()} cores, ${execFileSync("sh", ["-c", "grep -m1 'model name' /proc/cpuinfo | cut -d: -f2"], { encoding: "utf8" }).trim()}`,
  browser: (await import("node:child_process")).execFileSync(CHROMIUM, ["--version"], { encoding: "utf8" }).trim(),
  sizes: { files: sizes.files, total: sizes.total, peers: { zod: size(join(OUT, "peers/zod.js")), ajv: size(join(OUT, "peers/ajv.js")) } },
  coldStart: {
    loads: loads.length,
    interactiveMs: stat(loads.map((l) => l.interactive)),
    scriptsRunMs: stat(loads.map((l) => l.scriptsRun)),
    wasmInitMs: stat(loads.map((l) => l.wasm)),
    mountMs: stat(loads.map((l) => l.mount)),
    blankPageMs: stat(floor),
  },
  mobileProfile: {
    profile: "slow 4G (1.6 Mbps down, 750 kbps up, 150 ms RTT) + 4x CPU slowdown, 5 loads each",
    firstVisitInteractiveMs: stat(mobile.first),
    repeatVisitInteractiveMs: stat(mobile.repeat),
    offlineVisitInteractiveMs: stat(mobile.offline),
  },
  pdfFillMs: stat(mobile.pdf),
  ...result,
};
mkdirSync(join(ROOT, "bench"), { recursive: true });
writeFileSync(join(ROOT, "bench/results.json"), JSON.stringify(report, null, 2) + "\n");

// 5. The table.
const kb = (n) => (n / 1024).toFixed(1);
const us = (m) => `${m.median.toFixed(2)} / ${m.p95.toFixed(2)}`;
const L = result.latency;
const rows = [
  ["shipped, all of www/ (raw / gzip / brotli KB)", `${kb(sizes.total.raw)} / ${kb(sizes.total.gzip)} / ${kb(sizes.total.brotli)}`, "≤ 75 gzip"],
  ["  of which the wasm module", (() => { const w = sizes.files.find((f) => f.file.endsWith(".wasm")); return `${kb(w.raw)} / ${kb(w.gzip)} / ${kb(w.brotli)}`; })(), ""],
  ["zod 4 version, bundled (raw / gzip KB)", `${kb(report.sizes.peers.zod.raw)} / ${kb(report.sizes.peers.zod.gzip)}`, ""],
  ["ajv 8 version, bundled (raw / gzip KB)", `${kb(report.sizes.peers.ajv.raw)} / ${kb(report.sizes.peers.ajv.gzip)}`, ""],
  ["cold start to interactive, ms (median / p95, 20 loads)", `${report.coldStart.interactiveMs.median.toFixed(1)} / ${report.coldStart.interactiveMs.p95.toFixed(1)}`, "≤ 100"],
  ["  floor: a blank page with one module script, ms", `${report.coldStart.blankPageMs.median.toFixed(1)} / ${report.coldStart.blankPageMs.p95.toFixed(1)}`, ""],
  ["  navigation to the first line of app.js, ms", `${report.coldStart.scriptsRunMs.median.toFixed(1)} / ${report.coldStart.scriptsRunMs.p95.toFixed(1)}`, ""],
  ["  wasm fetch + compile + instantiate in those loads, ms", `${report.coldStart.wasmInitMs.median.toFixed(1)} / ${report.coldStart.wasmInitMs.p95.toFixed(1)}`, ""],
  ["  building the 109 questions and the first check, ms", `${report.coldStart.mountMs.median.toFixed(1)} / ${report.coldStart.mountMs.p95.toFixed(1)}`, ""],
  ["  WebAssembly.compile alone, ms (median / p95, 20)", `${result.compileMs.median.toFixed(1)} / ${result.compileMs.p95.toFixed(1)}`, ""],
  ["mobile profile (slow 4G, 4× CPU): first visit to interactive, ms", `${report.mobileProfile.firstVisitInteractiveMs.median.toFixed(0)} / ${report.mobileProfile.firstVisitInteractiveMs.p95.toFixed(0)}`, "≤ 2500"],
  ["  repeat visit (same profile), ms", `${report.mobileProfile.repeatVisitInteractiveMs.median.toFixed(0)} / ${report.mobileProfile.repeatVisitInteractiveMs.p95.toFixed(0)}`, "reported"],
  ["  network off after one visit (service worker), ms", `${report.mobileProfile.offlineVisitInteractiveMs.median.toFixed(0)} / ${report.mobileProfile.offlineVisitInteractiveMs.p95.toFixed(0)}`, "interactive"],
  ["filled Form I-131 for §10, lazy load included, ms", `${report.pdfFillMs.median.toFixed(0)} / ${report.pdfFillMs.p95.toFixed(0)}`, "≤ 300"],
  ["complete request: ours, µs (median / p95)", us(L.oursComplete), "≤ 20"],
  ["complete request: zod 4, µs", us(L.zodComplete), ""],
  ["complete request: ajv 8, µs", us(L.ajvComplete), ""],
  ["  ratio ours / zod, ours / ajv (medians)", `${(L.oursComplete.median / L.zodComplete.median).toFixed(2)} / ${(L.oursComplete.median / L.ajvComplete.median).toFixed(2)}`, "< 1 vs zod"],
  ["complete check, equal work (codes and paths): ours / zod / ajv, µs (medians)", `${L.oursCodes.median.toFixed(2)} / ${L.zodComplete.median.toFixed(2)} / ${L.ajvComplete.median.toFixed(2)}`, ""],
  ["  ratio ours / zod, ours / ajv (medians)", `${(L.oursCodes.median / L.zodComplete.median).toFixed(2)} / ${(L.oursCodes.median / L.ajvComplete.median).toFixed(2)}`, "< 1 vs zod, ≤ 2 vs ajv"],
  ["  ours p95, µs", L.oursCodes.p95.toFixed(2), ""],
  ["  where it goes: JSON.stringify / text read in the module / check + out, µs", `${L.oursCodesStringify.median.toFixed(2)} / ${(L.oursCodesFromText.median - L.oursCodesHeld.median).toFixed(2)} / ${L.oursCodesHeld.median.toFixed(2)}`, ""],
  ["  a request read in alone (helper.replace(text)), µs", us(L.oursReplaceText), ""],
  ["  a few small objects out alone (languages()), µs", us(L.oursLanguages), ""],
  ["  request held in a Helper (helper.codes()): ours, µs", us(L.oursCodesHeld), ""],
  ["  ratio held / zod, held / ajv (medians)", `${(L.oursCodesHeld.median / L.zodComplete.median).toFixed(2)} / ${(L.oursCodesHeld.median / L.ajvComplete.median).toFixed(2)}`, "< 1 vs zod, ≤ 2 vs ajv"],
  ["one answer set, changes back (the page's path): ours, µs", us(L.oursField), "≤ 20"],
  ["single field: zod 4 / ajv 8, µs (medians)", `${L.zodField.median.toFixed(2)} / ${L.ajvField.median.toFixed(2)}`, ""],
  ["  ratio ours / zod, ours / ajv (medians)", `${(L.oursField.median / L.zodField.median).toFixed(2)} / ${(L.oursField.median / L.ajvField.median).toFixed(2)}`, ""],
  ["after a change: changes and the renewal window, µs", us(L.oursReviewAfterChange), ""],
  ["complete worded report from the held request, µs", us(L.oursReport), "≤ 50"],
  ["renewal windows per second", String(result.windowsPerSecond), ""],
];
const width = Math.max(...rows.map((r) => r[0].length));
console.log(`\nParole Form Helper benchmark, ${report.date}, ${report.commit}, ${report.browser}, ${report.machine}`);
// The same document gives the same verdict everywhere: the errors of the worded report, of the
// codes-only check, and the problems zod and ajv find (their rule subset has no warnings).
const V = result.verdicts;
const agree = [V.zod, V.ajv, V.oursCodes].every((n) => n === V.ours);
console.log(`timers ${result.crossOriginIsolated ? "cross-origin isolated (5 µs)" : "NOT isolated (100 µs)"}; 10,000 calls after warm-up; verdicts ${agree ? "agree" : "DISAGREE"}: ${JSON.stringify(V)}\n`);
for (const [label, value, target] of rows) console.log(`${label.padEnd(width)}  ${value.padStart(22)}  ${target}`);
console.log("\nWritten to bench/results.json");
if (!agree) {
  console.error("The checks disagree on the complete example: the latency rows do not compare equal work.");
  process.exitCode = 1;
}
