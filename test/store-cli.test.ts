// The store file and the query commands: created and migrated on first use, queried as table, JSON and CSV,
// and `sitrep show` explaining a merge.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { SqliteStore } from "../src/store/sqlite.ts";
import { MIGRATIONS } from "../src/store/migrations.ts";
import { SAN_PEDRO_SULA, docWith, mucArticle } from "./corpus-fixtures.ts";

const BIN = join(import.meta.dirname, "..", "bin", "sitrep.js");
const cli = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: "utf8" });

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
  assert.match(show.stdout, /Why merged:[\s\S]*report 2 \(ACAN-EFE, 1989-02-07\) merged with score [\d.]+: block violence × HND × 1989-W06; same type ASSAULT; same day 1989-02-07; same place San Pedro Sula/);
  assert.equal(cli("show", "ce_missing", "--db", db).status, 1);
});
