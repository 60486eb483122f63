import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { SqliteStore } from "../src/store/sqlite.ts";
import { EXPORTERS } from "../src/corpus/exports/index.ts";
import { ACLED_COLUMNS } from "../src/corpus/exports/acled.ts";
import { GDELT_COLUMNS } from "../src/corpus/exports/gdelt.ts";
import { BOGOTA, MEDELLIN, docWith, mucArticle } from "./corpus-fixtures.ts";
import { exportRefs } from "../src/knowledge/export-refs.ts";

async function corpus() {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-export-")), "e.db"));
  const dpa = mucArticle("dev-muc3-0401-0500", "DEV-MUC3-0433");
  const afp = mucArticle("dev-muc3-0401-0500", "DEV-MUC3-0434");
  await store.addDocument(docWith(dpa, [
    { evidence: "WHEN A MEDIUM-INTENSITY BOMB EXPLODED IN THE\nESTABLISHMENT", type: "ASSAULT", date: "1989-09-05", place: MEDELLIN, source: { name: "Medellin Cartel", country: "COL", sector: "CRM" }, target: { name: "journalists", country: "USA", sector: "MED" } },
  ]));
  await store.addDocument(docWith(afp, [
    { evidence: "A TELEPHONE BOOTH IN SOUTHERN\nBOGOTA WAS DESTROYED BY A BOMB", type: "ASSAULT", date: "1989-09-05", place: BOGOTA, fatalities: 0 },
    // a quoted text with a comma, quotes and a line break must survive CSV quoting
    { evidence: "PROHIBITING ANY MEETINGS, GATHERINGS,\nRALLIES, OR DEMONSTRATIONS", type: "PROTEST", date: "1989-09-05", place: { ...BOGOTA, name: 'Bogota "D.C.", Colombia' }, modality: "intended" },
  ]));
  return store;
}

async function run(store: SqliteStore, format: string): Promise<string> {
  let out = "";
  for await (const chunk of EXPORTERS[format]!.run(store.eachEvent({ modality: "any" }), { refs: exportRefs, now: new Date("2024-01-02T03:04:05Z") })) out += chunk;
  return out;
}

test("ACLED CSV parses back with ACLED's columns and one row per event ACLED codes", async () => {
  const store = await corpus();
  const rows = parse(await run(store, "acled"), { columns: true }) as Record<string, string>[];
  // the protest has no ACLED event type (the fixture gives one to assaults only): ACLED would not code it
  assert.equal(rows.length, 2);
  assert.deepEqual(Object.keys(rows[0]!), [...ACLED_COLUMNS]);
  const med = rows.find((r) => r.location === "Medellin")!;
  assert.equal(med.event_date, "1989-09-05");
  assert.equal(med.year, "1989");
  assert.equal(med.time_precision, "1");
  assert.equal(med.country, "Colombia");
  assert.equal(med.event_type, "Explosions/Remote violence");
  assert.equal(med.disorder_type, "Political violence");
  assert.equal(med.inter1, "3");
  assert.equal(med.inter2, "7");
  assert.equal(med.interaction, "37");
  assert.equal(med.iso, "170");
  assert.equal(med.region, "South America");
  assert.equal(med.civilian_targeting, "Civilian targeting");
  assert.match(med.event_id_cnty, /^COL\d+$/);
  const bogota = rows.find((r) => r.location === "Bogota")!;
  assert.equal(bogota.actor1, "Unidentified Armed Group (Colombia)", "an unnamed perpetrator takes ACLED's generic name");
  assert.equal(bogota.interaction, "30");
  assert.equal(Number(med.latitude), MEDELLIN.lat);
  assert.equal(med.source, "DPA");
  assert.equal(med.timestamp, String(Date.parse("2024-01-02T03:04:05Z") / 1000));
  await store.close();
});

test("GDELT TSV parses back with 61 columns, CAMEO codes and action geography", async () => {
  const store = await corpus();
  const rows = parse(await run(store, "gdelt"), { delimiter: "\t", quote: false }) as string[][];
  assert.equal(GDELT_COLUMNS.length, 61);
  // the protest has no CAMEO code (the fixture gives one to assaults only): GDELT rows always have one
  assert.equal(rows.length, 2);
  for (const r of rows) assert.equal(r.length, 61);
  const col = (r: string[], name: string) => r[GDELT_COLUMNS.indexOf(name)]!;
  const med = rows.find((r) => col(r, "ActionGeo_FullName") === "Medellin")!;
  assert.equal(col(med, "SQLDATE"), "19890905");
  assert.equal(col(med, "EventCode"), "183");
  assert.equal(col(med, "EventRootCode"), "18");
  assert.equal(col(med, "QuadClass"), "4");
  assert.equal(col(med, "Actor1Name"), "MEDELLIN CARTEL");
  assert.equal(col(med, "Actor1CountryCode"), "COL", "actor countries are CAMEO's (ISO alpha-3)");
  assert.equal(col(med, "ActionGeo_CountryCode"), "CO", "the geography is FIPS 10-4, as GDELT writes it");
  assert.equal(col(med, "ActionGeo_Type"), "4");
  assert.equal(col(med, "DATEADDED"), "20240102030405");
  assert.match(col(med, "GLOBALEVENTID"), /^\d+$/);
  await store.close();
});

test("PLOVER JSON Lines and GeoJSON parse back, with evidence offsets into the documents", async () => {
  const store = await corpus();
  const lines = (await run(store, "plover")).trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.length, 3);
  const med = lines.find((l) => l.event_loc?.name === "Medellin");
  assert.deepEqual(med.event, ["ASSAULT"]);
  assert.deepEqual(med.source.map((a: { actor_text: string; code: string; sector: string }) => [a.actor_text, a.code, a.sector]), [["Medellin Cartel", "COL", "CRM"]]);
  assert.deepEqual(med.recipient.map((a: { code: string; sector: string }) => [a.code, a.sector]), [["USA", "JRN"]], "CAMEO's MED (media) is PLOVER's JRN");
  assert.deepEqual([med.event_loc.latitude, med.event_loc.longitude, med.event_loc["country code"], med.event_loc.cc3], [MEDELLIN.lat, MEDELLIN.lon, "CO", "COL"]);
  assert.equal(med.quad_code, 4);
  const doc = await store.getDocument(med.sources[0].document);
  const ev = med.sources[0].evidence;
  assert.equal(doc!.document.text.slice(ev.start, ev.end), ev.text);
  const geo = JSON.parse(await run(store, "geojson"));
  assert.equal(geo.type, "FeatureCollection");
  assert.equal(geo.features.length, 3);
  const f = geo.features.find((x: { properties: { place: string } }) => x.properties.place === "Medellin");
  assert.deepEqual(f.geometry.coordinates, [MEDELLIN.lon, MEDELLIN.lat]);
  await store.close();
});

test("no CSV or TSV cell can start a spreadsheet formula; numbers keep their sign", async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-export-")), "f.db"));
  const doc = mucArticle("dev-muc3-0401-0500", "DEV-MUC3-0433");
  await store.addDocument(docWith(doc, [
    { evidence: "WHEN A MEDIUM-INTENSITY BOMB EXPLODED IN THE\nESTABLISHMENT", type: "ASSAULT", date: "1989-09-05",
      place: { ...MEDELLIN, name: '=HYPERLINK("http://evil.example","x")', lat: -6.25, lon: -75.56 },
      source: { name: "+cmd|'/c calc'!A0", country: "COL", sector: "CRM" }, target: { name: "@SUM(A1:A9)", country: "USA", sector: "MED" } },
  ]));
  const acled = parse(await run(store, "acled"), { columns: true }) as Record<string, string>[];
  const gdelt = (await run(store, "gdelt")).trim().split("\n").map((l) => l.split("\t"));
  const cells = [...acled.flatMap((r) => Object.values(r)), ...gdelt.flat()];
  const risky = cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^[+-]?\d+(?:\.\d+)?$/.test(c));
  assert.deepEqual(risky, []);
  assert.ok(acled.some((r) => r.location === `'=HYPERLINK("http://evil.example","x")`), "the text is kept, neutralised");
  assert.ok(cells.includes("-6.25"), "a negative latitude is still a number");
});

test("week, quarter and decade dates export as real days with their precision beside them", async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-export-")), "g.db"));
  const doc = mucArticle("dev-muc3-0401-0500", "DEV-MUC3-0433");
  await store.addDocument(docWith(doc, [
    { evidence: "WHEN A MEDIUM-INTENSITY BOMB EXPLODED IN THE\nESTABLISHMENT", type: "ASSAULT", date: "1990-W07", precision: "week", place: MEDELLIN },
  ]));
  const other = mucArticle("dev-muc3-0401-0500", "DEV-MUC3-0434");
  await store.addDocument(docWith(other, [
    { evidence: "A TELEPHONE BOOTH IN SOUTHERN\nBOGOTA WAS DESTROYED BY A BOMB", type: "ASSAULT", date: "198", place: BOGOTA },
  ]));
  const acled = parse(await run(store, "acled"), { columns: true }) as Record<string, string>[];
  // ACLED's coarsest time_precision is a month: the decade-dated event is left out
  assert.deepEqual(acled.map((r) => [r.event_date, r.time_precision]), [["1990-02-12", "2"]]);
  const gdelt = (await run(store, "gdelt")).trim().split("\n").map((l) => l.split("\t")[1]);
  for (const d of gdelt) assert.match(d!, /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/);
  const plover = (await run(store, "plover")).trim().split("\n").map((l) => JSON.parse(l));
  for (const p of plover) assert.match(p.date, /^\d{4}-\d{2}-\d{2}$/);
});
