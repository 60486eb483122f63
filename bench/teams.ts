// Benchmark: the team deployment (PostgreSQL store, Redis queue, N worker processes) against the laptop one (SQLite).
//   ingest  the first --docs MUC reports of the demo corpus (default 300): SQLite in order in this process (two
//           extraction threads), then through the queue into PostgreSQL with 1, 2 and 4 worker processes (one
//           document at a time each); throughput, and each PostgreSQL store compared with the SQLite one (counts,
//           canonical events holding the same reports, same ids)
//   api     a synthetic store of --rows report events (default 1,000,000; each its own canonical event, two actors,
//           no document texts; 50,000 distinct ones and copies of them) bulk-loaded into SQLite and PostgreSQL, served
//           by the real server; each API call's first (cold) time and the median of three more
//   npm run bench:teams [-- --only ingest|api] [--docs 300] [--rows 1000000] [--postgres-only] [--pg URL] [--redis URL]
// Writes artifacts/bench-teams.json (bench-teams-ingest.json, bench-teams-api.json with --only). The PostgreSQL schema and Redis queue it makes are removed at the end.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { spawn, type ChildProcess } from "node:child_process";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { SqliteStore } from "../src/store/sqlite.ts";
import { PostgresStore } from "../src/store/postgres/store.ts";
import { SqliteMergeRepository } from "../src/store/sqlite-repository.ts";
import { canonicalRow } from "../src/corpus/merge.ts";
import { reportEvent } from "../src/corpus/reports.ts";
import { publisherKeyOf } from "../src/corpus/syndication.ts";
import { actorId } from "../src/corpus/actors.ts";
import type { ReportEvent } from "../src/corpus/records.ts";
import { readFile } from "../src/ingest/readers.ts";
import { openExtractorPool } from "../src/ingest/extractor-pool.ts";
import { ingestItems } from "../src/app/ingest.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { IngestQueue } from "../src/queue/ingest-queue.ts";
import { startServer } from "../src/server/serve.ts";
import type { Store } from "../src/store/store.ts";
import type { InputItem } from "../src/ingest/types.ts";
import { syntheticStream, ACTORS } from "../test/dashboard-data.ts";

const root = resolve(import.meta.dirname, "..");
const BIN = join(root, "bin", "sitrep.js");
const arg = (name: string, dflt: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : dflt);
const only = arg("--only", "all");
const DOCS = Number(arg("--docs", "300"));
const ROWS = Number(arg("--rows", "1000000"));
const PG_URL = arg("--pg", process.env.SITREP_TEST_PG ?? "postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_test");
const REDIS_URL = arg("--redis", process.env.SITREP_TEST_REDIS ?? "redis://127.0.0.1:6379");
const tag = `${process.pid}_${randomBytes(3).toString("hex")}`;
const work = mkdtempSync(join(tmpdir(), "sitrep-bench-teams-"));
const cleanup: (() => Promise<void>)[] = [];
const out: Record<string, unknown> = { date: new Date().toISOString(), loadAverageAtStart: loadavg()[0] };

async function admin<T>(f: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: PG_URL });
  await c.connect();
  try {
    return await f(c);
  } finally {
    await c.end();
  }
}

/** A new schema for one store; its URL points connections at it. Dropped at the end. */
async function pgSchema(name: string): Promise<string> {
  const schema = `bench_${name}_${tag}`;
  await admin((c) => c.query(`CREATE SCHEMA ${schema}`));
  cleanup.push(() => admin((c) => c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`)).then(() => {}));
  return `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

function queueUrl(name: string): string {
  const url = `${REDIS_URL}${REDIS_URL.includes("?") ? "&" : "?"}queue=bench-${name}-${tag}`;
  cleanup.push(async () => {
    const q = new IngestQueue(url);
    await q.destroy();
    await q.close();
  });
  return url;
}

const seconds = (ms: number) => Math.round(ms / 100) / 10;

// ---- ingest ----------------------------------------------------------------------------------------------

function mucItems(n: number): InputItem[] {
  const files = ["0001-0100", "0101-0200", "0201-0300", "0301-0400", "0401-0500", "0501-0600"].map((f) => join(root, "data", "demo", "muc34", `dev-muc3-${f}`));
  return files.flatMap((f) => readFile(f)).filter((x) => !x.error).slice(0, n);
}

/** Each canonical event as the set of reports it holds, with its id. */
async function partition(store: Store): Promise<Map<string, string>> {
  const m = new Map<string, string>();
  for await (const x of store.eachEvent({ modality: "any" })) m.set(x.reports.map((r) => `${r.documentId}:${r.eventIndex}`).sort().join(" "), x.event.id);
  return m;
}

/** Starts a worker process; resolves once it has loaded its knowledge and takes jobs. */
function startWorker(db: string, queue: string): Promise<ChildProcess> {
  return new Promise((ready, fail) => {
    const child = spawn(process.execPath, [BIN, "worker", "--db", db, "--queue", queue, "--quiet"], { stdio: ["ignore", "ignore", "pipe"] });
    let err = "";
    child.stderr!.on("data", (b: Buffer) => {
      err += b;
      if (/at a time from/.test(err)) ready(child);
    });
    child.once("exit", (code) => fail(new Error(`worker exited ${code}: ${err}`)));
  });
}

async function ingestBench(): Promise<void> {
  const items = mucItems(DOCS);
  console.log(`ingest: ${items.length} MUC reports`);
  const sqliteFile = join(work, "ingest.db");
  const lite = new SqliteStore(sqliteFile);
  const pool = openExtractorPool(2, { validate: true });
  await pool.submit({ text: "Warm-up.", published: "2000-01-01" });
  await pool.submit({ text: "Warm-up.", published: "2000-01-02" });
  let t = performance.now();
  await ingestItems(items, lite, loadKnowledge, undefined, pool);
  const sqliteMs = performance.now() - t;
  await pool.close();
  const liteStats = await lite.stats();
  const litePartition = await partition(lite);
  const results: Record<string, unknown>[] = [{ store: "sqlite", workers: "1 process, 2 extraction threads", seconds: seconds(sqliteMs), docsPerSecond: Math.round((items.length / sqliteMs) * 10000) / 10, ...liteStats }];
  console.log(`  sqlite (in order, 2 threads): ${seconds(sqliteMs)} s, ${JSON.stringify(liteStats)}`);
  for (const k of [1, 2, 4]) {
    const db = await pgSchema(`ingest${k}`), queue = queueUrl(`ingest${k}`);
    const workers = await Promise.all(Array.from({ length: k }, () => startWorker(db, queue)));
    const q = new IngestQueue(queue);
    t = performance.now();
    await q.enqueue(items.map((x) => ({ name: x.name, article: x.article! })));
    for (;;) {
      const s = await q.status();
      if (s.counts.completed + s.counts.failed >= items.length) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const ms = performance.now() - t;
    await q.close();
    for (const w of workers) w.kill("SIGTERM");
    await Promise.all(workers.map((w) => new Promise((r) => w.once("exit", r))));
    const store = new PostgresStore(db);
    const stats = await store.stats();
    const p = await partition(store);
    await store.close();
    const sameReports = [...litePartition.keys()].filter((key) => p.has(key));
    const sameIds = sameReports.filter((key) => litePartition.get(key) === p.get(key)).length;
    const r = { store: "postgres", workers: `${k} process${k > 1 ? "es" : ""}`, seconds: seconds(ms), docsPerSecond: Math.round((items.length / ms) * 10000) / 10, ...stats,
      canonicalHoldingTheSameReportsAsSqlite: sameReports.length, sameIds };
    results.push(r);
    console.log(`  postgres, ${k} worker(s) through the queue: ${r.seconds} s (${r.docsPerSecond} docs/s), ${JSON.stringify(stats)}; ${sameReports.length} canonical events hold the same reports as SQLite's, ${sameIds} with the same id`);
  }
  await lite.close();
  out.ingest = { documents: items.length, results };
}

// ---- API at scale ------------------------------------------------------------------------------------------

/** `rows` report events from the synthetic dashboard corpus (round-ups of five stories), each its own canonical
 *  event; actors resolved by name and country. */
function* syntheticRows(rows: number): Generator<{ row: ReturnType<typeof canonicalRow>; report: ReportEvent }> {
  let n = 0;
  for (const doc of syntheticStream(Number.MAX_SAFE_INTEGER, 11, 3650, 5)) {
    const publisher = publisherKeyOf(doc.document.source, doc.document.id);
    for (let i = 0; i < doc.events.length && n < rows; i++, n++) {
      const r = reportEvent(doc, i, publisher);
      for (const a of [r.source, r.target]) if (a) a.actorId = actorId(`${a.name.toLowerCase()}|${a.country ?? "*"}`);
      yield { row: canonicalRow(`ce_syn${n}`, [r]), report: r };
    }
    if (n >= rows) return;
  }
}

function actorRows() {
  return ACTORS.map((a) => ({ id: actorId(`${a.name.toLowerCase()}|${a.country ?? "*"}`), name: a.name, country: a.country, sector: a.sector, code: a.code }));
}

/** Distinct synthetic rows made in JavaScript; the rest of a large store are copies of them made inside the database
 *  (ids suffixed "-k"), which loads a million rows in minutes instead of hours. Copies share their original's date,
 *  place and actors: the indexes and counts grow as in a real store, the variety does not. */
const DISTINCT_ROWS = Number(arg("--distinct", "50000"));
const CANONICAL_COLUMNS = "family, modality_class, type, modality, acled_type, country, date_start, date_end, dated, date, lat, lon, place, goldstein, quad_class, fatalities, confidence, reports, publishers, first_seen, source_actor, target_actor, search, record, profile, loc_precision";

async function loadSqlite(file: string, rows: number): Promise<SqliteStore> {
  const store = new SqliteStore(file);
  const repo = new SqliteMergeRepository((sql) => store.db.prepare(sql));
  const insReport = store.db.prepare("INSERT INTO report_events (document_id, event_index, canonical_id, score, reasons, report) VALUES (?, 0, ?, NULL, '[]', ?)");
  const insActor = store.db.prepare("INSERT OR IGNORE INTO actors (id, name, country, sector, actor_code) VALUES (?, ?, ?, ?, ?)");
  store.db.transaction(() => {
    for (const a of actorRows()) insActor.run(a.id, a.name, a.country, a.sector, a.code);
  })();
  // the secondary indexes are built once after the load instead of row by row (the same definitions)
  const indexes = store.db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name IN ('canonical_events', 'report_events', 'event_actors') AND sql IS NOT NULL").all() as { name: string; sql: string }[];
  for (const i of indexes) store.db.exec(`DROP INDEX ${i.name}`);
  let batch: { row: ReturnType<typeof canonicalRow>; report: ReportEvent }[] = [];
  const flush = store.db.transaction(() => {
    for (const x of batch) {
      insReport.run(x.row.id.replace("ce_", "doc_"), x.row.id, JSON.stringify(x.report));
      repo.saveCanonical(x.row);
    }
  });
  const distinct = Math.min(rows, DISTINCT_ROWS);
  for (const x of syntheticRows(distinct)) {
    batch.push(x);
    if (batch.length === 20_000) flush(), (batch = []);
  }
  flush();
  const copies = Math.ceil(rows / distinct) - 1;
  if (copies > 0) {
    store.db.exec(`CREATE TEMP TABLE base_events AS SELECT id, ${CANONICAL_COLUMNS} FROM canonical_events;
      CREATE TEMP TABLE base_reports AS SELECT * FROM report_events; CREATE TEMP TABLE base_links AS SELECT * FROM event_actors;`);
    const g = `(WITH RECURSIVE g(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM g WHERE n < ${copies}) SELECT n FROM g) g`;
    store.db.transaction(() => {
      store.db.exec(`INSERT INTO canonical_events (id, ${CANONICAL_COLUMNS}) SELECT id || '-' || g.n, ${CANONICAL_COLUMNS} FROM base_events, ${g};
        INSERT INTO report_events (document_id, event_index, canonical_id, score, reasons, report)
          SELECT document_id || '-' || g.n, event_index, canonical_id || '-' || g.n, score, reasons, report FROM base_reports, ${g};
        INSERT INTO event_actors (canonical_id, actor_id, role) SELECT canonical_id || '-' || g.n, actor_id, role FROM base_links, ${g};`);
    })();
  }
  for (const i of indexes) store.db.exec(i.sql);
  store.db.exec("ANALYZE");
  return store;
}

async function loadPostgres(url: string, rows: number): Promise<PostgresStore> {
  const store = new PostgresStore(url, { max: 8 });
  await store.stats(); // migrated
  const c = await store.pool.connect();
  try {
    for (const a of actorRows())
      await c.query("INSERT INTO actors (id, name, country, sector, actor_code) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING", [a.id, a.name, a.country, a.sector, a.code]);
    // the secondary indexes are built once after the load instead of row by row (the same definitions)
    const indexes = (await c.query<{ indexname: string; indexdef: string }>(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = current_schema()
        AND tablename IN ('canonical_events', 'report_events', 'event_actors') AND indexname NOT LIKE '%pkey'`)).rows;
    for (const i of indexes) await c.query(`DROP INDEX ${i.indexname}`);
    // the count-keeping triggers would update the same few rows once per loaded row, in one transaction; the
    // counts are made once at the end instead
    for (const tbl of ["canonical_events", "report_events"]) await c.query(`ALTER TABLE ${tbl} DISABLE TRIGGER USER`);
    let batch: { row: ReturnType<typeof canonicalRow>; report: ReportEvent }[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const col = <T>(f: (x: (typeof batch)[number]) => T) => batch.map(f);
      await c.query("BEGIN");
      await c.query(`INSERT INTO canonical_events (id, family, modality_class, type, modality, acled_type, country, date_start, date_end, dated, date, lat, lon, place,
          goldstein, quad_class, fatalities, confidence, reports, publishers, first_seen, source_actor, target_actor, search, record, profile, loc_precision)
        SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::int[], $9::int[], $10::int[], $11::text[],
          $12::float8[], $13::float8[], $14::text[], $15::float8[], $16::int[], $17::int[], $18::float8[], $19::int[], $20::int[], $21::text[], $22::text[], $23::text[],
          $24::text[], $25::text[], $26::text[], $27::text[])`, [
        col((x) => x.row.id), col((x) => x.row.profile.family), col((x) => x.row.profile.modalityClass), col((x) => x.row.record.type), col((x) => x.row.record.modality),
        col((x) => x.row.record.acled?.eventType ?? null), col((x) => x.row.country), col((x) => x.row.profile.days?.start ?? null), col((x) => x.row.profile.days?.end ?? null),
        col((x) => (x.row.profile.dated ? 1 : 0)), col((x) => x.row.record.date), col((x) => x.row.record.location?.lat ?? null), col((x) => x.row.record.location?.lon ?? null),
        col((x) => x.row.record.location?.name ?? null), col((x) => x.row.record.goldstein), col((x) => x.row.record.quadClass), col((x) => x.row.record.fatalities),
        col((x) => x.row.record.confidence), col((x) => x.row.record.reports), col((x) => x.row.record.publishers), col((x) => x.row.record.firstSeen),
        col((x) => x.row.record.source?.actorId ?? null), col((x) => x.row.record.target?.actorId ?? null), col((x) => x.row.search), col((x) => JSON.stringify(x.row.record)),
        col((x) => JSON.stringify(x.row.profile)), col((x) => x.row.record.location?.precision ?? null)]);
      await c.query(`INSERT INTO report_events (document_id, event_index, canonical_id, score, reasons, report)
        SELECT d, 0, id, NULL, '[]', r FROM unnest($1::text[], $2::text[], $3::text[]) AS u(d, id, r)`,
        [col((x) => x.row.id.replace("ce_", "doc_")), col((x) => x.row.id), col((x) => JSON.stringify(x.report))]);
      const links = batch.flatMap((x) => x.row.actors.map((a) => [x.row.id, a.actorId, a.role] as const));
      await c.query("INSERT INTO event_actors (canonical_id, actor_id, role) SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT DO NOTHING",
        [links.map((l) => l[0]), links.map((l) => l[1]), links.map((l) => l[2])]);
      await c.query("COMMIT");
      batch = [];
    };
    const distinct = Math.min(rows, DISTINCT_ROWS);
    for (const x of syntheticRows(distinct)) {
      batch.push(x);
      if (batch.length === 5_000) await flush();
    }
    await flush();
    const copies = Math.ceil(rows / distinct) - 1;
    if (copies > 0) {
      await c.query("BEGIN");
      await c.query(`INSERT INTO canonical_events (id, ${CANONICAL_COLUMNS}) SELECT id || '-' || g, ${CANONICAL_COLUMNS} FROM canonical_events, generate_series(1, $1::int) g`, [copies]);
      await c.query(`INSERT INTO report_events (document_id, event_index, canonical_id, score, reasons, report)
        SELECT document_id || '-' || g, event_index, canonical_id || '-' || g, score, reasons, report FROM report_events, generate_series(1, $1::int) g`, [copies]);
      await c.query(`INSERT INTO event_actors (canonical_id, actor_id, role) SELECT canonical_id || '-' || g, actor_id, role FROM event_actors, generate_series(1, $1::int) g`, [copies]);
      await c.query("COMMIT");
    }
    for (const i of indexes) await c.query(i.indexdef);
    for (const tbl of ["canonical_events", "report_events"]) await c.query(`ALTER TABLE ${tbl} ENABLE TRIGGER USER`);
    await c.query(`TRUNCATE timeline_counts, event_counts;
      INSERT INTO timeline_counts SELECT modality, date_start, type, COUNT(*) FROM canonical_events WHERE date_start IS NOT NULL GROUP BY 1, 2, 3;
      INSERT INTO event_counts SELECT modality, type, COUNT(*) FROM canonical_events GROUP BY 1, 2;
      DELETE FROM row_counts WHERE tbl IN ('canonical_events', 'report_events');
      INSERT INTO row_counts SELECT 'canonical_events', 0, COUNT(*) FROM canonical_events;
      INSERT INTO row_counts SELECT 'report_events', 0, COUNT(*) FROM report_events;`);
    await c.query("VACUUM ANALYZE");
  } finally {
    c.release();
  }
  return store;
}

const API_PATHS = ["/api/events?limit=50", "/api/events?limit=50&type=ASSAULT", "/api/events?limit=50&q=shelled", "/api/events?limit=50&sort=-fatalities",
  "/api/events?limit=50&offset=90000&modality=any", "/api/events?limit=50&country=UKR&from=2021-01-01&to=2021-12-31", "/api/events?limit=50&bbox=30,45,40,52",
  "/api/stats", "/api/timeline?interval=month", "/api/timeline?interval=month&country=SYR", "/api/map?zoom=1", "/api/network?limit=60", "/api/dyad?a=USA&b=IRN",
  "/api/actors?q=army", "/api/events?limit=50&actor=Dawn%20Brigades", "/api/events/ce_syn123"];

async function timeApi(store: Store): Promise<Record<string, { cold: number; warm: number }>> {
  const { server, port } = await startServer(store, { port: 0 });
  const times: Record<string, { cold: number; warm: number }> = {};
  try {
    for (const path of API_PATHS) {
      const ms: number[] = [];
      for (let i = 0; i < 4; i++) {
        const t = performance.now();
        const r = await fetch(`http://127.0.0.1:${port}${path}`);
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`${path}: HTTP ${r.status}`);
        ms.push(performance.now() - t);
      }
      const warm = ms.slice(1).sort((a, b) => a - b)[1]!;
      times[path] = { cold: Math.round(ms[0]!), warm: Math.round(warm * 10) / 10 };
    }
  } finally {
    server.close();
  }
  return times;
}

async function apiBench(): Promise<void> {
  console.log(`api: ${ROWS} synthetic report events`);
  // --postgres-only: after a change to the PostgreSQL store, time it alone (SQLite's load is the long one)
  const withSqlite = !process.argv.includes("--postgres-only");
  let t = performance.now();
  const lite = withSqlite ? await loadSqlite(join(work, "api.db"), ROWS) : null;
  const sqliteLoad = seconds(performance.now() - t);
  if (lite) console.log(`  sqlite loaded in ${sqliteLoad} s: ${JSON.stringify(await lite.stats())}`);
  t = performance.now();
  const pgs = await loadPostgres(await pgSchema("api"), ROWS);
  const pgLoad = seconds(performance.now() - t);
  const stats = await pgs.stats();
  console.log(`  postgres loaded in ${pgLoad} s: ${JSON.stringify(stats)}`);
  const a = lite ? await timeApi(lite) : null, b = await timeApi(pgs);
  const rows = API_PATHS.map((p) => ({ path: p, sqlite: a?.[p] ?? null, postgres: b[p]!, warmRatio: a ? Math.round((b[p]!.warm / Math.max(0.1, a[p]!.warm)) * 100) / 100 : null }));
  for (const r of rows) console.log(`  ${r.path.padEnd(62)} ${r.sqlite ? `sqlite ${String(r.sqlite.warm).padStart(7)} ms (cold ${r.sqlite.cold})  ` : ""}postgres ${String(r.postgres.warm).padStart(7)} ms (cold ${r.postgres.cold})${r.warmRatio == null ? "" : `  ×${r.warmRatio}`}`);
  await lite?.close();
  await pgs.close();
  out.api = { reportEvents: stats.reportEvents, canonicalEvents: stats.canonicalEvents, loadSeconds: { sqlite: lite ? sqliteLoad : null, postgres: pgLoad }, latenciesMs: rows };
}

try {
  if (only === "all" || only === "ingest") await ingestBench();
  if (only === "all" || only === "api") await apiBench();
  out.loadAverageAtEnd = loadavg()[0];
  mkdirSync(join(root, "artifacts"), { recursive: true });
  const file = `bench-teams${only === "all" ? "" : `-${only}`}.json`;
  writeFileSync(join(root, "artifacts", file), JSON.stringify(out, null, 2) + "\n");
  console.log(`written artifacts/${file}`);
} finally {
  for (const c of cleanup.reverse()) await c().catch((e) => console.error(`cleanup: ${(e as Error).message}`));
  rmSync(work, { recursive: true, force: true });
}
