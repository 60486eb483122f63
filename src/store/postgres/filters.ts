// Event filters → PostgreSQL over canonical_events (aliased c), with numbered parameters, never spliced. The same
// meaning as ../filters.ts (SQLite): substring search through the pg_trgm index, the bounding box through GiST.
import type { EventFilter } from "../store.ts";
import { dayRange } from "../../corpus/dates.ts";

export interface PgWhere {
  where: string;
  params: unknown[];
}

/** Parameters numbered from `first` on; `actorIds` is the actor filter resolved by the store beforehand. */
export function pgFilterSql(f: EventFilter, opts: { actorIds?: string[]; first?: number } = {}): PgWhere {
  const w: string[] = [];
  const p: unknown[] = [];
  const $ = (v: unknown) => (p.push(v), `$${(opts.first ?? 1) + p.length - 1}`);
  const modality = f.modality ?? "asserted";
  if (modality !== "any") w.push(`c.modality = ${$(modality)}`);
  if (f.minConfidence) w.push(`c.confidence >= ${$(f.minConfidence)}`);
  if (f.type) w.push(`c.type = ${$(f.type.toUpperCase())}`);
  if (f.acled) w.push(`lower(c.acled_type) = lower(${$(f.acled)})`);
  if (f.country) w.push(`c.country = ${$(f.country.toUpperCase())}`);
  if (f.actor) w.push(`c.id IN (SELECT ea.canonical_id FROM event_actors ea WHERE ea.actor_id = ANY(${$(opts.actorIds ?? [])}::text[]))`);
  // an event is in a range when the whole interval its date allows is (as in SQLite)
  if (f.from) {
    const r = dayRange(f.from);
    if (!r) throw new Error(`from: "${f.from}" is not an ISO date`);
    w.push(`c.date_start >= ${$(r.start)}`);
  }
  if (f.to) {
    const r = dayRange(f.to);
    if (!r) throw new Error(`to: "${f.to}" is not an ISO date`);
    w.push(`c.date_end <= ${$(r.end)}`);
  }
  if (f.place) w.push(`c.place ILIKE ${$(`%${likeEscape(f.place)}%`)}`);
  if (f.bbox) {
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    w.push(`point(c.lon, c.lat) <@ box(point(${$(minLon)}, ${$(minLat)}), point(${$(maxLon)}, ${$(maxLat)})) AND c.lat IS NOT NULL AND c.lon IS NOT NULL`);
  }
  // `search` is lower-case; the trigram index serves LIKE '%…%' of three characters or more
  if (f.q) w.push(`c.search LIKE ${$(`%${likeEscape(f.q.toLowerCase())}%`)}`);
  return { where: w.length ? `WHERE ${w.join(" AND ")}` : "", params: p };
}

function likeEscape(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function pgOrderSql(sort: EventFilter["sort"]): string {
  switch (sort) {
    case "date": return "ORDER BY c.date_start ASC NULLS LAST, c.id";
    case "fatalities": case "-fatalities": return "ORDER BY c.fatalities DESC NULLS LAST, c.date_start DESC NULLS LAST, c.id";
    case "confidence": return "ORDER BY c.confidence DESC, c.id";
    case "reports": return "ORDER BY c.publishers DESC, c.reports DESC, c.date_start DESC NULLS LAST, c.id";
    default: return "ORDER BY c.date_start DESC NULLS LAST, c.id";
  }
}
