// Finding toponym mentions: one left-to-right pass over the tokens with the country and gazetteer matchers, keeping
// the longer match at each position, and the evidence that a match is a name used as a place (case, part of
// speech, locative cues, neighbouring capitalised words, the entity layer).
import type { Doc, Token } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import { Countries, type CountryMatchValue, type CountryRecord } from "../../knowledge/countries.ts";
import type { GazetteerHit } from "../../knowledge/gazetteer.ts";
import { phraseKeys } from "../../text/tokenize.ts";
import {
  ADMIN_WORDS, COMMON_WORDS, FACILITY_WORDS, GIVEN_NAME_COUNTRIES, LOCATIVE_PREPOSITIONS, NAME_CONNECTORS,
  AP_STATE_QUALIFIERS, FEATURE_WORDS, PEOPLE_NOUNS, GIVEN_NAMES, INSTITUTION_WORDS, LOCATED_HEADS, STREET_WORDS, UNIT_QUALIFIERS, NAME_PARTICLES, NEVER_PLACES, PERSON_TITLES, SETTLEMENT_WORDS, SPEECH_VERBS,
  TITLE_WORDS,
} from "./cues.ts";
import { gapKeys, listedTogether, plainlyUnit, unitNamesakes } from "./lists.ts";

export type Cue = "admin" | "settlement" | "locative" | "none";

export interface CountryMention {
  type: "country";
  from: number;
  to: number;
  country: CountryRecord;
}

export interface DemonymMention {
  type: "demonym";
  from: number;
  to: number;
  country: CountryRecord;
}

export interface GazetteerMention {
  type: "gazetteer";
  from: number;
  /** one past the last token of the name itself */
  to: number;
  /** one past the last token of the place text ("Anbar province" includes the admin word) */
  textTo: number;
  hits: GazetteerHit[];
  cue: Cue;
  /** one word with no cue around it: small places need the document's countries to back them */
  bare?: boolean;
  /** made of common words in all-caps text ("NORTHERN DEPARTMENT"): only a place of the document's countries */
  common?: boolean;
  /** lacking evidence on its own: kept only if it stands in a list with accepted places ("MEXICANOS, APOPA") */
  deferred?: boolean;
}

export type ScannedMention = CountryMention | DemonymMention | GazetteerMention;

/** Entity types whose names are not places even when a word of them is ("John Kirby", "Bank of England"). */
const NOT_PLACE_TYPES = new Set(["PERSON", "ORG", "ARMED_GROUP", "NORP"]);

/** Sentences written in title case (headlines): capitals there say nothing about names. */
function titleCaseSentences(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (const s of doc.sentences) {
    const words = doc.sentenceTokens(s).filter((t) => /^\p{L}{3,}/u.test(t.text));
    const capped = words.filter((t) => t.cap).length;
    // a headline, or an opening line with no closing stop, written in title case
    const opening = s.kind === "headline" || (s.index === 0 && !/[.!?]["']?$/.test(doc.text.slice(s.start, s.end)));
    if (opening && words.length >= 3 && capped >= words.length * 0.7) out.add(s.index);
  }
  return out;
}

/** The tokenizer keeps "Iran's" as one word; names are matched on "Iran", the place text ending before "'s". */
export function possessivesStripped(tokens: Token[]): Token[] {
  return tokens.map((t) => {
    const m = /^(.+?)['’]s$/i.exec(t.text);
    if (!m || !/['’]s$/i.test(t.key) && !/'s$/.test(t.key)) return t;
    return { ...t, key: t.key.replace(/'s$/, ""), end: t.end - 2, text: m[1]! };
  });
}

/** Kind words of natural features that close a name in lower case ("Amazon rainforest", "Guazapa volcano"). */
const KIND_CLOSERS = new Set(["rainforest", "basin", "delta", "desert", "peninsula", "valley", "sea", "ocean", "island", "islands", "mountains", "volcano", "strip", "heights"]);

function nearKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const d = Math.sin(((b.lat - a.lat) * r) / 2) ** 2 + Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.sin(((b.lon - a.lon) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(Math.min(1, d)));
}

/** Facilities whose name may close with the city they are in ("Red Cross Hospital Kandahar"). */
const FACILITY_HEADS = new Set(["hospital", "clinic", "village", "camp", "centre", "center", "school", "college", "university", "stadium", "airport", "station", "office", "bureau"]);

/** Sites named with a possessive ("St. Peter's Square"), besides streets. */
const POSSESSED_SITES = new Set(["square", "cathedral", "basilica", "church", "chapel", "abbey"]);

/** Compass words: alone they name a direction or a bloc, not a unit (see gazetteerMention). */
const COMPASS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest", "-"]);

/** An elided particle before a capitalised word is a name: "d'Ivoire", "l'Aquila", "dell'Orso". */
const ELIDED_CAP = /^\p{Ll}{1,4}['’]\p{Lu}/u;

/** Month and weekday names (and their short forms) */
const CALENDAR_WORDS = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
]);

export class PlaceScanner {
  readonly tokens: Token[];
  /** case carries no evidence at this token (all-caps text, or a title-case headline) */
  private readonly noCase: (t: Token) => boolean;
  /** words the document writes as the last part of a personal name ("John Kirby" makes a later "Kirby" a name) */
  private readonly surnames = new Set<string>();
  /** The mention found last, for a place coordinated with it ("in Kenya and Africa"). */
  private previous: ScannedMention | null = null;

  constructor(private readonly doc: Doc, private readonly kb: Knowledge) {
    this.tokens = possessivesStripped(doc.tokens);
    const titled = titleCaseSentences(doc);
    this.noCase = (t) => doc.upperCase || titled.has(t.sentence);
    this.collectSurnames();
    this.collectCaselessSurnames();
  }

  /** All-caps text: the words after a title or given name, up to the next function word or verb, are a personal
   * name ("PRESIDENT JOSE NAPOLEON DUARTE SAID", "COL MAURICIO VARGAS"): its words are names, not places. */
  private collectCaselessSurnames(): void {
    const toks = this.tokens;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i]!;
      if (!this.noCase(t) || !(PERSON_TITLES.has(t.key) || GIVEN_NAMES.has(t.key))) continue;
      let j = i + 1;
      if (toks[j]?.key === ".") j++;
      while (j < toks.length && j - i <= 4 && toks[j]!.sentence === t.sentence && /^\p{L}{2,}$/u.test(toks[j]!.text) && !/^(?:VERB|AUX|ADP|DET|PRON|CCONJ|SCONJ|PART|NUM)$/.test(toks[j]!.pos)) {
        const k = toks[j]!.key;
        if (!GIVEN_NAMES.has(k) && !PERSON_TITLES.has(k) && !this.kb.countries.matcher.matchAt(toks, j)) this.surnames.add(k);
        j++;
      }
    }
  }

  /** Two capitalised words in a row, the first an ordinary given name or title-less proper noun and the pair no
   * known place ("John Kirby", "Joe Biden"): the second word names a person wherever it appears alone. */
  private collectSurnames(): void {
    const toks = this.tokens;
    for (let i = 1; i < toks.length; i++) {
      const a = toks[i - 1]!, b = toks[i]!;
      if (!a.cap || !b.cap || a.sentence !== b.sentence || this.noCase(b)) continue;
      if (a.pos !== "PROPN" || b.pos !== "PROPN" || COMMON_WORDS.has(a.key) || TITLE_WORDS.has(a.key)) continue;
      // a possessive ends the first name: "Oxfam's Nairobi office" names no person Nairobi
      if (this.doc.tokens[i - 1]!.end > a.end) continue;
      // not when the pair is a place ("New York") or the first word a country or a notable place ("Iraq Kurdistan")
      const pair = this.kb.gazetteer.matcher.matchAt(toks, i - 1) ?? this.kb.countries.matcher.matchAt(toks, i - 1);
      if (pair && pair.to > i) continue;
      const firstIsPlace = this.kb.countries.matcher.matchAt(toks, i - 1) ||
        this.kb.gazetteer.matcher.matchAt(toks, i - 1)?.values.some((h) => h.entry.population >= 100_000 || h.entry.kind !== "city");
      if (firstIsPlace) continue;
      this.surnames.add(b.key);
    }
  }

  scan(): ScannedMention[] {
    return this.unitsNamedLikeCountries(this.settleDeferred(this.scanAll()));
  }

  /** A country's name that is also another country's first-level unit ("Georgia") is the unit when listed with
   * that country's units ("Colorado, Georgia and Illinois") or written after one of its towns ("Atlanta, Georgia"). */
  private unitsNamedLikeCountries(all: ScannedMention[]): ScannedMention[] {
    const toks = this.tokens;
    const listed = (a: ScannedMention | undefined, b: ScannedMention | undefined) => listedTogether(toks, a, b);
    return all.map((m, i) => {
      if (m.type !== "country") return m;
      const units = unitNamesakes(this.kb, toks, m);
      if (!units.length) return m;
      const prev = all[i - 1], next = all[i + 1];
      const unitOf = (x: ScannedMention | undefined) => plainlyUnit(x) && (x as GazetteerMention).hits.some((h) => h.entry.kind === "admin1" && units.some((u) => u.entry.country === h.entry.country));
      const inList = (listed(prev, m) && unitOf(prev)) || (listed(m, next) && unitOf(next));
      const afterTown = prev?.type === "gazetteer" && gapKeys(toks, prev, m).join(" ") === "," && prev.hits.some((h) => h.entry.kind === "city" && units.some((u) => u.entry.admin1 === h.entry.admin1));
      if (!inList && !afterTown) return m;
      return { type: "gazetteer", from: m.from, to: m.to, textTo: m.to, hits: units, cue: "locative" } satisfies GazetteerMention;
    });
  }

  /** A name lacking evidence of its own is a place when it is listed with places: "IN SAN MIGUEL, USULUTAN AND
   * MORAZAN". Lists are followed both ways until nothing changes. */
  private settleDeferred(all: ScannedMention[]): ScannedMention[] {
    const listed = (a: ScannedMention, b: ScannedMention) => listedTogether(this.tokens, a, b);
    const accepted = all.map((m) => !(m.type === "gazetteer" && m.deferred) && m.type !== "demonym");
    for (let changed = true; changed; ) {
      changed = false;
      all.forEach((m, i) => {
        if (accepted[i] || m.type !== "gazetteer" || !m.deferred) return;
        if ((i > 0 && accepted[i - 1] && listed(all[i - 1]!, m)) || (i + 1 < all.length && accepted[i + 1] && listed(m, all[i + 1]!))) {
          accepted[i] = changed = true;
        }
      });
    }
    return all.filter((m, i) => accepted[i] || m.type === "demonym");
  }

  private scanAll(): ScannedMention[] {
    const out: ScannedMention[] = [];
    const toks = this.tokens;
    for (let i = 0; i < toks.length; ) {
      const m = this.stateQualifierAt(i) ?? this.mentionAt(i);
      if (m) {
        out.push(m);
        this.previous = m;
        i = m.type === "gazetteer" ? m.textTo : m.to;
      } else i++;
    }
    return out;
  }

  /** An Associated Press abbreviation of a US state right after a town and a comma, with its full stop: "Athens,
   * Ga.", "Paris, Ky." (alone these spell words or other things: "La", "Pa", "Wash"). */
  private stateQualifierAt(i: number): GazetteerMention | null {
    const toks = this.tokens, t = toks[i]!;
    const state = AP_STATE_QUALIFIERS[t.key];
    const prev = this.previous;
    if (!state || toks[i - 1]?.key !== "," || toks[i + 1]?.text !== "." || toks[i + 1]!.start !== t.end) return null;
    if (!prev || prev.type !== "gazetteer" || prev.textTo !== i - 1 || !/^\p{Lu}/u.test(t.text)) return null;
    const hits = this.kb.gazetteer.hits(state).filter((h) => h.entry.kind === "admin1" && h.entry.country === "USA");
    return hits.length ? { type: "gazetteer", from: i, to: i + 1, textTo: i + 1, hits, cue: "locative" } : null;
  }

  private mentionAt(i: number): ScannedMention | null {
    const toks = this.tokens;
    const sentenceEnd = this.sentenceEnd(i);
    const cm = this.kb.countries.matcher.matchAt(toks, i, sentenceEnd);
    const cvals = cm ? Countries.acceptMatch(cm, toks, this.doc.upperCase) : [];
    const gm = this.kb.gazetteer.matcher.matchAt(toks, i, sentenceEnd);
    const cLen = cvals.length && cm ? cm.to - cm.from : 0;
    const gLen = gm ? gm.to - gm.from : 0;

    // a country's alias that is one of its own units ("Northern Ireland" for the UK) is that unit
    const ownUnit = cLen === gLen && gm?.values.some((h) => h.entry.kind === "admin1" && !h.alternate && cvals.some((v) => v.kind === "alias" && v.country.iso3 === h.entry.country));
    if (cLen && cm && cLen >= gLen && !ownUnit) {
      const named = cvals.find((v) => v.kind === "name" || v.kind === "alias");
      if (named && this.countryOk(cm.from, cm.to, named)) return { type: "country", from: cm.from, to: cm.to, country: named.country };
      // a country's name that is not the country here ("Jordan Henderson") is no town of that name either
      if (named && cLen === gLen) return null;
      const dem = cvals.find((v) => v.kind === "demonym");
      if (dem && this.capitalised(cm.from, cm.to)) return { type: "demonym", from: cm.from, to: cm.to, country: dem.country };
      if (!gLen && !cvals.some((v) => v.kind === "capital")) return null;
    }
    // a capital spelled as the country lexicon spells it ("Panama City", "Washington, D.C.", "Kiev") is that
    // capital, not a namesake
    const cap = cLen >= gLen ? cvals.find((v) => v.kind === "capital") : undefined;
    const sameLength = gm && gLen === cLen ? gm.values : [];
    const capital = cap
      ? (sameLength.filter((h) => h.entry.country === cap.country.iso3 && h.entry.kind === "city").sort((a, b) => Number(b.entry.capital) - Number(a.entry.capital) || b.entry.population - a.entry.population)[0]?.entry ??
        this.kb.gazetteer.capitalOf(cap.country.iso3))
      : undefined;
    if (capital && cm) {
      const namesakes = sameLength.filter((h) => h.entry !== capital);
      return this.gazetteerMention(i, cm.to, [{ entry: capital, alternate: false }, ...namesakes]);
    }
    if (!gm) return null;
    // the longest gazetteer name the evidence accepts, trying shorter ones when the longest fails
    for (let to = gm.to; to > i; to--) {
      const hits = to === gm.to ? gm.values : this.kb.gazetteer.matcher.matchAt(toks, i, to)?.values;
      if (!hits || this.kb.gazetteer.matcher.matchAt(toks, i, to)?.to !== to) continue;
      const m = this.gazetteerMention(i, to, hits);
      if (m) return m;
    }
    return null;
  }

  private sentenceEnd(i: number): number {
    const s = this.doc.sentences[this.tokens[i]!.sentence];
    return s ? s.tokenEnd : this.tokens.length;
  }

  /** Names must be written with capitals in mixed-case text (particles aside: "al-Qaim", "Rio de Janeiro"). */
  private capitalised(from: number, to: number): boolean {
    const toks = this.tokens;
    if (this.noCase(toks[from]!)) return true;
    let sawCap = false;
    for (let j = from; j < to; j++) {
      const t = toks[j]!;
      if (t.cap || ELIDED_CAP.test(t.text)) sawCap = true;
      // a lower-case word between hyphens inside a name ("Port-au-Prince", "Stratford-upon-Avon"), or a prefix
      // before one ("sub-Saharan Africa")
      else if (j < to - 1 && (j > from || to - from > 2) && toks[j + 1]!.text === "-" && (j === from || toks[j - 1]!.text === "-") && /^\p{Ll}{1,4}$/u.test(t.text)) continue;
      // particles inside, and a kind word closing the name ("Kurdistan region", "Gaza city"), may be lower case
      else if (!NAME_PARTICLES.has(t.key) && /\p{L}/u.test(t.text) && !(j === to - 1 && j > from && (ADMIN_WORDS.has(t.key) || SETTLEMENT_WORDS.has(t.key) || KIND_CLOSERS.has(t.key)))) return false;
    }
    return sawCap;
  }

  /** An entity mention of a person or organisation covering these tokens. A country name that is the whole
   * stays a place inside an organisation's name or whatever type the entity got ("Iran's foreign ministry"; an
   * actor base may file "China" under an organisation); only a person's name overrides it ("Chad Smith"). */
  private insideNonPlaceEntity(from: number, to: number, isCountry: boolean, hits: GazetteerHit[] = []): boolean {
    const start = this.tokens[from]!.start, end = this.tokens[to - 1]!.end;
    for (const m of this.doc.mentionsIn(start, end)) {
      // a description ("a US soldier") names no one: the place in it stays a place
      if (m.kind === "metonym" || m.kind === "demonym" || m.kind === "nominal" || m.kind === "pronoun") continue;
      const e = this.doc.entityById(m.entity);
      if (!e || !NOT_PLACE_TYPES.has(e.type)) continue;
      if (m.start > start || m.end < end) continue;
      // an office or institution named after the place it is in ("California Department of Health")
      if (e.type !== "PERSON" && m.start === start && this.opensInstitutionName(to)) continue;
      // a person's office named after the place ("Texas Gov. Greg Abbott", "Ohio Sen. Sherrod Brown")
      if (e.type === "PERSON" && m.start === start && this.tokens[to]?.cap && (LOCATED_HEADS.has(this.tokens[to]!.key) || PERSON_TITLES.has(this.tokens[to]!.key))) continue;
      // a name alone after a preposition of place is where something is ("stabled at Randwick"), whatever a
      // person's name the entity layer guessed, unless the document writes it as a surname too
      if (e.type === "PERSON" && m.start === start && m.end === end && this.placePreposition(from) && !this.surnames.has(this.tokens[to - 1]!.key)) continue;
      // nor is a city of note named in several words a person ("Fort Worth's annual Mayfest")
      if (e.type === "PERSON" && m.start === start && m.end === end && to - from > 1 && this.notableCity(hits)) continue;
      // a country inside a person's name only when it is a given name ("Chad Smith"), not in a title the entity
      // layer took for a name ("US President", "of the United States")
      if (!isCountry || (e.type === "PERSON" && GIVEN_NAME_COUNTRIES.has(this.tokens[from]!.key))) return true;
    }
    return false;
  }

  private isSentenceStart(i: number): boolean {
    const t = this.tokens[i]!;
    const s = this.doc.sentences[t.sentence];
    if (!s) return i === 0;
    for (let j = s.tokenStart; j < i; j++) if (/\p{L}|\p{N}/u.test(this.tokens[j]!.text)) return false;
    return true;
  }

  /** The capitalised word joined to the name on the left ("John Kirby", "Bank of England"), if any. */
  private capitalisedNeighbourLeft(i: number, throughConnectors: boolean): Token | null {
    const toks = this.tokens;
    let j = i - 1;
    if (throughConnectors) while (j >= 0 && NAME_CONNECTORS.has(toks[j]!.key) && toks[j]!.sentence === toks[i]!.sentence) j--;
    const t = toks[j];
    if (!t || t.sentence !== toks[i]!.sentence || !t.cap) return null;
    if (this.isSentenceStart(j) && t.pos !== "PROPN") return null;
    // "Residents of Lake Charles", "Officials of Kano": a sentence opened by people of a place, not one long name
    if (this.isSentenceStart(j) && toks[j + 1]?.key === "of" && PEOPLE_NOUNS.has(t.key)) return null;
    // a possessive ends its own name: "Iraq's Kurdistan region", "Syria's Idlib"
    if (this.doc.tokens[j]!.end > t.end) return null;
    if (COMMON_WORDS.has(t.key) && t.pos !== "PROPN") return null;
    // a person "of" a place is from it: "Mayor Kasim Reed of Atlanta"
    if (j < i - 1 && toks[i - 1]!.key === "of" && this.surnames.has(t.key)) return null;
    return t;
  }

  private capitalisedNeighbourRight(to: number): Token | null {
    // a possessive ends the name: "Rome's Gemelli hospital"
    if (to > 0 && this.doc.tokens[to - 1]!.end > this.tokens[to - 1]!.end) return null;
    const t = this.tokens[to];
    if (!t || t.sentence !== this.tokens[to - 1]!.sentence || !t.cap) return null;
    // a date after a place does not continue its name ("in Moscow October 7", "in Kabul Monday")
    if (CALENDAR_WORDS.has(t.key)) return null;
    return t;
  }

  private countryOk(from: number, to: number, v: CountryMatchValue): boolean {
    if (!this.capitalised(from, to)) return false;
    if (this.currencyOrCompound(to)) return false;
    // in all-caps text an abbreviation that spells a word ("CAR") is the word
    // in all-caps text a one-word alias that spells an English word ("CAR") is the word; a name itself
    // ("TURKEY", "CHAD") stays the country
    const tok = this.tokens[from]!;
    if (this.noCase(tok) && to - from === 1 && !tok.text.includes(".") && this.kb.gazetteer.isCommonWord(tok.key) && tok.key !== phraseKeys(v.country.name).join(" ")) return false;
    if (this.insideNonPlaceEntity(from, to, true)) return false;
    // "Jordan Henderson", "Chad Smith": a country that is also a given name, before another name
    if (!this.noCase(this.tokens[from]!) && to - from === 1 && GIVEN_NAME_COUNTRIES.has(this.tokens[from]!.key)) {
      const next = this.capitalisedNeighbourRight(to);
      if (next && !TITLE_WORDS.has(next.key) && !PERSON_TITLES.has(next.key) && !this.kb.countries.matcher.matchAt(this.tokens, to)) return false;
    }
    return v.kind === "name" || v.kind === "alias";
  }

  /** The cue around a name: an admin word ("Anbar province", "department of San Miguel"), a settlement word
   * ("the city of Erbil"), a locative preposition ("in Vienna"), or none. Also how far the place text reaches. */
  private cueAround(from: number, to: number): { cue: Cue; textTo: number } {
    const toks = this.tokens;
    const next = toks[to];
    const sameSentence = (t: Token | undefined) => t && t.sentence === toks[from]!.sentence;
    // (not an office named after the place: "California Department of Health")
    if (sameSentence(next) && ADMIN_WORDS.has(next!.key) && !(toks[to + 1]?.key === "of" && toks[to + 2]?.cap)) return { cue: "admin", textTo: to + 1 };
    // "the department of X", "the northern Iraqi city of X", "X city"
    let j = from - 1;
    if (toks[j]?.key === "of") j--;
    const before = toks[j];
    if (sameSentence(before) && toks[from - 1]?.key === "of" && ADMIN_WORDS.has(before!.key)) return { cue: "admin", textTo: to };
    if (sameSentence(before) && toks[from - 1]?.key === "of" && SETTLEMENT_WORDS.has(before!.key)) return { cue: "settlement", textTo: to };
    if (sameSentence(next) && (next!.key === "city" || next!.key === "town")) return { cue: "settlement", textTo: to };
    // a preposition, perhaps with an article or a compass adjective between: "in northern Syria", "IN THE TOWN"
    for (let k = from - 1, steps = 0; k >= 0 && steps < 3 && sameSentence(toks[k]); k--, steps++) {
      const key = toks[k]!.key;
      if (LOCATIVE_PREPOSITIONS.has(key)) return { cue: "locative", textTo: to };
      if (!/^(?:the|northern|southern|eastern|western|central|north|south|east|west|rural|downtown|greater|,)$/.test(key)) break;
    }
    // coordinated with a place found just before: "in Kenya and Africa", "Anbar province and Mosul"
    if (this.coordinatedWithPlace(from)) return { cue: "locative", textTo: to };
    return { cue: "none", textTo: to };
  }

  private coordinatedWithPlace(from: number): boolean {
    const prev = this.previous, toks = this.tokens;
    if (!prev || prev.type === "demonym" || (prev.type === "gazetteer" && prev.deferred)) return false;
    let k = from - 1;
    if (toks[k]?.key === "the") k--; // "Africa and the Middle East"
    if (toks[k]?.key !== "and" && toks[k]?.key !== "or") return false;
    if (toks[k - 1]?.key === ",") k--;
    const end = prev.type === "gazetteer" ? prev.textTo : prev.to;
    return end === k && toks[k]!.sentence === toks[from]!.sentence;
  }

  private gazetteerMention(from: number, to: number, hits: GazetteerHit[]): GazetteerMention | null {
    const toks = this.tokens;
    const first = toks[from]!;
    const single = to - from === 1;
    if (!this.capitalised(from, to)) return null;
    // a lone particle or punctuation is never a place ("La", "-")
    if (single && (NAME_PARTICLES.has(first.key) || !/\p{L}{2}/u.test(first.key))) return null;
    const around = this.cueAround(from, to);
    const { textTo } = around;
    // "Buffalo, New York", "Paradise, California": a unit or country that holds the town, written after it, is as
    // good a cue as a preposition, and says it is the town whatever the entity layer made of the name
    const qualified = this.qualifiedBy(textTo, hits);
    if (!qualified && this.insideNonPlaceEntity(from, to, false, hits)) return null;
    const cue: Cue = around.cue === "none" && qualified ? "locative" : around.cue;
    const noCase = this.noCase(first);

    // a possessive before a street, square or church word names that site after a saint or person, not a place
    // ("St. Peter's Square", "St. Paul's Cathedral"); "Rome's Gemelli hospital" keeps Rome
    const possessed = this.tokens[to];
    if (!noCase && this.doc.tokens[to - 1]!.end > this.tokens[to - 1]!.end && possessed?.cap && (STREET_WORDS.has(possessed.key) || POSSESSED_SITES.has(possessed.key))) return null;
    // part of a longer capitalised name: "John Kirby", "New York Times", "University of Baghdad", "Kata'ib Sayyid"
    if (!noCase) {
      // (a name its unit qualifies is a town even after "Barangays of", "the Municipality of"; a city of note
      // closing a facility's name is where it is: "SOS Children's Village Malakal", "Red Cross Hospital Kandahar")
      const left = this.capitalisedNeighbourLeft(from, true);
      const closesFacility = left === toks[from - 1] && FACILITY_HEADS.has(left.key) && this.notableCity(hits);
      if (left && cue !== "admin" && !qualified && !closesFacility) return null;
      const right = this.capitalisedNeighbourRight(to);
      // a street named after the place is no place of it ("Lexington Road")
      if (right && STREET_WORDS.has(right.key)) return null;
      if (right && !FACILITY_WORDS.has(right.key) && !ADMIN_WORDS.has(right.key) && !this.isPlaceWord(to) && !this.opensInstitutionName(to, this.notable(hits))) return null;
    }
    if (single && NEVER_PLACES.has(first.key)) return null;
    // compass words alone ("South East", "North Eastern") name a unit only with its kind word ("North Eastern
    // Province"); before another name they open it ("South East Asia")
    if (!single && cue !== "admin" && this.tokens.slice(from, to).every((t) => COMPASS.has(t.key))) return null;
    if (single && (/^[ivxlc]{1,4}$/.test(first.key) || (noCase && first.key.length < 3))) return null; // "II", "LA"
    // names made only of common English words ("Police", "THE MEETING", "CENTER"): in running text only with a cue
    // (in all-caps text a settlement or admin word), or, written with a capital, when notable
    const common = this.commonOnly(from, to);
    const major = hits.some((h) => !h.alternate && h.entry.kind === "city" && (h.entry.capital || h.entry.population >= 1_000_000));
    if (common && noCase && cue !== "admin" && cue !== "settlement" && !(cue === "locative" && major)) return null;
    // (a region's name of several capitalised words is named on purpose: "the Middle East", "North Island")
    if (common && !noCase && cue === "none" && !hits.some((h) => h.entry.capital || (h.entry.population >= 100_000 && !h.alternate) || (h.entry.kind === "region" && !single))) return null;
    // a bare word the document uses as a surname, or before a verb of saying, is a person ("Kirby said")
    if (single && this.surnames.has(first.key) && (cue === "none" || (noCase && cue === "locative"))) return null;
    let v = to;
    while (toks[v] && toks[v]!.pos === "ADV" && v - to < 2) v++;
    const after = toks[v];
    if (single && cue === "none" && after && SPEECH_VERBS.has(after.key) && !hits.some((h) => h.entry.capital)) return null;
    // a title or a given name before it makes it a person ("COL VARGAS", "OSCAR DUENAS", "Mr Jackson")
    const before = toks[from - 1]?.key === "." ? toks[from - 2] : toks[from - 1];
    if (before && before.sentence === first.sentence && (PERSON_TITLES.has(before.key) || (GIVEN_NAMES.has(before.key) && (noCase || before.cap)))) return null;
    // an institution or quarter named after it is not it ("ROSALES HOSPITAL", "SAN RAMON NEIGHBORHOOD")
    const next = toks[textTo];
    // (in mixed case a lower-case one is a facility of the place: "the Benghazi hospital", "a Jakarta prison";
    // a capitalised one names it after the place only when the place is notable: "Benghazi Hospital")
    if (next && next.sentence === first.sentence && (FEATURE_WORDS.has(next.key) || (INSTITUTION_WORDS.has(next.key) && (noCase || (next.cap && !this.notable(hits)))))) return null;
    // the name goes on past a particle: "SAN PEDRO DE GUAILLAS" is not San Pedro
    if (next && (next.key === "de" || next.key === "del")) {
      let k = textTo + 1;
      if (/^(?:la|las|los|el)$/.test(toks[k]?.key ?? "")) k++;
      const word = toks[k];
      if (word && word.sentence === first.sentence && /^\p{L}{3,}/u.test(word.text) && (noCase || word.cap)) return null;
    }
    // ordinary words that are also place names: "May", "Will", "Reading"; a verb or pronoun is no name
    const weak = single && (COMMON_WORDS.has(first.key) || /^(?:VERB|AUX|ADP|DET|PRON|CCONJ|SCONJ|PART|ADV|NUM|ADJ)$/.test(first.pos));
    if (weak && cue === "none") return null;
    if (single && !noCase && this.isSentenceStart(from) && cue === "none" && first.pos !== "PROPN") return null;

    // a name only small towns or city sections bear needs the text to say it is a place: a cue, or a list of
    // places it stands in ("Suba, Migori, Homa Bay")
    if (cue === "none" && hits.every((h) => h.entry.minor)) return { type: "gazetteer", from, to, textTo, hits, cue, bare: single, deferred: true };
    // without case evidence a name needs more: several words, a cue, or a place notable enough to be meant
    const notable = hits.some((h) => h.entry.capital || h.entry.kind !== "city" || (h.entry.population >= 100_000 && !h.alternate));
    if (noCase && single && cue === "none" && !notable) return { type: "gazetteer", from, to, textTo, hits, cue, bare: true, deferred: true };
    return { type: "gazetteer", from, to, textTo, hits, cue, bare: single && cue === "none", ...(common && noCase ? { common: true } : {}) };
  }

  /** A preposition that puts what follows in a place, not in a dealing with someone ("to", "with", "by"). */
  private placePreposition(from: number): boolean {
    const prev = this.tokens[from - 1];
    return !!prev && prev.sentence === this.tokens[from]!.sentence && /^(?:in|at|near|outside|inside|across|throughout|around)$/.test(prev.key);
  }

  /** ", <unit or country>" follows, and that unit or country holds one of the candidates. */
  private qualifiedBy(at: number, hits: GazetteerHit[]): boolean {
    const toks = this.tokens;
    if (toks[at]?.key !== "," || toks[at + 1]?.sentence !== toks[at]!.sentence || !toks[at + 1]!.cap) return false;
    const c = this.kb.countries.matcher.matchAt(toks, at + 1);
    if (c && Countries.acceptMatch(c, toks, this.doc.upperCase).some((v) => (v.kind === "name" || v.kind === "alias") && hits.some((h) => h.entry.country === v.country.iso3))) return true;
    const g = this.kb.gazetteer.matcher.matchAt(toks, at + 1);
    // a first-level unit holding one of the name's towns, or a second-level unit around one ("Santa Maria, Davao del Sur")
    return !!g && g.values.some((u) => (u.entry.kind === "admin1" && hits.some((h) => h.entry.kind === "city" && h.entry.admin1 === u.entry.admin1)) ||
      (u.entry.kind === "admin2" && !u.alternate && hits.some((h) => h.entry.kind === "city" && h.entry.country === u.entry.country && nearKm(h.entry, u.entry) < 100)));
  }

  /** Glued to what follows, the name is part of another word: a currency ("US$460 million", "NZ$5") or a
   * compound name whose other part is no place ("Agence France-Presse"). */
  private currencyOrCompound(to: number): boolean {
    const toks = this.tokens, next = toks[to], last = toks[to - 1]!;
    if (!next || next.start !== last.end) return false;
    if (/^[$£€¥]$/.test(next.text)) return true;
    const after = toks[to + 1];
    if (next.text !== "-" || !after || after.start !== next.end || !after.cap) return false;
    return !this.isPlaceWord(to + 1) && !this.kb.countries.matcher.matchAt(toks, to + 1)?.values.some((x) => x.kind === "demonym");
  }

  /** A capital or a city of 100,000 people by its own name. */
  private notableCity(hits: GazetteerHit[]): boolean {
    return hits.some((h) => h.entry.kind === "city" && !h.alternate && (h.entry.capital || h.entry.population >= 100_000));
  }

  /** A place well known enough to lend its name to what lies in it: a capital, a region or a city of 100,000. */
  private notable(hits: GazetteerHit[]): boolean {
    return hits.some((h) => h.entry.capital || h.entry.kind !== "city" || (h.entry.population >= 100_000 && !h.alternate));
  }

  /** The capitalised words from `to` name an institution, office or facility ("Department of Health", "City
   * Hall", "Premier", "International Airport"): the place before them is where it is. */
  private opensInstitutionName(to: number, notable = true): boolean {
    const toks = this.tokens, sentence = toks[to - 1]!.sentence;
    for (let j = to; j < toks.length && j - to < 6 && toks[j]!.sentence === sentence; j++) {
      const t = toks[j]!;
      if (!t.cap) {
        if (/^(?:of|and|for|&)$/.test(t.key)) continue;
        return false;
      }
      if (LOCATED_HEADS.has(t.key)) return true;
      // "Davao City", "Karachi Metropolitan": the unit of a place of note, not another place named after a small one
      // ("Century City Towers")
      if (notable && UNIT_QUALIFIERS.has(t.key)) return true;
      // a possessive ends the name
      if (this.doc.tokens[j]!.end > t.end) return false;
    }
    return false;
  }

  /** Every word of the name is a common English word or a particle ("THE VILLAGE", "Police"). */
  private commonOnly(from: number, to: number): boolean {
    let words = 0;
    for (let j = from; j < to; j++) {
      const k = this.tokens[j]!.key;
      if (NAME_PARTICLES.has(k) || !/\p{L}/u.test(k)) continue;
      if (!this.kb.gazetteer.isCommonWord(k)) return false;
      words++;
    }
    return words > 0;
  }

  /** The tokens from i start a country or gazetteer name (so "Paris, Texas"-style pairs are not one long name). */
  private isPlaceWord(i: number): boolean {
    return !!this.kb.countries.matcher.matchAt(this.tokens, i) || !!this.kb.gazetteer.matcher.matchAt(this.tokens, i);
  }
}
