// The filled official Form I-131, read back by an independent reader (Mozilla's pdf.js, the viewer
// of Firefox). For every example, every field of the PDF is compared with what the request says,
// through a table made apart from the code (tests/forms/i-131-mapping.json and
// i-131-derived.json: each question's boxes, researched from the form's field list and printed
// pages): a box filled that the table does not expect, or one it expects that is empty or
// different, fails. The browser's modules (run here in Node) give the same bytes as the CLI.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { cli, ROOT } from "../support/cli.mjs";
import { loadHelper } from "../support/wasm.mjs";

const MAPPING = JSON.parse(readFileSync(`${ROOT}/tests/forms/i-131-mapping.json`, "utf8"));
const DERIVED = JSON.parse(readFileSync(`${ROOT}/tests/forms/i-131-derived.json`, "utf8"));
const FORM = readFileSync(`${ROOT}/www/forms/i-131-edition-01-20-25.pdf`);
const EXAMPLES = readdirSync(`${ROOT}/examples`).filter((f) => f.endsWith(".json") && !f.startsWith("family-"));
const TODAY = "2026-11-27";
const tmp = mkdtempSync(join(tmpdir(), "parole-helper-pdf-"));

/** The filled form the CLI writes for `file` (a path), and its exit status. */
function cliPdf(file) {
  const out = join(tmp, `${Math.random().toString(36).slice(2)}.pdf`);
  const { status, stderr } = cli(["pdf", file, "-o", out, "--today", TODAY]);
  assert.ok(status === 0 || status === 1, stderr);
  return { bytes: readFileSync(out), status, stderr };
}

/** The filled form the browser's modules make for the request text `json`. */
async function browserPdf(json) {
  const core = await loadHelper();
  const pdf = await import(`${ROOT}/www/pkg/pdf/acroform.js`);
  pdf.initSync({ module: readFileSync(`${ROOT}/www/pkg/pdf/acroform_bg.wasm`) });
  const helper = new core.Helper({ lang: "en", today: TODAY, storage: "none" });
  helper.replace(json);
  return Buffer.from(pdf.fill(new Uint8Array(FORM), helper.pdfPlan()));
}

async function open(bytes) {
  const fontDir = join(ROOT, "node_modules/pdfjs-dist/standard_fonts/");
  return pdfjs.getDocument({ data: new Uint8Array(bytes), standardFontDataUrl: fontDir, verbosity: 0 }).promise;
}

/** Every field pdf.js reads with a value: name → value (check boxes by their state name). */
async function filledFields(doc) {
  const filled = {};
  for (const [name, widgets] of Object.entries(await doc.getFieldObjects())) {
    for (const w of widgets) {
      const value = w.value;
      if (value == null || value === "" || value === "Off" || (Array.isArray(value) && !value.length) || value === " ") continue;
      if (w.type === "button" && w.pushButton) continue;
      filled[name] = Array.isArray(value) ? value[0] : value;
    }
  }
  return filled;
}

// ---- what the table says each box holds ----

const get = (request, path) => path.split(".").reduce((node, key) => (node == null ? undefined : node[key]), request);
const blank = (v) => v == null || (typeof v === "string" && !v.trim()) || (Array.isArray(v) && !v.length);
const mmddyyyy = (iso) => {
  const [y, m, d] = iso.split("-").map(Number);
  return `${String(m).padStart(2, "0")}/${String(d).padStart(2, "0")}/${y}`;
};
const digitsOnly = (s) => s.replace(/[^0-9]/g, "");

/** How the table's `how` and the box's name say a text answer is written. */
function written(entry, value, field) {
  const text = String(value).trim();
  if (entry.how === "date") return mmddyyyy(text);
  if (entry.how === "comb") return /AlienNumber/.test(field) ? digitsOnly(text).padStart(9, "0") : digitsOnly(text);
  if (/Phone/i.test(field) && !text.startsWith("+")) return digitsOnly(text).replace(/^1(?=\d{10}$)/, "");
  if (entry.how === "choiceList") return /^\d+$/.test(text) ? String(Number(text)) : text.toUpperCase();
  return text.replace(/\s+/g, " ");
}

function expectedFields(request) {
  const expected = {};
  const forSomeoneElse = get(request, "application.onBehalfOfSomeoneElse") === true;
  // Item 24 "same as the filer's": the filer's mailing address in its boxes (derived.json gating).
  if (forSomeoneElse && get(request, "beneficiary.mailingAddressSameAsFiler") === true) {
    request = structuredClone(request);
    request.beneficiary.mailingAddress = structuredClone(request.filer.mailingAddress ?? {});
  }
  const reparole = get(request, "application.paroleType") === "reparole";
  for (const entry of MAPPING) {
    const value = get(request, entry.path);
    if (blank(value) || ["none", "derived"].includes(entry.how)) continue;
    // Filled only where the form asks it: Part 2 Items 16-27 for someone else, Part 1 Item 12 and
    // Part 9 for re-parole (derived.json gating).
    if (entry.path.startsWith("beneficiary.") && !forSomeoneElse) continue;
    if (["application.currentParoleExpires", "workPermit"].includes(entry.path) && !reparole) continue;
    if (entry.path === "application.programName" || entry.path === "reason.consulate" || entry.path.endsWith(".unit")) continue;
    if (entry.how === "checkbox") {
      const keys = Array.isArray(value) ? value : [typeof value === "boolean" ? (value ? "yes" : "no") : value];
      for (const key of keys) if (entry.fields[key]) expected[entry.fields[key].field] = entry.fields[key].on;
    } else if (entry.how === "digits") {
      const padded = String(Number(value)).padStart(entry.fields.length, "0");
      entry.fields.forEach((field, i) => (expected[field] = padded[i]));
    } else if (Array.isArray(value)) {
      value.forEach((name, row) => {
        for (const part of ["family", "given", "middle"]) {
          const text = name[`${part}Name`];
          if (!blank(text) && entry.fields[row]) expected[entry.fields[row][part]] = text.trim();
        }
      });
    } else {
      expected[entry.fields[0]] = written(entry, value, entry.fields[0]);
    }
  }
  // Boxes filled from several answers (derived.json).
  const alias = { general: "none", frp: "familyReunificationParole" };
  const program = get(request, "application.program");
  const pair = DERIVED.applicationType.pairs.find(
    (p) => p.paroleType === get(request, "application.paroleType") && p.program === (alias[program] ?? program),
  );
  if (pair) {
    expected[pair.tick.field] = pair.tick.on;
    const name = get(request, "application.programName");
    if (!blank(name) && pair.text?.some((t) => t.source?.startsWith("application.programName"))) {
      expected[pair.text.find((t) => t.source.startsWith("application.programName")).field] = name.trim();
    }
  }
  for (const [address, spec] of Object.entries(DERIVED.unitCheckboxes.addresses)) {
    const unit = get(request, `${address}.unit`);
    if (blank(unit) || (address.startsWith("beneficiary") && !forSomeoneElse)) continue;
    const [, kind, number] = unit.trim().match(/^(?:(apt|ste|suite|fl|flr|floor)\.?\s*)?#?\s*(\d\w{0,5})$/i) ?? [];
    if (!number) {
      // No Apt./Ste./Flr. word: the unit joins the street line (derived.json unitCheckboxes).
      const street = MAPPING.find((e) => e.path === `${address}.street`).fields[0];
      expected[street] = `${expected[street]}, ${unit.trim()}`;
      continue;
    }
    const box = { ste: "STE", suite: "STE", fl: "FLR", flr: "FLR", floor: "FLR" }[kind?.toLowerCase()] ?? "APT";
    expected[spec.boxes[box].field] = spec.boxes[box].on;
    expected[spec.numberField] = number;
  }
  const consulate = get(request, "reason.consulate");
  if (!blank(consulate) && !reparole) {
    const cut = consulate.lastIndexOf(",");
    expected[DERIVED.consulate.fields.city.field] = (cut > 0 ? consulate.slice(0, cut) : consulate).trim();
    if (cut > 0) expected[DERIVED.consulate.fields.country.field] = consulate.slice(cut + 1).trim();
  }
  const stay = get(request, "reason.lengthOfStay");
  if (!blank(stay?.value)) {
    const unit = stay.unit ? ` ${Number(stay.value) === 1 ? stay.unit.replace(/s$/, "") : stay.unit}` : "";
    expected[DERIVED.lengthOfStay.field] = `${stay.value.trim()}${unit}`;
  }
  // Part 13, Items 1-2: the filer's name and A-Number.
  const sources = { "filer.name.familyName": 0, "filer.name.givenName": 1, "filer.name.middleName": 2, "filer.aNumber": 3 };
  for (const header of DERIVED.part13.header.fields) {
    const value = get(request, header.source);
    if (!blank(value)) expected[header.field] = sources[header.source] === 3 ? digitsOnly(value).padStart(9, "0") : value.trim();
  }
  // Part 2, Item 25 has no "if different": the mailing address is written there too.
  if (forSomeoneElse && blank(get(request, "beneficiary.physicalAddress"))) {
    for (const [name, value] of Object.entries(expected)) {
      if (name.includes("P2_Line24_") && !name.includes("InCareof")) expected[name.replace("P2_Line24_", "P2_Line25_")] = value;
    }
  }
  return expected;
}

// ---- the tests ----

/** The CLI's filled form for `file`, read back: every box as the table says for `request`. */
async function filledAsTheTableSays(file, request) {
  const { bytes } = cliPdf(file);
  const doc = await open(bytes);
  assert.equal(doc.numPages, 14, "no added sheet: every answer fits");
  assert.ok(!doc.isPureXfa, "the XFA form is gone");
  const filled = await filledFields(doc);
  const blankForm = await filledFields(await open(FORM)); // the barcodes carry values already
  const expected = expectedFields(request);
  const unexpected = Object.keys(filled).filter((name) => !(name in expected) && filled[name] !== blankForm[name]);
  assert.deepEqual(unexpected, [], "boxes filled that the table does not expect");
  for (const [name, value] of Object.entries(expected)) assert.equal(filled[name], value, name);
  assert.ok(Object.keys(expected).length > 30, `${Object.keys(expected).length} boxes`);
  return filled;
}

for (const example of EXAMPLES) {
  test(`${example}: every box holds what the request says, read back by pdf.js`, async () => {
    await filledAsTheTableSays(`${ROOT}/examples/${example}`, JSON.parse(readFileSync(`${ROOT}/examples/${example}`, "utf8")));
  });

  test(`${example}: the browser's modules give the CLI's bytes`, async () => {
    const json = readFileSync(`${ROOT}/examples/${example}`, "utf8");
    const fromCli = cliPdf(`${ROOT}/examples/${example}`).bytes;
    const fromBrowser = await browserPdf(json);
    assert.ok(fromCli.equals(fromBrowser), `${fromCli.length} vs ${fromBrowser.length} bytes`);
    assert.ok(cliPdf(`${ROOT}/examples/${example}`).bytes.equals(fromCli), "the same request, the same bytes");
  });
}

test("a child who gets mail at her mother's address: Item 24 holds the mother's, read back by pdf.js", async () => {
  const request = JSON.parse(readFileSync(`${ROOT}/examples/reparole-medical-child.json`, "utf8"));
  request.beneficiary.mailingAddressSameAsFiler = true;
  request.filer.mailingAddress.street = "4410 Hospital Road"; // not the child's address typed before
  const file = join(tmp, "same-address.json");
  writeFileSync(file, JSON.stringify(request));
  const filled = await filledAsTheTableSays(file, request);
  assert.equal(filled["form1[0].P6[0].P2_Line24_StreetNumberName[0]"], "4410 Hospital Road");
  assert.equal(filled["form1[0].P6[0].P2_Line25_StreetNumberName[0]"], "4410 Hospital Road", "and Item 25: she lives there");
  assert.ok(!Object.values(filled).includes("3020 Children's Way"), "the address typed for her before stays aside");
  const browser = await browserPdf(JSON.stringify(request));
  assert.ok(browser.equals(cliPdf(file).bytes), "the browser's modules give the CLI's bytes");
});

/** The text a page draws, the boxes' appearance streams included (what prints), not the values. */
async function drawnText(doc, n) {
  const ops = await (await doc.getPage(n)).getOperatorList({ annotationMode: pdfjs.AnnotationMode.ENABLE });
  return ops.fnArray
    .map((fn, i) => (fn === pdfjs.OPS.showText ? ops.argsArray[i][0].map((g) => g?.unicode ?? "").join("") : null))
    .filter(Boolean);
}

// On this edition the family name (Part 2, Item 1) is printed on page 4 and the date of birth
// (Item 9) on page 5.
test("the printed pages show the filer's family name (page 4) and birth date as mm/dd/yyyy (page 5)", async () => {
  const request = JSON.parse(readFileSync(`${ROOT}/examples/reparole-medical-mother.json`, "utf8"));
  const doc = await open(cliPdf(`${ROOT}/examples/reparole-medical-mother.json`).bytes);
  const page4 = await drawnText(doc, 4);
  const page5 = await drawnText(doc, 5);
  assert.ok(page4.includes(request.filer.name.familyName), page4.join(" | "));
  assert.ok(page5.includes(mmddyyyy(request.filer.dateOfBirth)), page5.join(" | "));
  assert.ok(!page5.includes(request.filer.name.familyName), "the name is not on page 5 of this edition");
});

test("a 5,000-character reason lands whole in Part 13 and added sheets; signatures stay empty", async () => {
  const request = JSON.parse(readFileSync(`${ROOT}/examples/reparole-medical-child.json`, "utf8"));
  const sentence = "She needs intravenous nutrition every night and weekly blood tests at the children's hospital. ";
  request.reason.explanation = sentence.repeat(Math.ceil(5000 / sentence.length)).slice(0, 5000).trim();
  request.filer.aNumber = "A-12345678";
  const file = join(tmp, "long-reason.json");
  writeFileSync(file, JSON.stringify(request));
  const bytes = cliPdf(file).bytes;
  const doc = await open(bytes);
  assert.ok(doc.numPages > 14, "added sheets");
  const filled = await filledFields(doc);
  let text = Object.entries(filled)
    .filter(([name]) => /Part13_Line\d_AdditionalInfo/.test(name))
    .map(([, v]) => v)
    .join(" ");
  for (let n = 15; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    const page = content.items.map((i) => i.str).join(" ");
    assert.match(page, /Luna Ortega/, `sheet ${n} is headed with the filer's name`);
    assert.match(page, /012345678/, `sheet ${n} is headed with the A-Number`);
    assert.match(page, /Signature/, `sheet ${n} has a place to sign`);
    assert.match(page, /Page 11, Part 8, Item 1/, `sheet ${n} names where the answer belongs`);
    // The body, without the lines that head and close every page of a sheet.
    const heading = /^(Name: |A-Number: |Form I-131, Edition|Page \d+, Part|Signature: |Date \(mm\/dd\/yyyy\): )/;
    text += ` ${content.items.map((i) => i.str).filter((str) => !heading.test(str)).join(" ")}`;
  }
  const squash = (s) => s.replace(/\s+/g, "");
  assert.ok(squash(text).includes(squash(request.reason.explanation)), "the whole reason, in order");
  for (const signature of ["Part10_Line4_Signature", "Part11_Line6_Signature", "Part12_Line6_Signature"]) {
    assert.ok(!Object.keys(filled).some((name) => name.includes(signature)), signature);
  }
  // Part 8, Item 1 says where the answer went.
  assert.match(filled["form1[0].#subform[10].P8_Line1_Explain[0]"], /Part 13/);
});

test("a request that is not a form is refused with exit 2 and nothing written", () => {
  const out = join(tmp, "never.pdf");
  const { status, stderr } = cli(["pdf", "-", "-o", out], "[1, 2, 3]");
  assert.equal(status, 2);
  assert.ok(stderr.length > 0);
  assert.throws(() => readFileSync(out));
});

test("a request with errors is written, exit 1, and the errors are listed on stderr", () => {
  const out = join(tmp, "half.pdf");
  const { status, stderr } = cli(["pdf", "-", "-o", out, "--today", TODAY, "--lang", "es"], '{"application": {"paroleType": "reparole"}}');
  assert.equal(status, 1);
  assert.match(stderr, /El formulario está en .*half\.pdf/);
  assert.match(stderr, /^- Parte 2, Punto 1: /m);
  assert.ok(readFileSync(out).subarray(0, 5).equals(Buffer.from("%PDF-")));
});

test("a family file gives one form per person, named after them, each with their own name and I-94 in Part 2", async () => {
  const folder = join(tmp, "family");
  const { status, stdout, stderr } = cli(["pdf", `${ROOT}/examples/family-mother-daughter.json`, "-o", folder, "--today", TODAY]);
  assert.equal(status, 0, stderr);
  const files = ["I-131-LunaOrtega-Lucía.pdf", "I-131-RamírezLuna-Sofía.pdf"];
  assert.deepEqual(stdout.trim().split("\n"), files.map((f) => join(folder, f)));
  assert.deepEqual(readdirSync(folder).sort(), files);
  const mother = await filledFields(await open(readFileSync(join(folder, files[0]))));
  assert.equal(mother["form1[0].P4[0].Part2_Line1_FamilyName[0]"], "Luna Ortega");
  assert.equal(mother["form1[0].P4[0].Part2_Line1_GivenName[0]"], "Lucía");
  assert.equal(mother["form1[0].P5[0].Part2_Line13_I94RecordNo[0]"], "456789124C5");
  assert.equal(mother["form1[0].P6[0].P2_Line16_FamilyName[0]"], undefined, "her own request: Items 16-27 stay empty");
  const daughter = await filledFields(await open(readFileSync(join(folder, files[1]))));
  assert.equal(daughter["form1[0].P4[0].Part2_Line1_FamilyName[0]"], "Luna Ortega", "the mother files for her");
  assert.equal(daughter["form1[0].P6[0].P2_Line16_FamilyName[0]"], "Ramírez Luna");
  assert.equal(daughter["form1[0].P6[0].P2_Line16_GivenName[0]"], "Sofía");
  assert.equal(daughter["form1[0].P7[0].P2_Line27_I94RecordNo[0]"], "456789123C4");
  // Each form is the one the person's request alone gives.
  const alone = cliPdf(`${ROOT}/examples/reparole-medical-child.json`);
  assert.equal((await filledFields(await open(alone.bytes)))["form1[0].P7[0].P2_Line27_I94RecordNo[0]"], "456789123C4");
});
