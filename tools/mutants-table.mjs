// The score of a cargo-mutants run, per module: caught, missed, timed out, unviable, and the share
// of viable mutants caught. `node tools/mutants-table.mjs mutants.out` (make mutants runs it).
//
// After `cargo mutants --iterate`, the run tests only what an earlier run did not catch; with
// `--list FILE` (the names `cargo mutants --list` prints, with the same filters) every mutant of
// the list that this run skipped because it is in DIR/previously_caught.txt counts as caught.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "mutants.out";
const listArg = process.argv.indexOf("--list");
const { outcomes } = JSON.parse(readFileSync(join(dir, "outcomes.json"), "utf8"));
const byModule = new Map();
const moduleOf = (file) => (file.split("/").length > 2 ? file.split("/").slice(0, 2).join("/") : file); // src/check/cross.rs → src/check
const rowOf = (file) => {
  const module = moduleOf(file);
  if (!byModule.has(module)) byModule.set(module, { caught: 0, missed: 0, timeout: 0, unviable: 0 });
  return byModule.get(module);
};
const tested = new Set();
for (const outcome of outcomes) {
  const mutant = outcome.scenario?.Mutant;
  if (!mutant) continue;
  tested.add(mutant.name);
  const row = rowOf(mutant.file);
  const summary = outcome.summary;
  if (summary === "CaughtMutant") row.caught++;
  else if (summary === "MissedMutant") row.missed++;
  else if (summary === "Timeout") row.timeout++;
  else if (summary === "Unviable") row.unviable++;
}
if (listArg > 0) {
  const earlier = join(dir, "previously_caught.txt");
  const caughtBefore = new Set(existsSync(earlier) ? readFileSync(earlier, "utf8").split("\n").filter(Boolean) : []);
  for (const name of readFileSync(process.argv[listArg + 1], "utf8").split("\n").filter(Boolean)) {
    if (!tested.has(name) && caughtBefore.has(name)) rowOf(name.split(":")[0]).caught++;
  }
}
console.log("| module | caught | missed | timeout | unviable | caught of viable |");
console.log("|---|---|---|---|---|---|");
let total = { caught: 0, missed: 0, timeout: 0, unviable: 0 };
for (const [module, r] of [...byModule].sort()) {
  // A timeout is a mutant the tests stopped (an endless loop): counted as caught.
  const viable = r.caught + r.missed + r.timeout;
  console.log(`| \`${module}\` | ${r.caught} | ${r.missed} | ${r.timeout} | ${r.unviable} | ${((100 * (r.caught + r.timeout)) / viable).toFixed(1)} % |`);
  for (const k of Object.keys(total)) total[k] += r[k];
}
const viable = total.caught + total.missed + total.timeout;
console.log(`| all | ${total.caught} | ${total.missed} | ${total.timeout} | ${total.unviable} | ${((100 * (total.caught + total.timeout)) / viable).toFixed(1)} % |`);
