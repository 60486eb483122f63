// The gazetteer: populated places, first-level administrative units and well-known regions with GeoNames ids,
// ISO3 countries, coordinates and populations; looked up by any of their names and scanned for with a phrase
// matcher. Built from data/gazetteer.json (scripts/knowledge/gazetteer.ts).
import { foldKey } from "../text/normalize.ts";
import { phraseKeys } from "../text/tokenize.ts";
import { PhraseMatcher } from "./phrase-matcher.ts";
import type { Countries } from "./countries.ts";

export type GazetteerKind = "city" | "admin1" | "admin2" | "region" | "site";

export interface GazetteerEntry {
  geonameId: number | null;
  name: string;
  /** ISO3; null for regions spanning several countries (the Sahel) */
  country: string | null;
  lat: number;
  lon: number;
  population: number;
  kind: GazetteerKind;
  /** GeoNames admin1 key "IQ.11" of a place or of the unit itself; "" for regions */
  admin1: string;
  alternates: string[];
  /** national capital */
  capital: boolean;
  /** seat of a first-level unit */
  seat: boolean;
  /** a small town or a section of a city: a place only where the text and its countries back it */
  minor?: boolean;
}

/** One row of data/gazetteer.json: [geonameId, name, country, lat, lon, population, kind, admin1, alternates, flags]
 * where flags holds C (capital), A (admin1 seat), B (admin2 seat), M (minor place). */
export type GazetteerRow = [number | null, string, string | null, number, number, number, GazetteerKind, string, string[], string];

export interface GazetteerData {
  attribution: string;
  /** token keys of place names that are also common English words ("police", "reading") */
  commonWords?: string[];
  fields: string[];
  entries: GazetteerRow[];
}

export interface GazetteerHit {
  entry: GazetteerEntry;
  /** matched by an alternate spelling rather than the main name */
  alternate: boolean;
}

/** Token keys of a name; plain ASCII words (most names) skip the full tokenizer, which is the slow part of
 * loading 100,000 names, and give the same keys. */
function nameKeys(name: string): string[] {
  return /^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name) ? name.toLowerCase().split(" ") : phraseKeys(name);
}

const ARABIC_ARTICLES = new Set(["al", "el", "ar", "as", "an", "ad", "ash", "az", "at", "ath", "adh"]);

const SAINTS: Record<string, string[][]> = { saint: [["st", "."], ["st"]], sainte: [["ste", "."], ["ste"]], st: [["saint"]], ste: [["sainte"]] };

/** Other ways news writes a name: its hyphens as spaces ("Bas Congo", "Ivano Frankivsk"), the same name, or a
 * two-part name as one word ("Kitaakita"), another spelling; "St." for
 * "Saint" and "Saint" for "St." ("St. Marc" for "Saint-Marc"), another spelling (other: an alternate, so a bare
 * "St. Peter's" is no Barbadian parish). */
function spellings(keys: string[]): Array<{ keys: string[]; other: boolean }> {
  if (keys.length < 2) return [];
  const spaced = keys.filter((k, i) => k !== "-" || i === 0 || i === keys.length - 1);
  const forms = spaced.length < keys.length ? [keys, spaced] : [keys];
  const out = spaced.length < keys.length ? [{ keys: spaced, other: false }] : [];
  // ... or as one word ("Kitaakita" for Kita-Akita), another spelling
  if (spaced.length === 2 && keys.length === 3 && keys[1] === "-" && spaced.every((k) => /^\p{L}{2,}$/u.test(k))) out.push({ keys: [spaced.join("")], other: true });
  for (const f of forms) {
    const rest = f[1] === "." || f[1] === "-" ? f.slice(2) : f.slice(1);
    for (const head of SAINTS[f[0]!] ?? []) if (rest.length && rest[0] !== "-") out.push({ keys: [...head, ...rest], other: true });
  }
  return out;
}

/** Orders candidates: main names before alternates, then capitals, then admin seats, then population. */
function rank(a: GazetteerHit, b: GazetteerHit): number {
  return (
    Number(a.alternate) - Number(b.alternate) ||
    Number(b.entry.capital) - Number(a.entry.capital) ||
    b.entry.population - a.entry.population
  );
}

export class Gazetteer {
  readonly attribution: string;
  /** every name and alternate of every entry, for scanning token streams */
  readonly matcher = new PhraseMatcher<GazetteerHit>();
  private readonly entries: GazetteerEntry[] = [];
  private readonly byId = new Map<number, GazetteerEntry>();
  private readonly admins = new Map<string, GazetteerEntry>();
  private readonly capitals = new Map<string, GazetteerEntry>();
  private readonly common: Set<string>;

  private constructor(data: GazetteerData) {
    this.attribution = data.attribution;
    this.common = new Set(data.commonWords ?? []);
    // other spellings of names (spellings below), added once every main name is known: a spelling that is another
    // place's name ("St. Louis" of Saint-Louis, Senegal) counts as an alternate, so that place comes first
    const variants: Array<{ keys: string[]; hit: GazetteerHit }> = [];
    for (const row of data.entries) {
      const [geonameId, name, country, lat, lon, population, kind, admin1, alternates, flags] = row;
      const e: GazetteerEntry = { geonameId, name, country, lat, lon, population, kind, admin1, alternates, capital: flags.includes("C"), seat: flags.includes("A"), ...(flags.includes("M") ? { minor: true } : {}) };
      this.entries.push(e);
      if (geonameId != null) this.byId.set(geonameId, e);
      if (kind === "admin1" && admin1) this.admins.set(admin1, e);
      if (e.capital && country) {
        const prev = this.capitals.get(country);
        if (!prev || prev.population < e.population) this.capitals.set(country, e);
      }
      const seen = new Set<string>();
      const add = (n: string, alternate: boolean) => {
        const keys = nameKeys(n);
        const id = keys.join(" ");
        if (!id || seen.has(id)) return;
        seen.add(id);
        this.matcher.addKeys(keys, { entry: e, alternate });
        // news hyphenates an Arabic article that GeoNames spaces: "Al-Minya" for "Al Minya"
        if (keys.length > 1 && ARABIC_ARTICLES.has(keys[0]!)) this.matcher.addKeys([keys[0]!, "-", ...keys.slice(1)], { entry: e, alternate });
        // (a unit's name keeps its own spelling: "Saint Peter" is a Barbadian parish, "St. Peter's Square" none)
        if (keys.includes("-") || SAINTS[keys[0]!]) for (const v of spellings(keys)) if (!v.other || kind === "city") own.push({ keys: v.keys, hit: { entry: e, alternate: alternate || v.other } });
      };
      const own: Array<{ keys: string[]; hit: GazetteerHit }> = [];
      add(name, false);
      // an admin unit's other names are its bare forms ("Anbar" for "Al Anbar Governorate"), not variant spellings
      for (const a of alternates) add(a, kind === "city");
      for (const v of own) {
        const id = v.keys.join(" ");
        if (seen.has(id)) continue;
        seen.add(id);
        variants.push(v);
      }
    }
    for (const v of variants) {
      const other = !v.hit.alternate && this.matcher.lookupKeys(v.keys)?.some((h) => !h.alternate && h.entry !== v.hit.entry);
      this.matcher.addKeys(v.keys, other ? { entry: v.hit.entry, alternate: true } : v.hit);
    }
  }

  static fromData(d: unknown, _countries?: Countries): Gazetteer {
    const data = (d ?? { attribution: "", fields: [], entries: [] }) as GazetteerData;
    return new Gazetteer(data);
  }

  get size(): number {
    return this.entries.length;
  }

  /** Candidate places for a name (any case, diacritics optional), best first: main names before alternate
   * spellings, capitals first, then by population. */
  lookup(name: string): GazetteerEntry[] {
    // minor places are the places stage's to weigh in context: for other stages a name that only a village
    // bears is no known place
    return this.hits(name).filter((h) => !h.entry.minor).map((h) => h.entry);
  }

  /** Like lookup, telling which candidates matched by an alternate spelling. */
  hits(name: string): GazetteerHit[] {
    const found = this.matcher.lookup(name) ?? [];
    return [...found].sort(rank);
  }

  /** A token key that is a common English word as well as part of a place name ("police", "center"). */
  isCommonWord(key: string): boolean {
    return this.common.has(key);
  }

  byGeonameId(id: number): GazetteerEntry | undefined {
    return this.byId.get(id);
  }

  /** The first-level unit a place lies in. */
  adminOf(e: GazetteerEntry): GazetteerEntry | undefined {
    return e.kind === "admin1" ? e : this.admins.get(e.admin1);
  }

  /** A country's capital as a gazetteer place. */
  capitalOf(iso3: string): GazetteerEntry | undefined {
    return this.capitals.get(iso3);
  }

  /** Sorts hits best first (exported for the places stage, which ranks after filtering). */
  static rank = rank;

  /** The folded key a name is indexed under (for callers building their own tables). */
  static key(name: string): string {
    return foldKey(name);
  }
}
