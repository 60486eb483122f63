// A canonical event's profile: what its reports agree on, summarised for comparison with the next report
// (pairwise scoring compares a report with this profile, not with every member).
import type { ActorRef, DayRange, LocationRef, ReportEvent } from "./records.ts";
import { typeFamily, modalityClass } from "./families.ts";
import { intersect } from "./dates.ts";
import { precisionRank } from "./geo.ts";

export interface Profile {
  family: string;
  modalityClass: string;
  types: string[];
  /** what the dated reports allow (their intersection), else the undated windows' union */
  days: DayRange | null;
  dated: boolean;
  location: LocationRef | null;
  /** only dateline places are known */
  locationWeak?: boolean;
  sources: ActorRef[];
  targets: ActorRef[];
  fatalities: number | null;
}

/** The most frequent value of a key (first seen wins ties). */
export function mostCommon<T>(items: T[], key: (t: T) => string | null): T | undefined {
  const counts = new Map<string, { n: number; item: T }>();
  for (const it of items) {
    const k = key(it);
    if (k == null) continue;
    const c = counts.get(k);
    if (c) c.n++;
    else counts.set(k, { n: 1, item: it });
  }
  let best: { n: number; item: T } | undefined;
  for (const c of counts.values()) if (!best || c.n > best.n) best = c;
  return best?.item;
}

function uniqueActors(list: (ActorRef | null)[]): ActorRef[] {
  const seen = new Set<string>();
  const out: ActorRef[] = [];
  for (const a of list) {
    if (!a) continue;
    // by lookup keys where known: actor ids depend on the order documents came in (see ActorRef.keys)
    const k = a.keys?.join("\u0001") ?? a.actorId ?? `${a.name}|${a.country}`;
    if (!seen.has(k)) seen.add(k), out.push(a);
  }
  return out;
}

/** The interval all dated reports allow; when they disagree by a day or so, the most precise one's. */
export function agreedDays(reports: ReportEvent[]): { days: DayRange | null; dated: boolean } {
  const dated = reports.filter((r) => r.dated && r.days);
  if (dated.length) {
    let acc: DayRange | null = dated[0]!.days;
    for (const r of dated.slice(1)) acc = acc && intersect(acc, r.days!);
    if (acc) return { days: acc, dated: true };
    const narrowest = [...dated].sort((a, b) => a.days!.end - a.days!.start - (b.days!.end - b.days!.start))[0]!;
    return { days: narrowest.days, dated: true };
  }
  const undated = reports.filter((r) => r.days);
  if (!undated.length) return { days: null, dated: false };
  return {
    days: { start: Math.min(...undated.map((r) => r.days!.start)), end: Math.max(...undated.map((r) => r.days!.end)), precision: "unknown" },
    dated: false,
  };
}

/** The most precise location reported (the most often named among equals); places in the text before datelines. */
export function bestLocation(reports: ReportEvent[]): LocationRef | null {
  const strong = reports.filter((r) => r.location && !r.locationWeak);
  const located = (strong.length ? strong : reports).map((r) => r.location).filter((l): l is LocationRef => !!l);
  if (!located.length) return null;
  const top = Math.max(...located.map((l) => precisionRank(l.precision) + (l.lat != null ? 0.5 : 0)));
  const best = located.filter((l) => precisionRank(l.precision) + (l.lat != null ? 0.5 : 0) === top);
  return mostCommon(best, (l) => l.name) ?? best[0]!;
}

export function profileOf(reports: ReportEvent[]): Profile {
  const first = reports[0]!;
  const { days, dated } = agreedDays(reports);
  const tolls = reports.map((r) => r.fatalities).filter((n): n is number => n != null);
  return {
    family: typeFamily(first.type),
    modalityClass: modalityClass(first.modality),
    types: [...new Set(reports.map((r) => r.type))],
    days,
    dated,
    location: bestLocation(reports),
    locationWeak: !reports.some((r) => r.location && !r.locationWeak),
    sources: uniqueActors(reports.map((r) => r.source)),
    targets: uniqueActors(reports.map((r) => r.target)),
    fatalities: tolls.length ? Math.max(...tolls) : null,
  };
}
