// The HTTP API over real HTTP on 127.0.0.1 (ephemeral ports), on a real SQLite file and a real PostgreSQL schema.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { STORE_KINDS, type StoreKind } from "./store-kinds.ts";
import type { Store } from "../src/store/store.ts";
import { startServer } from "../src/server/serve.ts";
import { docWith } from "./corpus-fixtures.ts";
import { request as httpRequest } from "node:http";
import { kb } from "./helpers.ts";

const places = [
  { name: "Kassala", country: "SDN", lat: 15.45, lon: 36.4 },
  { name: "Gedaref", country: "SDN", lat: 14.03, lon: 35.38 },
  { name: "Kosti", country: "SDN", lat: 13.16, lon: 32.66 },
  { name: "Atbara", country: "SDN", lat: 17.7, lon: 33.98 },
  { name: "Dongola", country: "SDN", lat: 19.17, lon: 30.48 },
];

const stores: Store[] = [];
async function open(kind: StoreKind) {
  const store = await kind.open();
  stores.push(store);
  return store;
}

async function fixture(kind: StoreKind = STORE_KINDS[0]!) {
  const store = await open(kind);
  for (const [i, p] of places.entries()) {
    const text = `Protesters marched through ${p.name} on Saturday demanding the release of detained students, witnesses said.`;
    await store.addDocument(docWith({ text, published: `2022-04-${10 + i}`, source: "Example Wire" }, [
      { evidence: `Protesters marched through ${p.name}`, type: "PROTEST", date: `2022-04-${String(9 + i).padStart(2, "0")}`, place: p, source: { name: "protesters", country: "SDN", sector: "CVL" }, target: { name: "Sudan", country: "SDN", sector: "GOV" } },
    ]));
  }
  return store;
}

const servers: { close(): void }[] = [];
after(async () => {
  servers.forEach((s) => s.close());
  for (const s of stores) await s.close();
});

async function serve(store: Store, token: string | null = null) {
  const { server, port } = await startServer(store, { port: 0, token, kb });
  servers.push(server);
  return `http://127.0.0.1:${port}`;
}

for (const kind of STORE_KINDS)
test(`${kind.name}: events are paginated; pages do not overlap and add up to the total`, async () => {
  const base = await serve(await fixture(kind));
  const p1 = await (await fetch(`${base}/api/events?limit=2&sort=date`)).json();
  const p2 = await (await fetch(`${base}/api/events?limit=2&offset=2&sort=date`)).json();
  const p3 = await (await fetch(`${base}/api/events?limit=2&offset=4&sort=date`)).json();
  assert.equal(p1.total, 5);
  assert.deepEqual([p1.items.length, p2.items.length, p3.items.length], [2, 2, 1]);
  const ids = [...p1.items, ...p2.items, ...p3.items].map((e: { id: string }) => e.id);
  assert.equal(new Set(ids).size, 5);
  assert.deepEqual([...p1.items, ...p2.items, ...p3.items].map((e: { location: { name: string } }) => e.location.name), places.map((p) => p.name));
  const filtered = await (await fetch(`${base}/api/events?bbox=33,13,37,16`)).json();
  assert.deepEqual(filtered.items.map((e: { location: { name: string } }) => e.location.name).sort(), ["Gedaref", "Kassala"]);
  const bad = await fetch(`${base}/api/events?limit=abc`);
  assert.equal(bad.status, 400);
});

for (const kind of STORE_KINDS)
test(`${kind.name}: event detail, document, actors, dyad, timeline, network, map and the OpenAPI description`, async () => {
  const base = await serve(await fixture(kind));
  const get = async (p: string) => {
    const r = await fetch(base + p);
    assert.equal(r.status, 200, p);
    return r.json();
  };
  const { items } = await get("/api/events?limit=1");
  const detail = await get(`/api/events/${items[0].id}`);
  assert.equal(detail.reports.length, 1);
  assert.ok(detail.merge.reasons.length >= 1);
  const doc = await get(`/api/documents/${detail.reports[0].documentId}`);
  assert.equal(doc.events[0].canonicalId, items[0].id);
  assert.equal((await get("/api/actors?q=protesters")).items[0].events, 5);
  const dyad = await get("/api/dyad?a=protesters&b=Sudan");
  assert.deepEqual(dyad.months.map((m: { month: string; events: number }) => [m.month, m.events]), [["2022-04", 5]]);
  assert.equal((await get("/api/timeline?interval=day")).buckets.length, 5);
  // yearly buckets: the five April 2022 events in one
  assert.deepEqual((await get("/api/timeline?interval=year")).buckets.map((b: { period: string; count: number }) => [b.period, b.count]), [["2022", 5]]);
  const net = await get("/api/network");
  assert.equal(net.edges[0].kind, "conflict");
  assert.equal(net.edges[0].weight, 5);
  assert.equal((await get("/api/map")).points.length, 5);
  const spec = await get("/openapi.json");
  assert.equal(spec.openapi, "3.1.0");
  assert.ok(spec.paths["/api/events"].get);
  assert.equal((await fetch(`${base}/api/events/ce_nope`)).status, 404);
});

for (const kind of STORE_KINDS)
test(`${kind.name}: events and fatalities by country and period; an event dated only to a year is in no month`, async () => {
  const store = await fixture(kind);
  const text = "Gunmen killed 7 villagers near Kassala in 2022 and 2 more in Gedaref on 3 May, officials said. Troops shot dead 4 raiders in Mosul.";
  await store.addDocument(docWith({ text, published: "2022-05-04", source: "Example Wire" }, [
    { evidence: "Gunmen killed 7 villagers near Kassala", type: "ASSAULT", date: "2022", precision: "year", place: places[0], fatalities: 7 },
    { evidence: "2 more in Gedaref on 3 May", type: "ASSAULT", date: "2022-05-03", place: places[1], fatalities: 2 },
    { evidence: "Troops shot dead 4 raiders in Mosul", type: "ASSAULT", date: "2022-05-03", place: { name: "Mosul", country: "IRQ", lat: 36.34, lon: 43.13 }, fatalities: 4 },
  ]));
  const base = await serve(store);
  const get = async (p: string) => (await fetch(base + p)).json();
  const months = (await get("/api/counts?interval=month")).rows.map((r: { country: string; period: string | null; events: number; fatalities: number; withToll: number }) =>
    [r.country, r.period, r.events, r.fatalities, r.withToll]);
  // the busiest country first, its months in order, then the events that fit in no single month
  assert.deepEqual(months, [["SDN", "2022-04", 5, 0, 0], ["SDN", "2022-05", 1, 2, 1], ["SDN", null, 1, 7, 1], ["IRQ", "2022-05", 1, 4, 1]]);
  const years = (await get("/api/counts?interval=year&type=ASSAULT")).rows.map((r: { country: string; period: string; events: number; fatalities: number }) => [r.country, r.period, r.events, r.fatalities]);
  assert.deepEqual(years, [["SDN", "2022", 2, 9], ["IRQ", "2022", 1, 4]]);
  assert.equal((await fetch(`${base}/api/counts?interval=decade`)).status, 400);
});

for (const kind of STORE_KINDS)
test(`${kind.name}: ingest is refused without a configured token and with a wrong one; accepted with the right one`, async () => {
  const body = JSON.stringify({ text: "Police fired tear gas at protesters in the capital on Sunday, witnesses said.", published: "2022-04-18", source: "Example Wire" });
  const readOnly = await serve(await fixture(kind));
  const r0 = await fetch(`${readOnly}/api/ingest`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer anything" }, body });
  assert.equal(r0.status, 403);

  const store = await fixture(kind);
  const base = await serve(store, "s3cret");
  const r1 = await fetch(`${base}/api/ingest`, { method: "POST", headers: { "content-type": "application/json" }, body });
  assert.equal(r1.status, 401);
  const r2 = await fetch(`${base}/api/ingest`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer wrong" }, body });
  assert.equal(r2.status, 401);
  const before = (await store.stats()).documents;
  const r3 = await fetch(`${base}/api/ingest`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer s3cret" }, body });
  assert.equal(r3.status, 200);
  const out = await r3.json();
  assert.equal(out.summary.new, 1);
  assert.equal(out.extractions[0].document.source, "Example Wire");
  assert.equal((await store.stats()).documents, before + 1);
  // the same text again is a duplicate; a file upload goes through the same readers
  const form = new FormData();
  form.append("files", new Blob(["Talks between the two delegations resumed in Geneva on Monday."], { type: "text/plain" }), "talks.txt");
  const r4 = await fetch(`${base}/api/ingest`, { method: "POST", headers: { authorization: "Bearer s3cret" }, body: form });
  assert.equal(r4.status, 200);
  assert.equal((await r4.json()).summary.new, 1);
  const r5 = await fetch(`${base}/api/ingest`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer s3cret" }, body });
  assert.equal((await r5.json()).summary.duplicate, 1);
});

test("the server answers other requests while an ingest is being extracted (extraction runs off its thread)", async () => {
  const store = await fixture();
  const base = await serve(store, "s3cret");
  const auth = { "content-type": "application/json", authorization: "Bearer s3cret" };
  // the first upload starts the extraction worker; a long report then keeps it busy for a while
  await fetch(`${base}/api/ingest`, { method: "POST", headers: auth, body: JSON.stringify({ text: "Talks resumed in Geneva on Monday.", published: "2022-04-18" }) });
  const report = "Rebels attacked an army post near Kassala on Friday, killing two soldiers, the army said. Officials met in Khartoum to discuss the attack. ";
  const order: string[] = [];
  const ingest = fetch(`${base}/api/ingest`, { method: "POST", headers: auth, body: JSON.stringify({ text: report.repeat(400), published: "2022-04-18" }) })
    .then(async (r) => (order.push("ingest"), r.status));
  await new Promise((r) => setTimeout(r, 200));
  const stats = fetch(`${base}/api/stats`).then(async (r) => (order.push("stats"), r.status));
  assert.deepEqual(await Promise.all([ingest, stats]), [200, 200]);
  assert.deepEqual(order, ["stats", "ingest"], "stats answered while the long report was being extracted");
});

test("an asynchronous ingest answers 202 with a job; polling it gives the summary once done; the job needs the token", async () => {
  const store = await fixture();
  const base = await serve(store, "s3cret");
  const auth = { "content-type": "application/json", authorization: "Bearer s3cret" };
  const body = JSON.stringify({ text: "Police fired tear gas at protesters in Omdurman on Sunday, witnesses said.", published: "2022-04-18" });
  const r = await fetch(`${base}/api/ingest?async=1`, { method: "POST", headers: auth, body });
  assert.equal(r.status, 202);
  const { job, status } = await r.json();
  assert.equal(r.headers.get("location"), status);
  let state: { state: string; result: { summary: { new: number } } | null; error: string | null } | undefined;
  for (let i = 0; i < 600; i++) {
    state = await (await fetch(base + status, { headers: auth })).json();
    if (state!.state !== "running") break;
    await new Promise((res) => setTimeout(res, 100));
  }
  assert.equal(state!.state, "done", state!.error ?? "");
  assert.equal(state!.result!.summary.new, 1);
  assert.equal((await fetch(base + status)).status, 401, "a job's result is behind the token");
  assert.equal((await fetch(`${base}/api/ingest/no-such-job`, { headers: auth })).status, 404);
  assert.equal(typeof job, "string");
});

test("export and ingest are rate-limited per client (429 with Retry-After); other routes are not", async () => {
  const store = await fixture();
  const { serverExportFormats } = await import("../src/cli/export.ts");
  const { server, port } = await startServer(store, { port: 0, token: "s3cret", kb, rateLimitPerMin: 3, exports: serverExportFormats() });
  servers.push(server);
  const base = `http://127.0.0.1:${port}`;
  const statuses = [];
  for (let i = 0; i < 4; i++) {
    const r = await fetch(`${base}/api/export?format=csv`);
    await r.arrayBuffer();
    statuses.push(r.status);
  }
  assert.deepEqual(statuses, [200, 200, 200, 429]);
  const limited = await fetch(`${base}/api/ingest`, { method: "POST", headers: { "content-type": "application/json", authorization: "Bearer s3cret" }, body: JSON.stringify({ text: "Talks resumed." }) });
  assert.equal(limited.status, 429, "the limit covers the expensive routes together");
  assert.equal(limited.headers.get("retry-after"), "60");
  assert.match((await limited.json()).error, /more than 3 requests a minute/);
  assert.equal((await fetch(`${base}/api/events`)).status, 200, "ordinary queries are not limited");
});

test("the map clusters points server-side when dense, keeping counts", async () => {
  const { clusterPoints } = await import("../src/store/cluster.ts");
  const pts = Array.from({ length: 30 }, (_, i) => ({ id: `e${i}`, lat: 15 + (i % 3) * 0.001, lon: 36 + (i < 15 ? 0 : 20), precision: "city", type: "PROTEST", count: 1 }));
  assert.equal(clusterPoints(pts, 4, 100).length, 30, "sparse: every point as it is");
  const clustered = clusterPoints(pts, 4, 10);
  assert.equal(clustered.length, 2);
  assert.deepEqual(clustered.map((p) => p.count), [15, 15]);
  assert.ok(clustered.every((p) => p.precision === "cluster"));
});

for (const kind of STORE_KINDS)
test(`${kind.name}: at scale, the map clusters places holding many events and the timeline's periods add up`, async () => {
  const { syntheticDocuments } = await import("./dashboard-data.ts");
  const store = await open(kind);
  for (const doc of syntheticDocuments(900)) await store.addDocument(doc);
  const all = await store.events({ limit: 1 });
  assert.ok(all.total > 500, `enough events to cluster (${all.total})`);
  const points = await store.map({}, 1);
  const located = points.reduce((n, p) => n + p.count, 0);
  assert.ok(located > 500 && located <= all.total, "every located event is in some point");
  assert.ok(points.some((p) => p.precision === "cluster" && p.count > 1 && p.id.startsWith("cluster:")), "dense places cluster");
  assert.ok(points.filter((p) => p.precision !== "cluster").every((p) => p.count === 1 && p.id.startsWith("ce_")), "single events keep their id");
  // the same events by day, week and month: each total is the dated events' count; weeks start on Mondays
  const sum = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);
  const days = await store.timeline("day", {}), weeks = await store.timeline("week", {}), months = await store.timeline("month", {});
  assert.equal(sum(weeks), sum(days));
  assert.equal(sum(months), sum(days));
  // the counts kept per day agree with counting the events (a filter every dated event passes forces the count)
  assert.deepEqual(days, await store.timeline("day", { from: "1900-01-01" }));
  assert.deepEqual(await store.timeline("day", { type: "ASSAULT" }), await store.timeline("day", { type: "ASSAULT", from: "1900-01-01" }));
  assert.deepEqual(await store.timeline("day", { modality: "any" }), await store.timeline("day", { modality: "any", from: "1900-01-01" }));
  assert.ok(weeks.every((w) => new Date(`${w.period}T00:00:00Z`).getUTCDay() === 1), "weeks start on Monday");
  assert.ok(months.every((m) => /^\d{4}-\d{2}$/.test(m.period)));
  assert.deepEqual(months.map((m) => m.period), [...months.map((m) => m.period)].sort());
  // paging deep into the list returns the same events the ordered list has there
  const first = await store.events({ limit: 20, offset: 0, modality: "any" });
  const deep = await store.events({ limit: 10, offset: 10, modality: "any" });
  assert.deepEqual(deep.items.map((e) => e.id), first.items.slice(10).map((e) => e.id));
});

/** A raw HTTP request, so the Host header can be anything (fetch will not send a forged one). */
function rawGet(port: number, path: string, host: string): Promise<{ status: number; headers: import("node:http").IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers: { host } }, (res) => {
      res.resume();
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("guards: foreign Host names refused, hardening headers on API answers, long parameters and oversized or crowded ingests refused", async () => {
  const base = await serve(await fixture(), "s3cret");
  const port = Number(new URL(base).port);
  // DNS rebinding: a page on evil.example resolving to 127.0.0.1 gets nothing
  assert.equal((await rawGet(port, "/api/stats", "evil.example")).status, 421);
  assert.equal((await rawGet(port, "/", `evil.example:${port}`)).status, 421);
  const ok = await rawGet(port, "/api/stats", `localhost:${port}`);
  assert.equal(ok.status, 200);
  assert.equal(ok.headers["x-content-type-options"], "nosniff");
  assert.match(String(ok.headers["content-security-policy"]), /frame-ancestors 'none'/);
  // a long search term is refused before the store sees it (past 16 KB Node itself answers 431)
  const long = await fetch(`${base}/api/events?q=${encodeURIComponent("the ".repeat(1000))}`);
  assert.equal(long.status, 400);
  assert.match((await long.json()).error, /q is too long/);
  assert.equal((await fetch(`${base}/api/events?offset=5000000`)).status, 400);
  // ingest: too many articles in one request, a body over the limit, a malformed multipart body
  const auth = { "content-type": "application/json", authorization: "Bearer s3cret" };
  const crowd = await fetch(`${base}/api/ingest`, { method: "POST", headers: auth, body: JSON.stringify(Array.from({ length: 201 }, () => ({ text: "x" }))) });
  assert.equal(crowd.status, 400);
  const huge = await fetch(`${base}/api/ingest`, { method: "POST", headers: auth, body: JSON.stringify({ text: "a".repeat(21 * 2 ** 20) }) });
  assert.equal(huge.status, 413);
  const bad = await fetch(`${base}/api/ingest`, { method: "POST", headers: { authorization: "Bearer s3cret", "content-type": "multipart/form-data; boundary=zzz" }, body: "--zzz\r\nnot a part" });
  assert.equal(bad.status, 400);
});
