// The actor base: named people, organisations and armed groups with CAMEO-style codes valid in date ranges, the
// agent lexicon of generic actors ("troops", "foreign ministry"), given names and titles. Built from
// data/actors.json (scripts/knowledge/actors.ts); pure, so it runs in a browser.
import { PhraseMatcher } from "./phrase-matcher.ts";
import { FlatPhraseMatcher } from "./flat-matcher.ts";
import { keyVariants, unhyphenated, type Countries } from "./countries.ts";
import { phraseKeys } from "../text/tokenize.ts";
import { parseActorCode } from "./actor-code.ts";

/** A code valid from `from` to `to` (ISO dates, inclusive; open when absent). No dates: the default code. */
export interface CodeSpan {
  code: string;
  from?: string;
  to?: string;
}

export interface ActorRecord {
  /** display name: "Kata'ib Hizbollah" */
  name: string;
  type: "PERSON" | "ORG" | "ARMED_GROUP";
  /** every name it goes by, lower case, as phrases ("kataib hezbollah") */
  names: string[];
  codes: CodeSpan[];
  country: string | null;
  sector: string | null;
  /** "phoenix" (the PETRARCH dictionaries) or "sitrep" (modern entries) */
  source: string;
  backedBy?: string;
  /** a building or street standing for an institution ("the Kremlin") */
  metonym?: boolean;
  /** the names (of `names`) that are abbreviations: "irgc", "un" */
  acronyms?: string[];
}

export interface AgentRecord {
  /** "foreign ministry" */
  phrase: string;
  /** the phrase and its plural forms */
  forms: string[];
  /** the code part it adds to an actor's country: "GOV", "MIL", "REB", "GOVMED" */
  code: string;
  sector: string;
  /** names one person ("minister", "spokesman") rather than a body ("ministry", "troops") */
  person: boolean;
  /** the code goes before the country's ("IGO", "NGO") */
  prefix?: boolean;
}

export interface TitleRecord {
  title: string;
  sector: string | null;
}

export interface ActorData {
  attribution: string;
  actors: ActorRecord[];
  agents: AgentRecord[];
  givenNames: string[];
  titles: TitleRecord[];
  /** given names by gender, folded lower case (optional: older data files lack them) */
  femaleNames?: string[];
  maleNames?: string[];
}

/** A dictionary hit: the actor and the name form that matched. */
export interface ActorHit {
  actor: ActorRecord;
  form: string;
  /** the form is an abbreviation ("IRGC", "UN"): in mixed-case text it must be written in capitals */
  acronym: boolean;
}

/** What an actor is at a date: its code then, and the country and sector the code gives. */
export interface ResolvedActor {
  code: string | null;
  country: string | null;
  sector: string | null;
}

export class ActorBase {
  readonly matcher = new FlatPhraseMatcher<ActorHit>();
  readonly agents = new PhraseMatcher<AgentRecord>();
  readonly titles = new PhraseMatcher<TitleRecord>();
  readonly givenNames: Set<string>;
  private readonly female: Set<string>;
  private readonly male: Set<string>;
  readonly attribution: string;
  readonly actors: ActorRecord[];
  private readonly countries: Countries | null;

  private constructor(data: ActorData, countries: Countries | null) {
    this.countries = countries;
    this.attribution = data.attribution;
    this.actors = data.actors;
    this.givenNames = new Set(data.givenNames);
    this.female = new Set(data.femaleNames ?? []);
    this.male = new Set(data.maleNames ?? []);
    // modern entries come first in the data and win a clash of names with an older dictionary entry
    const taken = new Set<string>();
    for (const actor of data.actors) {
      for (const form of actor.names) {
        if (taken.has(form)) continue;
        taken.add(form);
        const value = { actor, form, acronym: actor.acronyms?.includes(form) ?? false };
        // plain lower-case words tokenize to themselves: skip the tokenizer for them (most of 70,000 names)
        const keys = /^[a-z]+(?: [a-z]+)*$/.test(form) ? form.split(" ") : phraseKeys(form);
        // "sudan people's liberation army" is also keyed as the finders read it ("people")
        // and without hyphens, as the finder reads names ("Jean-Bertrand", "al-Muhandis": two words each)
        if (!/['-]|peoples|womens|childrens|mens/.test(form)) this.matcher.addKeys(keys, value);
        else for (const k of keyVariants(unhyphenated(keys))) this.matcher.addKeys(k, value);
      }
    }
    for (const a of data.agents) for (const f of a.forms) this.agents.add(f, a);
    for (const t of data.titles) this.titles.add(t.title, t);
  }

  static fromData(d: unknown, countries?: Countries): ActorBase {
    const data = (d ?? {}) as Partial<ActorData>;
    return new ActorBase(
      {
        attribution: data.attribution ?? "", actors: data.actors ?? [], agents: data.agents ?? [], givenNames: data.givenNames ?? [], titles: data.titles ?? [],
        femaleNames: data.femaleNames ?? [], maleNames: data.maleNames ?? [],
      },
      countries ?? null,
    );
  }

  /** The code valid at `date` (YYYY-MM-DD): the first range holding it, else the default; with no date, the
   * default or else the latest range. Null when the dictionary gives no code for that time. */
  codeAt(actor: ActorRecord, date: string | null): string | null {
    const ranged = actor.codes.filter((c) => c.from || c.to);
    const fallback = actor.codes.find((c) => !c.from && !c.to)?.code ?? null;
    if (date) {
      const d = date.slice(0, 10);
      const hit = ranged.find((c) => (!c.from || c.from <= d) && (!c.to || d <= c.to));
      return hit?.code ?? fallback;
    }
    if (fallback) return fallback;
    const latest = [...ranged].sort((a, b) => (b.to ?? "9999").localeCompare(a.to ?? "9999"))[0];
    return latest?.code ?? null;
  }

  /** The actor's code at a date with the country and sector it gives (country falls back to the record's). */
  resolve(actor: ActorRecord, date: string | null): ResolvedActor {
    const code = this.codeAt(actor, date);
    const parsed = code ? parseActorCode(code, (p) => this.isIso3(p)) : { country: null, sector: null };
    // an intergovernmental code ("IGOWSTNAT") has no country, whatever the person's nationality
    return code ? { code, country: parsed.country, sector: parsed.sector } : { code, country: actor.country, sector: null };
  }

  /** The gender a given name (a token key) usually carries, or null when unknown or shared. */
  genderOfGivenName(key: string): "female" | "male" | null {
    return this.female.has(key) ? "female" : this.male.has(key) ? "male" : null;
  }

  /** Actors going by exactly this name. */
  byName(name: string): ActorRecord[] {
    return (this.matcher.lookup(unhyphenated(phraseKeys(name)).join(" ")) ?? []).map((h) => h.actor);
  }

  private isIso3(part: string): boolean {
    return this.countries ? !!this.countries.byIso3(part) : /^[A-Z]{3}$/.test(part);
  }
}
