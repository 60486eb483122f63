// The PostgreSQL store (node-postgres): the same Store as SQLite for the API, the dashboard and the CLI, shared by
// many processes. Each document goes in with one transaction that first takes advisory transaction locks on the
// document's content hash and on the merge blocks its events fall in, so concurrent workers never add a document
// twice, never found two canonical events for one incident and never lose a report; a deadlock or a unique-key
// race is retried. The content hash is the primary key: a retried job finds its document and adds nothing.
import pg from "pg";
import type { ExtractionDocument } from "../../schema.ts";
import type { ActorRecord, CanonicalEvent, ReportRef } from "../../corpus/records.ts";
import { QueryTimeout, type AddResult, type CountRow, type DyadMonth, type Interval, type EventDetail, type EventFilter, type MapPoint, type NetworkGraph, type Page, type Store, type StoreStats, type StoredDocument } from "../store.ts";
import { addDocumentPlan, documentBlocks, runAsync } from "../../corpus/merge.ts";
import { PgMergeRepository } from "./repository.ts";
import { PG_MIGRATIONS } from "./migrations.ts";
import { pgFilterSql, pgOrderSql } from "./filters.ts";
import { dyadMonths, mergeReasons, networkEdges, orderCounts, reportRefsOf } from "../read-models.ts";
import { CLUSTER_ABOVE, clusterPoints } from "../cluster.ts";

/** Errors worth running a document's transaction again for: deadlock, serialization failure, a unique-key race. */
const RETRYABLE = new Set(["40P01", "40001", "23505"]);
const ATTEMPTS = 5;
/** Key space of this store's advisory locks (the first of pg_advisory_xact_lock's two int4 keys). */
const LOCK_SPACE = 0x5173;

export function isPostgresUrl(s: string): boolean {
  return /^postgres(ql)?:\/\//i.test(s);
}

export class PostgresStore implements Store {
  readonly pool: pg.Pool;
  private ready: Promise<void>;

  /** the longest a read may run (SITREP_QUERY_TIMEOUT_MS, default 15 s; 0: no limit); writes and migrations lift it */
  readonly queryTimeoutMs: number;

  constructor(readonly url: string, opts: { max?: number; queryTimeoutMs?: number } = {}) {
    this.queryTimeoutMs = opts.queryTimeoutMs ?? (Number(process.env.SITREP_QUERY_TIMEOUT_MS ?? 15_000) || 0);
    // every session starts with the read limit (statement_timeout, sent at connection start-up)
    this.pool = new pg.Pool({ connectionString: url, max: opts.max ?? 4, ...(this.queryTimeoutMs > 0 ? { statement_timeout: this.queryTimeoutMs } : {}) });
    this.pool.on("error", () => {}); // an idle client's lost connection is replaced on next use
    this.ready = this.migrate();
    this.ready.catch(() => {}); // reported by the first call that awaits it
  }

  private async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      // no read limit while waiting for another migrator or migrating; RESET below restores it
      await c.query("SET statement_timeout = 0");
      // one migrator at a time (session lock: DDL runs in its own transactions)
      await c.query("SELECT pg_advisory_lock($1, 0)", [LOCK_SPACE]);
      await c.query("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public").catch(() => {}); // needs rights; setup-services.sh makes it
      await c.query("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      const have = (await c.query<{ v: number | null }>("SELECT MAX(version) AS v FROM schema_version")).rows[0]!.v ?? 0;
      for (let v = have; v < PG_MIGRATIONS.length; v++) {
        await c.query("BEGIN");
        try {
          await c.query(PG_MIGRATIONS[v]!);
          await c.query("INSERT INTO schema_version (version) VALUES ($1)", [v + 1]);
          await c.query("COMMIT");
        } catch (e) {
          await c.query("ROLLBACK");
          throw e;
        }
      }
    } finally {
      await c.query("SELECT pg_advisory_unlock($1, 0)", [LOCK_SPACE]).catch(() => {});
      await c.query("RESET statement_timeout").catch(() => {});
      c.release();
    }
  }

  private async q<R extends pg.QueryResultRow = Record<string, any>>(text: string, params: unknown[] = []): Promise<R[]> {
    await this.ready;
    try {
      return (await this.pool.query<R>(text, params)).rows;
    } catch (e) {
      if ((e as { code?: string }).code === "57014") throw new QueryTimeout(`the query ran longer than the store's limit of ${this.queryTimeoutMs} ms: narrow the filters (dates, country, type) or the page`);
      throw e;
    }
  }

  async schemaVersion(): Promise<number> {
    return (await this.q<{ v: number }>("SELECT MAX(version) AS v FROM schema_version"))[0]!.v;
  }

  async hasDocument(id: string): Promise<boolean> {
    return (await this.q("SELECT 1 FROM documents WHERE id = $1", [id])).length > 0;
  }

  async addDocument(doc: ExtractionDocument, opts: { file?: string } = {}): Promise<AddResult> {
    await this.ready;
    for (let attempt = 1; ; attempt++) {
      const c = await this.pool.connect();
      let broken: Error | undefined;
      try {
        await c.query("BEGIN");
        // a write is never cut short: it waits for its block locks and merges as long as it takes
        await c.query("SET LOCAL statement_timeout = 0");
        // locks in one global order (document, then blocks sorted) so two writers never wait on each other in a cycle
        for (const key of [`doc:${doc.document.id}`, ...documentBlocks(doc).map((b) => `block:${b}`)])
          await c.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [LOCK_SPACE + 1, key]);
        const result = await runAsync(addDocumentPlan(doc, opts), new PgMergeRepository(c));
        await c.query("COMMIT");
        return result;
      } catch (e) {
        // a connection that cannot even roll back is dropped from the pool, not reused
        await c.query("ROLLBACK").catch((lost: Error) => (broken = lost));
        if (!(RETRYABLE.has((e as { code?: string }).code ?? "") && attempt < ATTEMPTS)) throw e;
      } finally {
        c.release(broken);
      }
    }
  }

  // ---- reading ------------------------------------------------------------------------------------------

  private docCache = new Map<string, ExtractionDocument>();

  private async loadDocs(ids: string[]): Promise<Map<string, ExtractionDocument>> {
    const out = new Map<string, ExtractionDocument>();
    const missing = [...new Set(ids)].filter((id) => {
      const hit = this.docCache.get(id);
      if (hit) out.set(id, hit);
      return !hit;
    });
    if (missing.length) {
      for (const r of await this.q<{ id: string; extraction: string }>("SELECT id, extraction FROM documents WHERE id = ANY($1::text[])", [missing])) {
        const doc = JSON.parse(r.extraction) as ExtractionDocument;
        if (this.docCache.size > 200) this.docCache.clear();
        this.docCache.set(r.id, doc);
        out.set(r.id, doc);
      }
    }
    return out;
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const doc = (await this.loadDocs([id])).get(id);
    if (!doc) return null;
    const links = new Map((await this.q<{ event_index: number; canonical_id: string }>("SELECT event_index, canonical_id FROM report_events WHERE document_id = $1", [id]))
      .map((x) => [x.event_index, x.canonical_id]));
    return { ...doc, events: doc.events.map((e, index) => ({ ...e, index, canonicalId: links.get(index) ?? null })) };
  }

  /** Actor ids an actor filter names: an id, an actor code, a name (substring), a country code. */
  private async actorFilterIds(a: string): Promise<string[]> {
    return (await this.q<{ id: string }>("SELECT id FROM actors WHERE id = $1 OR actor_code = $2 OR name ILIKE $3 OR country = $4",
      [a, a.toUpperCase(), `%${a}%`, /^[A-Za-z]{3}$/.test(a) ? a.toUpperCase() : "\u0001"])).map((x) => x.id);
  }

  private async where(filter: EventFilter, first = 1) {
    return pgFilterSql(filter, { first, actorIds: filter.actor ? await this.actorFilterIds(filter.actor) : undefined });
  }

  async events(filter: EventFilter): Promise<Page<CanonicalEvent>> {
    const { where, params } = await this.where(filter);
    const limit = Math.max(1, Math.min(1000, filter.limit ?? 50)), offset = Math.max(0, filter.offset ?? 0);
    // page by ids first (narrow rows to sort or skip, however deep the offset), then read only that page's records
    const [count, ids] = await Promise.all([
      this.total(filter, where, params),
      this.q<{ id: string }>(`SELECT c.id FROM canonical_events c ${where} ${pgOrderSql(filter.sort)} LIMIT ${limit} OFFSET ${offset}`, params),
    ]);
    const records = ids.length
      ? new Map((await this.q<{ id: string; record: string }>("SELECT id, record FROM canonical_events WHERE id = ANY($1::text[])", [ids.map((r) => r.id)])).map((r) => [r.id, r.record]))
      : new Map<string, string>();
    return { total: count, limit, offset, items: ids.map((r) => JSON.parse(records.get(r.id)!) as CanonicalEvent) };
  }

  /** How many events a filter matches: from the kept counts when it filters on modality and type alone. */
  private async total(filter: EventFilter, where: string, params: unknown[]): Promise<number> {
    const kept = Object.entries(filter).every(([k, v]) => v == null || ["modality", "type", "limit", "offset", "sort"].includes(k));
    if (!kept) return (await this.q<{ n: number }>(`SELECT COUNT(*)::int AS n FROM canonical_events c ${where}`, params))[0]!.n;
    const modality = filter.modality ?? "asserted";
    const w: string[] = [], p: unknown[] = [];
    if (modality !== "any") p.push(modality), w.push(`modality = $${p.length}`);
    if (filter.type) p.push(filter.type.toUpperCase()), w.push(`type = $${p.length}`);
    return (await this.q<{ n: number }>(`SELECT COALESCE(SUM(n), 0)::int AS n FROM event_counts ${w.length ? `WHERE ${w.join(" AND ")}` : ""}`, p))[0]!.n;
  }

  async *eachEvent(filter: EventFilter): AsyncIterable<{ event: CanonicalEvent; reports: ReportRef[] }> {
    for (let offset = 0; ; offset += 500) {
      const page = await this.events({ ...filter, limit: 500, offset });
      for (const event of page.items) yield { event, reports: (await this.reportRefs(event.id)).map((x) => x.ref) };
      if (page.items.length < 500) return;
    }
  }

  private async reportRefs(id: string): Promise<{ ref: ReportRef; reasons: string[]; score: number | null }[]> {
    const rows = await this.q<{ document_id: string; event_index: number; score: number | null; reasons: string }>(
      "SELECT document_id, event_index, score, reasons FROM report_events WHERE canonical_id = $1 ORDER BY score IS NOT NULL, seq", [id]); // founder first
    const docs = await this.loadDocs(rows.map((r) => r.document_id));
    return reportRefsOf(rows, (id) => docs.get(id));
  }

  async event(id: string): Promise<EventDetail | null> {
    const row = (await this.q<{ record: string }>("SELECT record FROM canonical_events WHERE id = $1", [id]))[0];
    if (!row) return null;
    const refs = await this.reportRefs(id);
    const syn = (await this.q<{ n: number }>(`SELECT COUNT(*)::int AS n FROM documents WHERE syndicated_from IS NOT NULL AND id IN
      (SELECT document_id FROM report_events WHERE canonical_id = $1)`, [id]))[0]!;
    return { event: JSON.parse(row.record), reports: refs.map((x) => x.ref), merge: { reasons: mergeReasons(refs, syn.n) } };
  }

  async actors(q?: string, limit = 50): Promise<ActorRecord[]> {
    const where = q ? "WHERE a.name ILIKE $2 OR a.id = $3 OR a.actor_code = $4 OR a.country = $4" : "";
    const params = q ? [`%${q}%`, q, q.toUpperCase()] : [];
    const rows = await this.q<{ id: string; name: string; country: string | null; sector: string | null; actor_code: string | null; events: number }>(
      `SELECT a.id, a.name, a.country, a.sector, a.actor_code, COUNT(DISTINCT ea.canonical_id)::int AS events
        FROM actors a LEFT JOIN event_actors ea ON ea.actor_id = a.id ${where}
        GROUP BY a.id ORDER BY events DESC, a.name LIMIT $1`, [Math.max(1, Math.min(1000, limit)), ...params]);
    return rows.map((r) => ({ id: r.id, name: r.name, country: r.country ?? null, sector: r.sector ?? null, actorCode: r.actor_code ?? null, events: r.events }));
  }

  /** Actor ids matching a dyad side: an actor id, an actor code, a country code, or a name (as SQLite's LIKE: no case). */
  private async actorSide(x: string): Promise<string[]> {
    return (await this.q<{ id: string }>("SELECT id FROM actors WHERE id = $1 OR actor_code = $2 OR country = $2 OR name ILIKE $3",
      [x, x.toUpperCase(), x.replace(/[\\%_]/g, (ch) => `\\${ch}`)])).map((r) => r.id);
  }

  async dyad(a: string, b: string, filter: EventFilter = {}): Promise<DyadMonth[]> {
    const [A, B] = await Promise.all([this.actorSide(a), this.actorSide(b)]);
    if (!A.length || !B.length) return [];
    const { where, params } = await this.where(filter, 3);
    const rows = await this.q<{ d: number; events: number; gsum: number; gn: number }>(
      `SELECT c.date_start AS d, COUNT(*)::int AS events, COALESCE(SUM(c.goldstein), 0)::float8 AS gsum, COUNT(c.goldstein)::int AS gn
        FROM canonical_events c ${where ? where + " AND" : "WHERE"}
        ((c.source_actor = ANY($1::text[]) AND c.target_actor = ANY($2::text[])) OR (c.source_actor = ANY($2::text[]) AND c.target_actor = ANY($1::text[])))
        AND c.date_start IS NOT NULL GROUP BY c.date_start`, [A, B, ...params]);
    return dyadMonths(rows);
  }

  async timeline(interval: "day" | "week" | "month" | "year", filter: EventFilter): Promise<{ period: string; type: string; count: number }[]> {
    const period = (day: string) => pgPeriod(interval, day);
    // with no filter but modality and type, the counts kept per day are read instead of the events
    const onlyKept = Object.entries(filter).every(([k, v]) => v == null || ["modality", "type", "limit", "offset", "sort"].includes(k));
    if (onlyKept) {
      const modality = filter.modality ?? "asserted";
      const w = ["n > 0"], p: unknown[] = [];
      if (modality !== "any") p.push(modality), w.push(`modality = $${p.length}`);
      if (filter.type) p.push(filter.type.toUpperCase()), w.push(`type = $${p.length}`);
      return this.q(`SELECT ${period("day")} AS period, type, SUM(n)::int AS count FROM timeline_counts WHERE ${w.join(" AND ")}
          GROUP BY 1, type ORDER BY 1, type`, p);
    }
    const { where, params } = await this.where(filter);
    return this.q(`SELECT ${period("c.date_start")} AS period, c.type AS type, COUNT(*)::int AS count FROM canonical_events c
        ${where ? where + " AND" : "WHERE"} c.date_start IS NOT NULL GROUP BY 1, c.type ORDER BY 1, c.type`, params);
  }

  async counts(interval: Interval, filter: EventFilter): Promise<CountRow[]> {
    const { where, params } = await this.where(filter);
    const period = (day: string) => pgPeriod(interval, day);
    return orderCounts(await this.q<CountRow>(`SELECT c.country AS country,
          CASE WHEN c.date_start IS NOT NULL AND ${period("c.date_start")} = ${period("c.date_end")} THEN ${period("c.date_start")} END AS period,
          COUNT(*)::int AS events, COALESCE(SUM(c.fatalities), 0)::int AS fatalities, COUNT(c.fatalities)::int AS "withToll"
        FROM canonical_events c ${where} GROUP BY 1, 2`, params));
  }

  async network(filter: EventFilter, limit = 100): Promise<NetworkGraph> {
    const { where, params } = await this.where(filter);
    const [rows, backs] = await Promise.all([
      this.q<{ s: string; t: string; family: string; n: number }>(`SELECT c.source_actor AS s, c.target_actor AS t, c.family AS family, COUNT(*)::int AS n
        FROM canonical_events c ${where ? where + " AND" : "WHERE"} c.source_actor IS NOT NULL AND c.target_actor IS NOT NULL AND c.source_actor <> c.target_actor
        GROUP BY 1, 2, 3`, params),
      this.q<{ subject: string; object: string; count: number }>("SELECT subject, object, count FROM actor_relations WHERE predicate = 'backs'"),
    ]);
    const { actorIds, weight, edges } = networkEdges(rows, backs, limit);
    const nodes = actorIds.length
      ? (await this.q<{ id: string; name: string; country: string | null; sector: string | null }>("SELECT id, name, country, sector FROM actors WHERE id = ANY($1::text[])", [actorIds]))
          .map((a) => ({ id: a.id, name: a.name, country: a.country ?? null, sector: a.sector ?? null, events: weight.get(a.id) ?? 0 }))
      : [];
    return { nodes, edges };
  }

  async map(filter: EventFilter, zoom?: number): Promise<MapPoint[]> {
    const { where, params } = await this.where(filter);
    const located = `${where ? where + " AND" : "WHERE"} c.lat IS NOT NULL AND c.lon IS NOT NULL`;
    const total = (await this.q<{ n: number }>(`SELECT COUNT(*)::int AS n FROM canonical_events c ${located}`, params))[0]!.n;
    if (total <= CLUSTER_ABOVE) {
      const rows = await this.q<{ id: string; lat: number; lon: number; type: string; precision: string }>(
        `SELECT c.id, c.lat, c.lon, c.type, c.loc_precision AS precision FROM canonical_events c ${located}`, params);
      return rows.map((r) => ({ id: r.id, lat: r.lat, lon: r.lon, precision: r.precision, type: r.type, count: 1 }));
    }
    // events per place counted here, places clustered in clusterPoints; a place of one event keeps that event's id
    const rows = await this.q<{ id: string; lat: number; lon: number; type: string; precision: string; n: number }>(
      `SELECT MIN(c.id) AS id, c.lat, c.lon, c.type, c.loc_precision AS precision, COUNT(*)::int AS n FROM canonical_events c ${located}
        GROUP BY c.lat, c.lon, c.type, c.loc_precision`, params);
    return clusterPoints(rows.map((r) => ({ id: r.n === 1 ? r.id : `place:${r.id}`, lat: r.lat, lon: r.lon, precision: r.precision, type: r.type, count: r.n })), zoom);
  }

  async stats(): Promise<StoreStats> {
    // the row counts kept by trigger (migration 2): COUNT(*) would read every row
    const rows = await this.q<{ tbl: string; n: number }>("SELECT tbl, SUM(n)::int AS n FROM row_counts GROUP BY tbl");
    const n = (t: string) => rows.find((r) => r.tbl === t)?.n ?? 0;
    return { documents: n("documents"), reportEvents: n("report_events"), canonicalEvents: n("canonical_events"), actors: n("actors") };
  }

  async close(): Promise<void> {
    await this.ready.catch(() => {});
    await this.pool.end();
  }
}

/** The period (its first day, or YYYY-MM / YYYY) of a day number column, in PostgreSQL. */
function pgPeriod(interval: Interval, day: string): string {
  const date = `(DATE '1970-01-01' + ${day})`;
  return interval === "year" ? `to_char(${date}, 'YYYY')` : interval === "month" ? `to_char(${date}, 'YYYY-MM')`
    : interval === "week" ? `to_char(DATE '1970-01-01' + (${day} - ((${day} + 3) % 7)), 'YYYY-MM-DD')` : `to_char(${date}, 'YYYY-MM-DD')`;
}
