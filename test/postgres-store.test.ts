// What only a shared PostgreSQL store has to get right: writers in several processes at once (two stores on one
// schema stand for two workers), migrations started by several processes, and the CLI on a postgres:// URL.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { PostgresStore } from "../src/store/postgres/store.ts";
import { PG_MIGRATIONS } from "../src/store/postgres/migrations.ts";
import { freshPgSchema } from "./store-kinds.ts";
import { DEMO, docWith, SAN_PEDRO_SULA } from "./corpus-fixtures.ts";
import { sitrep } from "./cli-run.ts";

const drops: (() => Promise<void>)[] = [];
after(async () => {
  for (const d of drops) await d();
});

async function schema(): Promise<string> {
  const s = await freshPgSchema();
  drops.push(() => s.drop());
  return s.url;
}

/** Two reports of one incident from different outlets, the kth of a series (a month apart, so incidents differ). */
function incident(k: number) {
  const day = `1989-${String(k + 1).padStart(2, "0")}-10`;
  const spec = { type: "ASSAULT" as const, date: day, place: SAN_PEDRO_SULA, source: { name: "Cinchonero Popular Liberation Movement", country: "HND" } };
  return [
    docWith({ text: `Incident ${k}: a bomb damaged a telephone office in San Pedro Sula, police said.`, published: day, source: "Wire A" }, [{ evidence: "a bomb damaged a telephone office", ...spec }]),
    docWith({ text: `Incident ${k}: rebels claimed a bombing at telephone company offices in San Pedro Sula.`, published: day, source: "Wire B" }, [{ evidence: "rebels claimed a bombing", ...spec }]),
  ];
}

test("two writers adding reports of one incident at the same moment found one canonical event, not two", async () => {
  const url = await schema();
  const a = new PostgresStore(url), b = new PostgresStore(url);
  try {
    await a.stats(); // migrated before the race starts
    const K = 8;
    for (let k = 0; k < K; k++) {
      const [x, y] = incident(k);
      const results = await Promise.all([a.addDocument(x!), b.addDocument(y!)]);
      assert.deepEqual(results.map((r) => r.founded + r.merged).sort(), [1, 1]);
    }
    const events = await a.events({ limit: 100 });
    assert.equal(events.total, K, "one event per incident");
    assert.ok(events.items.every((e) => e.reports === 2 && e.publishers === 2));
  } finally {
    await a.close();
    await b.close();
  }
});

test("one document added by two writers at once is stored once", async () => {
  const url = await schema();
  const a = new PostgresStore(url), b = new PostgresStore(url);
  try {
    const [doc] = incident(0);
    const results = await Promise.all([a.addDocument(doc!), b.addDocument(doc!)]);
    assert.deepEqual(results.map((r) => r.status).sort(), ["duplicate", "new"]);
    assert.deepEqual(await a.stats(), { documents: 1, reportEvents: 1, canonicalEvents: 1, actors: 1 });
  } finally {
    await a.close();
    await b.close();
  }
});

test("stores opened at once on a new schema migrate it once; a reopened store keeps its data", async () => {
  const url = await schema();
  const stores = [new PostgresStore(url), new PostgresStore(url), new PostgresStore(url)];
  assert.deepEqual(await Promise.all(stores.map((s) => s.schemaVersion())), stores.map(() => PG_MIGRATIONS.length));
  await stores[0]!.addDocument(incident(0)[0]!);
  for (const s of stores) await s.close();
  const again = new PostgresStore(url);
  assert.equal((await again.stats()).documents, 1);
  await again.close();
});

test("the CLI on a postgres:// URL: ingest, re-ingest adds nothing, events as JSON", async () => {
  const url = await schema();
  const seed = join(DEMO, "ft-2021-06-28-us-strikes.md");
  const ingest = () => sitrep(["ingest", "--db", url, "--json", "--workers", "1", seed]);
  const first = ingest();
  assert.equal(first.status, 0, first.stderr);
  const s1 = JSON.parse(first.stdout);
  assert.equal(s1.new, 1);
  assert.ok(s1.reportEvents > 0);
  assert.doesNotMatch(s1.db, /sitrep:sitrep@/, "the password is not printed");
  const s2 = JSON.parse(ingest().stdout);
  assert.deepEqual([s2.new, s2.duplicate, s2.reportEvents], [0, 1, s1.reportEvents]);
  const events = sitrep(["events", "--db", url, "--format", "json", "--modality", "any"]);
  assert.equal(events.status, 0, events.stderr);
  assert.equal(JSON.parse(events.stdout).total ?? JSON.parse(events.stdout).length, s1.canonicalEvents);
});

test("a read held past the store's time limit fails with QueryTimeout (503 from the API); a write waits as long as it must", async () => {
  const url = await schema();
  const store = new PostgresStore(url, { queryTimeoutMs: 300 });
  const [first, second] = incident(1);
  await store.addDocument(first!);
  const pg = (await import("pg")).default;
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  const { startServer } = await import("../src/server/serve.ts");
  const { QueryTimeout } = await import("../src/store/store.ts");
  const { server, port } = await startServer(store, { port: 0 });
  try {
    // another session holds the events table: a read waits behind it and is cut off at the limit
    await holder.query("BEGIN");
    await holder.query("LOCK TABLE canonical_events IN ACCESS EXCLUSIVE MODE");
    const t0 = Date.now();
    await assert.rejects(store.events({}), (e) => e instanceof QueryTimeout && /limit of 300 ms/.test(e.message));
    assert.ok(Date.now() - t0 < 5_000, "cut off near its limit");
    const r = await fetch(`http://127.0.0.1:${port}/api/events`);
    assert.equal(r.status, 503);
    assert.match((await r.json()).error, /narrow the filters/);
    // a write behind the same lock waits past the read limit and goes in once the lock is released
    const write = store.addDocument(second!);
    await new Promise((res) => setTimeout(res, 800));
    await holder.query("COMMIT");
    await write;
    assert.equal((await store.stats()).documents, 2);
  } finally {
    server.close();
    await holder.end();
    await store.close();
  }
});
