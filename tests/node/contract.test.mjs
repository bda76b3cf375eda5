// The shipped wasm module and the native CLI give the same JSON, byte for byte, for every program,
// the work permit and both languages; and the same error code for the same bad input.
import assert from "node:assert/strict";
import { before, test } from "node:test";
import { cli } from "../support/cli.mjs";
import { loadHelper } from "../support/wasm.mjs";

const PROGRAMS = ["general", "ukraine", "afghan", "frp", "chnv", "other"];
const TODAYS = ["2026-06-01", "2026-11-27", "2027-02-01", "2027-04-01"];
let helper;

before(async () => {
  helper = await loadHelper();
});

test("re-parole windows match the CLI byte for byte", () => {
  for (const program of PROGRAMS)
    for (const today of TODAYS)
      for (const lang of ["en", "es"]) {
        const out = cli(["window", "--program", program, "--expires", "2027-03-31", "--today", today, "--lang", lang, "--format", "json"]);
        assert.equal(out.status, 0, out.stderr);
        const fromWasm = helper.reparoleWindow({ program, expires: "2027-03-31", today, lang });
        assert.equal(JSON.stringify(fromWasm) + "\n", out.stdout, `${program} ${today} ${lang}`);
      }
});

test("work-permit windows match the CLI byte for byte", () => {
  for (const today of TODAYS)
    for (const lang of ["en", "es"]) {
      const out = cli(["ead-window", "--expires", "2027-03-31", "--today", today, "--lang", lang, "--format", "json"]);
      assert.equal(out.status, 0, out.stderr);
      assert.equal(JSON.stringify(helper.eadWindow({ eadExpires: "2027-03-31", today, lang })) + "\n", out.stdout);
    }
});

/** The page builds the picture node by node; written out as the core writes it, it must be the
 *  CLI's file: the same picture on the page, in print and from a partner's server. */
const escape = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
function svgText(node) {
  const attrs = node.attrs.map(([name, value]) => ` ${name}="${escape(value)}"`).join("");
  const children = node.children ?? [];
  if (node.text == null && children.length === 0) return `<${node.tag}${attrs}/>`;
  return `<${node.tag}${attrs}>${escape(node.text ?? "")}${children.map(svgText).join("")}</${node.tag}>`;
}

test("the picture of the dates is the CLI's, byte for byte", () => {
  for (const program of ["general", "ukraine", "frp"])
    for (const today of TODAYS)
      for (const lang of ["en", "es"]) {
        const out = cli(["window", "--program", program, "--expires", "2027-03-31", "--today", today, "--lang", lang, "--format", "svg"]);
        assert.equal(out.status, 0, out.stderr);
        const tree = helper.timeline({ program, expires: "2027-03-31", today, lang });
        assert.equal(tree.tag, "svg");
        assert.equal(`<?xml version="1.0" encoding="UTF-8"?>\n${svgText(tree)}\n`, out.stdout, `${program} ${today} ${lang}`);
      }
  // With the work permit: two rows on one scale, re-parole first.
  const both = helper.timeline({ program: "general", expires: "2027-03-31", eadExpires: "2027-01-15", today: "2026-11-28", lang: "es" });
  const rows = both.children.filter((n) => n.tag === "g");
  assert.deepEqual(rows.map((g) => g.children[0].text), ["Nuevo parole", "Permiso de trabajo"]);
  const permit = cli(["ead-window", "--expires", "2027-01-15", "--today", "2026-11-28", "--lang", "es", "--format", "svg"]);
  assert.equal(permit.stdout, `<?xml version="1.0" encoding="UTF-8"?>\n${svgText(helper.timeline({ eadExpires: "2027-01-15", today: "2026-11-28", lang: "es" }))}\n`);
  // A request's own window: none until Item 12 is answered, then the same picture.
  const h = new helper.Helper({ today: "2026-11-28", lang: "en", storage: "none" });
  assert.equal(h.timeline(), null);
  h.set("application.paroleType", "reparole");
  assert.equal(h.timeline(), null, "re-parole, but no parole end date yet");
  h.set("application.program", "ukraine");
  h.set("application.currentParoleExpires", "2027-03-31");
  const own = h.timeline();
  assert.ok(own, "Item 12 answered: a picture");
  assert.match(svgText(own), /Last day: March 31, 2027/);
  assert.match(svgText(own), /id="pf-timeline-title"/);
  h.free();
});

test("the same bad input gets the same message from both", () => {
  for (const [expires, lang] of [["2026-02-30", "es"], ["", "en"], ["2027-13-01", "es"], ["1899-01-01", "en"]]) {
    const out = cli(["window", "--program", "general", "--expires", expires, "--lang", lang]);
    assert.equal(out.status, 2);
    assert.throws(
      () => helper.reparoleWindow({ program: "general", expires, lang }),
      (error) => error.message + "\n" === out.stderr && typeof error.code === "string",
    );
  }
});

test("every status of the contract is reachable and named", () => {
  const seen = new Set();
  for (const program of PROGRAMS)
    for (const today of ["2026-01-01", "2026-11-27", "2027-02-01", "2027-04-01"])
      seen.add(helper.reparoleWindow({ program, expires: "2027-03-31", today }).status);
  assert.deepEqual([...seen].sort(), ["expired", "file_now", "open", "terminated", "too_early"]);
});

test("validate gives the CLI's check report byte for byte, for every fixture and both languages", async () => {
  const { readdirSync, readFileSync } = await import("node:fs");
  const { ROOT } = await import("../support/cli.mjs");
  const files = ["examples", "tests/fixtures/check"].flatMap((dir) =>
    readdirSync(`${ROOT}/${dir}`).filter((f) => f.endsWith(".json")).map((f) => `${ROOT}/${dir}/${f}`),
  );
  assert.ok(files.length >= 10);
  for (const file of files)
    for (const lang of ["en", "es"]) {
      const out = cli(["check", file, "--today", "2026-11-27", "--lang", lang, "--format", "json"]);
      assert.ok(out.status === 0 || out.status === 1, out.stderr);
      const report = helper.validate(JSON.parse(readFileSync(file, "utf8")), { today: "2026-11-27", lang });
      assert.equal(JSON.stringify(report) + "\n", out.stdout, `${file} ${lang}`);
      // A family file gives a report per person (each the same as the request alone would give).
      const errors = report.people ? report.people.reduce((n, p) => n + p.report.summary.errors, 0) : report.summary.errors;
      assert.equal(Boolean(report.people), file.includes("/family-"), file);
      assert.equal(out.status, errors > 0 ? 1 : 0, "exit 1 exactly when there are errors");
    }
});
