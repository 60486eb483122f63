// The merge's repository port on SQLite: synchronous statements, run by the merge plan inside the store's
// `BEGIN IMMEDIATE` transaction (see corpus/merge.ts for why the plan is driven synchronously here).
import type Database from "better-sqlite3";
import type { ReportEvent } from "../corpus/records.ts";
import { reportBlock, storedReportOf, type CandidateQuery, type CanonicalRow, type MergeRepository, type NewDocument, type ReportPlace, type StoredReport,
  type StoredReportRow } from "../corpus/merge.ts";

type StoredRow = StoredReportRow & { r: number; day_start: number | null };
/** What the merge reads of a stored report */
const STORED = "rowid AS r, day_start, canonical_id, component, score, reasons, report";

/** Reports whose date window spans at most this many days are "narrow" (migration 7's generated column `wide`). */
const NARROW_DAYS = 31;

export class SqliteMergeRepository implements MergeRepository {
  constructor(private readonly sql: (text: string) => Database.Statement) {}

  hasDocument(id: string): boolean {
    return !!this.sql("SELECT 1 FROM documents WHERE id = ?").get(id);
  }

  syndicationCandidates(bands: string[], limit: number): { id: string; minhash: number[]; publisherKey: string }[] {
    const rows = this.sql(`SELECT d.id, d.minhash, d.publisher_key FROM
                (SELECT document_id, COUNT(*) AS shared FROM document_bands WHERE band IN (${bands.map(() => "?").join(",")})
                 GROUP BY document_id ORDER BY shared DESC LIMIT ${limit}) b
                JOIN documents d ON d.id = b.document_id`)
      .all(...bands) as { id: string; minhash: string; publisher_key: string }[];
    return rows.map((c) => ({ id: c.id, minhash: JSON.parse(c.minhash) as number[], publisherKey: c.publisher_key }));
  }

  insertDocument(d: NewDocument): void {
    this.sql(`INSERT INTO documents (id, input_id, title, published, source, url, file, publisher_key, syndicated_from, minhash, ingested_at, extraction)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(d.id, d.inputId, d.title, d.published, d.source, d.url, d.file, d.publisherKey, d.syndicatedFrom, JSON.stringify(d.minhash), d.ingestedAt, JSON.stringify(d.extraction));
    const insBand = this.sql("INSERT INTO document_bands (band, document_id) VALUES (?, ?)");
    for (const b of d.bands) insBand.run(b, d.id);
  }

  actorByKeys(keys: string[]): string | null {
    const get = this.sql("SELECT actor_id FROM actor_keys WHERE key = ?");
    for (const k of keys) {
      const row = get.get(k) as { actor_id: string } | undefined;
      if (row) return row.actor_id;
    }
    return null;
  }

  createActor(id: string, a: { name: string; country: string | null; sector: string | null; actorCode: string | null }): void {
    this.sql("INSERT OR IGNORE INTO actors (id, name, country, sector, actor_code) VALUES (?, ?, ?, ?, ?)").run(id, a.name, a.country, a.sector, a.actorCode);
  }

  fillActor(id: string, a: { sector: string | null; actorCode: string | null }): void {
    this.sql("UPDATE actors SET sector = COALESCE(sector, ?), actor_code = COALESCE(actor_code, ?) WHERE id = ?").run(a.sector, a.actorCode, id);
  }

  addActorKeys(id: string, keys: string[]): void {
    const ins = this.sql("INSERT OR IGNORE INTO actor_keys (key, actor_id) VALUES (?, ?)");
    for (const k of keys) ins.run(k, id);
  }

  addBacking(subject: string, object: string): void {
    this.sql(`INSERT INTO actor_relations (subject, object, predicate, count) VALUES (?, ?, 'backs', 1)
                       ON CONFLICT (subject, object, predicate) DO UPDATE SET count = count + 1`).run(subject, object);
  }

  candidateReports(q: CandidateQuery): StoredReport[] {
    const where = q.country ? " AND (country IS NULL OR country = ?)" : "";
    const tail = q.country ? [q.country] : [];
    let rows: StoredRow[];
    if (!q.window) {
      rows = this.sql(`SELECT ${STORED} FROM report_events WHERE family = ? AND modality_class = ?${where}
                       ORDER BY day_start DESC LIMIT ${q.limit}`).all(q.family, q.modalityClass, ...tail) as StoredRow[];
    } else {
      // An open-ended "day_start <= end" walks every older report of the family: bound it from below. A narrow
      // report reaching the window starts at most NARROW_DAYS before it; wide ones are few and indexed apart;
      // reports without any date could be any day's.
      const { lo, hi } = q.window;
      const narrow = this.sql(`SELECT ${STORED} FROM report_events WHERE family = ? AND modality_class = ?
                       AND day_start BETWEEN ? AND ? AND day_end >= ?${where} ORDER BY day_start DESC LIMIT ${q.limit}`)
        .all(q.family, q.modalityClass, lo - NARROW_DAYS, hi, lo, ...tail) as StoredRow[];
      const wide = this.sql(`SELECT ${STORED} FROM report_events WHERE family = ? AND modality_class = ? AND wide = 1
                       AND day_start <= ? AND day_end >= ?${where} ORDER BY day_start DESC LIMIT ${q.limit}`)
        .all(q.family, q.modalityClass, hi, lo, ...tail) as StoredRow[];
      const undated = this.sql(`SELECT ${STORED} FROM report_events WHERE family = ? AND modality_class = ? AND day_start IS NULL${where}
                       ORDER BY rowid DESC LIMIT ${q.limit}`).all(q.family, q.modalityClass, ...tail) as StoredRow[];
      const seen = new Set<number>();
      rows = [...narrow, ...wide, ...undated].filter((x) => !seen.has(x.r) && !!seen.add(x.r))
        .sort((a, b) => (b.day_start ?? -Infinity) - (a.day_start ?? -Infinity)).slice(0, q.limit);
    }
    return rows.map(storedReportOf);
  }

  componentReports(components: string[]): StoredReport[] {
    return (this.sql(`SELECT ${STORED} FROM report_events
                      WHERE component IN (SELECT value FROM json_each(?)) ORDER BY rowid`).all(JSON.stringify(components)) as StoredRow[]).map(storedReportOf);
  }

  insertReport(r: ReportEvent, at: ReportPlace): void {
    const b = reportBlock(r);
    this.sql(`INSERT INTO report_events (document_id, event_index, canonical_id, component, score, reasons, report, family, modality_class, country, day_start, day_end)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(r.documentId, r.eventIndex, at.canonicalId, at.component, at.score, JSON.stringify(at.reasons), JSON.stringify(r), b.family, b.modalityClass, b.country, b.dayStart, b.dayEnd);
  }

  moveReport(documentId: string, eventIndex: number, at: ReportPlace): void {
    this.sql("UPDATE report_events SET canonical_id = ?, component = ?, score = ?, reasons = ? WHERE document_id = ? AND event_index = ?")
      .run(at.canonicalId, at.component, at.score, JSON.stringify(at.reasons), documentId, eventIndex);
  }

  deleteCanonical(id: string): void {
    this.sql("DELETE FROM canonical_events WHERE id = ?").run(id);
    this.sql("DELETE FROM event_actors WHERE canonical_id = ?").run(id);
  }

  saveCanonical(c: CanonicalRow): void {
    const { record: rec, profile: prof } = c;
    // delete, then insert: REPLACE's implicit delete would not fire the text index's delete trigger
    this.sql("DELETE FROM canonical_events WHERE id = ?").run(c.id);
    this.sql(`INSERT INTO canonical_events (id, family, modality_class, type, modality, acled_type, country, date_start, date_end, dated,
        date, lat, lon, place, goldstein, quad_class, fatalities, confidence, reports, publishers, first_seen, source_actor, target_actor, search, record, profile, loc_precision)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(c.id, prof.family, prof.modalityClass, rec.type, rec.modality, rec.acled?.eventType ?? null, c.country, prof.days?.start ?? null, prof.days?.end ?? null,
        prof.dated ? 1 : 0, rec.date, rec.location?.lat ?? null, rec.location?.lon ?? null, rec.location?.name ?? null, rec.goldstein, rec.quadClass,
        rec.fatalities, rec.confidence, rec.reports, rec.publishers, rec.firstSeen, rec.source?.actorId ?? null, rec.target?.actorId ?? null,
        c.search, JSON.stringify(rec), JSON.stringify(prof), rec.location?.precision ?? null);
    this.sql("DELETE FROM event_actors WHERE canonical_id = ?").run(c.id);
    const ins = this.sql("INSERT OR IGNORE INTO event_actors (canonical_id, actor_id, role) VALUES (?, ?, ?)");
    for (const a of c.actors) ins.run(c.id, a.actorId, a.role);
  }
}
