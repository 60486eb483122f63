// The event's location: a place in its clause, else in its sentence, else the dateline's place. Places used as
// metonyms ("Tehran insists") and places inside the actors' own phrases ("Iraqi bases") do not locate it.
import type { Doc } from "../../doc.ts";
import type { Actor, Place } from "../../schema.ts";

export interface EventLocationValue {
  name: string;
  country: string | null;
  lat?: number | null;
  lon?: number | null;
  geonameId?: number | null;
  precision: Place["precision"];
  start?: number;
  end?: number;
}

const inside = (p: { start: number; end: number }, a: Actor | null) => !!a && a.start !== undefined && a.end !== undefined && p.start >= a.start && p.end <= a.end;

export const LOCATIVE = new Set(["in", "at", "near", "on", "outside", "inside", "across", "around", "along", "into", "throughout", "over", "off", "within", "from", "of", "towards", "toward", "to", "between"]);

/** A place in a locative phrase ("in the northern city of Erbil", "near Baghdad airport"), not an agent ("by Iran"). */
function locative(doc: Doc, p: Place): boolean {
  let k = doc.tokenIndexAt(p.start) - 1;
  for (let guard = 0; k >= 0 && guard < 5; guard++, k--) {
    const t = doc.tokens[k]!;
    if (t.pos === "ADP" || t.pos === "SCONJ") return LOCATIVE.has(t.key) && !(t.key === "of" && guard === 0 && doc.tokens[k - 1]?.pos !== "NOUN");
    if (!["DET", "ADJ", "NOUN", "PROPN", "PUNCT", "NUM"].includes(t.pos) || t.key === ",") return false;
  }
  return false;
}

/** A country name used as a modifier ("US troops", "Iraqi bases", "Iran-backed"): says who, not where. */
function attributive(doc: Doc, p: Place): boolean {
  if (p.precision !== "country") return false;
  const next = doc.tokens[doc.tokenIndexAt(p.end)];
  return !!next && (next.pos === "NOUN" || next.pos === "PROPN" || next.pos === "ADJ" || next.text === "-" && next.start === p.end || /'s$/.test(doc.text.slice(p.start, p.end + 2)));
}

export function toLocation(p: Place): EventLocationValue {
  return { name: p.name, country: p.country, lat: p.lat, lon: p.lon, ...(p.geonameId != null ? { geonameId: p.geonameId } : {}), precision: p.precision, start: p.start, end: p.end };
}

// finer places first; a place named inside a coarser one's phrase is where it happened
const FINENESS = ["point", "site", "neighbourhood", "neighborhood", "city", "town", "village", "admin3", "admin2", "admin1", "region", "country", "continent"];
const fineness = (p: Place) => { const i = FINENESS.indexOf(p.precision as string); return i < 0 ? FINENESS.length : i; };
/** "the South Darfur city of Nyala", "Nyala, South Darfur": words that join two names of one place phrase */
const SAME_PHRASE = /^[\s,]*(?:(?:the|a|northern|southern|eastern|western|central|north|south|east|west|city|town|village|district|province|region|state|capital|county|area|governorate|of)\b[\s,]*)*$/i;

/** The most precise place of the locative phrase holding `p` (the places of `list`, in text order). */
function finestAmong(doc: Doc, p: Place, list: readonly Place[]): Place {
  let best = p;
  for (const q of list) {
    if (q === p || fineness(q) >= fineness(best)) continue;
    const gap = q.start >= p.end ? doc.text.slice(p.end, q.start) : q.end <= p.start ? doc.text.slice(q.end, p.start) : null;
    if (gap !== null && gap.length <= 30 && SAME_PHRASE.test(gap)) best = q;
  }
  return best;
}

/** finestAmong the usable places of the sentence: only places within 30 characters of `p` can join its phrase,
 * so only those are read. */
function finest(doc: Doc, p: Place, sentence: { start: number; end: number }, usable: (q: Place) => boolean): Place {
  const near = doc.placesOverlapping(p.start - 31, p.end + 31).filter((q) => q.start >= sentence.start && q.end <= sentence.end && usable(q));
  return finestAmong(doc, p, near);
}

export function eventLocation(doc: Doc, at: number, clause: { start: number; end: number }, sentence: { start: number; end: number }, source: Actor | null, target: Actor | null): EventLocationValue | null {
  // (the sentence's places, the nearest first, read outwards from the trigger: a place of another sentence is no
  // place of this event, and reading a run-on sentence whole for each event in it would make it quadratic)
  const placed = (p: Place) => !p.metonym && !attributive(doc, p) && locative(doc, p);
  // the parties an act stands between are no place of it ("mediation between Syria and Lebanon"), though a
  // place between two others is ("on the border between Syria and Iraq")
  const between = !!target && target.start !== undefined && doc.tokens[doc.tokenIndexAt(target.start) - 1]?.key === "between";
  const usable = (p: Place) => placed(p) && !inside(p, source) && !(between && inside(p, target));
  // equally near: a finer place before a country
  const rank = (p: Place) => (p.precision === "country" ? 1 : 0);
  const c = doc.nearestPlace(at, Math.max(sentence.start, clause.start), Math.min(sentence.end, clause.end), usable, rank);
  if (c) return toLocation(finest(doc, c, sentence, usable));
  // "police in Jericho confiscated ...", "protesters in Lima marched": where the actors are, failing another place
  const own = sourcePlace(doc, source);
  if (own) return own;
  const s = doc.nearestPlace(at, sentence.start, sentence.end, usable, rank);
  if (s) return toLocation(finest(doc, s, sentence, usable));
  const dl = doc.dateline?.place;
  if (dl) {
    const p = doc.placesIn(dl.start, dl.end)[0];
    if (p) return toLocation(p);
  }
  return null;
}

/** A place the source's own phrase puts it in ("Ethnic Albanians in south Serbia", "police in Jericho"). */
export function sourcePlace(doc: Doc, source: Actor | null): EventLocationValue | null {
  if (!source) return null;
  const placed = source.start == null || source.end == null ? [] : doc.placesIn(source.start, source.end).filter((p) => !p.metonym && !attributive(doc, p) && locative(doc, p) && inside(p, source));
  return placed.length ? toLocation(finestAmong(doc, placed[0]!, placed)) : null;
}
