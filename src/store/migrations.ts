// Schema migrations, applied in order on open; schema_version records how far a database has come. Several
// processes may open a fresh store at the same moment: migrate() takes the write lock before it reads the version.
import type Database from "better-sqlite3";

export const MIGRATIONS: string[] = [
  // 1: documents, report events, canonical events, actors
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,            -- sha256 of the text
    input_id TEXT, title TEXT, published TEXT, source TEXT, url TEXT, file TEXT,
    publisher_key TEXT NOT NULL,    -- independent-source key (a syndicated copy takes its original's)
    syndicated_from TEXT,
    minhash TEXT NOT NULL,
    ingested_at TEXT NOT NULL,
    extraction TEXT NOT NULL        -- the extraction document, JSON
  );
  CREATE TABLE document_bands (band TEXT NOT NULL, document_id TEXT NOT NULL);
  CREATE INDEX document_bands_band ON document_bands(band);

  CREATE TABLE canonical_events (
    id TEXT PRIMARY KEY,
    family TEXT NOT NULL, modality_class TEXT NOT NULL,
    type TEXT NOT NULL, modality TEXT NOT NULL, acled_type TEXT,
    country TEXT,                   -- where (else the actors' country), for blocking and filters
    date_start INTEGER, date_end INTEGER, dated INTEGER NOT NULL,  -- days since 1970-01-01
    date TEXT, lat REAL, lon REAL, place TEXT,
    goldstein REAL, quad_class INTEGER,
    fatalities INTEGER, confidence REAL NOT NULL,
    reports INTEGER NOT NULL, publishers INTEGER NOT NULL, first_seen TEXT,
    source_actor TEXT, target_actor TEXT,
    search TEXT NOT NULL,           -- lower-case text for q=
    record TEXT NOT NULL,           -- the CanonicalEvent, JSON
    profile TEXT NOT NULL           -- what merging compares the next report with, JSON
  );
  CREATE INDEX canonical_block ON canonical_events(family, modality_class, date_start);
  CREATE INDEX canonical_date ON canonical_events(date_start);
  CREATE INDEX canonical_country ON canonical_events(country);

  CREATE TABLE report_events (
    document_id TEXT NOT NULL, event_index INTEGER NOT NULL,
    canonical_id TEXT NOT NULL,
    score REAL, reasons TEXT NOT NULL,   -- why it joined its canonical event, JSON array
    report TEXT NOT NULL,                -- the ReportEvent, JSON
    PRIMARY KEY (document_id, event_index)
  );
  CREATE INDEX report_events_canonical ON report_events(canonical_id);

  CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT, sector TEXT, actor_code TEXT);
  CREATE TABLE actor_keys (key TEXT PRIMARY KEY, actor_id TEXT NOT NULL);
  CREATE TABLE event_actors (canonical_id TEXT NOT NULL, actor_id TEXT NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (canonical_id, actor_id, role));
  CREATE INDEX event_actors_actor ON event_actors(actor_id);
  CREATE TABLE actor_relations (subject TEXT NOT NULL, object TEXT NOT NULL, predicate TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (subject, object, predicate));
  `,
  // 2: scale. Merge blocking reads a bounded date range: "narrow" events (a window of a month or less) by
  // date_start alone, the few wide ones through their own index. Lists, counts and aggregates read covering
  // indexes instead of the table; the map reads the place precision from a column, not the JSON record.
  `
  ALTER TABLE canonical_events ADD COLUMN wide INTEGER GENERATED ALWAYS AS (date_end - date_start > 31) VIRTUAL;
  ALTER TABLE canonical_events ADD COLUMN loc_precision TEXT;
  UPDATE canonical_events SET loc_precision = json_extract(record, '$.location.precision');
  DROP INDEX IF EXISTS canonical_block;
  CREATE INDEX canonical_block ON canonical_events(family, modality_class, date_start, date_end, country);
  CREATE INDEX canonical_block_wide ON canonical_events(family, modality_class, wide, date_start);
  CREATE INDEX canonical_list ON canonical_events(modality, date_start DESC, id);
  CREATE INDEX canonical_type_list ON canonical_events(modality, type, date_start DESC, id);
  CREATE INDEX canonical_fatalities ON canonical_events(modality, fatalities DESC, date_start DESC, id);
  CREATE INDEX canonical_country_date ON canonical_events(country, modality, date_start);
  CREATE INDEX canonical_timeline ON canonical_events(modality, date_start, type);
  CREATE INDEX canonical_dyad ON canonical_events(modality, source_actor, target_actor, family);
  CREATE INDEX canonical_map ON canonical_events(modality, lat, lon, type, loc_precision);
  CREATE INDEX document_bands_document ON document_bands(document_id);
  CREATE INDEX actors_code ON actors(actor_code);
  CREATE INDEX actors_country ON actors(country);
  `,
  // 3: text search (q=) through a trigram index, which serves substring matches like LIKE '%…%' did by scanning;
  // list paging with any modality reads an index in list order.
  `
  CREATE VIRTUAL TABLE canonical_search USING fts5(search, content='canonical_events', content_rowid='rowid', tokenize='trigram');
  INSERT INTO canonical_search(canonical_search) VALUES ('rebuild');
  CREATE TRIGGER canonical_search_insert AFTER INSERT ON canonical_events BEGIN
    INSERT INTO canonical_search(rowid, search) VALUES (new.rowid, new.search);
  END;
  CREATE TRIGGER canonical_search_delete AFTER DELETE ON canonical_events BEGIN
    INSERT INTO canonical_search(canonical_search, rowid, search) VALUES ('delete', old.rowid, old.search);
  END;
  CREATE TRIGGER canonical_search_update AFTER UPDATE OF search ON canonical_events BEGIN
    INSERT INTO canonical_search(canonical_search, rowid, search) VALUES ('delete', old.rowid, old.search);
    INSERT INTO canonical_search(rowid, search) VALUES (new.rowid, new.search);
  END;
  CREATE INDEX canonical_list_any ON canonical_events(date_start DESC, id);
  `,
  // 4: a dyad's events by their actor pair, in either direction
  `
  CREATE INDEX canonical_pair ON canonical_events(source_actor, target_actor, date_start);
  `,
  // 5: events per day, type and modality, kept by triggers as canonical events are written: the timeline of the
  // whole store (the dashboard's first view) reads a few thousand counts instead of every event.
  `
  CREATE TABLE timeline_counts (modality TEXT NOT NULL, day INTEGER NOT NULL, type TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (modality, day, type)) WITHOUT ROWID;
  INSERT INTO timeline_counts SELECT modality, date_start, type, COUNT(*) FROM canonical_events WHERE date_start IS NOT NULL GROUP BY 1, 2, 3;
  CREATE TRIGGER timeline_counts_insert AFTER INSERT ON canonical_events WHEN new.date_start IS NOT NULL BEGIN
    INSERT INTO timeline_counts (modality, day, type, n) VALUES (new.modality, new.date_start, new.type, 1)
      ON CONFLICT (modality, day, type) DO UPDATE SET n = n + 1;
  END;
  CREATE TRIGGER timeline_counts_delete AFTER DELETE ON canonical_events WHEN old.date_start IS NOT NULL BEGIN
    UPDATE timeline_counts SET n = n - 1 WHERE modality = old.modality AND day = old.date_start AND type = old.type;
  END;
  CREATE TRIGGER timeline_counts_update AFTER UPDATE OF modality, date_start, type ON canonical_events BEGIN
    UPDATE timeline_counts SET n = n - 1 WHERE old.date_start IS NOT NULL AND modality = old.modality AND day = old.date_start AND type = old.type;
    INSERT INTO timeline_counts (modality, day, type, n) SELECT new.modality, new.date_start, new.type, 1 WHERE new.date_start IS NOT NULL
      ON CONFLICT (modality, day, type) DO UPDATE SET n = n + 1;
  END;
  `,
  // 6: the dashboard's filtered views (country or type) read covering indexes: canonical_events rows carry large
  // JSON, so a lookup per event costs a page read each.
  `
  CREATE INDEX canonical_map_country ON canonical_events(modality, country, lat, lon, type, loc_precision);
  CREATE INDEX canonical_network_country ON canonical_events(modality, country, source_actor, target_actor, family);
  CREATE INDEX canonical_network_type ON canonical_events(modality, type, source_actor, target_actor, family);
  `,
  // 7: merging compares a new report with stored reports, not with events (corpus/grouping.ts): each report carries
  // its block (family, modality class, place's country, date window) and the component of reports linked to it.
  // A store merged before this keeps its events; each event becomes a component of its own.
  `
  ALTER TABLE report_events ADD COLUMN family TEXT;
  ALTER TABLE report_events ADD COLUMN modality_class TEXT;
  ALTER TABLE report_events ADD COLUMN country TEXT;
  ALTER TABLE report_events ADD COLUMN day_start INTEGER;
  ALTER TABLE report_events ADD COLUMN day_end INTEGER;
  ALTER TABLE report_events ADD COLUMN wide INTEGER GENERATED ALWAYS AS (day_end - day_start > 31) VIRTUAL;
  ALTER TABLE report_events ADD COLUMN component TEXT;
  UPDATE report_events SET
    family = (SELECT family FROM canonical_events c WHERE c.id = canonical_id),
    modality_class = (SELECT modality_class FROM canonical_events c WHERE c.id = canonical_id),
    country = json_extract(report, '$.location.country'),
    day_start = json_extract(report, '$.days.start'), day_end = json_extract(report, '$.days.end'),
    component = canonical_id;
  CREATE INDEX report_block ON report_events(family, modality_class, day_start, day_end, country);
  CREATE INDEX report_block_wide ON report_events(family, modality_class, wide, day_start);
  CREATE INDEX report_component ON report_events(component);
  `,
];

/** The version a database has reached: 0 for a fresh file. */
export function schemaVersion(db: Database.Database): number {
  const table = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!table) return 0;
  return (db.prepare("SELECT MAX(version) AS v FROM schema_version").get() as { v: number | null }).v ?? 0;
}

/**
 * Brings a database to the latest schema, once, whoever else opens it at the same time. The version is read again
 * inside one IMMEDIATE transaction (the write lock, waited for up to the connection's busy timeout), so of three
 * processes opening a fresh file one applies the migrations and the others then find them applied: never "table
 * already exists" or "duplicate column name". Idempotent: a current database costs one read and no lock.
 */
export function migrate(db: Database.Database): void {
  if (schemaVersion(db) >= MIGRATIONS.length) return;
  db.transaction(() => {
    db.exec("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
    const insert = db.prepare("INSERT INTO schema_version (version) VALUES (?)");
    for (let v = schemaVersion(db); v < MIGRATIONS.length; v++) {
      db.exec(MIGRATIONS[v]!);
      insert.run(v + 1);
    }
  }).immediate();
}
