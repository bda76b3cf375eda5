// The static server used by `make serve` and the page tests.
import assert from "node:assert/strict";
import { request } from "node:http";
import { after, before, test } from "node:test";
import { serve } from "../../tools/serve.mjs";
import { ROOT } from "../support/cli.mjs";

let server, url;
before(async () => ({ server, url } = await serve({ root: `${ROOT}/www` })));
after(() => server.close());

test("binds 127.0.0.1 only", () => {
  assert.equal(server.address().address, "127.0.0.1");
});

test("serves wasm as application/wasm, with the strict CSP", async () => {
  const res = await fetch(new URL("pkg/parole_helper_bg.wasm", url));
  assert.equal(res.status, 200);
  assert.equal(res.headers.get("content-type"), "application/wasm");
  // Written out, not the server's own constant: a drifting constant must fail here.
  assert.equal(
    res.headers.get("content-security-policy"),
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'self'",
  );
  assert.equal(res.headers.get("x-content-type-options"), "nosniff");
  const page = await fetch(url);
  assert.match(page.headers.get("content-type"), /^text\/html/);
});

/** GET `path` exactly as written: fetch() would normalize the dots away before sending. */
function rawGet(path, method = "GET") {
  return new Promise((done, fail) => {
    const { port } = server.address();
    request({ host: "127.0.0.1", port, path, method }, (res) => {
      res.resume();
      done(res.statusCode === 405 ? `405 ${res.headers.allow}` : res.statusCode);
    })
      .on("error", fail)
      .end();
  });
}

test("answers GET and HEAD only: every other method is 405, and no file is sent", async () => {
  assert.equal(await rawGet("/index.html", "HEAD"), 200);
  for (const method of ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE"]) {
    assert.equal(await rawGet("/index.html", method), "405 GET, HEAD", method);
  }
});

test("a path that cannot name a file is 400, never a server error", async () => {
  const paths = ["/%00", "/index.html%00", "/%", "/%E0%A4%A", "/%zz.js", `/${"a".repeat(5000)}`, `/${"a".repeat(300)}.js`, `/${"a/".repeat(2100)}`];
  for (const path of paths) assert.equal(await rawGet(path), 400, path.slice(0, 40));
  assert.equal(await rawGet("/no-such-file.js"), 404);
});

test("never serves files outside its root", async () => {
  assert.equal(await rawGet("/index.html"), 200);
  for (const path of ["/../Cargo.toml", "/%2e%2e/Cargo.toml", "/pkg/../../Makefile", "/..%2fMakefile"]) {
    assert.equal(await rawGet(path), 404, path);
  }
});
