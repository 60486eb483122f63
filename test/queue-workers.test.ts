// The Redis queue with several worker processes on a real PostgreSQL store: the same documents give the same store
// as an in-order SQLite ingest, and workers killed with SIGKILL mid-batch and restarted lose and double nothing.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { DEMO, wireExcerpt } from "./corpus-fixtures.ts";
import { freshPgSchema, REDIS_URL } from "./store-kinds.ts";
import { IngestQueue } from "../src/queue/ingest-queue.ts";
import { SqliteStore } from "../src/store/sqlite.ts";
import { PostgresStore } from "../src/store/postgres/store.ts";
import type { Store } from "../src/store/store.ts";
import { sitrep, startSitrep } from "./cli-run.ts";

const temp = () => mkdtempSync(join(tmpdir(), "sitrep-queue-"));
const cleanup: (() => Promise<void>)[] = [];
after(async () => {
  for (const c of cleanup.reverse()) await c().catch(() => {});
});

/** A queue of its own on the test Redis, removed after the tests. */
function freshQueue(): string {
  const url = `${REDIS_URL}${REDIS_URL.includes("?") ? "&" : "?"}queue=sitrep-test-${process.pid}-${randomBytes(4).toString("hex")}`;
  cleanup.push(async () => {
    const q = new IngestQueue(url);
    await q.destroy();
    await q.close();
  });
  return url;
}

async function freshPg(): Promise<string> {
  const s = await freshPgSchema();
  cleanup.push(() => s.drop());
  return s.url;
}

/** Integrity of a PostgreSQL store: every document has one report row per extracted event, every report a canonical
 *  event, every canonical event as many reports as it says. */
async function pgCounts(url: string) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    const n = async (sql: string) => (await c.query<{ n: number }>(sql)).rows[0]!.n;
    return {
      documents: await n("SELECT COUNT(*)::int AS n FROM documents"),
      reports: await n("SELECT COUNT(*)::int AS n FROM report_events"),
      canonical: await n("SELECT COUNT(*)::int AS n FROM canonical_events"),
      mismatched: await n(`SELECT COUNT(*)::int AS n FROM documents d WHERE json_array_length((d.extraction::json)->'events') <>
                           (SELECT COUNT(*) FROM report_events r WHERE r.document_id = d.id)`),
      orphans: await n("SELECT COUNT(*)::int AS n FROM report_events r WHERE NOT EXISTS (SELECT 1 FROM canonical_events c WHERE c.id = r.canonical_id)"),
      miscounted: await n(`SELECT COUNT(*)::int AS n FROM canonical_events c WHERE c.reports <> (SELECT COUNT(*) FROM report_events r WHERE r.canonical_id = c.id)`),
    };
  } finally {
    await c.end();
  }
}

function startWorker(db: string, queue: string): ChildProcess {
  const child = startSitrep(["worker", "--db", db, "--queue", queue, "--quiet"], {
    stdio: ["ignore", "ignore", "pipe"],
    // a killed worker's job is free again after this long
    env: { ...process.env, SITREP_WORKER_LOCK_MS: "4000" },
  });
  let err = "";
  child.stderr!.on("data", (b) => (err += b));
  child.once("exit", (code, signal) => {
    if (code && signal !== "SIGKILL" && signal !== "SIGTERM") console.error(`worker exited ${code}: ${err}`);
  });
  return child;
}

/** Stops workers with `signal`; one that has not finished its jobs in hand after 30 s is killed. */
async function stop(workers: ChildProcess[], signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  await Promise.all(workers.map((w) => w.exitCode !== null || w.signalCode !== null ? null : new Promise<void>((r) => {
    const overdue = setTimeout(() => w.kill("SIGKILL"), 30_000);
    w.once("exit", () => (clearTimeout(overdue), r()));
    w.kill(signal);
  })));
}

/** Polls the queue until `until` holds, or fails after `ms`. */
async function waitFor(queue: string, until: (s: Awaited<ReturnType<IngestQueue["status"]>>) => boolean, ms: number) {
  const q = new IngestQueue(queue);
  try {
    const deadline = Date.now() + ms;
    for (;;) {
      const s = await q.status();
      if (until(s)) return s;
      if (Date.now() > deadline) assert.fail(`queue not there after ${ms} ms: ${JSON.stringify(s.counts)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    await q.close();
  }
}

function enqueue(queue: string, ...paths: string[]) {
  const r = sitrep(["ingest", "--queue", queue, "--json", ...paths]);
  assert.equal(r.status, 0, r.stderr);
  return JSON.parse(r.stdout) as { read: number; queued: number; alreadyQueued: number; failed: number };
}

/** Each canonical event as the set of report events it holds: ids name the founding report, which may differ when
 *  reports arrive in another order, so stores are compared by what their events hold. */
async function partition(store: Store): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for await (const x of store.eachEvent({ modality: "any" })) out.set(x.reports.map((r) => `${r.documentId}:${r.eventIndex}`).sort().join(" "), x.event.id);
  return out;
}

test("the same documents through the queue and two workers into PostgreSQL give the SQLite store's canonical events", async () => {
  const d = temp();
  const N = 40;
  const wire = wireExcerpt(join(DEMO, "muc34", "dev-muc3-0201-0300"), N, join(d, "wire"));
  const queue = freshQueue(), db = await freshPg();
  const first = enqueue(queue, wire);
  assert.deepEqual([first.read, first.queued, first.alreadyQueued, first.failed], [N, N, 0, 0]);
  assert.equal(enqueue(queue, wire).alreadyQueued, N, "queued once by content hash");
  const workers = [startWorker(db, queue), startWorker(db, queue)];
  // meanwhile the in-order SQLite ingest of the same file
  const sqliteDb = join(d, "s.db");
  const local = sitrep(["ingest", "--db", sqliteDb, "--workers", "1", "--quiet", wire]);
  assert.equal(local.status, 0, local.stderr);
  await waitFor(queue, (s) => s.counts.completed + s.counts.failed === N, 240_000);
  await stop(workers);

  const lite = new SqliteStore(sqliteDb), pgs = new PostgresStore(db);
  try {
    const [a, b] = [await lite.stats(), await pgs.stats()];
    assert.deepEqual(b, a, "documents, report events, canonical events and actors");
    const [pa, pb] = [await partition(lite), await partition(pgs)];
    const same = [...pa.keys()].filter((k) => pb.has(k));
    assert.equal(same.length, pa.size, "every canonical event holds the same reports on both stores");
    const sameIds = same.filter((k) => pa.get(k) === pb.get(k)).length;
    console.log(`parity: ${N} documents, ${a.reportEvents} report events, ${a.canonicalEvents} canonical events; ${sameIds} with the same id`);
    assert.deepEqual(await pgCounts(db).then((c) => [c.mismatched, c.orphans, c.miscounted]), [0, 0, 0]);
  } finally {
    await lite.close();
    await pgs.close();
  }
});

test("workers killed with SIGKILL mid-batch and restarted: every queued document stored once, none lost", async () => {
  const d = temp();
  const N = 40;
  const wire = wireExcerpt(join(DEMO, "muc34", "dev-muc3-0301-0400"), N, join(d, "wire"));
  const queue = freshQueue(), db = await freshPg();
  enqueue(queue, wire);
  let workers = [startWorker(db, queue), startWorker(db, queue)];
  await waitFor(queue, (s) => s.counts.completed >= 8, 180_000);
  await stop(workers, "SIGKILL");
  const partial = await pgCounts(db);
  assert.ok(partial.documents >= 8 && partial.documents < N, `killed mid-batch (${partial.documents} stored)`);
  assert.deepEqual([partial.mismatched, partial.orphans, partial.miscounted], [0, 0, 0], "no half-stored document");

  workers = [startWorker(db, queue), startWorker(db, queue)];
  const s = await waitFor(queue, (x) => x.counts.completed + x.counts.failed === N && x.counts.active === 0, 240_000);
  await stop(workers);
  assert.equal(s.counts.failed, 0, JSON.stringify(s.failed));
  const c = await pgCounts(db);
  assert.equal(c.documents, N, "nothing lost");
  assert.deepEqual([c.mismatched, c.orphans, c.miscounted], [0, 0, 0], "nothing doubled or half-stored");
});

test("a document that cannot be extracted fails once with its error, shows in `queue status`, and `queue retry` runs it again", async () => {
  const queue = freshQueue(), db = await freshPg();
  const q = new IngestQueue(queue);
  // a publication date that is not text breaks extraction: a permanent failure, not retried on its own
  await q.enqueue([
    { name: "good.txt", article: { text: "Rebels attacked an army post in Usulutan on Friday, the army said.", published: "1989-11-11" } },
    { name: "bad.json", article: { text: "Rebels attacked a bridge.", published: 5 as unknown as string } },
  ]);
  await q.close();
  const worker = startWorker(db, queue);
  try {
    const s = await waitFor(queue, (x) => x.counts.completed + x.counts.failed === 2, 120_000);
    assert.equal(s.counts.failed, 1);
    assert.deepEqual(s.failed.map((f) => [f.name, f.attempts]), [["bad.json", 1]]);
    assert.match(s.failed[0]!.error, /bad\.json: extraction failed/);
    const shown = sitrep(["queue", "status", "--queue", queue]);
    assert.match(shown.stdout, /1 done, 1 failed/);
    assert.match(shown.stdout, /failed [0-9a-f]{12} bad\.json \(1 attempt\): bad\.json: extraction failed/);
    const retried = sitrep(["queue", "retry", "--queue", queue]);
    assert.match(retried.stdout, /^1 failed job\(s\) queued again/);
    const again = await waitFor(queue, (x) => x.failed[0]?.attempts === 2, 60_000);
    assert.equal(again.counts.completed, 1);
  } finally {
    await stop([worker]);
  }
});
