// Every export format, written from a real SQLite store, is read back with the format's own rules (csv-parse for
// ACLED and GDELT, JSON for PLOVER and GeoJSON) and passes `sitrep export --check`; and each class of the
// checkers' rules rejects a file that breaks it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { SqliteStore } from "../src/store/sqlite.ts";
import { EXPORTERS } from "../src/corpus/exports/index.ts";
import { ACLED_COLUMNS } from "../src/corpus/exports/acled.ts";
import { GDELT_COLUMNS } from "../src/corpus/exports/gdelt.ts";
import { CHECKERS, detectFormat } from "../src/corpus/exports/check/index.ts";
import type { CheckReport } from "../src/corpus/exports/check/report.ts";
import { exportRefs } from "../src/knowledge/export-refs.ts";
import { docWith, type EventSpec } from "./corpus-fixtures.ts";
import { sitrep } from "./cli-run.ts";

const NOW = new Date("2024-01-02T03:04:05Z");

/** One article per event, so each is its own canonical event. */
const ARTICLES: { published: string | null; source: string | null; text: string; event: EventSpec }[] = [
  { published: "1989-09-06", source: "AFP", text: "Guerrillas of the ELN blew up an oil pipeline near Barrancabermeja on Tuesday, the army said.",
    event: { evidence: "Guerrillas of the ELN blew up an oil pipeline", type: "ASSAULT", date: "1989-09-05", place: { name: "Barrancabermeja", country: "COL", lat: 7.0653, lon: -73.8547 }, source: { name: "ELN", country: "COL", sector: "REB" }, target: { name: "Ecopetrol", country: "COL", sector: "BUS" }, fatalities: 2 } },
  { published: "1989-10-02", source: "AP", text: "Thousands of students marched in Sacramento, California on Sunday against tuition rises.",
    event: { evidence: "Thousands of students marched in Sacramento", type: "PROTEST", date: "1989-10-01", place: { name: "California", country: "USA", lat: 37.25, lon: -119.75, precision: "admin1" }, source: { name: "students", country: "USA", sector: "EDU" } } },
  { published: "1990-02-20", source: "EFE", text: "A car bomb exploded last weekend in Peru, killing a doctor, officials said.",
    event: { evidence: "A car bomb exploded last weekend in Peru", type: "ASSAULT", date: "1990-W07-WE", precision: "week", place: { name: "Peru", country: "PER", lat: -10, lon: -76, precision: "country" }, target: { name: "doctor", country: "PER", sector: "HLH" } } },
  { published: "1989-11-20", source: "Reuters", text: "Gunmen killed a Salvadoran congressman, his party said.",
    event: { evidence: "Gunmen killed a Salvadoran congressman", type: "ASSAULT", date: null, target: { name: "congressman", country: "SLV", sector: "POL" } } },
  { published: "1989-11-21", source: "Reuters", text: "At 10:00 soldiers shelled the hills above -Tegucigalpa, residents said.",
    event: { evidence: "soldiers shelled the hills above -Tegucigalpa", type: "ASSAULT", date: "1000", precision: "year", place: { name: "-Tegucigalpa", country: "HND", lat: 14.0818, lon: -87.2068 }, source: { name: "soldiers", country: "HND", sector: "MIL" } } },
  { published: "1989-12-01", source: "AFP", text: "Bombings rocked Lima throughout 1988, the report said.",
    event: { evidence: "Bombings rocked Lima throughout 1988", type: "ASSAULT", date: "1988", precision: "year", place: { name: "Lima", country: "PER", lat: -12.0464, lon: -77.0428 } } },
  { published: "1989-10-03", source: "AP", text: "Police beat striking students in Texas on Monday.",
    event: { evidence: "Police beat striking students in Texas", type: "ASSAULT", date: "1989-10-02", place: { name: "Texas", country: "USA", lat: 31.2639, lon: -98.5456, precision: "admin1" }, source: { name: "Police", country: "USA", sector: "COP" }, target: { name: "students", country: "USA", sector: "EDU" } } },
  { published: null, source: null, text: "Rebels attacked a convoy, an undated leaflet said.",
    event: { evidence: "Rebels attacked a convoy", type: "ASSAULT", date: null, source: { name: "Rebels", sector: "REB" } } },
];

async function store(): Promise<SqliteStore> {
  const s = new SqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-check-")), "c.db"));
  for (const a of ARTICLES) await s.addDocument(docWith({ text: a.text, published: a.published, source: a.source }, [a.event]));
  return s;
}

async function exported(s: SqliteStore, format: string): Promise<{ text: string; skipped: Map<string, number> }> {
  let text = "";
  const skipped = new Map<string, number>();
  for await (const chunk of EXPORTERS[format]!.run(s.eachEvent({ modality: "any" }), { refs: exportRefs, now: NOW, skipped })) text += chunk;
  return { text, skipped };
}

const check = (format: string, text: string): CheckReport => CHECKERS[format]!(text, exportRefs, NOW);
const rules = (r: CheckReport) => Object.keys(r.byRule).sort();

test("ACLED export: ACLED's columns, a row per event ACLED codes, every row with event_type, iso and event_date", async () => {
  const s = await store();
  const { text, skipped } = await exported(s, "acled");
  const rows = parse(text, { columns: true }) as Record<string, string>[];
  assert.deepEqual(Object.keys(rows[0]!), [...ACLED_COLUMNS]);
  assert.deepEqual(Object.fromEntries(skipped), { "no ACLED event type": 1, "no date to the month": 1, "no country": 1 });
  assert.equal(rows.length, 5);
  for (const r of rows) {
    assert.ok(r.event_type && r.sub_event_type, "event type");
    assert.match(r.iso, /^\d+$/);
    assert.match(r.event_date, /^\d{4}-\d{2}-\d{2}$/);
  }
  const by = (loc: string) => rows.find((r) => r.location === loc)!;
  assert.deepEqual([by("Barrancabermeja").iso, by("Barrancabermeja").region, by("Barrancabermeja").time_precision, by("Barrancabermeja").geo_precision], ["170", "South America", "1", "1"]);
  assert.equal(by("Barrancabermeja").admin1, "Santander", "the first-level unit from the gazetteer's GeoNames admin1");
  // the weekend of ISO week 7 of 1990 is 17-18 February, a week's precision
  assert.deepEqual([by("Peru").event_date, by("Peru").time_precision, by("Peru").geo_precision], ["1990-02-17", "2", "3"]);
  // no place: the country of the target, at its centroid; the date is the report's, at ACLED's coarsest precision
  const slv = by("El Salvador");
  assert.deepEqual([slv.iso, slv.region, slv.event_date, slv.time_precision, slv.geo_precision, slv.actor1, slv.inter1], ["222", "Central America", "1989-11-20", "3", "3", "Unidentified Armed Group (El Salvador)", "3"]);
  // an impossible year (a clock time read as 1000) falls back to the report's date; a formula-like name stays text
  assert.equal(by("'-Tegucigalpa").event_date, "1989-11-21");
  assert.deepEqual(check("acled", text).violations, []);
  await s.close();
});

test("GDELT export: 61 tab-separated fields, real SQLDATEs, FIPS geography, CAMEO codes", async () => {
  const s = await store();
  const { text, skipped } = await exported(s, "gdelt");
  const rows = parse(text, { delimiter: "\t", quote: false }) as string[][];
  // the protest has no CAMEO code (the fixtures give one to assaults only): a GDELT row cannot be without one
  assert.deepEqual(Object.fromEntries(skipped), { "no CAMEO code": 1, "no date": 1 });
  assert.equal(rows.length, 6);
  const col = (r: string[], name: string) => r[GDELT_COLUMNS.indexOf(name)]!;
  for (const r of rows) {
    assert.equal(r.length, 61);
    assert.match(col(r, "SQLDATE"), /^(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])$/);
  }
  const place = (name: string) => rows.find((r) => col(r, "ActionGeo_FullName") === name)!;
  assert.deepEqual(["Type", "CountryCode", "ADM1Code"].map((c) => col(place("Texas"), `ActionGeo_${c}`)), ["2", "US", "USTX"]);
  assert.equal(col(place("Barrancabermeja"), "ActionGeo_ADM1Code"), "CO26");
  assert.deepEqual(["Type", "CountryCode", "ADM1Code", "FeatureID"].map((c) => col(place("Peru"), `ActionGeo_${c}`)), ["1", "PE", "PE", "PE"]);
  assert.equal(col(place("Barrancabermeja"), "ActionGeo_CountryCode"), "CO");
  assert.equal(col(place("Barrancabermeja"), "Actor1Code"), "COLREB");
  assert.equal(col(place("Peru"), "SQLDATE"), "19900217");
  assert.deepEqual(check("gdelt", text).violations, []);
  await s.close();
});

test("PLOVER export: the manual's fields, actors as lists of entity objects, event_loc, YYYY-MM-DD dates", async () => {
  const s = await store();
  const { text } = await exported(s, "plover");
  const records = text.trimEnd().split("\n").map((l) => JSON.parse(l));
  assert.equal(records.length, 7);
  for (const r of records) {
    assert.match(r.date, /^\d{4}-\d{2}-\d{2}$/);
    assert.ok(Array.isArray(r.source) && Array.isArray(r.recipient) && Array.isArray(r.event));
  }
  const barranca = records.find((r) => r.event_loc?.name === "Barrancabermeja");
  assert.deepEqual([barranca.event_loc.geonameid, barranca.event_loc["admin1 code"]], [3689169, "26"], "the gazetteer place's GeoNames id and admin1 code");
  const lima = records.find((r) => r.event_loc?.name === "Lima");
  assert.deepEqual([lima.date, lima.enddate, lima.date_precision], ["1988-01-01", "1988-12-31", "year"]);
  const peru = records.find((r) => r.event_loc?.name === "Peru");
  assert.equal(peru.event_loc.geonameid, 3932488, "a country-level place carries the country's GeoNames id");
  assert.deepEqual(peru.recipient, [{ code: "PER", sector: "MED", actor_text: "doctor", identifier_id: peru.recipient[0].identifier_id, cameo_code: null }]);
  assert.deepEqual(check("plover", text).violations, []);
  await s.close();
});

test("GeoJSON export: RFC 7946 FeatureCollection of [lon, lat] points with their precision", async () => {
  const s = await store();
  const { text } = await exported(s, "geojson");
  const doc = JSON.parse(text);
  assert.equal(doc.type, "FeatureCollection");
  const peru = doc.features.find((f: { properties: { place: string } }) => f.properties.place === "Peru");
  assert.deepEqual(peru.geometry.coordinates, [-76, -10]);
  assert.equal(peru.properties.placePrecision, "country");
  assert.deepEqual(check("geojson", text).violations, []);
  await s.close();
});

// --- each rule class can fail --------------------------------------------------------------------------------

function editCsv(text: string, edit: (rows: string[][]) => void): string {
  const rows = parse(text) as string[][];
  edit(rows);
  return stringify(rows);
}

test("the ACLED checker rejects what ACLED's codebook does not allow", async () => {
  const s = await store();
  const { text } = await exported(s, "acled");
  const at = (name: string) => ACLED_COLUMNS.indexOf(name as never);
  const broken = (field: string, value: string, row = 1) => rules(check("acled", editCsv(text, (rows) => (rows[row]![at(field)] = value))));
  assert.deepEqual(broken("event_date", "1990-W07-W"), ["event_date.format"]);
  assert.deepEqual(broken("event_date", "1990-02-30"), ["event_date.format"]);
  assert.deepEqual(broken("year", "1991"), ["year.matches_date"]);
  assert.deepEqual(broken("time_precision", "4"), ["time_precision.code"]);
  assert.deepEqual(broken("event_type", ""), ["event_type.vocabulary"]);
  assert.deepEqual(broken("sub_event_type", "Peaceful protest"), ["sub_event_type.vocabulary"]);
  assert.deepEqual(broken("disorder_type", "Demonstrations"), ["disorder_type.matches_type"]);
  assert.deepEqual(broken("actor1", ""), ["actor1.required"]);
  assert.deepEqual(broken("inter1", "9"), ["inter.code"]);
  assert.deepEqual(broken("interaction", "99"), ["interaction.matches_inter"]);
  assert.deepEqual(broken("iso", ""), ["iso.numeric"]);
  assert.deepEqual(broken("iso", "4"), ["event_id_cnty.country", "region.of_country"]);
  assert.deepEqual(broken("region", "Latin America"), ["region.of_country", "region.vocabulary"]);
  assert.deepEqual(broken("latitude", "95.1"), ["latitude.range"]);
  assert.deepEqual(broken("longitude", ""), ["longitude.range"]);
  assert.deepEqual(broken("geo_precision", "0"), ["geo_precision.code"]);
  assert.deepEqual(broken("fatalities", "-3"), ["fatalities.count"]);
  assert.deepEqual(broken("timestamp", "20240102"), ["timestamp.unix"]);
  assert.deepEqual(broken("event_id_cnty", "COL0A9D3801"), ["event_id_cnty.format"]);
  assert.deepEqual(broken("civilian_targeting", "yes"), ["civilian_targeting.value"]);
  assert.deepEqual(broken("source", ""), ["source.required"]);
  assert.deepEqual(broken("source_scale", "Multiple"), ["source_scale.vocabulary"]);
  assert.deepEqual(rules(check("acled", editCsv(text, (rows) => rows[0]!.reverse()))), ["header.columns"]);
  assert.deepEqual(rules(check("acled", editCsv(text, (rows) => rows[1]!.pop()))), ["row.columns"]);
  assert.deepEqual(rules(check("acled", editCsv(text, (rows) => rows.push([...rows[1]!])))), ["event_id_cnty.unique"]);
  await s.close();
});

test("the GDELT checker rejects what the GDELT 2.0 codebook does not allow", async () => {
  const s = await store();
  const { text } = await exported(s, "gdelt");
  const broken = (field: string, value: string) => {
    const lines = text.trimEnd().split("\n").map((l) => l.split("\t"));
    lines[0]![GDELT_COLUMNS.indexOf(field)] = value;
    return rules(check("gdelt", lines.map((l) => l.join("\t")).join("\n") + "\n"));
  };
  assert.deepEqual(broken("SQLDATE", "19890200"), ["SQLDATE.date"]);
  assert.deepEqual(broken("SQLDATE", "10000101"), ["FractionDate.matches_SQLDATE", "MonthYear.matches_SQLDATE", "SQLDATE.range", "Year.matches_SQLDATE"]);
  assert.deepEqual(broken("MonthYear", "198"), ["MonthYear.matches_SQLDATE"]);
  assert.deepEqual(broken("FractionDate", "1989.9"), ["FractionDate.matches_SQLDATE"]);
  assert.deepEqual(broken("EventCode", "999"), ["EventCode.cameo"]);
  assert.deepEqual(broken("EventRootCode", "19"), ["EventRootCode.of_code"]);
  assert.deepEqual(broken("QuadClass", "5"), ["QuadClass.of_root", "QuadClass.range"]);
  assert.deepEqual(broken("GoldsteinScale", "-11"), ["GoldsteinScale.range"]);
  assert.deepEqual(broken("NumSources", "0"), ["counts.positive"]);
  assert.deepEqual(broken("AvgTone", "tone"), ["AvgTone.range"]);
  assert.deepEqual(broken("Actor1Type1Code", "POL"), ["ActorType.cameo"]);
  assert.ok(broken("ActionGeo_CountryCode", "COL").includes("Geo_CountryCode.fips"), "ISO alpha-3 where GDELT's geography has FIPS 10-4");
  assert.deepEqual(broken("ActionGeo_Type", "6"), ["Geo_Type.range"]);
  assert.deepEqual(broken("ActionGeo_Lat", "-91"), ["Geo_Lat.range"]);
  assert.deepEqual(broken("DATEADDED", "2024-01-02"), ["DATEADDED.format"]);
  assert.deepEqual(rules(check("gdelt", text.replace("\t", "\t\t"))), ["row.columns"]);
  assert.ok(rules(check("gdelt", GDELT_COLUMNS.join("\t") + "\n" + text)).includes("header.none"));
  await s.close();
});

test("the PLOVER checker rejects records that are not the manual's JSON", async () => {
  const s = await store();
  const { text } = await exported(s, "plover");
  const broken = (edit: (r: Record<string, unknown>) => void) => {
    const lines = text.trimEnd().split("\n");
    const r = JSON.parse(lines[0]!);
    edit(r);
    lines[0] = JSON.stringify(r);
    return rules(check("plover", lines.join("\n")));
  };
  assert.deepEqual(broken((r) => delete r.id), ["id.required"]);
  assert.deepEqual(broken((r) => (r.date = "1990-W07-W")), ["date.format"]);
  assert.deepEqual(broken((r) => (r.date = "1000-01-01")), ["date.range"]);
  assert.deepEqual(broken((r) => (r.enddate = "1800-01-01")), ["enddate.after_date"]);
  assert.deepEqual(broken((r) => (r.source = "ELN")), ["actors.list"]);
  assert.deepEqual(broken((r) => (r.recipient = ["Ecopetrol"])), ["actor.object"]);
  assert.deepEqual(broken((r) => (r.recipient = [{ code: "XX", actor_text: "x" }])), ["actor.code"]);
  assert.deepEqual(broken((r) => (r.source = [{ sector: "POL", actor_text: "x" }])), ["actor.sector"]);
  assert.deepEqual(broken((r) => delete r.source), ["actors.required"]);
  assert.deepEqual(broken((r) => (r.event = "ASSAULT")), ["event.list"]);
  assert.deepEqual(broken((r) => (r.event = ["FIGHT"])), ["event.category"]);
  assert.deepEqual(broken((r) => ((r.event = [r.event as string[]][0]), (r.quad_code = 1))), ["quad_code.of_event"]);
  assert.deepEqual(broken((r) => (r.event_loc = { name: "x", latitude: 100, longitude: 0 })), ["event_loc.latitude"]);
  assert.deepEqual(broken((r) => (r.event_loc = { name: "x", latitude: 1, longitude: 0, "country code": "COL" })), ["event_loc.country_code"]);
  assert.deepEqual(broken((r) => (r.location = r.event_loc)), ["event_loc.name_of_field"]);
  assert.deepEqual(rules(check("plover", text.replace("}\n", "\n"))), ["json.syntax"]);
  await s.close();
});

test("the GeoJSON checker rejects what RFC 7946 does not allow, and features without their precision", async () => {
  const s = await store();
  const { text } = await exported(s, "geojson");
  const broken = (edit: (d: { type: string; features: { geometry: { type: string; coordinates: number[] }; properties: Record<string, unknown> }[]; crs?: unknown }) => void) => {
    const d = JSON.parse(text);
    edit(d);
    return rules(check("geojson", JSON.stringify(d)));
  };
  const texas = JSON.parse(text).features.findIndex((f: { properties: { place: string } }) => f.properties.place === "Texas");
  assert.deepEqual(broken((d) => (d.type = "Feature")), ["collection.type"]);
  assert.deepEqual(broken((d) => (d.crs = { type: "name" })), ["crs.removed"]);
  // [lat, lon] instead of [lon, lat]: Texas's longitude -99.25 read as a latitude is out of range
  assert.deepEqual(broken((d) => d.features[texas]!.geometry.coordinates.reverse()), ["position.latitude"]);
  assert.deepEqual(broken((d) => (d.features[0]!.geometry.coordinates = [181, 0])), ["position.longitude"]);
  assert.deepEqual(broken((d) => (d.features[0]!.geometry.coordinates = [1])), ["position.numbers"]);
  assert.deepEqual(broken((d) => (d.features[0]!.geometry.type = "Polygon")), ["geometry.point"]);
  assert.deepEqual(broken((d) => delete d.features[0]!.properties.placePrecision), ["precision.place"]);
  assert.deepEqual(broken((d) => (d.features[0]!.properties.precision = "sometime")), ["precision.date"]);
  assert.deepEqual(rules(check("geojson", text.slice(0, -5))), ["json.syntax"]);
  await s.close();
});

test("sitrep export --check: a report per rule, exit 0 for a valid file and 1 for a broken one; the format from the file", async () => {
  const s = await store();
  const dir = mkdtempSync(join(tmpdir(), "sitrep-check-cli-"));
  const good = join(dir, "events.tsv"), bad = join(dir, "broken.csv");
  writeFileSync(good, (await exported(s, "gdelt")).text);
  writeFileSync(bad, editCsv((await exported(s, "acled")).text, (rows) => (rows[1]![ACLED_COLUMNS.indexOf("iso")] = "")));
  assert.equal(detectFormat(bad, "event_id_cnty,event_date"), "acled");
  const ok = sitrep(["export", "--check", good]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /gdelt, 6 records checked, no violations/);
  const no = sitrep(["export", "--check", bad, "--format", "acled"]);
  assert.equal(no.status, 1, no.stderr);
  assert.match(no.stdout, /acled, 5 records checked, 1 violations/);
  assert.match(no.stdout, /record 1 {2}iso: "" is not an ISO 3166-1 numeric country code \[iso\.numeric\]/);
  await s.close();
});
