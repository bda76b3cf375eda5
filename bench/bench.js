// Runs in headless Chromium (tools/bench.mjs): the helper's check against zod 4 and ajv 8 versions
// of the same rules, on the same documents, in the same page; then the page's per-answer path, the
// one-answer check and the renewal windows. Results go to window.benchResult.
import init, * as ours from "/bench-pkg/parole_helper.js";
import * as zodPeer from "/peers/zod.js";
import * as ajvPeer from "/peers/ajv.js";

const TODAY = "2026-11-27";
const sleep = () => new Promise((r) => setTimeout(r, 0));

/** Per-call times (µs) of `fn`: warm-up, then batches sized to last ≥ 0.5 ms each. */
async function measure(fn, { calls = 10_000, warmup = 1_000 } = {}) {
  for (let i = 0; i < warmup; i++) fn(i);
  let t0 = performance.now();
  for (let i = 0; i < 100; i++) fn(i);
  const per = (performance.now() - t0) / 100 || 0.001;
  const batch = Math.max(1, Math.min(1000, Math.ceil(0.5 / per)));
  const samples = [];
  let done = 0;
  while (done < calls) {
    t0 = performance.now();
    for (let i = 0; i < batch; i++) fn(done + i);
    samples.push(((performance.now() - t0) * 1000) / batch);
    done += batch;
    if (samples.length % 50 === 0) await sleep();
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  return { calls: done, batch, median: at(0.5), p95: at(0.95) };
}

async function run() {
  const wasmBytes = await (await fetch("/bench-pkg/parole_helper_bg.wasm")).arrayBuffer();
  const compile = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    await WebAssembly.compile(wasmBytes);
    compile.push(performance.now() - t0);
  }
  const t0 = performance.now();
  await init({ module_or_path: wasmBytes });
  const instantiateMs = performance.now() - t0;
  compile.sort((a, b) => a - b);

  const complete = await (await fetch("/examples/reparole-medical-child.json")).json();
  const text = JSON.stringify(complete);
  const options = { today: TODAY, lang: "es" };
  // The same documents give the same verdict everywhere: no problem in the complete example.
  const verdicts = {
    ours: ours.validate(complete, options).summary.errors,
    zod: zodPeer.check(complete).length,
    ajv: ajvPeer.check(complete).length,
  };

  const result = { crossOriginIsolated, verdicts, compileMs: { median: compile[10], p95: compile[18] }, firstInitMs: instantiateMs, latency: {} };
  const L = result.latency;
  L.oursComplete = await measure(() => ours.validate(complete, options));
  L.zodComplete = await measure(() => zodPeer.check(complete));
  L.ajvComplete = await measure(() => ajvPeer.check(complete));
  // Equal work (issue 18): ours returning what the peers return, each problem's code and path (and
  // severity), no words, checklist, fees or window; the same document, day and number of calls.
  const codesOptions = { today: TODAY };
  const codes = ours.checkCodes(complete, codesOptions);
  verdicts.oursCodes = codes.filter((p) => p.severity === "error").length;
  verdicts.oursCodesAll = codes.length;
  L.oursCodes = await measure(() => ours.checkCodes(complete, codesOptions));
  // Where that time goes: the request crossing in (JSON.stringify in JavaScript; then, in the
  // module, the copy of the text, its reading into a request and the options' day), and the check
  // with the problems crossing out (the request held in a Helper: nothing crosses in). The
  // crossing out alone is sized by a call that only converts a few small objects (languages()).
  const held = new ours.Helper({ today: TODAY, lang: "es", storage: "none" });
  held.replace(text);
  // The cheap path says what the worded one says: the same codes, paths and severities, in order.
  const worded = ours.validate(complete, options).diagnostics.map((d) => ({ code: d.code, path: d.field, severity: d.severity }));
  if (JSON.stringify(codes) !== JSON.stringify(worded)) throw new Error(`checkCodes() differs from validate(): ${JSON.stringify(codes)}`);
  if (JSON.stringify(held.codes()) !== JSON.stringify(codes)) throw new Error("helper.codes() differs from checkCodes()");
  L.oursCodesStringify = await measure(() => JSON.stringify(complete));
  L.oursCodesFromText = await measure(() => ours.checkCodes(text, codesOptions));
  L.oursReplaceText = await measure(() => held.replace(text));
  L.oursCodesHeld = await measure(() => held.codes());
  L.oursLanguages = await measure(() => ours.languages());
  held.free();
  // A single-field change: the person types in one box. Ours: the page's own path (one answer
  // to the request the core holds, only what changed back); the peers check the one value.
  const helper = new ours.Helper({ today: TODAY, lang: "es", storage: "none" });
  helper.replace(text);
  helper.state();
  L.oursField = await measure((i) => helper.set("beneficiary.aNumber", i % 2 ? "A12" : "A123456789"));
  L.zodField = await measure((i) => zodPeer.checkField(i % 2 ? "A12" : "A123456789"));
  L.ajvField = await measure((i) => ajvPeer.checkField(i % 2 ? "A12" : "A123456789"));
  // After a change, what the page shows: the changes and the renewal window.
  L.oursReviewAfterChange = await measure((i) => {
    helper.set("filer.name.givenName", i % 2 ? "Lucía" : "Lucia");
    return helper.window();
  }, { calls: 2_000 });
  // The complete worded report from the request the core holds (no boundary for the request).
  L.oursReport = await measure(() => helper.report(), { calls: 2_000 });
  helper.free();

  // Renewal windows per second.
  let windows = 0;
  const start = performance.now();
  while (performance.now() - start < 1000) {
    ours.reparoleWindow({ program: "ukraine", expires: "2027-03-31", today: TODAY, lang: "es" });
    windows++;
  }
  result.windowsPerSecond = Math.round(windows / ((performance.now() - start) / 1000));
  window.benchResult = result;
  document.getElementById("status").textContent = "Done.";
}

run().catch((error) => {
  window.benchResult = { error: String(error?.stack ?? error) };
});
