// Countries for an event's parties that name none of their own, from what the sentence says around them:
// an unnamed state organ facing a domestic party, the place where it happened, the one country the sentence
// names, the state that acts on them at home. International bodies never take a country this way.
import type { Doc, Sentence } from "../../doc.ts";
import type { Actor } from "../../schema.ts";
import type { Draft } from "./draft.ts";

const STATE = ["GOV", "MIL", "COP", "JUD", "LEG"];
/** organs that act at home: a government, its police and courts (an army may fight abroad) */
const HOME_ORGANS = ["GOV", "COP", "JUD", "LEG"];

/** CAMEO roots of acts a government does at home more than abroad: yield, reject, coerce, assault, fight */
const HOME_ACTS = new Set(["08", "12", "17", "18", "19", "20"]);

/** an international body, by its code or its name ("the World Water Forum", "an International Labour Office team") */
const international = (a: Actor) => a.sector === "IGO" || a.sector === "NGO" || /^(?:IGO|NGO|MNC)/.test(a.actorCode ?? "") || /\b(?:International|World|Global|Inter-\w+|United Nations|Multinational)\b/.test(a.name);
/** a single party with no country that could take one */
const open = (a: Actor | null): a is Actor => !!a && !a.country && !a.members?.length && !international(a);
const withCountry = (a: Actor, country: string): Actor => ({ ...a, country, actorCode: a.actorCode ?? country });

/** The one country named in `s` outside the parties' own phrases, or null when none or several. */
function onlyCountry(doc: Doc, s: { start: number; end: number }, skip: Array<Actor | null>, places: boolean): string | null {
  const outsideOf = (a: Actor | null, x: { start: number; end: number }) => !a || a.start === undefined || x.end <= a.start || x.start >= a.end!;
  const outside = (x: { start: number; end: number }) => skip.every((a) => outsideOf(a, x));
  const seen = new Set<string>();
  for (const p of doc.placesIn(s.start, s.end)) if (p.country && (places || p.metonym) && outside(p)) seen.add(p.country);
  for (const m of doc.mentionsIn(s.start, s.end)) {
    const c = doc.entityById(m.entity)?.country;
    if (c && outside(m)) seen.add(c);
  }
  return seen.size === 1 ? [...seen][0]! : null;
}

/** Fills the countries of `d`'s source and target where the sentence implies them. */
export function fillPartyCountries(doc: Doc, s: Sentence, d: Draft): void {
  // "protesters in Lima demanded that the government ...": an unnamed government, army or police facing a
  // domestic non-state party is that party's own
  const organ = (a: Actor | null, b: Actor | null) => open(a) && !!a.sector && STATE.includes(a.sector) && !!b?.country && !!b.sector && !STATE.includes(b.sector) && !b.members?.length;
  if (organ(d.target, d.source)) d.target = { ...d.target!, country: d.source!.country };
  else if (organ(d.source, d.target)) d.source = { ...d.source!, country: d.target!.country };
  // people acted on where the event happened are of that place's country ("killed 12 villagers in Kutum")
  // (not for meetings: a venue such as Jeddah says nothing of who met there)
  const venue = ["03", "04", "05", "06"].includes(d.code.slice(0, 2));
  // (only for material acts: a statement's "location" may be a place its content names)
  const material = Number(d.code.slice(0, 2)) >= 14 || d.code.startsWith("07") || d.code.startsWith("08");
  if (!venue && material && open(d.target) && d.location?.country) d.target = withCountry(d.target, d.location.country);
  // in a sentence that names one country only, besides the other party's own, a party is of that country
  // ("the rebels in the north agreed to talks in Kenya"); a meeting's venue counts for nothing
  // (a state organ does not take the other party's state: "Washington demanded that the government ...")
  const assign = (a: Actor | null, other: Actor | null): Actor | null => {
    if (!open(a)) return a;
    // (within the event's own clause: "..., saying Moscow would not stop" says nothing of whom a call was to)
    const clause = { start: doc.tokens[d.clause.from]?.start ?? s.start, end: doc.tokens[d.clause.to - 1]?.end ?? s.end };
    const span = { start: Math.min(clause.start, a.start ?? clause.start, d.source?.start ?? clause.start), end: Math.max(clause.end, a.end ?? clause.end) };
    // (the party's own words were weighed by the actor layer: "pro-Russian separatists" are not Russian)
    const only = onlyCountry(doc, span, [other, a], !venue);
    if (only && !(a.sector && STATE.includes(a.sector) && other?.country === only)) return withCountry(a, only);
    // a government, its police or courts acting on a party with no country act at home ("police detained 40
    // students", "the Mozambique government accepted the rebels' demands")
    // (police and courts always; a government when it yields, refuses, coerces or fights — its appeals and
    // offers go abroad as often as not: "the president called on Western partners")
    const home = other?.sector === "COP" || other?.sector === "JUD" || !!other?.sector && HOME_ORGANS.includes(other.sector) && HOME_ACTS.has(d.code.slice(0, 2));
    if (other?.country && home && !(a.sector && STATE.includes(a.sector))) return withCountry(a, other.country);
    return a;
  };
  d.target = assign(d.target, d.source);
  d.source = assign(d.source, d.target);
}
