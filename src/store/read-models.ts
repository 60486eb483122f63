// What every store makes of its query rows, whatever its SQL: a merge's explanation, a dyad's months, the actor
// network. Kept here so SQLite and PostgreSQL answer the API identically.
import type { ExtractionDocument } from "../schema.ts";
import type { ReportRef } from "../corpus/records.ts";
import { reportRef } from "../corpus/reports.ts";
import { isoOfDay } from "../corpus/dates.ts";
import type { CountRow, DyadMonth, NetworkGraph } from "./store.ts";

const CONFLICT_FAMILIES = new Set(["violence", "posture", "protest", "sanction", "threat", "dispute"]);

/** A canonical event's report rows (in the order they joined) as report references with their merge reasons;
 *  rows whose document or event is gone are left out. */
export function reportRefsOf(rows: { document_id: string; event_index: number; score: number | null; reasons: string }[],
  docOf: (id: string) => ExtractionDocument | null | undefined): { ref: ReportRef; reasons: string[]; score: number | null }[] {
  const out: { ref: ReportRef; reasons: string[]; score: number | null }[] = [];
  for (const r of rows) {
    const doc = docOf(r.document_id);
    if (doc?.events[r.event_index]) out.push({ ref: reportRef(doc, r.event_index), reasons: JSON.parse(r.reasons), score: r.score });
  }
  return out;
}

/** Why a canonical event holds its reports, report by report, in the order they joined. */
export function mergeReasons(refs: { ref: ReportRef; reasons: string[]; score: number | null }[], syndicatedReports: number): string[] {
  const reasons: string[] = [];
  refs.forEach((x, i) => {
    const who = `${x.ref.source ?? "unknown publisher"}${x.ref.published ? `, ${x.ref.published}` : ""}`;
    const head = x.score == null ? `report ${i + 1} (${who}) founded the event` : `report ${i + 1} (${who}) merged with score ${x.score}`;
    reasons.push(`${head}: ${x.reasons.join("; ")}`);
  });
  if (syndicatedReports) reasons.push(`${syndicatedReports} report(s) come from near-identical (syndicated) copies and count as their original's publisher`);
  return reasons;
}

/** Per-day dyad counts gathered into months. */
export function dyadMonths(rows: { d: number; events: number; gsum: number; gn: number }[]): DyadMonth[] {
  const months = new Map<string, { events: number; gsum: number; gn: number }>();
  for (const r of rows) {
    const m = isoOfDay(r.d).slice(0, 7), x = months.get(m) ?? { events: 0, gsum: 0, gn: 0 };
    x.events += r.events, x.gsum += r.gsum, x.gn += r.gn;
    months.set(m, x);
  }
  return [...months.entries()].sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([month, r]) => ({ month, events: r.events,
    goldsteinSum: Math.round(r.gsum * 100) / 100, goldsteinMean: r.gn ? Math.round((r.gsum / r.gn) * 100) / 100 : null }));
}

/** The network's edges from event counts per actor pair and family plus "backs" relations: the `limit` busiest
 *  actors and whoever backs or is backed by them. The caller reads the returned actors' names. */
export function networkEdges(rows: { s: string; t: string; family: string; n: number }[], backs: { subject: string; object: string; count: number }[], limit: number) {
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
  for (const r of backs)
    if (top.has(r.subject) || top.has(r.object)) {
      edges.set(`${r.subject}\u0000${r.object}\u0000backs`, { source: r.subject, target: r.object, kind: "backs", weight: r.count });
      top.add(r.subject), top.add(r.object);
    }
  return { actorIds: [...top], weight, edges: [...edges.values()].filter((e) => top.has(e.source) && top.has(e.target)) };
}

/** Count rows in the order analysts read them: the busiest countries first (unknown last), each one's periods in
 *  order, the events in no single period last. */
export function orderCounts(rows: CountRow[]): CountRow[] {
  const total = new Map<string | null, number>();
  for (const r of rows) total.set(r.country, (total.get(r.country) ?? 0) + r.events);
  const rank = (c: string | null) => (c == null ? -1 : total.get(c)!);
  return [...rows].sort((a, b) => rank(b.country) - rank(a.country) || (a.country ?? "").localeCompare(b.country ?? "")
    || (a.period == null ? 1 : 0) - (b.period == null ? 1 : 0) || (a.period ?? "").localeCompare(b.period ?? ""));
}
