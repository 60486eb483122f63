// The ingest command on a real SQLite file: idempotent re-ingest, and resume after kill -9 with nothing lost or doubled.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, copyFileSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { DEMO, wireExcerpt } from "./corpus-fixtures.ts";
import { sitrep, startSitrep } from "./cli-run.ts";

const temp = () => mkdtempSync(join(tmpdir(), "sitrep-ingest-"));

function counts(db: string) {
  const d = new Database(db, { readonly: true });
  try {
    const n = (sql: string) => (d.prepare(sql).get() as { n: number }).n;
    return {
      documents: n("SELECT COUNT(*) AS n FROM documents"),
      reports: n("SELECT COUNT(*) AS n FROM report_events"),
      canonical: n("SELECT COUNT(*) AS n FROM canonical_events"),
      // every stored document has exactly one report row per extracted event
      mismatched: n(`SELECT COUNT(*) AS n FROM documents d WHERE json_array_length(d.extraction, '$.events') <>
                     (SELECT COUNT(*) FROM report_events r WHERE r.document_id = d.id)`),
      orphans: n("SELECT COUNT(*) AS n FROM report_events r WHERE NOT EXISTS (SELECT 1 FROM canonical_events c WHERE c.id = r.canonical_id)"),
    };
  } finally {
    d.close();
  }
}

const ingest = (db: string, ...paths: string[]) => sitrep(["ingest", "--db", db, "--json", ...paths]);

test("re-ingesting the same content adds nothing", () => {
  const d = temp();
  const input = join(d, "in");
  mkdirSync(input);
  copyFileSync(join(DEMO, "ft-2021-06-28-us-strikes.md"), join(input, "seed.md"));
  copyFileSync(join(DEMO, "muc34", "dev-muc3-0001-0100"), join(input, "wire"));
  const db = join(d, "s.db");
  const first = ingest(db, input);
  assert.equal(first.status, 0, first.stderr);
  const s1 = JSON.parse(first.stdout);
  assert.equal(s1.new, 101);
  const before = counts(db);
  const second = ingest(db, input, join(input, "seed.md"));
  const s2 = JSON.parse(second.stdout);
  assert.equal(s2.new, 0);
  assert.equal(s2.duplicate, 102);
  assert.deepEqual(counts(db), before);
  assert.equal(before.mismatched, 0);
});

test("an ingest killed with SIGKILL resumes with nothing lost or doubled", async () => {
  const d = temp();
  const db = join(d, "s.db");
  const TOTAL = 36;
  const inputs = [wireExcerpt(join(DEMO, "muc34", "dev-muc3-0101-0200"), TOTAL, join(d, "wire"))];
  // the uninterrupted ingest to compare with runs meanwhile (knowledge loading, not storing, dominates the time)
  const clean = join(d, "clean.db");
  const cleanRun = new Promise<number | null>((done) => startSitrep(["ingest", "--db", clean, "--quiet", ...inputs], { stdio: "ignore" }).once("exit", done));
  const child = startSitrep(["ingest", "--db", db, "--quiet", ...inputs], { stdio: "ignore" });
  // wait until part of the input is stored (polling the store), then kill it mid-way
  const deadline = Date.now() + 120_000;
  let stored = 0;
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 25));
    try {
      stored = counts(db).documents;
    } catch {
      stored = 0; // not created yet
    }
    if (stored >= 4) break;
  }
  child.kill("SIGKILL");
  await new Promise((r) => child.once("exit", r));
  const partial = counts(db);
  assert.ok(partial.documents >= 4 && partial.documents < TOTAL, `killed mid-way (${partial.documents} stored)`);
  assert.equal(partial.mismatched, 0, "no half-stored document");

  const resumed = ingest(db, ...inputs);
  assert.equal(resumed.status, 0, resumed.stderr);
  const s = JSON.parse(resumed.stdout);
  assert.equal(s.duplicate, partial.documents);
  assert.equal(s.new, TOTAL - partial.documents);
  const after = counts(db);
  assert.equal(after.documents, TOTAL);
  assert.equal(after.mismatched, 0);
  assert.equal(after.orphans, 0);
  // a fresh, uninterrupted ingest stores the same documents and report events
  assert.equal(await cleanRun, 0);
  const c = counts(clean);
  assert.equal(after.documents, c.documents);
  assert.equal(after.reports, c.reports);
  assert.equal(after.canonical, c.canonical);
});
