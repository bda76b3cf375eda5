// The score of a cargo-mutants run, per module: caught, missed, timed out, unviable, and the share
// of viable mutants caught. `node tools/mutants-table.mjs mutants.out` (make mutants runs it).
import { readFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? "mutants.out";
const { outcomes } = JSON.parse(readFileSync(join(dir, "outcomes.json"), "utf8"));
const byModule = new Map();
for (const outcome of outcomes) {
  const file = outcome.scenario?.Mutant?.file;
  if (!file) continue;
  // src/check/cross.rs → src/check; src/fees.rs → src/fees.rs
  const module = file.split("/").length > 2 ? file.split("/").slice(0, 2).join("/") : file;
  const row = byModule.get(module) ?? { caught: 0, missed: 0, timeout: 0, unviable: 0 };
  const summary = outcome.summary;
  if (summary === "CaughtMutant") row.caught++;
  else if (summary === "MissedMutant") row.missed++;
  else if (summary === "Timeout") row.timeout++;
  else if (summary === "Unviable") row.unviable++;
  byModule.set(module, row);
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
