// Runs the native `parole-helper` CLI (built once per test process) for Node tests.
import { execFileSync, spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../..", import.meta.url));
let built = false;

/** Runs the CLI with `args` (and `input` on stdin); returns `{ status, stdout, stderr }`. */
export function cli(args, input) {
  if (!built) {
    execFileSync("cargo", ["build", "--quiet", "--locked", "--bin", "parole-helper"], { cwd: ROOT, stdio: "inherit" });
    built = true;
  }
  const run = spawnSync(`${ROOT}/target/debug/parole-helper`, args, { encoding: "utf8", input });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}
