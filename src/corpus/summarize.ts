// A canonical event's record from its reports: the type most reports give, the date all allow, the most precise
// place, the actors most often named, the highest toll reported (tolls rise as bodies are counted), and a
// confidence combined over independent publishers (syndicated copies are one publisher).
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { ActorRef, CanonicalEvent, ReportEvent } from "./records.ts";
import { agreedDays, bestLocation, mostCommon } from "./profile.ts";
import { isoOfRange } from "./dates.ts";
import { nameKey } from "./names.ts";

/** The stable id of the canonical event founded by a report. */
export function canonicalId(documentId: string, eventIndex: number): string {
  return "ce_" + bytesToHex(sha256(utf8ToBytes(`${documentId}:${eventIndex}`))).slice(0, 16);
}

const actorKey = (a: ActorRef) => a.actorId ?? `${a.name}|${a.country}`;

/** The actor most reports name in a role, leaving out one already chosen for the other role: reports that name
 *  the guerrillas as attackers in one and as attacked in another make no event of guerrillas against guerrillas. */
function topActor(actors: (ActorRef | null)[], not: ActorRef | null = null): ActorRef | null {
  // (the same name counts as the same side: descriptions such as "PEOPLE" are resolved per document)
  const same = (a: ActorRef, b: ActorRef) => actorKey(a) === actorKey(b) || (nameKey(a.name) === nameKey(b.name) && a.country === b.country);
  const named = actors.filter((a): a is ActorRef => !!a && (!not || !same(a, not)));
  const top = mostCommon(named, actorKey);
  if (!top) return null;
  const { keys: _, ...actor } = top; // lookup keys are for merging, not for the record
  return actor;
}

/** 1 - Π(1 - c) over publishers, each publisher counted once at its most confident report. */
export function combinedConfidence(reports: ReportEvent[]): number {
  const byPublisher = new Map<string, number>();
  for (const r of reports) byPublisher.set(r.publisherKey, Math.max(byPublisher.get(r.publisherKey) ?? 0, r.confidence));
  let miss = 1;
  for (const c of byPublisher.values()) miss *= 1 - Math.min(0.99, Math.max(0, c));
  return Math.round((1 - miss) * 1000) / 1000;
}

export function summarize(id: string, reports: ReportEvent[]): CanonicalEvent {
  const typeOf = mostCommon(reports, (r) => r.type)!.type;
  const ofType = reports.filter((r) => r.type === typeOf).sort((a, b) => b.confidence - a.confidence);
  const lead = ofType.find((r) => r.cameo) ?? ofType[0]!;
  const { days, dated } = agreedDays(reports);
  const max = (xs: (number | null)[]) => {
    const ns = xs.filter((n): n is number => n != null);
    return ns.length ? Math.max(...ns) : null;
  };
  const published = reports.map((r) => r.published).filter((p): p is string => !!p).sort();
  const source = topActor(reports.map((r) => r.source));
  return {
    id,
    type: typeOf,
    mode: mostCommon(ofType, (r) => r.mode)?.mode ?? null,
    cameo: lead.cameo,
    goldstein: lead.goldstein,
    quadClass: lead.quadClass,
    acled: (ofType.find((r) => r.acled) ?? lead).acled,
    source,
    target: topActor(reports.map((r) => r.target), source),
    // undated reports keep the date their document gave (its publication day) at "unknown" precision
    date: dated && days ? isoOfRange(days) : (reports.map((r) => r.dateValue).filter((v): v is string => !!v).sort()[0] ?? null),
    precision: dated && days ? days.precision : "unknown",
    location: bestLocation(reports),
    modality: mostCommon(reports, (r) => r.modality)!.modality,
    fatalities: max(reports.map((r) => r.fatalities)),
    injuries: max(reports.map((r) => r.injuries)),
    confidence: combinedConfidence(reports),
    reports: reports.length,
    publishers: new Set(reports.map((r) => r.publisherKey)).size,
    firstSeen: published[0] ?? "",
  };
}
