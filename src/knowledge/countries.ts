// Countries: ISO codes, the names, aliases, demonyms and capitals news uses for each, and a phrase matcher
// that finds all of them in a token stream. Built from data/countries.json (scripts/knowledge/countries.ts).
import { foldKey } from "../text/normalize.ts";
import { PhraseMatcher, type PhraseMatch } from "./phrase-matcher.ts";
import { phraseKeys, type WordToken } from "../text/tokenize.ts";

export interface CountryRecord {
  iso3: string;
  iso2: string;
  /** common English name: "United States" */
  name: string;
  /** other names: "US", "U.S.", "USA", "America", "Britain", "Ivory Coast", "Burma" */
  aliases: string[];
  /** "American", "Americans", "Iraqi", "British" */
  demonyms: string[];
  capital: string | null;
  capitalAliases?: string[];
  lat: number;
  lon: number;
  geonameId: number | null;
  region?: string;
  /** false for dependent territories (Guam, Puerto Rico) */
  independent?: boolean;
}

export type CountryNameKind = "name" | "alias" | "demonym" | "capital";

export interface CountryMatchValue {
  country: CountryRecord;
  kind: CountryNameKind;
  /** the lexicon form that matched ("U.S.", "Britain") */
  form: string;
  /** an all-capitals abbreviation ("US", "UK", "DRC"): in mixed-case text it only counts when written in capitals */
  acronym: boolean;
}

/** "US", "U.S.", "UAE", "DRC": abbreviations whose lower-case spelling is an ordinary word or nothing. */
export function isAcronymForm(form: string): boolean {
  return /^(?:[A-Z]\.?){2,5}$/.test(form.replace(/\s/g, ""));
}

// Plurals news writes with an apostrophe and dictionaries without: "People's Republic" is written "PEOPLES_REPUBLIC"
const APOSTROPHE_PLURALS: Record<string, string> = { peoples: "people", womens: "women", childrens: "children", mens: "men" };

/** The token keys of a lexicon entry and the variant the entity finders look up: they read keys with the
 * possessive "'s" cut ("People's" → "people"), so an entry's "people's" (or "peoples") must be keyed "people". */
export function keyVariants(keys: string[]): string[][] {
  const cut = keys.map((k) => APOSTROPHE_PLURALS[k] ?? (/\p{L}'s$/u.test(k) ? k.slice(0, -2) : k));
  return cut.some((k, i) => k !== keys[i]) ? [keys, cut] : [keys];
}

/** The keys without hyphens: the actor finder reads "Jean-Bertrand" and "al-Muhandis" as two words, the way
 * dictionaries that write names with underscores ("JEAN_BERTRAND_ARISTIDE") have them. */
export function unhyphenated(keys: string[]): string[] {
  return keys.length > 1 ? keys.filter((k) => k !== "-") : keys;
}

export class Countries {
  private readonly records: CountryRecord[];
  private readonly iso3 = new Map<string, CountryRecord>();
  private readonly iso2 = new Map<string, CountryRecord>();
  private readonly names = new Map<string, CountryRecord>();
  private readonly demonyms = new Map<string, CountryRecord>();
  private readonly capitals = new Map<string, CountryRecord>();
  /** names, aliases, demonyms and capitals, for scanning token streams */
  readonly matcher = new PhraseMatcher<CountryMatchValue>();
  readonly attribution: string;

  private constructor(records: CountryRecord[], attribution: string) {
    this.records = records;
    this.attribution = attribution;
    const put = (map: Map<string, CountryRecord>, key: string, r: CountryRecord) => {
      const k = foldKey(key);
      if (k && !map.has(k)) map.set(k, r);
    };
    // one value per country and token sequence: the first kind added wins (name, alias, demonym, capital)
    const added = new Set<string>();
    const add = (form: string, r: CountryRecord, kind: CountryNameKind) => {
      for (const keys of keyVariants(phraseKeys(form))) {
        const id = `${r.iso3} ${keys.join(" ")}`;
        if (added.has(id)) continue;
        added.add(id);
        this.matcher.addKeys(keys, { country: r, kind, form, acronym: isAcronymForm(form) });
      }
    };
    // independent states first, so "Congo"-style clashes with territories go to the state
    const ordered = [...records].sort((a, b) => Number(b.independent !== false) - Number(a.independent !== false));
    for (const r of ordered) {
      this.iso3.set(r.iso3, r);
      this.iso2.set(r.iso2, r);
      put(this.names, r.name, r);
    }
    for (const r of ordered) {
      add(r.name, r, "name");
      for (const a of r.aliases) {
        put(this.names, a, r);
        // "the United States" also matches without its article; the matcher keys both
        put(this.names, a.replace(/^the\s+/i, ""), r);
        add(a, r, "alias");
      }
      for (const d of r.demonyms) {
        put(this.demonyms, d, r);
        add(d, r, "demonym");
      }
      for (const c of [r.capital, ...(r.capitalAliases ?? [])]) {
        if (!c) continue;
        put(this.capitals, c, r);
        add(c, r, "capital");
      }
    }
  }

  static fromData(d: unknown): Countries {
    const data = (d ?? {}) as { countries?: CountryRecord[]; attribution?: string };
    return new Countries(data.countries ?? [], data.attribution ?? "");
  }

  all(): CountryRecord[] {
    return this.records;
  }

  byIso3(code: string): CountryRecord | undefined {
    return this.iso3.get(code.toUpperCase());
  }

  byIso2(code: string): CountryRecord | undefined {
    return this.iso2.get(code.toUpperCase());
  }

  /** By name or alias, any case, with or without diacritics and a leading "the". */
  byName(text: string): CountryRecord | undefined {
    const k = foldKey(text);
    return this.names.get(k) ?? this.names.get(k.replace(/^the /, "")) ?? this.names.get(k.replace(/\./g, ""));
  }

  byDemonym(word: string): CountryRecord | undefined {
    return this.demonyms.get(foldKey(word));
  }

  byCapital(name: string): CountryRecord | undefined {
    return this.capitals.get(foldKey(name));
  }

  /** True when a matcher hit is acceptable as written: acronyms must be in capitals in mixed-case text, and
   * in all-caps text a bare two-letter acronym ("US", "UK") must carry its dots ("U.S.") to tell it from a word. */
  static acceptMatch(m: PhraseMatch<CountryMatchValue>, tokens: readonly WordToken[], upperCase: boolean): CountryMatchValue[] {
    const written = tokens.slice(m.from, m.to).map((t) => t.text).join(" ");
    return m.values.filter((v) => {
      if (!v.acronym) return true;
      if (!upperCase) return written === written.toUpperCase() && /\p{Lu}/u.test(written);
      return /\./.test(written) || written.replace(/[^A-Z]/g, "").length > 2;
    });
  }
}
