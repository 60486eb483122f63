// Choosing the place a name means: each gazetteer candidate is scored by its size (population, capital, seat),
// the kind the cue asks for ("Anbar province" is the province, "Baghdad" the city), the countries the document
// talks about, and the country or region written right beside it ("the Iraqi city of Erbil", "Paris, Texas").
import type { GazetteerHit } from "../../knowledge/gazetteer.ts";
import type { GazetteerMention, ScannedMention } from "./scan.ts";

/** How much the document talks about each country (ISO3 → weight). */
export type CountryContext = Map<string, number>;

/** Places already resolved with confidence elsewhere in the document: candidates near them, or in the same
 * province, are likelier ("MERCEDES, 240 KM FROM CORRIENTES" is the Mercedes of Corrientes province). */
export interface Anchor {
  mention: number;
  lat: number;
  lon: number;
  admin1: string;
}

function km(aLat: number, aLon: number, bLat: number, bLon: number): number {
  const r = Math.PI / 180;
  const d = Math.sin(((bLat - aLat) * r) / 2) ** 2 + Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, d)));
}

/** The confident places of a document, grouped by point and by province. A document names the same few places
 * again and again, so a candidate's bonus is read from the distinct points, not from every confident mention
 * (that made resolving quadratic in the number of place names). */
export class Anchors {
  /** distinct points: the first anchoring mention and how many anchor there */
  private readonly points: Array<{ lat: number; lon: number; first: number; count: number }> = [];
  private readonly provinces = new Map<string, { first: number; count: number }>();

  constructor(anchors: readonly Anchor[] = []) {
    const byPoint = new Map<string, { lat: number; lon: number; first: number; count: number }>();
    for (const a of anchors) {
      const key = `${a.lat},${a.lon}`;
      const p = byPoint.get(key);
      if (p) p.count++;
      else byPoint.set(key, { lat: a.lat, lon: a.lon, first: a.mention, count: 1 });
      if (!a.admin1) continue;
      const v = this.provinces.get(a.admin1);
      if (v) v.count++;
      else this.provinces.set(a.admin1, { first: a.mention, count: 1 });
    }
    this.points = [...byPoint.values()];
  }

  /** 1.5 for a candidate within 100 km of, or in the province of, a place anchored by another mention than
   * `self`; 1 within 300 km; else 0. */
  bonus(h: GazetteerHit, self: number): number {
    const other = (g: { first: number; count: number }) => g.count > 1 || g.first !== self;
    const province = h.entry.admin1 ? this.provinces.get(h.entry.admin1) : undefined;
    if (province && other(province)) return 1.5;
    let best = 0;
    for (const p of this.points) {
      if (!other(p)) continue;
      const d = km(p.lat, p.lon, h.entry.lat, h.entry.lon);
      if (d < 100) return 1.5;
      if (d < 300) best = 1;
    }
    return best;
  }
}

export interface LocalCue {
  /** a country named in the same phrase: "the northern Iraqi city of Erbil", "Mosul, Iraq" */
  countries: Set<string>;
  /** an admin unit named right after: "Paris, Texas" (GeoNames admin1 key) */
  admin1: Set<string>;
}

/** The country and admin unit written next to a gazetteer mention. */
export function localCue(m: GazetteerMention, all: ScannedMention[], index: number, tokens: { key: string; sentence: number; pos: string }[], resolvedAdmin: (x: ScannedMention) => string | null): LocalCue {
  const out: LocalCue = { countries: new Set(), admin1: new Set() };
  const sentence = tokens[m.from]!.sentence;
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
        const a = resolvedAdmin(next);
        if (a) out.admin1.add(a);
        for (const h of next.hits) if (h.entry.kind === "admin1" && h.entry.country) out.countries.add(h.entry.country);
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
  return Math.log10(h.entry.population + 10);
}

export function scoreHit(h: GazetteerHit, m: GazetteerMention, ctx: CountryContext, local: LocalCue): number {
  const e = h.entry;
  let s = sizeScore(h);
  if (e.capital) s += 3;
  if (e.seat) s += 0.5;
  if (h.alternate) s -= 1.5;
  if (m.cue === "admin") s += e.kind === "admin1" || e.kind === "admin2" || e.kind === "region" ? 6 : -3;
  else if (e.kind === "admin1") s -= 1; // a bare name is the city before the province named after it
  if (m.cue === "settlement" && e.kind === "city") s += 1;
  if (e.country && local.countries.has(e.country)) s += 6;
  if (local.admin1.has(e.admin1) && e.kind !== "admin1") s += 8;
  // the document's countries: a bonus growing with mentions, and a small penalty for a country never named
  const w = e.country ? ctx.get(e.country) ?? 0 : 0;
  // (a small town's bonus does not grow: however often the US is named, Vienna is not Vienna, Virginia)
  if (w > 0) s += e.population < 100_000 && e.kind === "city" ? 2 : 2.5 + Math.min(1.5, w / 3);
  else if (ctx.size > 0 && e.country && !local.countries.has(e.country)) s -= 1;
  return s;
}

const NO_ANCHORS = new Anchors();

/** The best candidate, or null when none is believable: a bare word naming only small towns in countries the
 * document never mentions is more likely a surname or an ordinary word than a place. */
export function bestHit(m: GazetteerMention, ctx: CountryContext, local: LocalCue, caseless: boolean, anchors: Anchors = NO_ANCHORS, self = -1, strict = true): { hit: GazetteerHit; confident: boolean } | null {
  let best: GazetteerHit | null = null, bestScore = -Infinity;
  const byCountry = new Map<string | null, number>();
  // a province named after its seat ("Sulaymaniyah"): the bare name is the city
  const cityAdmins = new Set(m.hits.filter((h) => h.entry.kind === "city").map((h) => h.entry.admin1));
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
    // a province word names a province: a city of that name counts only in the document's countries
    if (m.cue === "admin" && e.kind === "city" && !backed) continue;
    // a small town abroad, in a country the document never names, is more likely a namesake of a local place
    // the gazetteer lacks ("SAN RAMON" in a Salvadoran story is not the Californian town)
    if (ctx.size > 0 && !backed && e.kind === "city" && e.population < 100_000 && !e.capital) continue;
    let s = scoreHit(h, m, ctx, local) + anchors.bonus(h, self);
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
