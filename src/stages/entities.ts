// Entities stage: finds the people, organisations, armed groups and countries an article names, links their
// mentions into one entity per referent, and records who backs whom and who speaks for or leads what.
// Finders (src/stages/entities/*): dictionary (actor base, countries), names (patterns for names no list holds),
// agents (generic actors: "Iraqi troops"), metonyms (demonyms, capitals), roles (appositions), backing ("Iran-
// backed"), coref (surnames, pronouns, nominals). This file resolves their overlaps and builds the layer.
import type { Doc } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { codeOf, makeContext, type Candidate } from "./entities/context.ts";
import { actorMentions, countryHits, countryMentions } from "./entities/dictionary.ts";
import { nameMentions } from "./entities/names.ts";
import { recognisedNames } from "./entities/recognised.ts";
import { leaderCountries } from "./entities/leaders.ts";
import { ethnicGroups } from "./entities/ethnic.ts";
import { agentMentions, anchorIndex, isStateOrgan } from "./entities/agents.ts";
import { countryMetonyms } from "./entities/metonyms.ts";
import { roleMentions } from "./entities/roles.ts";
import { findBackings } from "./entities/backing.ts";
import { cluster, linkGroupNominals, linkItPronouns, linkNominals, linkPronouns } from "./entities/coref.ts";
import { PRIORITY, buildLayer } from "./entities/assemble.ts";
import { definedAcronyms } from "./entities/acronyms.ts";
import { countryWeights, dominantCountry } from "./entities/salience.ts";
import type { RoleNote } from "./entities/names.ts";
import type { EntityContext } from "./entities/context.ts";

/** Keeps the best of overlapping candidates; a name may sit inside the generic actor phrase it anchors
 * ("Iran's foreign ministry" holds "Iran", "the Biden administration" holds "Biden"), nothing else nests. */
export function resolveOverlaps(cands: Candidate[], upperCase = false): Candidate[] {
  const order = [...cands].sort(
    // the longest dictionary name wins ("Israel Defense Forces" over "Israel"); on the same span a country over an actor
    (a, b) => Number(!!a.dependent) - Number(!!b.dependent) || PRIORITY[b.origin] - PRIORITY[a.origin] || b.end - b.start - (a.end - a.start) ||
      Number(b.origin === "countries") - Number(a.origin === "countries") || a.start - b.start,
  );
  // a longer name holding a dictionary name is a more specific name ("Abu Hassan al-Tikriti" holds "Hassan")
  // (not in all-caps text, where a name's end is a guess)
  const patterns = new SpanBlocks(upperCase ? [] : cands.filter((c) => c.origin === "pattern" && !c.dependent));
  const inside = (a: Candidate) =>
    (a.origin === "actors" && patterns.near(a).some((p) => p.start <= a.start && a.end <= p.end && p.end - p.start > a.end - a.start)) ||
    // "the Bar Association of Kenya": a country named at the end of an organisation's name is part of the name
    (a.origin === "countries" && a.kind !== "metonym" && patterns.near(a).some((p) => p.type !== "PERSON" && p.start < a.start && a.end <= p.end && p.country === a.country));
  const kept = new SpanBlocks<Candidate>([]);
  const nests = (inner: Candidate, outer: Candidate) =>
    outer.origin === "agent" && inner.origin !== "agent" && inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start;
  for (const c of order) {
    if (inside(c)) {
      // the longer name keeps the country of the name it holds ("the Fatah Party" is Fatah's)
      const host = patterns.near(c).find((p) => p.start <= c.start && c.end <= p.end && p.type !== "PERSON" && c.type !== "PERSON" && c.type !== "GPE");
      if (host && !host.country && c.country) {
        host.country = c.country;
        host.code = `${c.country}${host.sector ?? ""}`;
      }
      continue;
    }
    const clash = kept.near(c).some((k) => k.start < c.end && c.start < k.end && !nests(k, c) && !nests(c, k));
    if (!clash) kept.add(c);
  }
  return [...kept.all()].sort((a, b) => a.start - b.start);
}

export function entitiesStage(doc: Doc, kb: Knowledge): void {
  const ctx = makeContext(doc, kb);
  const hits = ethnicGroups(ctx, countryHits(ctx));
  const named = [...actorMentions(ctx), ...countryMentions(ctx, hits), ...countryMetonyms(ctx, hits)];
  const names = nameMentions(ctx, hits);
  leaderCountries(ctx, names.candidates, names.roles, hits);
  inheritBySurname([...named, ...names.candidates]);
  const agents = agentMentions(ctx, anchorIndex(hits, [...named, ...names.candidates]));
  let cands = resolveOverlaps([...named, ...names.candidates, ...recognisedNames(ctx), ...agents], doc.upperCase);
  cands = definedAcronyms(ctx, cands);

  // roles: titles found with the names, appositions and role phrases; role words there are not actors themselves
  const persons = cands.filter((c) => c.type === "PERSON" && c.origin !== "agent");
  const found = roleMentions(ctx, persons, cands, hits, names.roles);
  const roles = [...names.roles, ...found.roles];
  // an office named as a title before a name ("Secretary of State Antony Blinken") is the person's role, not an actor
  const titleSpans = names.roles.flatMap((r) => (r.title ? [r.title] : []));
  cands = cands.filter((c) => !(c.origin === "actors" && titleSpans.some((s) => c.start >= s.start && c.end <= s.end)));
  cands = cands.filter((c) => !(c.origin === "agent" && c.type === "PERSON" && found.spans.some((s) => c.start >= s.start && c.end <= s.end)));

  const owner = dominantCountry(countryWeights(ctx, hits, [...named, ...names.candidates]));
  if (owner) ownByDocumentCountry(ctx, owner, cands, roles);

  const backings = findBackings(ctx, cands, hits);
  const clusters = cluster(cands);
  linkPronouns(ctx, clusters, roles);
  linkNominals(ctx, clusters);
  linkGroupNominals(ctx, clusters);
  linkItPronouns(ctx, clusters);
  buildLayer(ctx, clusters, roles, backings);
}

/** A lone surname borrows the country and sector of the full name it shortens ("the Biden administration" is American). */
function inheritBySurname(cands: Candidate[]): void {
  const last = (n: string) => n.split(/[\s-]+/).pop()?.toLowerCase() ?? "";
  const full = cands.filter((c) => !c.dependent && c.type === "PERSON" && c.country);
  for (const d of cands) {
    if (!d.dependent || d.country) continue;
    const host = full.find((f) => last(f.name) === last(d.name));
    if (host) {
      d.country = host.country;
      d.sector ??= host.sector;
    }
  }
}

// Two-word names of a state's institutions that do not name the state: "National Police", "Republican Guard"
const NATIONAL_WORDS = new Set(["national", "federal", "republican", "presidential", "state", "central"]);
const NATIONAL_ORGANS = new Map(Object.entries({ police: "COP", gendarmerie: "COP", army: "MIL", guard: "MIL", navy: "MIL", assembly: "LEG", parliament: "LEG", congress: "LEG", senate: "LEG", intelligence: "SPY" }));
// Sectors of a state's own offices: a person holding one of these roles serves the state it is in.
const STATE_SECTORS = new Set(["GOV", "MIL", "COP", "JUD", "LEG", "SPY"]);
// Roles served abroad or for others: an envoy's or ambassador's country is not the one they are posted to.
const FOREIGN_ROLE = /\b(?:envoy|ambassador|emissary|consul|rapporteur|representative|attache|attaché)\b/i;

/** In an article about one country, its unanchored state organs ("the army", "police") and the people holding a
 * state role with no country named ("Police spokesman X", "President Y") are that country's. An organ whose
 * noun was anchored to another country earlier ("Kenya's army ... the army") is left to coreference. */
function ownByDocumentCountry(ctx: EntityContext, owner: string, cands: Candidate[], roles: RoleNote[]): void {
  const anchoredPhrases = cands.filter((c) => c.origin === "agent" && c.country && c.agentPhrase);
  for (const c of cands) {
    if (!isStateOrgan(ctx, c)) continue;
    if (anchoredPhrases.some((a) => a.agentPhrase === c.agentPhrase && a.start < c.start && a.country !== owner)) continue;
    c.generic = `${owner}:${c.code ?? ""}`;
    c.country = owner;
    c.code = codeOf(owner, c.code);
  }
  // "the National Police", "the Republican Guard", "the Federal Police": a state institution of no named country
  for (const c of cands) {
    if (c.origin !== "pattern" || c.country || c.dependent || c.type === "PERSON") continue;
    const words = c.name.toLowerCase().split(/\s+/);
    if (words.length === 2 && NATIONAL_WORDS.has(words[0]!) && NATIONAL_ORGANS.has(words[1]!)) {
      c.type = "ORG";
      c.sector = NATIONAL_ORGANS.get(words[1]!)!;
      c.country = owner;
      c.code = codeOf(owner, c.sector);
    }
  }
  // (not a person whose other role names a country: "COLOMBIAN PRESIDENT VIRGILIO BARCO" in an Ecuadoran story)
  const named = new Set(roles.filter((r) => r.country).map((r) => `${r.start}:${r.end}`));
  for (const r of roles) {
    if (r.country || !r.sector || !STATE_SECTORS.has(r.sector) || FOREIGN_ROLE.test(r.role) || named.has(`${r.start}:${r.end}`)) continue;
    r.country = owner;
    r.inferred = true;
  }
}

/** Spans filed by blocks of their text, so finding the ones that may overlap a span looks at a few blocks instead
 * of every span (a long document holds tens of thousands of candidates). `near` returns, in the order they were
 * added, every span that can overlap the one given (and possibly a few that do not). */
class SpanBlocks<T extends { start: number; end: number }> {
  private static readonly SIZE = 256;
  private readonly blocks = new Map<number, number[]>();
  private readonly list: T[] = [];
  private longest = 0;
  constructor(spans: readonly T[]) {
    for (const s of spans) this.add(s);
  }
  add(s: T): void {
    const i = this.list.push(s) - 1;
    this.longest = Math.max(this.longest, s.end - s.start);
    const b = Math.floor(s.start / SpanBlocks.SIZE);
    const bucket = this.blocks.get(b);
    if (bucket) bucket.push(i);
    else this.blocks.set(b, [i]);
  }
  near(s: { start: number; end: number }): T[] {
    const at: number[] = [];
    const from = Math.floor(Math.max(0, s.start - this.longest) / SpanBlocks.SIZE), to = Math.floor(s.end / SpanBlocks.SIZE);
    for (let b = from; b <= to; b++) at.push(...(this.blocks.get(b) ?? []));
    return at.sort((x, y) => x - y).map((i) => this.list[i]!);
  }
  all(): readonly T[] {
    return this.list;
  }
}
