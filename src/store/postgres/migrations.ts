// PostgreSQL schema migrations, applied in order on open under an advisory lock (several workers may start at once);
// schema_version records how far a database has come. The tables mirror SQLite's (../migrations.ts) so the merge's
// repository and the queries read the same columns; text search uses pg_trgm, the bounding box a GiST index.
export const PG_MIGRATIONS: string[] = [
  `
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,            -- sha256 of the text: a retried document can never be stored twice
    input_id TEXT, title TEXT, published TEXT, source TEXT, url TEXT, file TEXT,
    publisher_key TEXT NOT NULL, syndicated_from TEXT,
    minhash TEXT NOT NULL, ingested_at TEXT NOT NULL,
    extraction TEXT NOT NULL
  );
  CREATE TABLE document_bands (band TEXT NOT NULL, document_id TEXT NOT NULL, PRIMARY KEY (band, document_id));

  CREATE TABLE canonical_events (
    id TEXT PRIMARY KEY,
    family TEXT NOT NULL, modality_class TEXT NOT NULL,
    type TEXT NOT NULL, modality TEXT NOT NULL, acled_type TEXT,
    country TEXT,
    date_start INTEGER, date_end INTEGER, dated INTEGER NOT NULL,
    wide BOOLEAN GENERATED ALWAYS AS (date_end - date_start > 31) STORED,
    date TEXT, lat DOUBLE PRECISION, lon DOUBLE PRECISION, place TEXT, loc_precision TEXT,
    goldstein DOUBLE PRECISION, quad_class INTEGER,
    fatalities INTEGER, confidence DOUBLE PRECISION NOT NULL,
    reports INTEGER NOT NULL, publishers INTEGER NOT NULL, first_seen TEXT,
    source_actor TEXT, target_actor TEXT,
    search TEXT NOT NULL, record TEXT NOT NULL, profile TEXT NOT NULL
  );
  CREATE INDEX canonical_block ON canonical_events(family, modality_class, date_start, date_end, country);
  CREATE INDEX canonical_block_wide ON canonical_events(family, modality_class, date_start) WHERE wide;
  CREATE INDEX canonical_list ON canonical_events(modality, date_start DESC NULLS LAST, id);
  CREATE INDEX canonical_list_any ON canonical_events(date_start DESC NULLS LAST, id);
  CREATE INDEX canonical_type_list ON canonical_events(modality, type, date_start DESC NULLS LAST, id);
  CREATE INDEX canonical_fatalities ON canonical_events(modality, fatalities DESC NULLS LAST, date_start DESC NULLS LAST, id);
  CREATE INDEX canonical_country_date ON canonical_events(country, modality, date_start);
  CREATE INDEX canonical_timeline ON canonical_events(modality, date_start, type);
  CREATE INDEX canonical_pair ON canonical_events(source_actor, target_actor, date_start);
  -- the map's and the network's counts read covering indexes (index-only scans), not the wide rows
  CREATE INDEX canonical_map ON canonical_events(modality, lat, lon, type, loc_precision);
  CREATE INDEX canonical_map_country ON canonical_events(modality, country, lat, lon, type, loc_precision);
  CREATE INDEX canonical_network ON canonical_events(modality, source_actor, target_actor, family);
  CREATE INDEX canonical_network_country ON canonical_events(modality, country, source_actor, target_actor, family);
  CREATE INDEX canonical_place ON canonical_events USING gist (point(lon, lat)) WHERE lat IS NOT NULL AND lon IS NOT NULL;
  CREATE INDEX canonical_search ON canonical_events USING gin (search public.gin_trgm_ops);

  CREATE TABLE report_events (
    seq BIGSERIAL,                   -- the order reports joined, as SQLite's rowid
    document_id TEXT NOT NULL, event_index INTEGER NOT NULL,
    canonical_id TEXT NOT NULL,
    score DOUBLE PRECISION, reasons TEXT NOT NULL, report TEXT NOT NULL,
    PRIMARY KEY (document_id, event_index)
  );
  CREATE INDEX report_events_canonical ON report_events(canonical_id, seq);

  CREATE TABLE actors (id TEXT PRIMARY KEY, name TEXT NOT NULL, country TEXT, sector TEXT, actor_code TEXT);
  CREATE INDEX actors_code ON actors(actor_code);
  CREATE INDEX actors_country ON actors(country);
  CREATE TABLE actor_keys (key TEXT PRIMARY KEY, actor_id TEXT NOT NULL);
  CREATE TABLE event_actors (canonical_id TEXT NOT NULL, actor_id TEXT NOT NULL, role TEXT NOT NULL,
    PRIMARY KEY (canonical_id, actor_id, role));
  CREATE INDEX event_actors_actor ON event_actors(actor_id, canonical_id);
  CREATE TABLE actor_relations (subject TEXT NOT NULL, object TEXT NOT NULL, predicate TEXT NOT NULL, count INTEGER NOT NULL,
    PRIMARY KEY (subject, object, predicate));

  -- events per day, type and modality, kept by a trigger: the whole store's timeline reads these counts
  CREATE TABLE timeline_counts (modality TEXT NOT NULL, day INTEGER NOT NULL, type TEXT NOT NULL, n INTEGER NOT NULL,
    PRIMARY KEY (modality, day, type));
  CREATE FUNCTION timeline_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.date_start IS NOT NULL THEN
      UPDATE timeline_counts SET n = n - 1 WHERE modality = OLD.modality AND day = OLD.date_start AND type = OLD.type;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') AND NEW.date_start IS NOT NULL THEN
      INSERT INTO timeline_counts (modality, day, type, n) VALUES (NEW.modality, NEW.date_start, NEW.type, 1)
        ON CONFLICT (modality, day, type) DO UPDATE SET n = timeline_counts.n + 1;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER timeline_counts_keep AFTER INSERT OR DELETE OR UPDATE OF modality, date_start, type ON canonical_events
    FOR EACH ROW EXECUTE FUNCTION timeline_counts_keep();
  `,
  // 2: counts kept by triggers, because COUNT(*) over a million rows takes PostgreSQL most of a second: events per
  // modality and type (list totals without other filters; written under the merge block's lock, so no contention)
  // and rows per table (stats), the latter spread over 16 shards by backend so concurrent writers rarely share a row.
  `
  CREATE TABLE event_counts (modality TEXT NOT NULL, type TEXT NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (modality, type));
  INSERT INTO event_counts SELECT modality, type, COUNT(*) FROM canonical_events GROUP BY 1, 2;
  CREATE FUNCTION event_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      UPDATE event_counts SET n = n - 1 WHERE modality = OLD.modality AND type = OLD.type;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
      INSERT INTO event_counts (modality, type, n) VALUES (NEW.modality, NEW.type, 1)
        ON CONFLICT (modality, type) DO UPDATE SET n = event_counts.n + 1;
    END IF;
    RETURN NULL;
  END $$;
  CREATE TRIGGER event_counts_keep AFTER INSERT OR DELETE OR UPDATE OF modality, type ON canonical_events
    FOR EACH ROW EXECUTE FUNCTION event_counts_keep();

  CREATE TABLE row_counts (tbl TEXT NOT NULL, shard INTEGER NOT NULL, n BIGINT NOT NULL, PRIMARY KEY (tbl, shard));
  INSERT INTO row_counts SELECT 'documents', 0, COUNT(*) FROM documents;
  INSERT INTO row_counts SELECT 'report_events', 0, COUNT(*) FROM report_events;
  INSERT INTO row_counts SELECT 'canonical_events', 0, COUNT(*) FROM canonical_events;
  INSERT INTO row_counts SELECT 'actors', 0, COUNT(*) FROM actors;
  CREATE FUNCTION row_counts_keep() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    INSERT INTO row_counts (tbl, shard, n) VALUES (TG_TABLE_NAME, pg_backend_pid() % 16, CASE WHEN TG_OP = 'INSERT' THEN 1 ELSE -1 END)
      ON CONFLICT (tbl, shard) DO UPDATE SET n = row_counts.n + EXCLUDED.n;
    RETURN NULL;
  END $$;
  CREATE TRIGGER row_counts_keep AFTER INSERT OR DELETE ON documents FOR EACH ROW EXECUTE FUNCTION row_counts_keep();
  CREATE TRIGGER row_counts_keep AFTER INSERT OR DELETE ON report_events FOR EACH ROW EXECUTE FUNCTION row_counts_keep();
  CREATE TRIGGER row_counts_keep AFTER INSERT OR DELETE ON canonical_events FOR EACH ROW EXECUTE FUNCTION row_counts_keep();
  CREATE TRIGGER row_counts_keep AFTER INSERT OR DELETE ON actors FOR EACH ROW EXECUTE FUNCTION row_counts_keep();
  `,
  // 3: merging compares a new report with stored reports, not with events (corpus/grouping.ts): each report carries
  // its block (family, modality class, place's country, date window) and the component of reports linked to it.
  // A store merged before this keeps its events; each event becomes a component of its own.
  `
  ALTER TABLE report_events ADD COLUMN family TEXT, ADD COLUMN modality_class TEXT, ADD COLUMN country TEXT,
    ADD COLUMN day_start INTEGER, ADD COLUMN day_end INTEGER, ADD COLUMN component TEXT;
  ALTER TABLE report_events ADD COLUMN wide BOOLEAN GENERATED ALWAYS AS (day_end - day_start > 31) STORED;
  UPDATE report_events r SET family = c.family, modality_class = c.modality_class,
    country = (r.report::json)->'location'->>'country',
    day_start = ((r.report::json)->'days'->>'start')::int, day_end = ((r.report::json)->'days'->>'end')::int,
    component = r.canonical_id
    FROM canonical_events c WHERE c.id = r.canonical_id;
  CREATE INDEX report_block ON report_events(family, modality_class, day_start, day_end, country);
  CREATE INDEX report_block_wide ON report_events(family, modality_class, day_start) WHERE wide;
  CREATE INDEX report_component ON report_events(component);
  `,
];
