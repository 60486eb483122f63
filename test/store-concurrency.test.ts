// Writers that wait, not die (issue 14): processes opening a fresh store together, and an ingest beside another
// connection's long write transaction, on real SQLite files and real child processes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { copyFileSync, mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { MIGRATIONS } from "../src/store/migrations.ts";
import { SqliteStore } from "../src/store/sqlite.ts";
import { freshStoreTrials } from "../bench/store/fresh-store.ts";
import { ingestItems } from "../src/app/ingest.ts";
import { listFiles, readFile } from "../src/ingest/readers.ts";
import { DEMO } from "./corpus-fixtures.ts";
import { kb } from "./helpers.ts";

const temp = () => mkdtempSync(join(tmpdir(), "sitrep-lock-"));

test("20 trials of three processes opening one fresh store together: every process opens it at the latest schema", async () => {
  const results = await freshStoreTrials(20, 3, MIGRATIONS.length);
  const failures = results.flatMap((r, i) => (r.ok ? [] : [`trial ${i + 1}: ${r.outcomes.join("; ")}`]));
  assert.deepEqual(failures, []);
});

test("opening a store again is idempotent: the schema is applied once", async () => {
  const file = join(temp(), "s.db");
  for (let i = 0; i < 3; i++) await new SqliteStore(file).close();
  const db = new Database(file, { readonly: true });
  const versions = db.prepare("SELECT version FROM schema_version ORDER BY version").all().map((r) => (r as { version: number }).version);
  db.close();
  assert.deepEqual(versions, MIGRATIONS.map((_, i) => i + 1));
});

/** Another process that takes the store's write lock (BEGIN IMMEDIATE) and holds it for `holdMs`: resolves once
 * the lock is held, with a promise of its release. better-sqlite3 waits synchronously, so the holder cannot share
 * a thread with the ingest that waits for it. */
async function holdWriteLock(db: string, holdMs: number): Promise<{ released: Promise<void> }> {
  const code = `const D = require("better-sqlite3"); const db = new D(process.argv[1]); db.exec("BEGIN IMMEDIATE");
    db.prepare("CREATE TABLE IF NOT EXISTS held (x)").run(); console.log("held");
    setTimeout(() => { db.exec("COMMIT"); db.close(); }, Number(process.argv[2]));`;
  const child = spawn(process.execPath, ["-e", code, db, String(holdMs)], { cwd: join(import.meta.dirname, ".."), stdio: ["ignore", "pipe", "inherit"] });
  const released = new Promise<void>((done) => child.on("exit", () => done()));
  await new Promise<void>((done, fail) => {
    child.stdout.once("data", () => done());
    child.once("exit", (c) => fail(new Error(`lock holder exited (${c})`)));
  });
  return { released };
}

/** Ingests three articles into a store while another process holds its write lock for `holdMs`. */
async function ingestBesideLock(holdMs: number, busyTimeoutMs?: string) {
  const dir = temp();
  const input = join(dir, "in");
  mkdirSync(input);
  copyFileSync(join(DEMO, "ft-2021-06-28-us-strikes.md"), join(input, "seed.md"));
  writeFileSync(join(input, "more.jsonl"), ["Rebels attacked an army base in Kabul on Monday, killing five soldiers.", "Police arrested two men in Lima on Tuesday after a bomb exploded."]
    .map((text, i) => JSON.stringify({ id: `n${i}`, text, published: "2021-06-28" })).join("\n"));
  const file = join(dir, "s.db");
  kb(); // loaded before the lock is taken, so the first write comes while it is held
  const before = process.env.SITREP_BUSY_TIMEOUT_MS;
  if (busyTimeoutMs) process.env.SITREP_BUSY_TIMEOUT_MS = busyTimeoutMs;
  const store = new SqliteStore(file);
  if (before === undefined) delete process.env.SITREP_BUSY_TIMEOUT_MS;
  else process.env.SITREP_BUSY_TIMEOUT_MS = before;
  const { released } = await holdWriteLock(file, holdMs);
  const t0 = performance.now();
  const summary = await ingestItems(listFiles(input).flatMap(readFile), store, kb);
  const ms = performance.now() - t0;
  await released;
  await store.close();
  return { summary, ms };
}

test("an ingest beside another process's write transaction waits for the lock and stores every document", async () => {
  // longer than the 5 s busy timeout the store had: that ingest died with "database is locked"
  const { summary, ms } = await ingestBesideLock(9000);
  assert.deepEqual(summary.failures, []);
  assert.equal(summary.new, 3);
  assert.ok(ms > 6000, `the ingest waited for the lock (${ms.toFixed(0)} ms)`);
});

test("an ingest whose busy timeout runs out fails each locked document and still finishes the run", async () => {
  const { summary } = await ingestBesideLock(8000, "100");
  assert.equal(summary.read, 3);
  assert.equal(summary.failed + summary.new, 3);
  assert.ok(summary.failed >= 1, "the lock outlasted the timeout");
  for (const f of summary.failures) assert.match(f, /not stored: database is locked/);
});
