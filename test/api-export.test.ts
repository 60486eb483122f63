// GET /api/export over real HTTP on a real SQLite file: the events of the same filters /api/events takes, in each
// export format, streamed as a download that passes its format's checker.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { SqliteStore } from "../src/store/sqlite.ts";
import { startServer } from "../src/server/serve.ts";
import { CHECKERS } from "../src/corpus/exports/check/index.ts";
import { exportRefs } from "../src/knowledge/export-refs.ts";
import { serverExportFormats } from "../src/cli/export.ts";
import { docWith } from "./corpus-fixtures.ts";

const towns = [
  { name: "Kassala", country: "SDN", lat: 15.45, lon: 36.4 },
  { name: "Gedaref", country: "SDN", lat: 14.03, lon: 35.38 },
  { name: "Kosti", country: "SDN", lat: 13.16, lon: 32.66 },
  { name: "Gulu", country: "UGA", lat: 2.78, lon: 32.3 },
];

async function fixture() {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-api-export-")), "api.db"));
  for (const [i, p] of towns.entries()) {
    const text = `Gunmen attacked a market in ${p.name} on Saturday, killing ${i + 2} traders, witnesses said.`;
    await store.addDocument(docWith({ text, published: `2022-04-${10 + i}`, source: "Example Wire" }, [
      { evidence: `Gunmen attacked a market in ${p.name}`, type: "ASSAULT", date: `2022-04-${String(9 + i).padStart(2, "0")}`, place: p, fatalities: i + 2, target: { name: "traders", country: p.country, sector: "CVL" } },
    ]));
  }
  return store;
}

const servers: { close(): void }[] = [];
after(() => servers.forEach((s) => s.close()));

async function serve() {
  const { server, port } = await startServer(await fixture(), { port: 0, exports: serverExportFormats() });
  servers.push(server);
  return `http://127.0.0.1:${port}`;
}

test("GET /api/export: the filtered events as a download in each format, each passing its checker", async () => {
  const base = await serve();
  const filter = "country=Sudan&from=2022-04-10";
  const listed = (await (await fetch(`${base}/api/events?${filter}&limit=1000`)).json()).items.map((e: { id: string }) => e.id).sort();
  assert.equal(listed.length, 2, "Gedaref and Kosti: in Sudan, on or after 10 April");

  const acled = await fetch(`${base}/api/export?format=acled&${filter}`);
  assert.equal(acled.status, 200);
  assert.match(acled.headers.get("content-type")!, /^text\/csv/);
  assert.match(acled.headers.get("content-disposition")!, /^attachment; filename="sitrep-acled-\d{8}\.csv"$/);
  const acledText = await acled.text();
  const rows = parse(acledText, { columns: true }) as Record<string, string>[];
  assert.deepEqual(rows.map((r) => r.location).sort(), ["Gedaref", "Kosti"]);
  assert.deepEqual(CHECKERS.acled!(acledText, exportRefs).violations, []);

  for (const [format, type] of [["gdelt", "text/tab-separated-values"], ["plover", "application/x-ndjson"], ["geojson", "application/geo+json"]] as const) {
    const r = await fetch(`${base}/api/export?format=${format}&${filter}`);
    assert.equal(r.status, 200, format);
    assert.ok(r.headers.get("content-type")!.startsWith(`${type};`), format);
    const text = await r.text();
    assert.deepEqual(CHECKERS[format]!(text, exportRefs).violations, [], format);
    if (format === "geojson") assert.deepEqual(JSON.parse(text).features.map((f: { id: string }) => f.id).sort(), listed);
    if (format === "plover") assert.deepEqual(text.trim().split("\n").map((l) => JSON.parse(l).id).sort(), listed);
  }

  // the spreadsheet CSV: every event of the view, no paging (limit is the table's page size, not the download's)
  const all = parse(await (await fetch(`${base}/api/export?format=csv&limit=1`)).text(), { columns: true }) as Record<string, string>[];
  assert.equal(all.length, 4);
  const boxed = parse(await (await fetch(`${base}/api/export?format=csv&bbox=30,0,34,5`)).text(), { columns: true }) as Record<string, string>[];
  assert.deepEqual(boxed.map((r) => r.place), ["Gulu"]);
});

test("GET /api/export refuses an unknown format and unknown filters with 400", async () => {
  const base = await serve();
  const noFormat = await fetch(`${base}/api/export`);
  assert.equal(noFormat.status, 400);
  assert.match((await noFormat.json()).error, /format must be one of acled, gdelt, plover, geojson, csv/);
  assert.equal((await fetch(`${base}/api/export?format=xlsx`)).status, 400);
  assert.equal((await fetch(`${base}/api/export?format=acled&country=Atlantis`)).status, 400);
  assert.equal((await fetch(`${base}/api/export?format=acled&from=yesterday`)).status, 400);
});
