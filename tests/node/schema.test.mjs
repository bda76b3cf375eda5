// The generated JSON Schema, checked by an independent validator (ajv, draft 2020-12): it accepts
// every example and fixture, refuses broken documents, and agrees with the CLI about what is a form.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import Ajv2020 from "ajv/dist/2020.js";
import { cli, ROOT } from "../support/cli.mjs";

const schema = JSON.parse(readFileSync(`${ROOT}/schema/i131-parole.schema.json`, "utf8"));
const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);

const documents = ["examples", "tests/fixtures/check"].flatMap((dir) =>
  readdirSync(`${ROOT}/${dir}`)
    .filter((name) => name.endsWith(".json") && !name.startsWith("family-")) // family files: their own schema and report
    .map((name) => `${dir}/${name}`),
);

test("every example and fixture is valid against the schema", () => {
  assert.ok(documents.length >= 9);
  for (const file of documents) {
    const ok = validate(JSON.parse(readFileSync(`${ROOT}/${file}`, "utf8")));
    assert.ok(ok, `${file}: ${JSON.stringify(validate.errors)}`);
  }
});

const BROKEN = {
  "a number where text goes": { filer: { aNumber: 201234567 } },
  "an unknown question (typo)": { filer: { aNumbr: "A201234567" } },
  "an unknown top-level question": { aplication: {} },
  "a choice the form does not offer": { application: { paroleType: "visa" } },
  "a list where a name goes": { beneficiary: { name: ["Sofía"] } },
  "text where yes/no goes": { workPermit: "yes" },
  "a number where text goes (v2 keeps numbers as text)": { schemaVersion: 2, biographics: { weightPounds: 140 } },
  "not an object": ["application"],
};

test("the schema refuses broken documents, and so does the CLI (exit 2)", () => {
  for (const [what, doc] of Object.entries(BROKEN)) {
    assert.equal(validate(doc), false, `schema accepts ${what}`);
    const out = cli(["check", "-", "--today", "2026-11-27"], JSON.stringify(doc));
    assert.equal(out.status, 2, `CLI accepts ${what}: ${out.stdout}`);
    assert.equal(out.stderr.trim().split("\n").length, 1, `one line on stderr for ${what}`);
  }
});

const familySchema = JSON.parse(readFileSync(`${ROOT}/schema/i131-family.schema.json`, "utf8"));
const validateFamily = new Ajv2020({ allErrors: true, strict: false }).compile(familySchema);
const FAMILY = JSON.parse(readFileSync(`${ROOT}/examples/family-mother-daughter.json`, "utf8"));

test("the family schema accepts the family example, and the CLI checks it as one (exit 0, a report per person)", () => {
  assert.ok(validateFamily(FAMILY), JSON.stringify(validateFamily.errors));
  assert.equal(validate(FAMILY), false, "a family file is not a single request");
  const out = cli(["check", `${ROOT}/examples/family-mother-daughter.json`, "--today", "2026-11-27", "--format", "json"]);
  assert.equal(out.status, 0, out.stderr);
  const report = JSON.parse(out.stdout);
  assert.deepEqual(report.people.map((p) => p.name), ["Lucía Luna Ortega", "Sofía Ramírez Luna"]);
  // A single request stays valid as it is, for both the schema and the CLI.
  for (const file of documents.filter((f) => f.startsWith("examples/"))) assert.equal(validateFamily(JSON.parse(readFileSync(`${ROOT}/${file}`, "utf8"))), false, file);
});

const BROKEN_FAMILIES = {
  "no people": { family: { shared: {} } },
  "an empty family": { family: { people: [] } },
  "a person that is not an object": { family: { people: ["Sofía"] } },
  "a typo in a person's answers": { family: { people: [{ filer: { aNumbr: "A201234567" } }] } },
  "a typo in the shared answers": { family: { shared: { contct: {} }, people: [{}] } },
  "something beside shared and people": { family: { people: [{}], pets: [] } },
  "21 people": { family: { people: Array.from({ length: 21 }, () => ({})) } },
};

test("the family schema refuses broken family files, and so does the CLI (exit 2, one line)", () => {
  for (const [what, doc] of Object.entries(BROKEN_FAMILIES)) {
    assert.equal(validateFamily(doc), false, `schema accepts ${what}`);
    const out = cli(["check", "-", "--today", "2026-11-27"], JSON.stringify(doc));
    assert.equal(out.status, 2, `CLI accepts ${what}: ${out.stdout}`);
    assert.equal(out.stderr.trim().split("\n").length, 1, `one line on stderr for ${what}`);
  }
});
