// Places stage: every toponym mention (countries, regions, cities, the dateline place) resolved to a country,
// coordinates and a GeoNames id. Scanning and evidence live in places/scan.ts, disambiguation in
// places/resolve.ts; this module gathers the document's countries and writes doc.places.
import type { Doc, Token } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { GazetteerHit } from "../knowledge/gazetteer.ts";
import type { Place, PlacePrecision } from "../schema.ts";
import { PlaceScanner, type GazetteerMention, type ScannedMention } from "./places/scan.ts";
import { Anchors, bestHit, localCue, type Anchor, type CountryContext } from "./places/resolve.ts";
import { METONYM_POS, NON_METONYM_VERBS } from "./places/cues.ts";
import { unresolvedPlaces } from "./places/unresolved.ts";

/** Countries the document names (names, aliases, demonyms), weighted by how often. */
function countryContext(mentions: ScannedMention[], doc: Doc, kb: Knowledge): CountryContext {
  const ctx: CountryContext = new Map();
  for (const m of mentions) if (m.type !== "gazetteer") ctx.set(m.country.iso3, (ctx.get(m.country.iso3) ?? 0) + 1);
  // a dateline country counts for much: the story is filed from there
  const dl = doc.dateline?.place?.text;
  const dlCountry = dl ? kb.countries.byName(dl) ?? kb.countries.byCapital(dl) : undefined;
  if (dlCountry) ctx.set(dlCountry.iso3, (ctx.get(dlCountry.iso3) ?? 0) + 3);
  return ctx;
}

/** Resolves every gazetteer mention; returns the chosen hit per mention index. */
function resolveAll(mentions: ScannedMention[], ctx: CountryContext, doc: Doc, anchors = new Anchors(), strict = true): Map<number, { hit: GazetteerHit; confident: boolean }> {
  const chosen = new Map<number, { hit: GazetteerHit; confident: boolean }>();
  const adminOf = (x: ScannedMention): string | null => {
    if (x.type !== "gazetteer") return null;
    const h = x.hits.find((y) => y.entry.kind === "admin1");
    return h ? h.entry.admin1 : null;
  };
  mentions.forEach((m, i) => {
    if (m.type !== "gazetteer") return;
    const local = localCue(m, mentions, i, doc.tokens, adminOf);
    const h = bestHit(m, ctx, local, doc.upperCase, anchors, i, strict);
    if (h) chosen.set(i, h);
  });
  return chosen;
}

/** A capital or country acting for its government: "Tehran insists", "Moscow rejected", "Washington's allies". */
function isMetonym(doc: Doc, toks: Token[], from: number, to: number, capital: boolean): boolean {
  // "Washington's allies": the possessive of a capital speaks of its government
  if (capital && to - from === 1 && doc.tokens[from]!.end > toks[from]!.end) return true;
  const prev = toks[from - 1];
  if (prev && prev.sentence === toks[from]!.sentence && /^(?:in|at|near|from|to|into|of|outside|across|around|inside)$/.test(prev.key)) return false;
  let j = to;
  while (toks[j] && toks[j]!.pos === "ADV" && j - to < 2) j++;
  const next = toks[j];
  if (!next || next.sentence !== toks[from]!.sentence) return false;
  return METONYM_POS.has(next.pos) && !NON_METONYM_VERBS.has(next.key);
}

/** The id of the entity whose mention covers this span, if the entities stage linked one. */
function entityAt(doc: Doc, start: number, end: number): string | undefined {
  const m = doc.mentionsIn(start, end).find((x) => x.start <= start && x.end >= end);
  return m?.entity || undefined;
}

function precisionOf(kind: string): PlacePrecision {
  return kind === "admin1" || kind === "admin2" || kind === "region" || kind === "site" ? kind : "city";
}

/** Makes sure the dateline place is among the mentions even where the scanner's evidence fell short. */
function datelineMention(doc: Doc, kb: Knowledge, mentions: ScannedMention[]): void {
  const p = doc.dateline?.place;
  if (!p) return;
  const from = doc.tokenIndexAt(p.start);
  let to = from;
  while (to < doc.tokens.length && doc.tokens[to]!.end <= p.end) to++;
  if (to === from || mentions.some((m) => m.from < to && (m.type === "gazetteer" ? m.textTo : m.to) > from && m.type !== "demonym")) return;
  const country = kb.countries.byName(p.text);
  const at = mentions.findIndex((m) => m.from >= to);
  const insert = at < 0 ? mentions.length : at;
  if (country) {
    mentions.splice(insert, 0, { type: "country", from, to, country });
    return;
  }
  const hits = kb.gazetteer.hits(p.text);
  if (hits.length) mentions.splice(insert, 0, { type: "gazetteer", from, to, textTo: to, hits, cue: "locative" });
}

export function placesStage(doc: Doc, kb: Knowledge): void {
  const scanner = new PlaceScanner(doc, kb);
  const mentions = scanner.scan();
  const tokens = scanner.tokens;
  datelineMention(doc, kb, mentions);
  const ctx = countryContext(mentions, doc, kb);
  // two rounds: places resolved in the first add their countries to the context of the second
  // the first round is lenient: it only gathers the countries and anchors the confident choices give
  let chosen = resolveAll(mentions, ctx, doc, new Anchors(), false);
  const ctx2: CountryContext = new Map(ctx);
  const anchors: Anchor[] = [];
  for (const [i, { hit, confident }] of chosen) {
    if (!confident) continue;
    if (hit.entry.country) ctx2.set(hit.entry.country, (ctx2.get(hit.entry.country) ?? 0) + 0.5);
    if (hit.entry.kind !== "region") anchors.push({ mention: i, lat: hit.entry.lat, lon: hit.entry.lon, admin1: hit.entry.admin1 });
  }
  chosen = resolveAll(mentions, ctx2, doc, new Anchors(anchors));

  const tok = (i: number): Token => tokens[i]!;
  const places: Place[] = [];
  const demonyms: Place[] = [];
  mentions.forEach((m, i) => {
    if (m.type === "demonym") {
      const c = m.country;
      const start = tok(m.from).start, end = tok(m.to - 1).end;
      demonyms.push({ text: doc.slice(start, end), start, end, name: c.name, country: c.iso3, lat: c.lat, lon: c.lon, geonameId: c.geonameId, precision: "country", demonym: true });
      return;
    }
    if (m.type === "country") {
      const c = m.country;
      const start = tok(m.from).start, end = tok(m.to - 1).end;
      const place: Place = { text: doc.slice(start, end), start, end, name: c.name, country: c.iso3, lat: c.lat, lon: c.lon, geonameId: c.geonameId, precision: "country" };
      if (isMetonym(doc, tokens, m.from, m.to, false)) place.metonym = true;
      const entity = entityAt(doc, start, end);
      if (entity) place.entity = entity;
      places.push(place);
      return;
    }
    const h = chosen.get(i)?.hit;
    if (!h) return;
    const e = h.entry;
    const gm = m as GazetteerMention;
    const start = tok(gm.from).start, end = tok(gm.textTo - 1).end;
    const place: Place = { text: doc.slice(start, end), start, end, name: e.name, country: e.country, lat: e.lat, lon: e.lon, geonameId: e.geonameId, precision: precisionOf(e.kind) };
    if (e.capital && isMetonym(doc, tokens, gm.from, gm.to, true)) place.metonym = true;
    const entity = entityAt(doc, start, end);
    if (entity) place.entity = entity;
    places.push(place);
  });
  // names the gazetteer lacks but the text announces ("the town of Cinquera"), without coordinates
  places.push(...unresolvedPlaces(doc, [...places], ctx2));
  doc.places = places.sort((a, b) => a.start - b.start);
  doc.demonymPlaces = demonyms;
}
