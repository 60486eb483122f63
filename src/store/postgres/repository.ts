// The merge's repository port on PostgreSQL: one query per call on the client holding the document's transaction
// (store.ts opens it and takes the advisory locks). Inserts that may race another worker are ON CONFLICT DO NOTHING.
import type { ClientBase } from "pg";
import type { ReportEvent } from "../../corpus/records.ts";
import { reportBlock, storedReportOf, type CandidateQuery, type CanonicalRow, type MergeRepository, type NewDocument, type ReportPlace, type StoredReport,
  type StoredReportRow } from "../../corpus/merge.ts";

type StoredRow = StoredReportRow & { seq: string; day_start: number | null };
/** What the merge reads of a stored report */
const STORED = "seq, day_start, canonical_id, component, score, reasons, report";

/** Reports whose date window spans at most this many days are "narrow" (the generated column `wide`). */
const NARROW_DAYS = 31;

export class PgMergeRepository implements MergeRepository {
  constructor(private readonly db: ClientBase) {}

  async hasDocument(id: string): Promise<boolean> {
    return (await this.db.query("SELECT 1 FROM documents WHERE id = $1", [id])).rowCount! > 0;
  }

  async syndicationCandidates(bands: string[], limit: number): Promise<{ id: string; minhash: number[]; publisherKey: string }[]> {
    const { rows } = await this.db.query<{ id: string; minhash: string; publisher_key: string }>(`SELECT d.id, d.minhash, d.publisher_key FROM
        (SELECT document_id, COUNT(*) AS shared FROM document_bands WHERE band = ANY($1::text[]) GROUP BY document_id ORDER BY shared DESC LIMIT $2) b
        JOIN documents d ON d.id = b.document_id`, [bands, limit]);
    return rows.map((c) => ({ id: c.id, minhash: JSON.parse(c.minhash) as number[], publisherKey: c.publisher_key }));
  }

  async insertDocument(d: NewDocument): Promise<void> {
    await this.db.query(`INSERT INTO documents (id, input_id, title, published, source, url, file, publisher_key, syndicated_from, minhash, ingested_at, extraction)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [d.id, d.inputId, d.title, d.published, d.source, d.url, d.file, d.publisherKey, d.syndicatedFrom, JSON.stringify(d.minhash), d.ingestedAt, JSON.stringify(d.extraction)]);
    await this.db.query("INSERT INTO document_bands (band, document_id) SELECT unnest($1::text[]), $2 ON CONFLICT DO NOTHING", [d.bands, d.id]);
  }

  async actorByKeys(keys: string[]): Promise<string | null> {
    const { rows } = await this.db.query<{ actor_id: string }>(
      "SELECT k.actor_id FROM unnest($1::text[]) WITH ORDINALITY AS q(key, n) JOIN actor_keys k ON k.key = q.key ORDER BY q.n LIMIT 1", [keys]);
    return rows[0]?.actor_id ?? null;
  }

  async createActor(id: string, a: { name: string; country: string | null; sector: string | null; actorCode: string | null }): Promise<void> {
    await this.db.query("INSERT INTO actors (id, name, country, sector, actor_code) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (id) DO NOTHING",
      [id, a.name, a.country, a.sector, a.actorCode]);
  }

  async fillActor(id: string, a: { sector: string | null; actorCode: string | null }): Promise<void> {
    if (a.sector == null && a.actorCode == null) return; // nothing to fill: no row lock to wait for
    await this.db.query("UPDATE actors SET sector = COALESCE(sector, $1), actor_code = COALESCE(actor_code, $2) WHERE id = $3", [a.sector, a.actorCode, id]);
  }

  async addActorKeys(id: string, keys: string[]): Promise<void> {
    await this.db.query("INSERT INTO actor_keys (key, actor_id) SELECT unnest($1::text[]), $2 ON CONFLICT (key) DO NOTHING", [keys, id]);
  }

  async addBacking(subject: string, object: string): Promise<void> {
    await this.db.query(`INSERT INTO actor_relations (subject, object, predicate, count) VALUES ($1, $2, 'backs', 1)
        ON CONFLICT (subject, object, predicate) DO UPDATE SET count = actor_relations.count + 1`, [subject, object]);
  }

  async candidateReports(q: CandidateQuery): Promise<StoredReport[]> {
    const country = q.country ? " AND (country IS NULL OR country = $3)" : "";
    const base = q.country ? [q.family, q.modalityClass, q.country] : [q.family, q.modalityClass];
    const n = base.length;
    let rows: StoredRow[];
    if (!q.window) {
      rows = (await this.db.query(`SELECT ${STORED} FROM report_events WHERE family = $1 AND modality_class = $2${country}
          ORDER BY day_start DESC NULLS LAST LIMIT ${q.limit}`, base)).rows;
    } else {
      // as in SQLite: narrow reports by a bounded day_start range, the few wide ones through their own index, and
      // the reports without any date
      rows = (await this.db.query(`SELECT ${STORED} FROM (
          (SELECT ${STORED} FROM report_events WHERE family = $1 AND modality_class = $2
             AND day_start BETWEEN $${n + 1} AND $${n + 2} AND day_end >= $${n + 3}${country} ORDER BY day_start DESC LIMIT ${q.limit})
          UNION
          (SELECT ${STORED} FROM report_events WHERE family = $1 AND modality_class = $2 AND wide
             AND day_start <= $${n + 2} AND day_end >= $${n + 3}${country} ORDER BY day_start DESC LIMIT ${q.limit})
          UNION
          (SELECT ${STORED} FROM report_events WHERE family = $1 AND modality_class = $2 AND day_start IS NULL${country}
             ORDER BY seq DESC LIMIT ${q.limit})
        ) u ORDER BY day_start DESC NULLS LAST LIMIT ${q.limit}`, [...base, q.window.lo - NARROW_DAYS, q.window.hi, q.window.lo])).rows;
    }
    return rows.map(storedReportOf);
  }

  async componentReports(components: string[]): Promise<StoredReport[]> {
    const { rows } = await this.db.query<StoredRow>(`SELECT ${STORED} FROM report_events
        WHERE component = ANY($1::text[]) ORDER BY seq`, [components]);
    return rows.map(storedReportOf);
  }

  async insertReport(r: ReportEvent, at: ReportPlace): Promise<void> {
    const b = reportBlock(r);
    await this.db.query(`INSERT INTO report_events (document_id, event_index, canonical_id, component, score, reasons, report, family, modality_class, country, day_start, day_end)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
      [r.documentId, r.eventIndex, at.canonicalId, at.component, at.score, JSON.stringify(at.reasons), JSON.stringify(r), b.family, b.modalityClass, b.country, b.dayStart, b.dayEnd]);
  }

  async moveReport(documentId: string, eventIndex: number, at: ReportPlace): Promise<void> {
    await this.db.query("UPDATE report_events SET canonical_id = $1, component = $2, score = $3, reasons = $4 WHERE document_id = $5 AND event_index = $6",
      [at.canonicalId, at.component, at.score, JSON.stringify(at.reasons), documentId, eventIndex]);
  }

  async deleteCanonical(id: string): Promise<void> {
    await this.db.query("WITH gone AS (DELETE FROM event_actors WHERE canonical_id = $1) DELETE FROM canonical_events WHERE id = $1", [id]);
  }

  async saveCanonical(c: CanonicalRow): Promise<void> {
    const { record: rec, profile: prof } = c;
    await this.db.query(`WITH saved AS (INSERT INTO canonical_events (id, family, modality_class, type, modality, acled_type, country, date_start, date_end, dated,
        date, lat, lon, place, goldstein, quad_class, fatalities, confidence, reports, publishers, first_seen, source_actor, target_actor, search, record, profile, loc_precision)
        VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22, $23, $24, $25, $26, $27)
        ON CONFLICT (id) DO UPDATE SET family = EXCLUDED.family, modality_class = EXCLUDED.modality_class, type = EXCLUDED.type,
          modality = EXCLUDED.modality, acled_type = EXCLUDED.acled_type, country = EXCLUDED.country, date_start = EXCLUDED.date_start,
          date_end = EXCLUDED.date_end, dated = EXCLUDED.dated, date = EXCLUDED.date, lat = EXCLUDED.lat, lon = EXCLUDED.lon, place = EXCLUDED.place,
          goldstein = EXCLUDED.goldstein, quad_class = EXCLUDED.quad_class, fatalities = EXCLUDED.fatalities, confidence = EXCLUDED.confidence,
          reports = EXCLUDED.reports, publishers = EXCLUDED.publishers, first_seen = EXCLUDED.first_seen, source_actor = EXCLUDED.source_actor,
          target_actor = EXCLUDED.target_actor, search = EXCLUDED.search, record = EXCLUDED.record, profile = EXCLUDED.profile, loc_precision = EXCLUDED.loc_precision
          RETURNING id),
        links AS (SELECT unnest($28::text[]) AS actor_id, unnest($29::text[]) AS role),
        unlinked AS (DELETE FROM event_actors e WHERE e.canonical_id = $1 AND NOT EXISTS (SELECT 1 FROM links l WHERE l.actor_id = e.actor_id AND l.role = e.role))
        -- the links this event keeps are left as they are; only new ones are inserted (one statement sees one snapshot)
        INSERT INTO event_actors (canonical_id, actor_id, role) SELECT (SELECT id FROM saved), actor_id, role FROM links ON CONFLICT DO NOTHING`,
      [c.id, prof.family, prof.modalityClass, rec.type, rec.modality, rec.acled?.eventType ?? null, c.country, prof.days?.start ?? null, prof.days?.end ?? null,
        prof.dated ? 1 : 0, rec.date, rec.location?.lat ?? null, rec.location?.lon ?? null, rec.location?.name ?? null, rec.goldstein, rec.quadClass,
        rec.fatalities, rec.confidence, rec.reports, rec.publishers, rec.firstSeen, rec.source?.actorId ?? null, rec.target?.actorId ?? null,
        c.search, JSON.stringify(rec), JSON.stringify(prof), rec.location?.precision ?? null,
        c.actors.map((a) => a.actorId), c.actors.map((a) => a.role)]);
  }
}
