// Serving the built dashboard: strict security headers, the app page for its own URLs, nothing outside dist,
// and nothing the API owns.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { CONTENT_SECURITY_POLICY, resolveStatic, serveStatic } from "../src/server/static.ts";

function fakeDist(): string {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-dist-"));
  mkdirSync(join(dir, "assets"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(join(dir, "assets", "app-1.js"), "console.log(1)");
  writeFileSync(join(dir, "..", "secret-sitrep.txt"), "secret");
  return dir;
}

test("the policy forbids inline and foreign script, framing and plugins", () => {
  for (const directive of ["default-src 'self'", "script-src 'self'", "object-src 'none'", "frame-ancestors 'none'", "base-uri 'none'"]) {
    assert.ok(CONTENT_SECURITY_POLICY.includes(directive), directive);
  }
  assert.doesNotMatch(CONTENT_SECURITY_POLICY, /unsafe-inline|unsafe-eval|\*/);
});

test("index and assets are served with security headers and fitting caching", () => {
  const dist = fakeDist();
  const index = resolveStatic("GET", "/", dist)!;
  assert.equal(index.status, 200);
  assert.match(String(index.body), /<title>app/);
  assert.equal(index.headers["content-security-policy"], CONTENT_SECURITY_POLICY);
  assert.equal(index.headers["x-content-type-options"], "nosniff");
  assert.equal(index.headers["x-frame-options"], "DENY");
  assert.equal(index.headers["cache-control"], "no-cache");
  const asset = resolveStatic("GET", "/assets/app-1.js", dist)!;
  assert.match(asset.headers["content-type"]!, /^text\/javascript/);
  assert.match(asset.headers["cache-control"]!, /immutable/);
});

test("dashboard URLs with state get the app page; missing files and API paths are not answered", () => {
  const dist = fakeDist();
  assert.match(String(resolveStatic("GET", "/?type=ASSAULT&event=ce_1", dist)!.body), /<title>app/);
  assert.match(String(resolveStatic("GET", "/events/view", dist)!.body), /<title>app/);
  assert.equal(resolveStatic("GET", "/assets/missing.js", dist), null);
  assert.equal(resolveStatic("GET", "/api/events", dist), null);
  assert.equal(resolveStatic("GET", "/openapi.json", dist), null);
  assert.equal(resolveStatic("POST", "/", dist), null);
});

test("paths cannot climb out of the dist folder", () => {
  const dist = fakeDist();
  for (const p of ["/../secret-sitrep.txt", "/%2e%2e/secret-sitrep.txt", "/..%2Fsecret-sitrep.txt", "/assets/..%2F..%2Fsecret-sitrep.txt"]) {
    const r = resolveStatic("GET", p, dist);
    assert.ok(!r || !String(r.body).includes("secret"), p);
  }
});

test("an unbuilt dashboard says how to build it instead of failing", () => {
  const r = resolveStatic("GET", "/", join(tmpdir(), "sitrep-no-such-dist"))!;
  assert.equal(r.status, 503);
  assert.match(String(r.body), /build:web/);
});

test("serveStatic answers over HTTP and leaves other requests to the API", async () => {
  const dist = fakeDist();
  const server = createServer((req, res) => {
    if (!serveStatic(req, res, dist)) res.writeHead(418).end("api");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const page = await fetch(`${base}/`);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get("content-security-policy"), CONTENT_SECURITY_POLICY);
    assert.equal((await fetch(`${base}/api/events`)).status, 418);
  } finally {
    server.close();
  }
});
