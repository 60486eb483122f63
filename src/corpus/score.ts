// Pairwise scoring of a report against a canonical event's profile. Each agreement adds weight and a reason;
// a contradiction (dates apart, places apart, actors of different countries) vetoes the merge outright.
// Type and date alone never merge: a second identifying agreement (place, actor or toll) is needed, so two
// attacks of one type on one day in one country stay two events unless something else says they are one.
import type { ActorRef, ReportEvent } from "./records.ts";
import type { Profile } from "./profile.ts";
import { typeFamily, modalityClass } from "./families.ts";
import { gapDays, isoOfDay } from "./dates.ts";
import { distanceKm, precisionRank, toleranceKm } from "./geo.ts";
import { nameKey } from "./names.ts";

export const MERGE_THRESHOLD = 0.65;

export const WEIGHTS = {
  sameType: 0.3,
  relatedType: 0.15,
  sameDay: 0.25,
  adjacentDay: 0.15,
  overlappingDates: 0.1,
  samePlace: 0.3,
  nearbyRegion: 0.15,
  datelinePlace: 0.15,
  sameCountryOnly: 0.05,
  differentPlaceNames: -0.2,
  differentActor: -0.15,
  sameActor: 0.2,
  swappedActor: 0.1,
  sameActorCode: 0.05,
  sameToll: 0.1,
  /** a report known only by its publication window (or by no date at all) needs one more agreement than a dated
   *  one (place and an actor, or place and toll): type and place alone describe every day of a city at war */
  publicationWindowOnly: -0.1,
} as const;

export interface PairScore {
  score: number;
  veto: string | null;
  reasons: string[];
}

const fmtDays = (r: { start: number; end: number }) => (r.start === r.end ? isoOfDay(r.start) : `${isoOfDay(r.start)}..${isoOfDay(r.end)}`);
const actorLabel = (a: ActorRef) => `${a.name}${a.country ? ` (${a.country})` : ""}`;

function sameActor(a: ActorRef, b: ActorRef): boolean {
  if (a.keys?.length && b.keys?.length) return a.keys.some((k) => b.keys!.includes(k));
  if (a.actorId && b.actorId) return a.actorId === b.actorId;
  return nameKey(a.name) === nameKey(b.name) && (a.country ?? "") === (b.country ?? "");
}

export function scoreReport(r: ReportEvent, p: Profile): PairScore {
  const reasons: string[] = [];
  let score = 0;
  const veto = (why: string): PairScore => ({ score: 0, veto: why, reasons: [...reasons, why] });

  // type
  if (typeFamily(r.type) !== p.family) return veto(`different kinds of event (${r.type} vs ${p.types.join("/")})`);
  if (modalityClass(r.modality) !== p.modalityClass) return veto(`different modality (${r.modality} vs ${p.modalityClass})`);
  if (p.types.includes(r.type)) score += WEIGHTS.sameType, reasons.push(`same type ${r.type}`);
  else score += WEIGHTS.relatedType, reasons.push(`related types ${r.type} and ${p.types.join("/")}`);

  // date: the event's own date, at the precision each side allows
  if (r.days && p.days) {
    const gap = gapDays(r.days, p.days);
    const bothDay = r.dated && p.dated && r.days.start === r.days.end && p.days.start === p.days.end;
    if (r.dated && p.dated) {
      if (gap === 0 && bothDay) score += WEIGHTS.sameDay, reasons.push(`same day ${fmtDays(r.days)}`);
      else if (gap === 0) score += WEIGHTS.overlappingDates, reasons.push(`dates compatible at their precision (${fmtDays(r.days)} / ${fmtDays(p.days)})`);
      else if (gap <= 1 && bothDay) score += WEIGHTS.adjacentDay, reasons.push(`dates one day apart (${fmtDays(r.days)} / ${fmtDays(p.days)}: time zones, "yesterday")`);
      else return veto(`dates ${gap} days apart (${fmtDays(r.days)} / ${fmtDays(p.days)})`);
    } else if (gap > 1) return veto(`report window ${fmtDays(r.days)} does not reach ${fmtDays(p.days)}`);
    else score += WEIGHTS.publicationWindowOnly, reasons.push("no event date on one side (publication window only)");
  } else score += WEIGHTS.publicationWindowOnly, reasons.push("no date to compare");

  // place (a dateline's place only says where the report was filed: it is compared by country alone)
  const a = r.location, b = p.location;
  if (a && b && (r.locationWeak || p.locationWeak)) {
    if (a.country && b.country && a.country !== b.country) return veto(`different countries (${a.country} vs ${b.country})`);
    const km = distanceKm(a, b);
    if (nameKey(a.name) === nameKey(b.name) || (km != null && km <= toleranceKm(a.precision, b.precision)))
      score += WEIGHTS.datelinePlace, reasons.push(`same place ${b.name}, known only from a dateline`);
    else reasons.push(`place known only from a dateline (${r.locationWeak ? a.name : b.name}): not compared`);
  } else if (a && b) {
    if (a.country && b.country && a.country !== b.country) return veto(`different countries (${a.country} vs ${b.country})`);
    const km = distanceKm(a, b);
    const tol = toleranceKm(a.precision, b.precision);
    const coarse = Math.min(precisionRank(a.precision), precisionRank(b.precision));
    const sameName = nameKey(a.name) === nameKey(b.name);
    if (km != null && km > tol) return veto(`places ${Math.round(km)} km apart (${a.name} / ${b.name})`);
    if (coarse >= 3 && (sameName || (km != null && km <= tol)))
      score += WEIGHTS.samePlace, reasons.push(sameName ? `same place ${a.name}` : `places ${Math.round(km!)} km apart (${a.name} / ${b.name})`);
    else if (coarse === 2 && (sameName || km != null)) score += WEIGHTS.nearbyRegion, reasons.push(`same region ${b.name}`);
    else if (coarse >= 3 && !sameName && km == null) score += WEIGHTS.differentPlaceNames, reasons.push(`different place names, no coordinates (${a.name} / ${b.name})`);
    else if (a.country && a.country === b.country) score += WEIGHTS.sameCountryOnly, reasons.push(`same country ${a.country}`);
  }

  // actors: the same actor in the same role identifies; actors of different countries contradict
  const roles: [string, ActorRef | null, ActorRef[], ActorRef[]][] = [
    ["source", r.source, p.sources, p.targets],
    ["target", r.target, p.targets, p.sources],
  ];
  for (const [role, x, same, other] of roles) {
    if (!x) continue;
    if (same.some((y) => sameActor(x, y))) {
      score += WEIGHTS.sameActor, reasons.push(`same ${role} ${actorLabel(x)}`);
      continue;
    }
    if (other.some((y) => sameActor(x, y))) {
      score += WEIGHTS.swappedActor, reasons.push(`${actorLabel(x)} named on the other side (clashes run both ways)`);
      continue;
    }
    const countried = same.filter((y) => y.country);
    if (x.country && countried.length && countried.every((y) => y.country !== x.country))
      return veto(`${role} ${actorLabel(x)} vs ${countried.map(actorLabel).join(", ")}`);
    if (x.actorCode && same.some((y) => y.actorCode === x.actorCode)) score += WEIGHTS.sameActorCode, reasons.push(`${role}s share actor code ${x.actorCode}`);
    // a different named actor in the same role is evidence of a different event (a busy city has many attacks a day)
    else if (same.length) score += WEIGHTS.differentActor, reasons.push(`different ${role}s (${actorLabel(x)} / ${same.slice(0, 3).map(actorLabel).join(", ")})`);
  }

  if (r.fatalities != null && r.fatalities > 0 && r.fatalities === p.fatalities) score += WEIGHTS.sameToll, reasons.push(`same toll (${r.fatalities} dead)`);

  return { score: Math.round(score * 1000) / 1000, veto: null, reasons };
}

export interface Candidate {
  id: string;
  profile: Profile;
}

/** The best candidate scoring at or above the threshold, or null (the report founds a new event). */
export function bestMatch(r: ReportEvent, candidates: Candidate[], threshold = MERGE_THRESHOLD): { id: string; score: PairScore } | null {
  let best: { id: string; score: PairScore } | null = null;
  for (const c of candidates) {
    const s = scoreReport(r, c.profile);
    if (s.veto || s.score < threshold) continue;
    if (!best || s.score > best.score.score) best = { id: c.id, score: s };
  }
  return best;
}
