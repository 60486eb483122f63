// Event filters → SQL over canonical_events (aliased c). Parameters are always bound, never spliced.
import type { EventFilter } from "./store.ts";
import { dayRange } from "../corpus/dates.ts";

export interface SqlWhere {
  where: string;
  params: (string | number)[];
}

/** With `actorIds`, the actor filter is those actors' events (the store resolved the name first, which lets the
 *  query planner read the event list in order instead of collecting every event of every matching actor). */
export function filterSql(f: EventFilter, opts: { actorIds?: string[] } = {}): SqlWhere {
  const w: string[] = [];
  const p: (string | number)[] = [];
  const modality = f.modality ?? "asserted";
  if (modality !== "any") w.push("c.modality = ?"), p.push(modality);
  if (f.minConfidence) w.push("c.confidence >= ?"), p.push(f.minConfidence);
  if (f.type) w.push("c.type = ?"), p.push(f.type.toUpperCase());
  if (f.acled) w.push("c.acled_type = ? COLLATE NOCASE"), p.push(f.acled);
  if (f.country) w.push("c.country = ?"), p.push(f.country.toUpperCase());
  if (f.actor && opts.actorIds) {
    // by rowid, which every index holds: a covering index scan checks membership without reading the row
    w.push(`c.rowid IN (SELECT ce.rowid FROM event_actors ea JOIN canonical_events ce ON ce.id = ea.canonical_id
      WHERE ea.actor_id IN (SELECT value FROM json_each(?)))`), p.push(JSON.stringify(opts.actorIds));
  } else if (f.actor) {
    const a = f.actor;
    w.push(`c.id IN (SELECT ea.canonical_id FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
      WHERE a.id = ? OR a.actor_code = ? OR a.name LIKE ? OR a.country = ?)`);
    p.push(a, a.toUpperCase(), `%${a}%`, /^[A-Za-z]{3}$/.test(a) ? a.toUpperCase() : "\u0000");
  }
  // an event is in a range when the whole interval its date allows is: "1989" is not known to be in November, and a
  // week from 27 November to 3 December is not known to be in November either
  if (f.from) {
    const r = dayRange(f.from);
    if (!r) throw new Error(`from: "${f.from}" is not an ISO date`);
    w.push("c.date_start >= ?"), p.push(r.start);
  }
  if (f.to) {
    const r = dayRange(f.to);
    if (!r) throw new Error(`to: "${f.to}" is not an ISO date`);
    w.push("c.date_end <= ?"), p.push(r.end);
  }
  if (f.place) w.push("c.place LIKE ?"), p.push(`%${f.place}%`);
  if (f.bbox) {
    const [minLon, minLat, maxLon, maxLat] = f.bbox;
    w.push("c.lat BETWEEN ? AND ? AND c.lon BETWEEN ? AND ?"), p.push(minLat, maxLat, minLon, maxLon);
  }
  if (f.q) {
    // three characters or more: the trigram index finds the substring; shorter ones are scanned for
    const q = f.q.toLowerCase();
    if ([...q].length >= 3) w.push("c.rowid IN (SELECT rowid FROM canonical_search WHERE canonical_search MATCH ?)"), p.push(`"${q.replace(/"/g, '""')}"`);
    else w.push("c.search LIKE ?"), p.push(`%${q}%`);
  }
  return { where: w.length ? `WHERE ${w.join(" AND ")}` : "", params: p };
}

export function orderSql(sort: EventFilter["sort"]): string {
  switch (sort) {
    case "date": return "ORDER BY c.date_start IS NULL, c.date_start ASC, c.id";
    // NULL sorts lowest in SQLite, so DESC puts unknowns last and an index on (…, x DESC, …) serves the order
    case "fatalities": case "-fatalities": return "ORDER BY c.fatalities DESC, c.date_start DESC, c.id";
    case "confidence": return "ORDER BY c.confidence DESC, c.id";
    case "reports": return "ORDER BY c.publishers DESC, c.reports DESC, c.date_start DESC, c.id";
    default: return "ORDER BY c.date_start DESC, c.id";
  }
}

/** Parses a confidence from 0 to 1 given as `name`; `fallback` (the calibration's threshold) when none is given. */
export function parseMinConfidence(s: string | undefined | null, name: string, fallback: number): number {
  if (s == null || s === "") return fallback;
  const n = Number(s);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new Error(`${name} must be a number from 0 to 1, not "${s}"`);
  return n;
}

/** Parses "minLon,minLat,maxLon,maxLat". */
export function parseBbox(s: string | undefined | null): [number, number, number, number] | undefined {
  if (!s) return undefined;
  const n = s.split(",").map(Number);
  if (n.length !== 4 || n.some((x) => !Number.isFinite(x))) throw new Error(`bbox: expected minLon,minLat,maxLon,maxLat, got "${s}"`);
  return n as [number, number, number, number];
}
