// The SQLite store (better-sqlite3): one file, created and migrated on open, WAL journal. Each document goes in
// with one transaction (document, report events, merges, actors), so a killed ingest leaves whole documents only
// and a re-run skips what is there by content hash.
import Database from "better-sqlite3";
import type { ExtractionDocument } from "../schema.ts";
import type { ActorRecord, ActorRef, CanonicalEvent, ReportEvent, ReportRef } from "../corpus/records.ts";
import type { AddResult, DyadMonth, EventDetail, EventFilter, MapPoint, NetworkGraph, Page, Store, StoreStats, StoredDocument } from "./store.ts";
import { migrate } from "./migrations.ts";
import { busyTimeoutMs, retryWhileBusy } from "./locking.ts";
import { filterSql, orderSql } from "./filters.ts";
import { reportEvent, reportRef } from "../corpus/reports.ts";
import { profileOf, type Profile } from "../corpus/profile.ts";
import { bestMatch, type Candidate } from "../corpus/score.ts";
import { canonicalId, summarize } from "../corpus/summarize.ts";
import { bandKeys, minhash, NEAR_DUPLICATE_SIMILARITY, publisherKeyOf, similarity } from "../corpus/syndication.ts";
import { actorId, actorKeys } from "../corpus/actors.ts";
import { typeFamily, modalityClass } from "../corpus/families.ts";
import { isoOfDay, isoWeekOf } from "../corpus/dates.ts";
import { CLUSTER_ABOVE, clusterPoints } from "./cluster.ts";

type Row = Record<string, unknown>;
const CANDIDATE_LIMIT = 300;
/** Events whose date window spans at most this many days are "narrow" (migration 2's generated column `wide`). */
const NARROW_DAYS = 31;
/** Syndication: how many earlier documents sharing LSH bands are compared, most shared bands first. */
const SYNDICATION_CANDIDATES = 40;
const CONFLICT_FAMILIES = new Set(["violence", "posture", "protest", "sanction", "threat", "dispute"]);

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
  }

  get schemaVersion(): number {
    return (this.sql("SELECT MAX(version) AS v FROM schema_version").get() as { v: number }).v;
  }

  async hasDocument(id: string): Promise<boolean> {
    return !!this.sql("SELECT 1 FROM documents WHERE id = ?").get(id);
  }

  async addDocument(doc: ExtractionDocument, opts: { file?: string } = {}): Promise<AddResult> {
    return this.db.transaction(() => this.addDocumentSync(doc, opts)).immediate();
  }

  // ---- adding -------------------------------------------------------------------------------------------

  private addDocumentSync(doc: ExtractionDocument, opts: { file?: string }): AddResult {
    const d = doc.document;
    const result: AddResult = { documentId: d.id, status: "duplicate", events: 0, founded: 0, merged: 0, syndicatedFrom: null };
    if (this.sql("SELECT 1 FROM documents WHERE id = ?").get(d.id)) return result;
    result.status = "new";

    // syndication: a near-identical earlier text lends this one its publisher key
    const sig = minhash(d.text);
    const bands = bandKeys(sig);
    // Templated text (boilerplate, wire round-ups) shares single bands with many documents; a near-duplicate
    // shares several, so only the documents sharing the most bands are compared.
    const candidates = this.sql(`SELECT d.id, d.minhash, d.publisher_key FROM
                (SELECT document_id, COUNT(*) AS shared FROM document_bands WHERE band IN (${bands.map(() => "?").join(",")})
                 GROUP BY document_id ORDER BY shared DESC LIMIT ${SYNDICATION_CANDIDATES}) b
                JOIN documents d ON d.id = b.document_id`)
      .all(...bands) as { id: string; minhash: string; publisher_key: string }[];
    let publisherKey = publisherKeyOf(d.source, d.id);
    let bestSim = 0;
    for (const c of candidates) {
      const sim = similarity(sig, JSON.parse(c.minhash));
      if (sim >= NEAR_DUPLICATE_SIMILARITY && sim > bestSim) bestSim = sim, publisherKey = c.publisher_key, result.syndicatedFrom = c.id;
    }

    this.sql(`INSERT INTO documents (id, input_id, title, published, source, url, file, publisher_key, syndicated_from, minhash, ingested_at, extraction)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(d.id, d.inputId ?? null, d.title ?? null, d.published ?? null, d.source ?? null, d.url ?? null, opts.file ?? null, publisherKey,
        result.syndicatedFrom, JSON.stringify(sig), new Date().toISOString(), JSON.stringify(doc));
    const insBand = this.sql("INSERT INTO document_bands (band, document_id) VALUES (?, ?)");
    for (const b of bands) insBand.run(b, d.id);

    this.storeRelations(doc);
    for (let i = 0; i < doc.events.length; i++) {
      const r = reportEvent(doc, i, publisherKey);
      const ev = doc.events[i]!;
      if (r.source && ev.source) r.source.actorId = this.resolveActor(ev.source, doc);
      if (r.target && ev.target) r.target.actorId = this.resolveActor(ev.target, doc);
      this.mergeReport(r) ? result.merged++ : result.founded++;
      result.events++;
    }
    return result;
  }

  /** The corpus-wide id of an actor: found by any of its keys, else created under its first. */
  private resolveActor(a: { name: string; country: string | null; sector?: string | null; actorCode?: string | null; entity?: string | null }, doc: ExtractionDocument): string | null {
    const keys = actorKeys(a, doc);
    if (!keys.length) return null;
    const get = this.sql("SELECT actor_id FROM actor_keys WHERE key = ?");
    let id: string | undefined;
    for (const k of keys) if ((id = (get.get(k) as { actor_id: string } | undefined)?.actor_id)) break;
    if (!id) {
      id = actorId(keys[0]!);
      this.sql("INSERT OR IGNORE INTO actors (id, name, country, sector, actor_code) VALUES (?, ?, ?, ?, ?)")
        .run(id, a.name, a.country ?? null, a.sector ?? null, a.actorCode ?? null);
    } else {
      // fill in what an earlier mention did not know
      this.sql("UPDATE actors SET sector = COALESCE(sector, ?), actor_code = COALESCE(actor_code, ?) WHERE id = ?")
        .run(a.sector ?? null, a.actorCode ?? null, id);
    }
    const ins = this.sql("INSERT OR IGNORE INTO actor_keys (key, actor_id) VALUES (?, ?)");
    for (const k of keys) ins.run(k, id);
    return id;
  }

  /** "X backs Y" relations between resolved actors, for the network's backing edges. */
  private storeRelations(doc: ExtractionDocument): void {
    for (const rel of doc.relations) {
      if (rel.predicate !== "backs") continue;
      const s = doc.entities.find((e) => e.id === rel.subject), o = doc.entities.find((e) => e.id === rel.object);
      if (!s || !o) continue;
      const sid = this.resolveActor({ ...s, entity: s.id }, doc), oid = this.resolveActor({ ...o, entity: o.id }, doc);
      if (!sid || !oid) continue;
      this.sql(`INSERT INTO actor_relations (subject, object, predicate, count) VALUES (?, ?, 'backs', 1)
                       ON CONFLICT (subject, object, predicate) DO UPDATE SET count = count + 1`).run(sid, oid);
    }
  }

  /** Blocking: same type family and modality class, a date window reaching the report's, a compatible country. */
  private candidates(r: ReportEvent): Candidate[] {
    const family = typeFamily(r.type), mc = modalityClass(r.modality);
    const country = r.location?.country ?? null;
    const where = country ? " AND (country IS NULL OR country = ?)" : "";
    const tail = country ? [country] : [];
    type Row = { id: string; date_start: number | null; profile: string };
    let rows: Row[];
    if (!r.days) {
      rows = this.sql(`SELECT id, date_start, profile FROM canonical_events WHERE family = ? AND modality_class = ?${where}
                       ORDER BY date_start DESC LIMIT ${CANDIDATE_LIMIT}`).all(family, mc, ...tail) as Row[];
    } else {
      // An open-ended "date_start <= end" walks every older event of the family: bound it from below. A narrow
      // event reaching the report's window starts at most NARROW_DAYS before it; wide ones are few and indexed apart.
      const lo = r.days.start - 1, hi = r.days.end + 1;
      const narrow = this.sql(`SELECT id, date_start, profile FROM canonical_events WHERE family = ? AND modality_class = ?
                       AND date_start BETWEEN ? AND ? AND date_end >= ?${where} ORDER BY date_start DESC LIMIT ${CANDIDATE_LIMIT}`)
        .all(family, mc, lo - NARROW_DAYS, hi, lo, ...tail) as Row[];
      const wide = this.sql(`SELECT id, date_start, profile FROM canonical_events WHERE family = ? AND modality_class = ? AND wide = 1
                       AND date_start <= ? AND date_end >= ?${where} ORDER BY date_start DESC LIMIT ${CANDIDATE_LIMIT}`)
        .all(family, mc, hi, lo, ...tail) as Row[];
      const seen = new Set(narrow.map((x) => x.id));
      rows = [...narrow, ...wide.filter((x) => !seen.has(x.id))]
        .sort((a, b) => (b.date_start ?? -Infinity) - (a.date_start ?? -Infinity)).slice(0, CANDIDATE_LIMIT);
    }
    return rows.map((c) => ({ id: c.id, profile: JSON.parse(c.profile) as Profile }));
  }

  private blockKey(r: ReportEvent): string {
    const when = !r.days ? "undated" : r.days.end - r.days.start <= 7 ? isoWeekOf(r.days.start) : `${isoOfDay(r.days.start)}..${isoOfDay(r.days.end)}`;
    return `block ${typeFamily(r.type)} × ${r.location?.country ?? "any country"} × ${when}`;
  }

  /** Merges a report into its best canonical event, or founds one. Returns true when it merged. */
  private mergeReport(r: ReportEvent): boolean {
    const match = bestMatch(r, this.candidates(r));
    const id = match?.id ?? canonicalId(r.documentId, r.eventIndex);
    const reasons = match ? [this.blockKey(r), ...match.score.reasons] : [this.blockKey(r), "first report of this event"];
    this.sql("INSERT INTO report_events (document_id, event_index, canonical_id, score, reasons, report) VALUES (?, ?, ?, ?, ?, ?)")
      .run(r.documentId, r.eventIndex, id, match?.score.score ?? null, JSON.stringify(reasons), JSON.stringify(r));
    this.refreshCanonical(id);
    return !!match;
  }

  /** Recomputes a canonical event's record and profile from all its reports. */
  private refreshCanonical(id: string): void {
    const reports = (this.sql("SELECT report FROM report_events WHERE canonical_id = ? ORDER BY rowid").all(id) as { report: string }[])
      .map((x) => JSON.parse(x.report) as ReportEvent);
    const rec = summarize(id, reports);
    const prof = profileOf(reports);
    const country = rec.location?.country ?? rec.target?.country ?? rec.source?.country ?? null;
    const search = [rec.type, rec.location?.name, rec.source?.name, rec.target?.name, ...reports.map((r) => r.evidence)].filter(Boolean).join(" \u0001 ").toLowerCase();
    // delete, then insert: REPLACE's implicit delete would not fire the text index's delete trigger
    this.sql("DELETE FROM canonical_events WHERE id = ?").run(id);
    this.sql(`INSERT INTO canonical_events (id, family, modality_class, type, modality, acled_type, country, date_start, date_end, dated,
        date, lat, lon, place, goldstein, quad_class, fatalities, confidence, reports, publishers, first_seen, source_actor, target_actor, search, record, profile, loc_precision)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(id, prof.family, prof.modalityClass, rec.type, rec.modality, rec.acled?.eventType ?? null, country, prof.days?.start ?? null, prof.days?.end ?? null,
        prof.dated ? 1 : 0, rec.date, rec.location?.lat ?? null, rec.location?.lon ?? null, rec.location?.name ?? null, rec.goldstein, rec.quadClass,
        rec.fatalities, rec.confidence, rec.reports, rec.publishers, rec.firstSeen, rec.source?.actorId ?? null, rec.target?.actorId ?? null,
        search, JSON.stringify(rec), JSON.stringify(prof), rec.location?.precision ?? null);
    this.sql("DELETE FROM event_actors WHERE canonical_id = ?").run(id);
    const ins = this.sql("INSERT OR IGNORE INTO event_actors (canonical_id, actor_id, role) VALUES (?, ?, ?)");
    for (const r of reports) {
      if (r.source?.actorId) ins.run(id, r.source.actorId, "source");
      if (r.target?.actorId) ins.run(id, r.target.actorId, "target");
    }
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
    const rows = this.sql("SELECT document_id, event_index, score, reasons FROM report_events WHERE canonical_id = ? ORDER BY rowid").all(id) as
      { document_id: string; event_index: number; score: number | null; reasons: string }[];
    const out: { ref: ReportRef; reasons: string[]; score: number | null }[] = [];
    for (const r of rows) {
      const doc = this.loadDoc(r.document_id);
      if (doc?.events[r.event_index]) out.push({ ref: reportRef(doc, r.event_index), reasons: JSON.parse(r.reasons), score: r.score });
    }
    return out;
  }

  async event(id: string): Promise<EventDetail | null> {
    const row = this.sql("SELECT record FROM canonical_events WHERE id = ?").get(id) as { record: string } | undefined;
    if (!row) return null;
    const refs = this.reportRefs(id);
    const reasons: string[] = [];
    refs.forEach((x, i) => {
      const who = `${x.ref.source ?? "unknown publisher"}${x.ref.published ? `, ${x.ref.published}` : ""}`;
      const head = i === 0 ? `report 1 (${who}) founded the event` : `report ${i + 1} (${who}) merged with score ${x.score}`;
      reasons.push(`${head}: ${x.reasons.join("; ")}`);
    });
    const syn = this.sql(`SELECT COUNT(*) AS n FROM documents WHERE syndicated_from IS NOT NULL AND id IN
      (SELECT document_id FROM report_events WHERE canonical_id = ?)`).get(id) as { n: number };
    if (syn.n) reasons.push(`${syn.n} report(s) come from near-identical (syndicated) copies and count as their original's publisher`);
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
    const months = new Map<string, { events: number; gsum: number; gn: number }>();
    for (const r of rows) {
      const m = isoOfDay(r.d).slice(0, 7), x = months.get(m) ?? { events: 0, gsum: 0, gn: 0 };
      x.events += r.events, x.gsum += r.gsum, x.gn += r.gn;
      months.set(m, x);
    }
    return [...months.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([month, r]) => ({ month, events: r.events,
      goldsteinSum: Math.round(r.gsum * 100) / 100, goldsteinMean: r.gn ? Math.round((r.gsum / r.gn) * 100) / 100 : null }));
  }

  async timeline(interval: "day" | "week" | "month" | "year", filter: EventFilter): Promise<{ period: string; type: string; count: number }[]> {
    const period = (day: string) => interval === "year" ? `strftime('%Y', ${day} * 86400, 'unixepoch')`
      : interval === "month" ? `strftime('%Y-%m', ${day} * 86400, 'unixepoch')`
      : interval === "week" ? `strftime('%Y-%m-%d', (${day} - ((${day} + 3) % 7)) * 86400, 'unixepoch')`
      : `strftime('%Y-%m-%d', ${day} * 86400, 'unixepoch')`;
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

  async network(filter: EventFilter, limit = 100): Promise<NetworkGraph> {
    const { where, params } = this.where(filter);
    const rows = this.sql(`SELECT c.source_actor AS s, c.target_actor AS t, c.family AS family, COUNT(*) AS n FROM canonical_events c
        ${where ? where + " AND" : "WHERE"} c.source_actor IS NOT NULL AND c.target_actor IS NOT NULL AND c.source_actor <> c.target_actor
        GROUP BY s, t, family`).all(...params) as { s: string; t: string; family: string; n: number }[];
    const weight = new Map<string, number>();
    const edges = new Map<string, NetworkGraph["edges"][number]>();
    for (const r of rows) {
      const kind = CONFLICT_FAMILIES.has(r.family) ? "conflict" : "cooperation";
      const k = `${r.s}\u0000${r.t}\u0000${kind}`;
      const e = edges.get(k) ?? { source: r.s, target: r.t, kind, weight: 0 };
      e.weight += r.n;
      edges.set(k, e);
      weight.set(r.s, (weight.get(r.s) ?? 0) + r.n);
      weight.set(r.t, (weight.get(r.t) ?? 0) + r.n);
    }
    const top = new Set([...weight.entries()].sort((a, b) => b[1] - a[1]).slice(0, Math.max(1, limit)).map(([id]) => id));
    for (const r of this.sql("SELECT subject, object, count FROM actor_relations WHERE predicate = 'backs'").all() as { subject: string; object: string; count: number }[])
      if (top.has(r.subject) || top.has(r.object)) {
        edges.set(`${r.subject}\u0000${r.object}\u0000backs`, { source: r.subject, target: r.object, kind: "backs", weight: r.count });
        top.add(r.subject), top.add(r.object);
      }
    const ids = [...top];
    const nodes = ids.length
      ? (this.sql(`SELECT id, name, country, sector FROM actors WHERE id IN (${ids.map(() => "?").join(",")})`).all(...ids) as Row[])
          .map((a) => ({ id: a.id as string, name: a.name as string, country: (a.country as string) ?? null, sector: (a.sector as string) ?? null, events: weight.get(a.id as string) ?? 0 }))
      : [];
    return { nodes, edges: [...edges.values()].filter((e) => top.has(e.source) && top.has(e.target)) };
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
