// Schema migrations, applied in order on open; schema_version records how far a database has come.
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
];
