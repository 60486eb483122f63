// The SQLite store (better-sqlite3): one file, created and migrated on open, WAL journal. Each document goes in
// with one transaction (document, report events, merges, actors), so a killed ingest leaves whole documents only
// and a re-run skips what is there by content hash.
import Database from "better-sqlite3";
import type { ExtractionDocument } from "../schema.ts";
import type { ActorRecord, ActorRef, CanonicalEvent, ReportRef } from "../corpus/records.ts";
import type { AddResult, CountRow, DyadMonth, Interval, EventDetail, EventFilter, MapPoint, NetworkGraph, Page, Store, StoreStats, StoredDocument } from "./store.ts";
import { migrate } from "./migrations.ts";
import { busyTimeoutMs, retryWhileBusy } from "./locking.ts";
import { filterSql, orderSql } from "./filters.ts";
import { addDocumentPlan, runSync } from "../corpus/merge.ts";
import { SqliteMergeRepository } from "./sqlite-repository.ts";
import { dyadMonths, mergeReasons, networkEdges, orderCounts, reportRefsOf } from "./read-models.ts";
import { CLUSTER_ABOVE, clusterPoints } from "./cluster.ts";

type Row = Record<string, unknown>;

export class SqliteStore implements Store {
  readonly db: Database.Database;

  /** Prepared statements by SQL text: preparing costs more than running the small per-report queries. */
  private statements = new Map<string, Database.Statement>();

  private sql(text: string): Database.Statement {
    let st = this.statements.get(text);
    if (!st) {
      if (this.statements.size > 500) this.statements.clear(); // IN-lists of varying length make new texts
      this.statements.set(text, (st = this.db.prepare(text)));
    }
    return st;
  }

  constructor(readonly file: string) {
    // the busy timeout first: switching a fresh file to WAL takes a lock another process may hold (and SQLite
    // answers that one SQLITE_BUSY at once, without the timeout: retried)
    this.db = new Database(file, { timeout: busyTimeoutMs() });
    retryWhileBusy(() => this.db.pragma("journal_mode = WAL"));
    this.db.pragma("synchronous = NORMAL");
    // a large store's indexes should stay in memory: 64 MB of page cache, and reads through mmap
    this.db.pragma("cache_size = -65536");
    this.db.pragma("mmap_size = 268435456");
    migrate(this.db);
    this.repository = new SqliteMergeRepository((text) => this.sql(text));
  }

  /** The merge's repository port (corpus/merge.ts), on this connection. */
  private readonly repository: SqliteMergeRepository;

  get schemaVersion(): number {
    return (this.sql("SELECT MAX(version) AS v FROM schema_version").get() as { v: number }).v;
  }

  async hasDocument(id: string): Promise<boolean> {
    return !!this.sql("SELECT 1 FROM documents WHERE id = ?").get(id);
  }

  async addDocument(doc: ExtractionDocument, opts: { file?: string } = {}): Promise<AddResult> {
    return this.db.transaction(() => runSync(addDocumentPlan(doc, opts), this.repository)).immediate();
  }

  // ---- reading ------------------------------------------------------------------------------------------

  private docCache = new Map<string, ExtractionDocument>();

  private loadDoc(id: string): ExtractionDocument | null {
    const hit = this.docCache.get(id);
    if (hit) return hit;
    const row = this.sql("SELECT extraction FROM documents WHERE id = ?").get(id) as { extraction: string } | undefined;
    if (!row) return null;
    const doc = JSON.parse(row.extraction) as ExtractionDocument;
    if (this.docCache.size > 200) this.docCache.clear();
    this.docCache.set(id, doc);
    return doc;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const doc = this.loadDoc(id);
    if (!doc) return null;
    const links = new Map((this.sql("SELECT event_index, canonical_id FROM report_events WHERE document_id = ?").all(id) as { event_index: number; canonical_id: string }[])
      .map((x) => [x.event_index, x.canonical_id]));
    return { ...doc, events: doc.events.map((e, index) => ({ ...e, index, canonicalId: links.get(index) ?? null })) };
  }

  /** The filter as SQL, with an actor filter resolved to actor ids first (the actors table is small). */
  private where(filter: EventFilter) {
    if (!filter.actor) return filterSql(filter);
    const a = filter.actor;
    const ids = (this.sql("SELECT id FROM actors WHERE id = ? OR actor_code = ? OR name LIKE ? OR country = ?")
      .all(a, a.toUpperCase(), `%${a}%`, /^[A-Za-z]{3}$/.test(a) ? a.toUpperCase() : "\u0000") as { id: string }[]).map((x) => x.id);
    return filterSql(filter, { actorIds: ids });
  }

  async events(filter: EventFilter): Promise<Page<CanonicalEvent>> {
    const { where, params } = this.where(filter);
    const limit = Math.max(1, Math.min(1000, filter.limit ?? 50)), offset = Math.max(0, filter.offset ?? 0);
    const total = (this.sql(`SELECT COUNT(*) AS n FROM canonical_events c ${where}`).get(...params) as { n: number }).n;
    // page by row ids first (an index scan, however deep the offset), then read only that page's records
    const ids = (this.sql(`SELECT c.rowid AS r FROM canonical_events c ${where} ${orderSql(filter.sort)} LIMIT ? OFFSET ?`).all(...params, limit, offset) as { r: number }[]).map((x) => x.r);
    const records = new Map((this.sql("SELECT rowid AS r, record FROM canonical_events WHERE rowid IN (SELECT value FROM json_each(?))").all(JSON.stringify(ids)) as { r: number; record: string }[])
      .map((x) => [x.r, x.record]));
    return { total, limit, offset, items: ids.map((r) => JSON.parse(records.get(r)!) as CanonicalEvent) };
  }

  async *eachEvent(filter: EventFilter): AsyncIterable<{ event: CanonicalEvent; reports: ReportRef[] }> {
    for (let offset = 0; ; offset += 500) {
      const page = await this.events({ ...filter, limit: 500, offset });
      for (const event of page.items) yield { event, reports: this.reportRefs(event.id).map((x) => x.ref) };
      if (page.items.length < 500) return;
    }
  }

  private reportRefs(id: string): { ref: ReportRef; reasons: string[]; score: number | null }[] {
    // the founding report (no score) first, then in the order they came
    const rows = this.sql("SELECT document_id, event_index, score, reasons FROM report_events WHERE canonical_id = ? ORDER BY score IS NOT NULL, rowid").all(id) as
      { document_id: string; event_index: number; score: number | null; reasons: string }[];
    return reportRefsOf(rows, (id) => this.loadDoc(id));
  }

  async event(id: string): Promise<EventDetail | null> {
    const row = this.sql("SELECT record FROM canonical_events WHERE id = ?").get(id) as { record: string } | undefined;
    if (!row) return null;
    const refs = this.reportRefs(id);
    const syn = this.sql(`SELECT COUNT(*) AS n FROM documents WHERE syndicated_from IS NOT NULL AND id IN
      (SELECT document_id FROM report_events WHERE canonical_id = ?)`).get(id) as { n: number };
    const reasons = mergeReasons(refs, syn.n);
    return { event: JSON.parse(row.record), reports: refs.map((x) => x.ref), merge: { reasons } };
  }

  async actors(q?: string, limit = 50): Promise<ActorRecord[]> {
    const where = q ? "WHERE a.name LIKE ? OR a.id = ? OR a.actor_code = ? OR a.country = ?" : "";
    const params = q ? [`%${q}%`, q, q.toUpperCase(), q.toUpperCase()] : [];
    const rows = this.sql(`SELECT a.id, a.name, a.country, a.sector, a.actor_code, COUNT(DISTINCT ea.canonical_id) AS events
        FROM actors a LEFT JOIN event_actors ea ON ea.actor_id = a.id ${where}
        GROUP BY a.id ORDER BY events DESC, a.name LIMIT ?`).all(...params, Math.max(1, Math.min(1000, limit))) as Row[];
    return rows.map((r) => ({ id: r.id as string, name: r.name as string, country: (r.country as string) ?? null, sector: (r.sector as string) ?? null, actorCode: (r.actor_code as string) ?? null, events: r.events as number }));
  }

  /** Actor ids matching a dyad side: an actor id, an actor code, a country code, or a name. */
  private actorSide(x: string): string[] {
    return (this.sql("SELECT id FROM actors WHERE id = ? OR actor_code = ? OR country = ? OR name LIKE ?").all(x, x.toUpperCase(), x.toUpperCase(), x) as { id: string }[]).map((r) => r.id);
  }

  async dyad(a: string, b: string, filter: EventFilter = {}): Promise<DyadMonth[]> {
    const A = JSON.stringify(this.actorSide(a)), B = JSON.stringify(this.actorSide(b));
    if (A === "[]" || B === "[]") return [];
    const { where, params } = this.where(filter);
    // each direction is an index lookup on (source_actor, target_actor); the union counts an event once
    const side = "SELECT value FROM json_each(?)";
    const dyadCond = `c.rowid IN (SELECT rowid FROM canonical_events WHERE source_actor IN (${side}) AND target_actor IN (${side})
        UNION SELECT rowid FROM canonical_events WHERE source_actor IN (${side}) AND target_actor IN (${side}))`;
    const rows = this.sql(`SELECT c.date_start AS d, COUNT(*) AS events, COALESCE(SUM(c.goldstein), 0) AS gsum, COUNT(c.goldstein) AS gn
        FROM canonical_events c ${where ? where + " AND" : "WHERE"} ${dyadCond} AND c.date_start IS NOT NULL GROUP BY c.date_start`)
      .all(...params, A, B, B, A) as { d: number; events: number; gsum: number; gn: number }[];
    return dyadMonths(rows);
  }

  async timeline(interval: "day" | "week" | "month" | "year", filter: EventFilter): Promise<{ period: string; type: string; count: number }[]> {
    const period = (day: string) => sqlitePeriod(interval, day);
    // With no filter but modality and type, the counts kept per day are read instead of the events.
    const onlyKept = Object.entries(filter).every(([k, v]) => v == null || ["modality", "type", "limit", "offset", "sort"].includes(k));
    if (onlyKept) {
      const modality = filter.modality ?? "asserted";
      const w = ["n > 0", ...(modality !== "any" ? ["modality = ?"] : []), ...(filter.type ? ["type = ?"] : [])].join(" AND ");
      const p = [...(modality !== "any" ? [modality] : []), ...(filter.type ? [filter.type.toUpperCase()] : [])];
      return this.sql(`SELECT ${period("day")} AS period, type, SUM(n) AS count FROM timeline_counts WHERE ${w}
          GROUP BY period, type ORDER BY period, type`).all(...p) as { period: string; type: string; count: number }[];
    }
    const { where, params } = this.where(filter);
    return this.sql(`SELECT ${period("c.date_start")} AS period, c.type AS type, COUNT(*) AS count FROM canonical_events c
        ${where ? where + " AND" : "WHERE"} c.date_start IS NOT NULL GROUP BY period, c.type ORDER BY period, c.type`).all(...params) as { period: string; type: string; count: number }[];
  }

  async counts(interval: Interval, filter: EventFilter): Promise<CountRow[]> {
    const { where, params } = this.where(filter);
    const period = (day: string) => sqlitePeriod(interval, day);
    return orderCounts(this.sql(`SELECT c.country AS country,
          CASE WHEN c.date_start IS NOT NULL AND ${period("c.date_start")} = ${period("c.date_end")} THEN ${period("c.date_start")} END AS period,
          COUNT(*) AS events, COALESCE(SUM(c.fatalities), 0) AS fatalities, COUNT(c.fatalities) AS withToll
        FROM canonical_events c ${where} GROUP BY 1, 2`).all(...params) as CountRow[]);
  }

  async network(filter: EventFilter, limit = 100): Promise<NetworkGraph> {
    const { where, params } = this.where(filter);
    const rows = this.sql(`SELECT c.source_actor AS s, c.target_actor AS t, c.family AS family, COUNT(*) AS n FROM canonical_events c
        ${where ? where + " AND" : "WHERE"} c.source_actor IS NOT NULL AND c.target_actor IS NOT NULL AND c.source_actor <> c.target_actor
        GROUP BY s, t, family`).all(...params) as { s: string; t: string; family: string; n: number }[];
    const backs = this.sql("SELECT subject, object, count FROM actor_relations WHERE predicate = 'backs'").all() as { subject: string; object: string; count: number }[];
    const { actorIds: ids, weight, edges } = networkEdges(rows, backs, limit);
    const nodes = ids.length
      ? (this.sql(`SELECT id, name, country, sector FROM actors WHERE id IN (${ids.map(() => "?").join(",")})`).all(...ids) as Row[])
          .map((a) => ({ id: a.id as string, name: a.name as string, country: (a.country as string) ?? null, sector: (a.sector as string) ?? null, events: weight.get(a.id as string) ?? 0 }))
      : [];
    return { nodes, edges };
  }

  async map(filter: EventFilter, zoom?: number): Promise<MapPoint[]> {
    const { where, params } = this.where(filter);
    const located = `${where ? where + " AND" : "WHERE"} c.lat IS NOT NULL AND c.lon IS NOT NULL`;
    const total = (this.sql(`SELECT COUNT(*) AS n FROM canonical_events c ${located}`).get(...params) as { n: number }).n;
    if (total <= CLUSTER_ABOVE) {
      const rows = this.sql(`SELECT c.id, c.lat, c.lon, c.type, c.loc_precision AS precision FROM canonical_events c ${located}`).all(...params) as
        { id: string; lat: number; lon: number; type: string; precision: string }[];
      return rows.map((r) => ({ id: r.id, lat: r.lat, lon: r.lon, precision: r.precision, type: r.type, count: 1 }));
    }
    // Many events share a place (a city's coordinates): count them per place in SQL (from the covering index),
    // cluster the places here. A place holding one event keeps that event's id.
    const rows = this.sql(`SELECT MIN(c.rowid) AS r, c.lat, c.lon, c.type, c.loc_precision AS precision, COUNT(*) AS n FROM canonical_events c ${located}
        GROUP BY c.lat, c.lon, c.type, c.loc_precision`).all(...params) as { r: number; lat: number; lon: number; type: string; precision: string; n: number }[];
    const single = rows.filter((x) => x.n === 1).map((x) => x.r);
    const ids = new Map((this.sql("SELECT rowid AS r, id FROM canonical_events WHERE rowid IN (SELECT value FROM json_each(?))").all(JSON.stringify(single)) as
      { r: number; id: string }[]).map((x) => [x.r, x.id]));
    return clusterPoints(rows.map((r) => ({ id: ids.get(r.r) ?? `place:${r.r}`, lat: r.lat, lon: r.lon, precision: r.precision, type: r.type, count: r.n })), zoom);
  }

  async stats(): Promise<StoreStats> {
    const n = (sql: string) => (this.sql(sql).get() as { n: number }).n;
    return {
      documents: n("SELECT COUNT(*) AS n FROM documents"),
      reportEvents: n("SELECT COUNT(*) AS n FROM report_events"),
      canonicalEvents: n("SELECT COUNT(*) AS n FROM canonical_events"),
      actors: n("SELECT COUNT(*) AS n FROM actors"),
    };
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

export type { ActorRef };

/** The period (its first day, or YYYY-MM / YYYY) of a day number column, in SQLite. */
function sqlitePeriod(interval: Interval, day: string): string {
  return interval === "year" ? `strftime('%Y', ${day} * 86400, 'unixepoch')`
    : interval === "month" ? `strftime('%Y-%m', ${day} * 86400, 'unixepoch')`
    : interval === "week" ? `strftime('%Y-%m-%d', (${day} - ((${day} + 3) % 7)) * 86400, 'unixepoch')`
    : `strftime('%Y-%m-%d', ${day} * 86400, 'unixepoch')`;
}
