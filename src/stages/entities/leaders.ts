// Office holders named by title and surname: "President Mugabe", "President Omar El Bashir", "President Laurent
// Gbago" are written other than the actor base has them (surname only, another transliteration, a typo), so the
// dictionary finder misses them and the name has no country. A state title before the name is strong evidence:
// the name is the person the base records holding an office of that kind (its codes are date-ranged roles), and
// when every such holder with that surname (and given name, when one is written) is of one country, the name
// takes that country. A one-letter spelling variant of the surname is tolerated only for long surnames or
// when the given name matches too; ambiguity (two countries) gives nothing.
import type { ActorBase, ActorRecord, CodeSpan } from "../../knowledge/actors.ts";
import { parseActorCode } from "../../knowledge/actor-code.ts";
import type { Countries } from "../../knowledge/countries.ts";
import { foldKey } from "../../text/normalize.ts";
import { codeOf, type Candidate, type EntityContext } from "./context.ts";
import type { CountryHit } from "./dictionary.ts";
import type { RoleNote } from "./names.ts";

// Titles of a head of state or government: one is enough, with the surname alone ("President Mugabe")
const HEAD_TITLES = new Set(
  ["president", "vice president", "vice-president", "president-elect", "prime minister", "premier", "chancellor", "king", "queen", "emir", "sultan", "crown prince", "supreme leader"],
);
// Ministers are many and their surnames common: a minister's given name must be written and match too. Military
// and other ranks are left out: in the base they are too few for a surname to say whose officer a name is.
const MINISTER_TITLE = /(?:^|\s)minister$/;
// Arabic articles and name particles that are not the surname ("al-Bashir" is filed under "bashir")
const ARTICLE = /^(?:al|el|ad|ash|as|an|ar|at|az|ul)-/;
const PARTICLE_WORDS = new Set(["al", "el", "bin", "ibn", "bint", "de", "du", "da", "di", "del", "dos", "das", "van", "von", "der", "la", "le", "abu", "umm"]);
// A misspelt surname is matched only from this length (a typo in "Gbago" is as likely another name)
const FUZZY_SURNAME_MIN = 7;
// With the given name matching exactly, a shorter misspelt surname is still the same person
const FUZZY_WITH_GIVEN_MIN = 5;

interface Holder {
  actor: ActorRecord;
  given: string | null;
  /** the form has at most three words, so its last is the family name */
  short: boolean;
  /** [country, sector, from, to] of each office the person held */
  offices: { country: string; sector: string; span: CodeSpan }[];
}

interface HolderIndex {
  bySurname: Map<string, Holder[]>;
}

/** Given name and surname keys of a person's name ("Omar Hassan al-Bashir" → omar, bashir). */
export function nameKeys(name: string): { given: string | null; surname: string } | null {
  const words = nameWords(name);
  if (words.length === 0) return null;
  return { given: words.length >= 2 ? words[0]! : null, surname: words[words.length - 1]! };
}

/** The words of a name that identify it, folded: particles dropped, Arabic articles cut. */
function nameWords(name: string, folded = false): string[] {
  return (folded ? name : foldKey(name)).split(/\s+/).filter((w) => w && !PARTICLE_WORDS.has(w) && /\p{L}/u.test(w)).map((w) => w.replace(ARTICLE, "").replace(/'s$/, "").replace(/[.']+$/, ""));
}


/** Optimal string alignment distance, at most 1 (else 2): one insertion, deletion, substitution or swap. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

const indexes = new WeakMap<ActorBase, HolderIndex>();

/** People the base records holding a state office, by surname; built once per actor base. */
function holderIndex(base: ActorBase, states?: Countries): HolderIndex {
  const cached = indexes.get(base);
  if (cached) return cached;
  const bySurname = new Map<string, Holder[]>();
  const isIso = (p: string) => (states ? !!states.byIso3(p) : /^[A-Z]{3}$/.test(p));
  for (const actor of base.actors) {
    if (actor.type !== "PERSON") continue;
    const offices: Holder["offices"] = [];
    for (const span of actor.codes) {
      // (most codes are not offices: skip them before parsing)
      if (!/GOV|MIL|JUD/.test(span.code)) continue;
      const p = parseActorCode(span.code, isIso);
      if (p.country && p.sector && ["GOV", "MIL", "JUD"].includes(p.sector)) offices.push({ country: p.country, sector: p.sector, span });
    }
    // (people who held no office are indexed too: they make a surname common)
    const seen = new Set<string>();
    for (const form of actor.names) {
      if (actor.acronyms?.includes(form)) continue;
      // (the base's forms are folded lower case already)
      const words = nameWords(form, true);
      if (words.length === 0) continue;
      const k = { given: words.length >= 2 ? words[0]! : null, surname: words[words.length - 1]! };
      if (k.surname.length < 3) continue;
      const id = `${k.surname} ${k.given ?? ""}`;
      if (seen.has(id)) continue;
      seen.add(id);
      let list = bySurname.get(k.surname);
      if (!list) bySurname.set(k.surname, (list = []));
      list.push({ actor, given: k.given, offices, short: words.length <= 3 });
    }
  }
  const index: HolderIndex = { bySurname };
  indexes.set(base, index);
  return index;
}


const holdsGov = (h: Holder, date: string | null) =>
  h.offices.filter((o) => o.sector === "GOV" && (!date || ((!o.span.from || o.span.from <= date) && (!o.span.to || date <= o.span.to))));
// A titled name in an article of some date is a holder in office then or in the years before it (a former
// president is still "President X" in retrospectives), not one of a century before
const RECENT_YEARS = 15;
// (and a year of slack for dictionary dates and dates guessed for an article)
const heldSince = (h: Holder, date: string) => {
  const year = Number(date.slice(0, 4));
  const since = `${year - RECENT_YEARS}${date.slice(4)}`, until = `${year + 1}${date.slice(4)}`;
  return h.offices.some((o) => o.sector === "GOV" && (!o.span.to || o.span.to >= since) && (!o.span.from || o.span.from <= until));
};

/** A territory's people ("McKeeva Bush" of the Cayman Islands) yield to a sovereign state's. */
function sovereignFirst(states: Countries | undefined, countries: string[]): string[] {
  if (!states || countries.length < 2) return countries;
  const sovereign = countries.filter((c) => states.byIso3(c)?.independent !== false);
  return sovereign.length > 0 ? sovereign : countries;
}

/** Which titles name a state office this lookup trusts: a head's (surname alone will do) or a minister's. */
export function officeKind(title: string): "head" | "minister" | null {
  const t = foldKey(title).replace(/\s+/g, " ");
  return HEAD_TITLES.has(t) ? "head" : MINISTER_TITLE.test(t) ? "minister" : null;
}

/** The one country of the office holders a titled name can be, or null when none or several. */
export function officeHolderCountry(base: ActorBase, name: string, kind: "head" | "minister", date: string | null, states?: Countries): string | null {
  const k = nameKeys(name);
  if (!k || k.surname.length < 4 || (kind === "minister" && !k.given)) return null;
  const { bySurname } = holderIndex(base, states);
  // every other word written ("Omar Hassan" of "Omar Hassan al-Bashir") must be in one of the holder's names
  const others = nameWords(name).slice(0, -1);
  const sameWord = (a: string, b: string) => a === b || (a.length >= 5 && withinOneEdit(a, b));
  const givenMatches = (h: Holder) => h.actor.names.some((f) => {
    const ws = nameWords(f);
    return others.every((o) => ws.some((w) => sameWord(o, w)));
  });
  let holders = (bySurname.get(k.surname) ?? []).filter((h) => holdsGov(h, null).length > 0);
  let fuzzy = false;
  if (holders.length === 0 && k.surname.length >= FUZZY_WITH_GIVEN_MIN) {
    const near = new Set<string>();
    // a scan of the surnames one letter longer or shorter or as long: cheaper than an index of misspellings
    for (const s of bySurname.keys()) if (Math.abs(s.length - k.surname.length) <= 1 && withinOneEdit(s, k.surname)) near.add(s);
    holders = [...near].flatMap((s) => bySurname.get(s)!).filter((h) => holdsGov(h, null).length > 0);
    fuzzy = true;
  }
  // a surname that is also a common given name ("Ali Hassan") says little: the whole name must be the holder's
  if (base.givenNames.has(k.surname)) {
    const words = (n: string) => nameWords(n).join(" ");
    holders = holders.filter((h) => h.actor.names.some((f) => words(f) === words(name)));
  }
  // the given names written must be the holder's; a misspelt surname needs them, or length. A surname alone
  // must end a short form of the holder's name: the last of four names may be a second surname ("Alvaro
  // Magana Borja" is President Magana)
  if (k.given) holders = holders.filter(givenMatches);
  else holders = holders.filter((h) => h.short);
  // a surname alone must be rare: every person of that name the base knows, in office or not, of one country
  // ("President Taylor" may be anyone's; "President Museveni" is Uganda's)
  if (!k.given && !fuzzy) {
    const namesakes = sovereignFirst(states, [...new Set((bySurname.get(k.surname) ?? []).filter((h) => h.short).map((h) => h.actor.country).filter((c): c is string => !!c))]);
    if (namesakes.length > 1) return null;
  }
  if (holders.length === 0) return null;
  if (fuzzy && !k.given && k.surname.length < FUZZY_SURNAME_MIN) return null;
  // holders in office at the article's date, when the base says who was, else in the years before it
  if (date) holders = holders.filter((h) => heldSince(h, date));
  if (holders.length === 0) return null;
  const current = date ? holders.filter((h) => holdsGov(h, date).length > 0) : [];
  const pool = current.length > 0 ? current : holders;
  const countries = sovereignFirst(states, [...new Set(pool.flatMap((h) => holdsGov(h, current.length > 0 ? date : null).map((o) => o.country)))]);
  return countries.length === 1 ? countries[0]! : null;
}

/** Gives titled names with no country the country of the office holder they name, or of the country written
 * right after them ("King Hassan of Morocco"). */
export function leaderCountries(ctx: EntityContext, cands: Candidate[], roles: RoleNote[], hits: CountryHit[]): void {
  const countryAt = new Map(hits.filter((h) => h.value.kind === "name" || h.value.kind === "alias").map((h) => [h.from, h]));
  for (const r of roles) {
    if (r.country || !r.sector) continue;
    const c = cands.find((x) => x.start === r.start && x.end === r.end && x.origin === "pattern" && x.type === "PERSON" && !x.dependent);
    if (!c || c.country) continue;
    const kind = officeKind(r.role);
    if (!kind) continue;
    let country: string | null = null;
    const after = countryAt.get(c.to + 1);
    if (ctx.tokens[c.to]?.key === "of" && after) country = after.value.country.iso3;
    country ??= officeHolderCountry(ctx.kb.actors, c.name, kind, ctx.date, ctx.kb.countries);
    if (!country) continue;
    c.country = country;
    c.code = codeOf(country, c.sector);
  }
}
