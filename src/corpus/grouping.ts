// Which reports are one event, as a function of the reports alone, never of the order they arrived in.
//
// Two reports are *linked* when each could join an event made of the other (pairwise score at the merge threshold,
// no veto). Linked reports, chained, form a component; a new report links to some components and joins them. Each
// component is then grouped into canonical events greedily, as merging always did (each report joins the best
// matching event so far or founds one), but in a fixed order of the reports themselves: the most precisely dated
// and placed first, so they found the events and vaguer reports join them. Ids are those of the founding reports.
// The same reports therefore give the same events whatever the ingest order (or the number of workers).
import type { ReportEvent } from "./records.ts";
import { profileOf, type Profile } from "./profile.ts";
import { bestMatch, MERGE_THRESHOLD, scoreReport } from "./score.ts";
import { canonicalId } from "./summarize.ts";
import { typeFamily } from "./families.ts";
import { isoOfDay, isoWeekOf } from "./dates.ts";
import { precisionRank } from "./geo.ts";

export const reportKey = (r: Pick<ReportEvent, "documentId" | "eventIndex">) => `${r.documentId}:${r.eventIndex}`;

/** Whether two reports could be one event: each scores the other at or above the threshold, with no veto. */
export function linked(a: ReportEvent, b: ReportEvent): boolean {
  const x = scoreReport(a, profileOf([b]));
  if (x.veto || x.score < MERGE_THRESHOLD) return false;
  const y = scoreReport(b, profileOf([a]));
  return !y.veto && y.score >= MERGE_THRESHOLD;
}

/** The block named in a merge's reasons. */
export function blockKey(r: ReportEvent): string {
  const when = !r.days ? "undated" : r.days.end - r.days.start <= 7 ? isoWeekOf(r.days.start) : `${isoOfDay(r.days.start)}..${isoOfDay(r.days.end)}`;
  return `block ${typeFamily(r.type)} × ${r.location?.country ?? "any country"} × ${when}`;
}

/** How much a report pins down, for the order of grouping: its own date, how narrow, its place, its actors. */
function precedence(r: ReportEvent): number[] {
  const width = r.days ? r.days.end - r.days.start : 1e6;
  const place = r.location && !r.locationWeak ? precisionRank(r.location.precision) : 0;
  return [r.dated ? 0 : 1, width, -place, -(Number(!!r.source) + Number(!!r.target))];
}

function byPrecedence(a: ReportEvent, b: ReportEvent): number {
  const [x, y] = [precedence(a), precedence(b)];
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  const [ka, kb] = [reportKey(a), reportKey(b)];
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** A report's place in a canonical event and why it is there. */
export interface Placement {
  report: ReportEvent;
  score: number | null;
  reasons: string[];
}

export interface Group {
  id: string;
  /** in grouping order: the founding report first */
  members: Placement[];
}

/** Groups one component's reports into canonical events; the result depends on the set of reports only. */
export function groupReports(reports: ReportEvent[]): Group[] {
  const groups: (Group & { profile: Profile })[] = [];
  for (const r of [...reports].sort(byPrecedence)) {
    const match = bestMatch(r, groups);
    const g = match && groups.find((x) => x.id === match.id);
    if (g && match) {
      g.members.push({ report: r, score: match.score.score, reasons: [blockKey(r), ...match.score.reasons] });
      g.profile = profileOf(g.members.map((m) => m.report));
    } else {
      groups.push({ id: canonicalId(r.documentId, r.eventIndex), members: [{ report: r, score: null, reasons: [blockKey(r), "first report of this event"] }], profile: profileOf([r]) });
    }
  }
  return groups.map(({ id, members }) => ({ id, members }));
}
