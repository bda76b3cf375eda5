// The npm package in Node, as a partner's server would use it: `import … from "parole-form-helper"`
// resolves to node.js through package.json "exports", and gives the CLI's results exactly.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { pathToFileURL } from "node:url";
import { cli, ROOT } from "../support/cli.mjs";

const PACKAGE = `${ROOT}/dist/parole-form-helper`;
const manifest = JSON.parse(readFileSync(`${PACKAGE}/package.json`, "utf8"));

test("package.json declares exports, types and files, and the files are there", () => {
  assert.equal(manifest.name, "parole-form-helper");
  assert.equal(manifest.exports["."].node, "./node.js");
  assert.equal(manifest.exports["."].types, "./index.d.ts");
  for (const file of manifest.files) assert.ok(readFileSync(`${PACKAGE}/${file}`).length > 0, file);
});

test("a partner's project imports it by name, and Node picks the node entry", async () => {
  // A project with the package in its node_modules, importing the bare name.
  const project = mkdtempSync(join(tmpdir(), "partner-project-"));
  mkdirSync(join(project, "node_modules"));
  symlinkSync(PACKAGE, join(project, "node_modules", "parole-form-helper"), "dir");
  writeFileSync(join(project, "server.mjs"), 'export * from "parole-form-helper";\n');
  const helper = await import(pathToFileURL(join(project, "server.mjs")).href);
  await helper.ready;
  const report = helper.validate({ filer: { ssn: "000-12-3456" } }, { today: "2026-11-27" });
  assert.ok(report.diagnostics.some((d) => d.code === "format.ssn"));
  rmSync(project, { recursive: true, force: true });
});

test("every example and fixture gives the CLI's report, in both languages", async () => {
  const helper = await import(pathToFileURL(`${PACKAGE}/node.js`).href);
  const files = ["examples", "tests/fixtures/check"].flatMap((dir) =>
    readdirSync(`${ROOT}/${dir}`).filter((f) => f.endsWith(".json") && !f.startsWith("family-")).map((f) => `${ROOT}/${dir}/${f}`),
  );
  for (const file of files)
    for (const lang of ["en", "es"]) {
      const out = cli(["check", file, "--today", "2026-11-27", "--lang", lang, "--format", "json"]);
      const report = helper.validate(readFileSync(file, "utf8"), { today: "2026-11-27", lang });
      assert.equal(JSON.stringify(report) + "\n", out.stdout, `${file} ${lang}`);
    }
});

test("the window functions give the CLI's windows", async () => {
  const helper = await import(pathToFileURL(`${PACKAGE}/node.js`).href);
  for (const program of ["general", "ukraine", "afghan", "frp", "chnv", "other"]) {
    const out = cli(["window", "--program", program, "--expires", "2027-03-31", "--today", "2026-11-27", "--format", "json"]);
    assert.equal(JSON.stringify(helper.reparoleWindow({ program, expires: "2027-03-31", today: "2026-11-27" })) + "\n", out.stdout);
  }
  const ead = cli(["ead-window", "--expires", "2027-06-30", "--today", "2026-11-27", "--format", "json"]);
  assert.equal(JSON.stringify(helper.eadWindow({ eadExpires: "2027-06-30", today: "2026-11-27" })) + "\n", ead.stdout);
  assert.throws(() => helper.reparoleWindow({ program: "general", expires: "2026-02-30", lang: "es" }), (e) => e.code === "date.no_such_day" && /febrero/.test(e.message));
});
