// Every page of each example's filled Form I-131, rendered by pdf.js in headless Chromium with
// the boxes' appearance streams (what prints), kept as PNGs in tests/artifacts/pdf/ to look at.
// The pages must render, and the boxes must draw: a page with answers differs from the blank one.
import assert from "node:assert/strict";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { after, before, test } from "node:test";
import { serve } from "../../tools/serve.mjs";
import { launch, watch } from "../support/browser.mjs";
import { cli, ROOT } from "../support/cli.mjs";

const OUT = `${ROOT}/tests/artifacts/pdf`;
const EXAMPLES = readdirSync(`${ROOT}/examples`).filter((f) => f.endsWith(".json") && !f.startsWith("family-"));
let server, url, browser, page, log;

before(async () => {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(`${OUT}/index.html`, '<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>pages</title>');
  for (const example of EXAMPLES) {
    const { status, stderr } = cli(["pdf", `${ROOT}/examples/${example}`, "-o", `${OUT}/${example.replace(".json", ".pdf")}`]);
    assert.ok(status === 0 || status === 1, stderr);
  }
  ({ server, url } = await serve({ root: OUT, mounts: { "/pdfjs/": `${ROOT}/node_modules/pdfjs-dist/`, "/form/": `${ROOT}/www/forms/` } }));
  browser = await launch({ viewport: { width: 900, height: 1200 } });
  page = browser.context.pages()[0] ?? (await browser.context.newPage());
  log = watch(page);
  await page.goto(url);
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** Renders every page of the PDF at `path` (on the server) and returns them as PNG data URLs. */
function render(path) {
  return page.evaluate(async (path) => {
    const pdfjs = await import("/pdfjs/build/pdf.mjs");
    pdfjs.GlobalWorkerOptions.workerSrc = "/pdfjs/build/pdf.worker.mjs";
    const doc = await pdfjs.getDocument({ url: path, isEvalSupported: false, standardFontDataUrl: "/pdfjs/standard_fonts/" }).promise;
    const pages = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const pdfPage = await doc.getPage(n);
      const viewport = pdfPage.getViewport({ scale: 1.25 });
      const canvas = Object.assign(document.createElement("canvas"), { width: viewport.width, height: viewport.height });
      await pdfPage.render({ canvas, viewport, annotationMode: pdfjs.AnnotationMode.ENABLE }).promise;
      pages.push(canvas.toDataURL("image/png"));
    }
    return pages;
  }, path);
}

let blank;

test("the blank official form renders (the reference)", async () => {
  blank = await render("/form/i-131-edition-01-20-25.pdf");
  assert.equal(blank.length, 14);
});

for (const example of EXAMPLES) {
  test(`${example}: every page renders in Chromium, and the pages with answers show them`, async () => {
    const pages = await render(`/${example.replace(".json", ".pdf")}`);
    assert.equal(pages.length, 14);
    pages.forEach((png, i) => writeFileSync(`${OUT}/${example.replace(".json", "")}-page-${i + 1}.png`, Buffer.from(png.split(",")[1], "base64")));
    // Part 2 (pages 4-5) and Part 10 (page 11) carry answers in every example.
    for (const n of [4, 5, 11]) assert.notEqual(pages[n - 1], blank[n - 1], `page ${n} shows the answers`);
    // Pages 8-10 are Parts 5-7 (travel documents): never filled for parole.
    for (const n of [8, 9, 10]) assert.equal(pages[n - 1], blank[n - 1], `page ${n} is untouched`);
  });
}

test("no errors while rendering", () => {
  assert.deepEqual(log.errors, []);
});
