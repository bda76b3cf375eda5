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
