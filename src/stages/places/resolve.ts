// Choosing the place a name means: each gazetteer candidate is scored by its size (population, capital, seat),
// the kind the cue asks for ("Anbar province" is the province, "Baghdad" the city), the countries the document
// talks about, and the country or region written right beside it ("the Iraqi city of Erbil", "Paris, Texas").
import type { GazetteerHit } from "../../knowledge/gazetteer.ts";
import type { GazetteerMention, ScannedMention } from "./scan.ts";
import { gapKeys, listedTogether, plainlyUnit } from "./lists.ts";

/** How much the document talks about each country (ISO3 → weight). */
export type CountryContext = Map<string, number>;

/** Places already resolved with confidence elsewhere in the document: candidates near them, or in the same
 * province, are likelier ("MERCEDES, 240 KM FROM CORRIENTES" is the Mercedes of Corrientes province). */
export interface Anchor {
  mention: number;
  lat: number;
  lon: number;
  admin1: string;
  /** the anchor is an administrative unit (its point is a centre, not a place) */
  unit?: boolean;
  country?: string | null;
}

/** A town this near a second-level unit's centre may lie in it. */
const WITHIN_UNIT_KM = 100;

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const d = Math.sin(((bLat - aLat) * r) / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, d)));
}

/** Anchors with the same point, unit, province and country, counted: a document names the same few places again
 * and again, so reading each candidate against the distinct ones (not every confident mention) keeps resolving
 * linear in the number of place names. `first` and `count` tell whether an anchor other than a given mention's
 * own is there. */
interface AnchorGroup extends Anchor {
  count: number;
}
const groupCache = new WeakMap<readonly Anchor[], { length: number; groups: AnchorGroup[] }>();
function groupsOf(anchors: readonly Anchor[]): AnchorGroup[] {
  const cached = groupCache.get(anchors);
  if (cached && cached.length === anchors.length) return cached.groups;
  const byKey = new Map<string, AnchorGroup>();
  for (const a of anchors) {
    const key = `${a.lat},${a.lon},${a.admin1},${a.unit ? 1 : 0},${a.country ?? ""}`;
    const g = byKey.get(key);
    if (g) g.count++;
    else byKey.set(key, { ...a, count: 1 });
  }
  const groups = [...byKey.values()];
  groupCache.set(anchors, { length: anchors.length, groups });
  return groups;
}
/** The group holds an anchor of another mention than `self`. */
const other = (g: AnchorGroup, self: number) => g.count > 1 || g.mention !== self;

/** The groups of anchors filed for the bonus below: by province, and (points, not units) by cells of 2 degrees of
 * latitude and longitude, so a candidate is read against the anchors that can be near it rather than all. */
interface AnchorIndex {
  byAdmin1: Map<string, AnchorGroup[]>;
  cells: Map<number, AnchorGroup[]>;
}
const indexCache = new WeakMap<AnchorGroup[], AnchorIndex>();
const CELL = 2;
const latBand = (lat: number) => Math.floor((lat + 90) / CELL);
const lonCell = (lon: number) => ((Math.floor((lon + 180) / CELL) % (360 / CELL)) + 360 / CELL) % (360 / CELL);
function anchorIndex(groups: AnchorGroup[]): AnchorIndex {
  const cached = indexCache.get(groups);
  if (cached) return cached;
  const index: AnchorIndex = { byAdmin1: new Map(), cells: new Map() };
  const file = <K>(map: Map<K, AnchorGroup[]>, key: K, g: AnchorGroup) => {
    const list = map.get(key);
    if (list) list.push(g);
    else map.set(key, [g]);
  };
  for (const g of groups) {
    if (g.admin1) file(index.byAdmin1, g.admin1, g);
    if (!g.unit) file(index.cells, latBand(g.lat) * 1000 + lonCell(g.lon), g);
  }
  indexCache.set(groups, index);
  return index;
}

/** 1.5 for a candidate in the province of another mention's anchor or within 100 km of another's point, 1 within
 * 300 km, else 0. */
export function proximityBonus(h: GazetteerHit, anchors: readonly Anchor[], self: number): number {
  const groups = groupsOf(anchors);
  if (!groups.length) return 0;
  const { byAdmin1, cells } = anchorIndex(groups);
  const e = h.entry;
  if (e.admin1) for (const a of byAdmin1.get(e.admin1) ?? []) if (other(a, self)) return 1.5;
  // the cells that can hold a point within 300 km: a degree of latitude is 111 km everywhere (3 degrees each
  // way suffice); a degree of longitude shrinks with the cosine of the latitude (a great circle between two
  // points no further from the equator than maxLat spans at least 2R asin(cos(maxLat) sin(dLon/2)))
  const maxLat = Math.min(90, Math.abs(e.lat) + 3);
  const reach = Math.sin(300 / 12742) / Math.cos((maxLat * Math.PI) / 180);
  const dLon = reach >= 1 ? 180 : (2 * Math.asin(reach) * 180) / Math.PI + 0.5;
  const allLon = dLon >= 180 - CELL;
  const lonFrom = Math.floor((e.lon - dLon + 180) / CELL), lonTo = Math.floor((e.lon + dLon + 180) / CELL);
  let best = 0;
  for (let b = latBand(e.lat - 3); b <= latBand(e.lat + 3); b++) {
    for (let c = allLon ? 0 : lonFrom; c <= (allLon ? 360 / CELL - 1 : lonTo); c++) {
      for (const a of cells.get(b * 1000 + (((c % (360 / CELL)) + 360 / CELL) % (360 / CELL))) ?? []) {
        if (!other(a, self)) continue;
        const d = km(a.lat, a.lon, e.lat, e.lon);
        if (d < 100) return 1.5;
        if (d < 300) best = 1;
      }
    }
  }
  return best;
}

/** The document's places in the candidate's country all lie in other units and over 300 km away. */
function awayFromAnchors(h: GazetteerHit, anchors: readonly Anchor[], self: number): boolean {
  const same = groupsOf(anchors).filter((a) => other(a, self) && a.country === h.entry.country);
  return same.length > 0 && !same.some((a) => a.admin1 === h.entry.admin1 || km(a.lat, a.lon, h.entry.lat, h.entry.lon) < 300);
}

export interface LocalCue {
  /** a country named in the same phrase: "the northern Iraqi city of Erbil", "Mosul, Iraq" */
  countries: Set<string>;
  /** an admin unit named right after: "Paris, Texas" (GeoNames admin1 key) */
  admin1: Set<string>;
  /** the first-level units holding a town named right before: "Buffalo, New York" is the state */
  holds: Set<string>;
  /** listed with first-level units: "Ohio, New York and Utah" are states, "Alberta and Quebec" provinces */
  unitList: boolean;
  /** the centres of second-level units named right after: "Santa Maria, Davao del Sur" */
  within: Array<{ lat: number; lon: number }>;
}

/** The country and admin unit written next to a gazetteer mention. */
export function localCue(m: GazetteerMention, all: ScannedMention[], index: number, tokens: { key: string; sentence: number; pos: string }[], resolvedAdmin: (x: ScannedMention) => string | null): LocalCue {
  const out: LocalCue = { countries: new Set(), admin1: new Set(), holds: new Set(), unitList: false, within: [] };
  const sentence = tokens[m.from]!.sentence;
  const listed = (a: ScannedMention | undefined, b: ScannedMention | undefined) => listedTogether(tokens, a, b);
  out.unitList = (listed(all[index - 1], m) && plainlyUnit(all[index - 1])) || (listed(m, all[index + 1]) && plainlyUnit(all[index + 1]));
  const before = all[index - 1];
  if (before?.type === "gazetteer" && tokens[before.from]!.sentence === sentence && gapKeys(tokens, before, m).join(" ") === ",") {
    for (const h of before.hits) if (h.entry.kind === "city") out.holds.add(h.entry.admin1);
  }
  // before: a demonym or country in the same noun phrase ("the northern Iraqi city of", "Syria's eastern town of");
  // a verb or another preposition between ends the phrase ("the United States will meet in Vienna")
  const prev = all[index - 1];
  if (prev && (prev.type === "demonym" || prev.type === "country") && tokens[prev.from]!.sentence === sentence && m.from - prev.to <= 5) {
    const between = tokens.slice(prev.to, m.from);
    if (between.every((t) => t.key === "of" || !/^(?:VERB|AUX|ADP|PUNCT|CCONJ|SCONJ|PRON)$/.test(t.pos))) out.countries.add(prev.country.iso3);
  }
  // after: ", Texas", ", Iraq", " (Iraq)", ", in Iraq"
  const next = all[index + 1];
  if (next && tokens[next.from]!.sentence === sentence) {
    const between = tokens.slice(m.type === "gazetteer" ? m.textTo : m.to, next.from).map((t) => t.key);
    if (between.length <= 2 && between.every((k) => k === "," || k === "(" || k === "in")) {
      if (next.type === "country") out.countries.add(next.country.iso3);
      else if (next.type === "gazetteer") {
        // every unit of that name: "Maryland" is a US state and a Liberian county
        const a = resolvedAdmin(next);
        if (a) out.admin1.add(a);
        for (const h of next.hits) {
          // a second-level unit has no code its towns carry: its centre says which namesake lies in it
          if (h.entry.kind === "admin2" && !h.alternate && m.hits.some((x) => x.entry.kind === "city")) out.within.push({ lat: h.entry.lat, lon: h.entry.lon });
          if (h.entry.kind !== "admin1") continue;
          out.admin1.add(h.entry.admin1);
          if (h.entry.country) out.countries.add(h.entry.country);
        }
      }
    }
  }
  return out;
}

/** Log population, with regions counted as well known (they are few and named on purpose); continents and seas
 * spanning countries outrank any namesake town ("Asia" is not the Philippine town). */
function sizeScore(h: GazetteerHit): number {
  if (h.entry.kind === "region" && !h.entry.country) return 8;
  if (h.entry.kind === "region" || h.entry.kind === "site") return 6;
  // second-level units carry no population: as large as a town of 30,000, so a namesake city of note wins
  if (h.entry.kind === "admin2") return 4.5;
  return Math.log10(h.entry.population + 10);
}

export function scoreHit(h: GazetteerHit, m: GazetteerMention, ctx: CountryContext, local: LocalCue): number {
  const e = h.entry;
  let s = sizeScore(h);
  if (e.capital) s += 3;
  if (e.seat) s += 0.5;
  if (h.alternate) s -= 1.5;
  // a minor place fills a gap; a namesake the gazetteer keeps in its own right comes first
  if (e.minor) s -= 2;
  if (m.cue === "admin") s += e.kind === "admin1" || e.kind === "admin2" || e.kind === "region" ? 6 : -3;
  else if (e.kind === "admin1") s -= 1; // a bare name is the city before the province named after it
  if (m.cue === "settlement" && e.kind === "city") s += 1;
  if (e.country && local.countries.has(e.country)) s += 6;
  if (local.admin1.has(e.admin1) && e.kind !== "admin1") s += 8;
  if (e.kind === "city" && local.within.some((u) => km(u.lat, u.lon, e.lat, e.lon) < WITHIN_UNIT_KM)) s += 8;
  if (e.kind === "admin1" && local.holds.has(e.admin1)) s += 4;
  if (e.kind === "admin1" && local.unitList) s += 4;
  // the document's countries: a bonus growing with mentions, and a small penalty for a country never named
  const w = e.country ? ctx.get(e.country) ?? 0 : 0;
  // (a small town's bonus does not grow: however often the US is named, Vienna is not Vienna, Virginia)
  if (w > 0) s += e.population < 100_000 && e.kind === "city" ? 2 : 2.5 + Math.min(1.5, w / 3);
  else if (ctx.size > 0 && e.country && !local.countries.has(e.country)) s -= 1;
  return s;
}

/** The best candidate, or null when none is believable: a bare word naming only small towns in countries the
 * document never mentions is more likely a surname or an ordinary word than a place. */
export function bestHit(m: GazetteerMention, ctx: CountryContext, local: LocalCue, caseless: boolean, anchors: readonly Anchor[] = [], self = -1, strict = true): { hit: GazetteerHit; confident: boolean } | null {
  let best: GazetteerHit | null = null, bestScore = -Infinity;
  const byCountry = new Map<string | null, number>();
  // a province named after its seat ("Sulaymaniyah"): the bare name is the city
  const cityAdmins = new Set(m.hits.filter((h) => h.entry.kind === "city").map((h) => h.entry.admin1));
  const mainPop = Math.max(0, ...m.hits.filter((h) => !h.alternate && h.entry.kind === "city").map((h) => h.entry.population));
  for (const h of m.hits) {
    const e = h.entry;
    const backed = (e.country && (ctx.has(e.country) || local.countries.has(e.country))) || local.admin1.has(e.admin1);
    if (m.bare && !caseless && e.kind === "city" && e.population < 15_000 && !e.capital && !e.seat && !backed) continue;
    if (m.bare && h.alternate && e.population < 100_000 && !backed) continue;
    if (m.common && !backed) continue;
    // all-caps text gives no case evidence: one word without a settlement or province word names a place of the
    // document's countries, or a capital or great city ("USIS" is no spelling of Wuxi, "NACIONAL" no province)
    if (strict && caseless && !backed && !e.capital && !(e.kind === "city" && e.population >= 1_000_000 && !h.alternate)) {
      if (h.alternate || (m.to - m.from === 1 && m.cue !== "admin" && m.cue !== "settlement")) continue;
    }
    // a minor place (a small town, a section of a city) only in the document's countries or near its places
    if (e.minor && !backed && proximityBonus(h, anchors, self) < 1.5) continue;
    // ... and only where the text says it is a place (a cue, or a list of places), whatever its namesakes' standing
    if (e.minor && m.cue === "none" && !m.deferred) continue;
    // "Butte County" in a Californian story is no town in Montana: with a unit word, a town elsewhere in a country
    // whose places the document names counts only in their units or near them
    if (m.cue === "admin" && e.kind === "city" && !e.seat && awayFromAnchors(h, anchors, self)) continue;
    // a province word names a province: a city of that name counts only in the document's countries
    if (m.cue === "admin" && e.kind === "city" && !backed) continue;
    // a small town abroad, in a country the document never names, is more likely a namesake of a local place
    // the gazetteer lacks ("SAN RAMON" in a Salvadoran story is not the Californian town)
    if (ctx.size > 0 && !backed && e.kind === "city" && e.population < 100_000 && !e.capital) continue;
    const near = proximityBonus(h, anchors, self);
    let s = scoreHit(h, m, ctx, local) + near;
    // a city's other spelling that only far smaller towns bear as their name is that city's ("Geneva")
    if (h.alternate && e.population >= 100_000 && e.population > 5 * mainPop) s += 1.5;
    // a minor place right beside the document's places is as likely as a larger namesake further away
    if (e.minor && near >= 1.5) s += 1.5;
    if (m.cue !== "admin" && e.kind === "admin1" && cityAdmins.has(e.admin1)) s -= 3;
    byCountry.set(e.country, Math.max(byCountry.get(e.country) ?? -Infinity, s));
    if (s > bestScore) {
      best = h;
      bestScore = s;
    }
  }
  if (!best) return null;
  // confident: no candidate in another country comes close, so the choice may inform the others
  let rival = -Infinity;
  for (const [c, sc] of byCountry) if (c !== best.entry.country) rival = Math.max(rival, sc);
  return { hit: best, confident: bestScore - rival >= 2 };
}
