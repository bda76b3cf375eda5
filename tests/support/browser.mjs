// Starts Debian's Chromium through playwright-core for page tests (never a downloaded browser),
// with the flags this machine's closed network needs (shared/toolchain.md pitfall 4).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** A fresh browser context with its own empty profile; `close()` removes the profile. */
export async function launch(options = {}) {
  const profile = mkdtempSync(join(tmpdir(), "parole-helper-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
    ...options,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Records console errors, page errors and every request URL of `page`. */
export function watch(page) {
  const log = { errors: [], requests: [] };
  page.on("console", (msg) => msg.type() === "error" && log.errors.push(msg.text()));
  page.on("pageerror", (error) => log.errors.push(String(error)));
  page.on("request", (req) => log.requests.push(req.url()));
  return log;
}
