// Roles next to a person's name give the person a role, a sector and a country:
//   after it, an apposition: "John Doe, the defence ministry spokesman," / "X, a senior militia leader," /
//   "X, spokesman for Iran's foreign ministry," (and the spokesperson_of relation to that ministry);
//   before it, a role phrase: "Pentagon press secretary John Doe", "Iraqi militia commander X".
// The sector comes from the organisation named in the role (militia → REB, foreign ministry → GOV, Pentagon →
// MIL) before the role noun's own; the country from a country, demonym or actor named in it.
import type { Token } from "../../doc.ts";
import { spanText, type Candidate, type EntityContext } from "./context.ts";
import type { CountryHit } from "./dictionary.ts";
import { firstStartingAt } from "../../util/span-index.ts";
import type { RoleNote } from "./names.ts";

// Nouns that make a phrase a role (beyond the agent lexicon's person nouns).
const ROLE_WORDS = new Set(
  ("leader head chief commander founder spokesman spokeswoman spokesperson secretary minister president director official " +
    "envoy ambassador adviser advisor aide general cleric judge member chairman chairwoman governor mayor deputy officer " +
    "representative negotiator diplomat analyst correspondent editor professor researcher expert activist lawyer").split(" "),
);
const SPOKES = /^spokes(?:man|woman|person)$|^press secretary$|^secretary$/;
const LEADS = /^(?:leader|head|chief|commander|founder|chairman|chairwoman|president|director)$/;

function roleWordIn(ctx: EntityContext, from: number, to: number): Token | null {
  for (let i = to - 1; i >= from; i--) {
    const t = ctx.tokens[i]!;
    if (ROLE_WORDS.has(t.key) || ROLE_WORDS.has(t.lemma)) return t;
    const a = ctx.kb.actors.agents.matchAt(ctx.tokens, i, to);
    if (a && a.values[0]!.person) return ctx.tokens[a.to - 1]!;
  }
  return null;
}

/** Sector and country named inside a role phrase. */
/** The items of a list that may lie inside [start, end] (all that start there), in the list's own order, since
 * describe takes the first of each kind: an index by start built once, not a read of the list for every person. */
function startIndex<T extends { start: number; end: number }>(list: readonly T[]): (start: number, end: number) => T[] {
  const sorted = list.map((x, k) => ({ start: x.start, k })).sort((a, b) => a.start - b.start);
  return (start, end) => {
    const ks: number[] = [];
    for (let i = firstStartingAt(sorted, start); i < sorted.length && sorted[i]!.start <= end; i++) ks.push(sorted[i]!.k);
    return ks.sort((a, b) => a - b).map((k) => list[k]!);
  };
}

interface Lists {
  cands: (start: number, end: number) => Candidate[];
  countries: (start: number, end: number) => CountryHit[];
}

function describe(ctx: EntityContext, from: number, to: number, lists: Lists): { sector: string | null; country: string | null; org?: Candidate } {
  let sector: string | null = null, country: string | null = null;
  let org: Candidate | undefined;
  const start = ctx.tokens[from]!.start, end = ctx.tokens[to - 1]!.end;
  for (const c of lists.cands(start, end)) {
    if (c.start < start || c.end > end || c.type === "PERSON" || c.type === "GPE") continue;
    org ??= c;
    sector ??= c.sector;
    country ??= c.country;
  }
  // "envoy for Sudan", "ambassador to Iraq": the country served is not the person's
  for (const h of lists.countries(start, end)) {
    if (h.start < start || h.end > end || h.value.kind === "capital") continue;
    // (a preposition before the whole phrase is the sentence's: "a visit to Colombian President X")
    if (h.from > from && /^(?:for|to|in|on|at)$/.test(ctx.tokens[h.from - 1]?.key ?? "")) continue;
    country ??= h.value.country.iso3;
  }
  // agent words: organisations first ("militia", "foreign ministry"), then the role noun ("minister")
  const agents = ctx.kb.actors.agents.findAll(ctx.tokens, from, to).map((m) => m.values[0]!);
  sector ??= agents.find((a) => !a.person)?.sector ?? agents.find((a) => a.person)?.sector ?? null;
  if (!sector) {
    const t = ctx.kb.actors.titles.findAll(ctx.tokens, from, to).map((m) => m.values[0]!).find((v) => v.sector);
    sector = t?.sector ?? null;
  }
  return { sector, country, ...(org ? { org } : {}) };
}

function relationFor(roleWord: Token | null, org: Candidate | undefined): RoleNote["predicate"] | undefined {
  if (!roleWord || !org) return undefined;
  const w = roleWord.key;
  if (SPOKES.test(w)) return "spokesperson_of";
  if (LEADS.test(w)) return "leader_of";
  return undefined;
}

/** Roles in appositions after a person's name and in role phrases before it. */
export function roleMentions(ctx: EntityContext, persons: Candidate[], cands: Candidate[], countries: CountryHit[], titles: RoleNote[] = []): { roles: RoleNote[]; spans: { start: number; end: number }[] } {
  const { tokens, doc } = ctx;
  const roles: RoleNote[] = [];
  const spans: { start: number; end: number }[] = [];
  const startsAt = new Map(cands.map((c) => [c.from, c]));
  const lists: Lists = { cands: startIndex(cands), countries: startIndex(countries) };
  // tokens inside a candidate other than a person's, or inside a country's name; each person's first title
  const named = new Uint8Array(tokens.length);
  for (const c of cands) if (c.type !== "PERSON") named.fill(1, Math.max(0, c.from), Math.min(tokens.length, c.to));
  for (const h of countries) named.fill(1, Math.max(0, h.from), Math.min(tokens.length, h.to));
  const titleAt = new Map<number, RoleNote>();
  for (const r of titles) if (r.title && !titleAt.has(r.start)) titleAt.set(r.start, r);
  for (const p of persons) {
    // the role phrase in tokens [from, to) describes p: its words, sector, country and the organisation it serves
    const addRole = (rw: ReturnType<typeof roleWordIn>, from: number, to: number) => {
      const d = describe(ctx, from, to, lists);
      const pred = relationFor(rw, d.org);
      roles.push({
        start: p.start, end: p.end, role: spanText(doc, tokens[from]!.start, tokens[to - 1]!.end), sector: d.sector, country: d.country,
        ...(d.org && pred ? { org: { start: d.org.start, end: d.org.end }, predicate: pred } : {}),
      });
      spans.push({ start: tokens[from]!.start, end: tokens[to - 1]!.end });
    };
    // after: ", [the|a] ROLE ,"
    if (tokens[p.to]?.text === ",") {
      let i = p.to + 1;
      if (tokens[i] && /^(?:the|a|an)$/.test(tokens[i]!.key)) i++;
      let j = i;
      while (j < tokens.length && j - i < 10 && !/^[,.;:()"]$/.test(tokens[j]!.text) && tokens[j]!.sentence === tokens[p.from]!.sentence && !/^(?:who|which|that|said|says)$/.test(tokens[j]!.key)) {
        // a second person's name ends the phrase ("Kirby, Austin and ...")
        const c = startsAt.get(j);
        if (c && c.type === "PERSON" && c.origin !== "agent" && !c.dependent) break;
        j++;
      }
      // an apposition is a noun phrase: no clause ("since it is the head of ...")
      const clause = tokens.slice(i, j).some((t, k) => t.pos === "AUX" || (k === 0 && ["SCONJ", "ADV", "ADP", "PRON", "VERB", "AUX", "CCONJ"].includes(t.pos)));
      const closed = j < tokens.length && /^[,.;)]$/.test(tokens[j]!.text) && !clause;
      const rw = j > i ? roleWordIn(ctx, i, j) : null;
      if (closed && rw) {
        addRole(rw, i, j);
        continue;
      }
    }
    // before: lower-case role nouns and organisation names right before the name (and its title:
    // "Army spokesman Brig. Gen. Nabil Abdallah")
    const titleStart = titleAt.get(p.start)?.title?.start;
    let nameFrom = p.from;
    if (titleStart !== undefined) while (nameFrom > 0 && tokens[nameFrom - 1]!.start >= titleStart) nameFrom--;
    // "The UN envoy for Sudan, Ramtane Lamamra, urged": a role phrase, a comma, the name, a comma
    if (tokens[nameFrom - 1]?.text === "," && /^[,.;)]$/.test(tokens[p.to]?.text ?? "")) {
      let k = nameFrom - 1;
      while (k > 0 && nameFrom - 1 - k < 8) {
        const t = tokens[k - 1]!;
        if (t.sentence !== tokens[p.from]!.sentence || (/^\p{P}$/u.test(t.text) && t.text !== "-") || ["DET", "VERB", "AUX", "PRON", "SCONJ", "CCONJ"].includes(t.pos)) break;
        k--;
      }
      const rw = k < nameFrom - 1 ? roleWordIn(ctx, k, nameFrom - 1) : null;
      if (rw && !ctx.tokens.slice(k, nameFrom - 1).some((t) => t.pos === "VERB")) {
        addRole(rw, k, nameFrom - 1);
        continue;
      }
    }
    let i = nameFrom;
    while (i > 0) {
      const t = tokens[i - 1]!;
      if (t.sentence !== tokens[p.from]!.sentence || /^\p{P}$/u.test(t.text) || ["DET", "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ"].includes(t.pos)) break;
      const isNamed = named[t.i] === 1 || !!ctx.kb.actors.agents.matchAt(tokens, t.i);
      if (!doc.upperCase && t.cap && !isNamed) break;
      i--;
    }
    if (i < nameFrom) {
      const rw = roleWordIn(ctx, i, nameFrom);
      if (rw && rw.i === nameFrom - 1) {
        const d = describe(ctx, i, nameFrom, lists);
        const pred = relationFor(rw, d.org);
        roles.push({
          start: p.start, end: p.end, role: spanText(doc, tokens[i]!.start, tokens[nameFrom - 1]!.end), sector: d.sector, country: d.country,
          ...(d.org && pred ? { org: { start: d.org.start, end: d.org.end }, predicate: pred } : {}),
        });
        spans.push({ start: tokens[i]!.start, end: tokens[nameFrom - 1]!.end });
      }
    }
  }
  return { roles, spans };
}
