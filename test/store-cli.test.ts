// The store file and the query commands: created and migrated on first use, queried as table, JSON and CSV,
// and `sitrep show` explaining a merge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { SqliteStore } from "../src/store/sqlite.ts";
import { MIGRATIONS } from "../src/store/migrations.ts";
import { SAN_PEDRO_SULA, docWith, mucArticle } from "./corpus-fixtures.ts";
import { sitrep } from "./cli-run.ts";

const cli = (...args: string[]) => sitrep(args);

async function twoReports(db: string) {
  const store = new SqliteStore(db);
  assert.equal(store.schemaVersion, MIGRATIONS.length);
  await store.addDocument(docWith(mucArticle("dev-muc3-0001-0100", "DEV-MUC3-0075"), [{ evidence: "A BOMB BLAST DAMAGED A TELEPHONE\nOFFICE TODAY", type: "ASSAULT", place: SAN_PEDRO_SULA }]));
  await store.addDocument(docWith(mucArticle("dev-muc3-0001-0100", "DEV-MUC3-0076"), [{ evidence: "DETONATING A BOMB AT TELEPHONE COMPANY\nOFFICES IN SAN PEDRO SULA", type: "ASSAULT", place: SAN_PEDRO_SULA, source: { name: "Cinchonero Popular Liberation Movement", country: "HND" } }]));
  await store.close();
}

test("a store is created and migrated on first use and keeps its data when reopened", async () => {
  const db = join(mkdtempSync(join(tmpdir(), "sitrep-store-")), "s.db");
  await twoReports(db);
  const again = new SqliteStore(db);
  assert.equal(again.schemaVersion, MIGRATIONS.length);
  assert.deepEqual(await again.stats(), { documents: 2, reportEvents: 2, canonicalEvents: 1, actors: 1 });
  await again.close();
});

test("events as JSON and CSV, and show explaining why reports merged", async () => {
  const db = join(mkdtempSync(join(tmpdir(), "sitrep-store-")), "s.db");
  await twoReports(db);
  const json = cli("events", "--db", db, "--format", "json");
  assert.equal(json.status, 0, json.stderr);
  const page = JSON.parse(json.stdout);
  assert.equal(page.total, 1);
  const csv = parse(cli("events", "--db", db, "--format", "csv", "--country", "HND").stdout, { columns: true }) as Record<string, string>[];
  assert.equal(csv.length, 1);
  assert.equal(csv[0]!.reports, "2");
  assert.equal(JSON.parse(cli("events", "--db", db, "--format", "json", "--country", "COL").stdout).total, 0);
  const show = cli("show", page.items[0].id, "--db", db);
  assert.equal(show.status, 0, show.stderr);
  assert.match(show.stdout, /2 report\(s\) from 2 publisher\(s\)/);
  // which report founds the event is a property of the reports (the more precise one), listed first
  assert.match(show.stdout, /Why merged:\n  - report 1 \((?:REUTER|ACAN-EFE), 1989-02-07\) founded the event[^\n]*\n  - report 2 \((?:REUTER|ACAN-EFE), 1989-02-07\) merged with score [\d.]+: block violence × HND × 1989-W06; same type ASSAULT; same day 1989-02-07; same place San Pedro Sula/);
  assert.equal(cli("show", "ce_missing", "--db", db).status, 1);
});

test("counts: events and fatalities by country and period, as CSV; a bad interval is refused", async () => {
  const db = join(mkdtempSync(join(tmpdir(), "sitrep-store-")), "s.db");
  await twoReports(db);
  const r = cli("counts", "--db", db, "--interval", "year", "--format", "csv");
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(parse(r.stdout, { columns: true }), [{ country: "HND", period: "1989", events: "1", fatalities: "0", withToll: "0" }]);
  const bad = cli("counts", "--db", db, "--interval", "decade");
  assert.equal(bad.status, 1);
  assert.match(bad.stderr, /--interval must be day, week, month or year/);
});

test("ingest --published dates bare text files; --country takes names and codes, and refuses unknown ones", async () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-store-"));
  const db = join(dir, "s.db");
  const file = join(dir, "report.txt");
  writeFileSync(file, "Gunmen attacked a police post in San Salvador on Sunday, killing two officers, police said.\n");
  const ing = cli("ingest", "--db", db, "--published", "2021-06-28", "--workers", "1", "-q", file);
  assert.equal(ing.status, 0, ing.stderr);
  const page = JSON.parse(cli("events", "--db", db, "--country", "El Salvador", "--format", "json").stdout);
  assert.ok(page.total >= 1);
  assert.ok(page.items.some((e: { date: string | null }) => e.date === "2021-06-27"), "Sunday before the given publication day");
  assert.equal(JSON.parse(cli("events", "--db", db, "--country", "SV", "--format", "json").stdout).total, page.total);
  const unknown = cli("events", "--db", db, "--country", "Narnia");
  assert.notEqual(unknown.status, 0);
  assert.match(unknown.stderr, /unknown/);
  assert.match(cli("ingest", "--db", db, "--published", "last week", file).stderr, /not an ISO date/);
});

test("a date range holds the events whose whole date interval lies in it, not coarser or overlapping ones", async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-store-")), "r.db"));
  // different types, so no two of them merge
  const events = [["1989-11-15", "ASSAULT"], ["1989-11", "PROTEST"], ["1989", "COERCE"], ["1989-W48", "AID"], ["1989-12-02", "CONSULT"]] as const;
  for (const [i, [date, type]] of events.entries()) {
    const doc = mucArticle("dev-muc3-0001-0100", `DEV-MUC3-00${70 + i}`);
    await store.addDocument(docWith(doc, [{ evidence: doc.text.slice(200, 260), type, date, place: SAN_PEDRO_SULA }]));
  }
  const page = await store.events({ from: "1989-11-01", to: "1989-11-30", modality: "any", limit: 50 });
  assert.deepEqual(page.items.map((e) => e.date).sort(), ["1989-11", "1989-11-15"]);
  await store.close();
});
