// Roles next to a person's name give the person a role, a sector and a country:
//   after it, an apposition: "John Doe, the defence ministry spokesman," / "X, a senior militia leader," /
//   "X, spokesman for Iran's foreign ministry," (and the spokesperson_of relation to that ministry);
//   before it, a role phrase: "Pentagon press secretary John Doe", "Iraqi militia commander X".
// The sector comes from the organisation named in the role (militia → REB, foreign ministry → GOV, Pentagon →
// MIL) before the role noun's own; the country from a country, demonym or actor named in it.
import type { Token } from "../../doc.ts";
import { spanText, type Candidate, type EntityContext } from "./context.ts";
import type { CountryHit } from "./dictionary.ts";
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
function describe(ctx: EntityContext, from: number, to: number, cands: Candidate[], countries: CountryHit[]): { sector: string | null; country: string | null; org?: Candidate } {
  let sector: string | null = null, country: string | null = null;
  let org: Candidate | undefined;
  const start = ctx.tokens[from]!.start, end = ctx.tokens[to - 1]!.end;
  for (const c of cands) {
    if (c.start < start || c.end > end || c.type === "PERSON" || c.type === "GPE") continue;
    org ??= c;
    sector ??= c.sector;
    country ??= c.country;
  }
  for (const h of countries) if (h.start >= start && h.end <= end && h.value.kind !== "capital") country ??= h.value.country.iso3;
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
export function roleMentions(ctx: EntityContext, persons: Candidate[], cands: Candidate[], countries: CountryHit[]): { roles: RoleNote[]; spans: { start: number; end: number }[] } {
  const { tokens, doc } = ctx;
  const roles: RoleNote[] = [];
  const spans: { start: number; end: number }[] = [];
  const startsAt = new Map(cands.map((c) => [c.from, c]));
  for (const p of persons) {
    // after: ", [the|a] ROLE ,"
    if (tokens[p.to]?.text === ",") {
      let i = p.to + 1;
      if (tokens[i] && /^(?:the|a|an)$/.test(tokens[i]!.key)) i++;
      let j = i;
      while (j < tokens.length && j - i < 10 && !/^[,.;:()"]$/.test(tokens[j]!.text) && tokens[j]!.sentence === tokens[p.from]!.sentence && !/^(?:who|which|that|said|says)$/.test(tokens[j]!.key)) {
        // a second person's name ends the phrase ("Kirby, Austin and ...")
        const c = startsAt.get(j);
        if (c && c.type === "PERSON" && c.origin !== "agent") break;
        j++;
      }
      // an apposition is a noun phrase: no clause ("since it is the head of ...")
      const clause = tokens.slice(i, j).some((t, k) => t.pos === "AUX" || (k === 0 && ["SCONJ", "ADV", "ADP", "PRON", "VERB", "AUX", "CCONJ"].includes(t.pos)));
      const closed = j < tokens.length && /^[,.;)]$/.test(tokens[j]!.text) && !clause;
      const rw = j > i ? roleWordIn(ctx, i, j) : null;
      if (closed && rw) {
        const d = describe(ctx, i, j, cands, countries);
        const pred = relationFor(rw, d.org);
        roles.push({
          start: p.start, end: p.end, role: spanText(doc, tokens[i]!.start, tokens[j - 1]!.end), sector: d.sector, country: d.country,
          ...(d.org && pred ? { org: { start: d.org.start, end: d.org.end }, predicate: pred } : {}),
        });
        spans.push({ start: tokens[i]!.start, end: tokens[j - 1]!.end });
        continue;
      }
    }
    // before: lower-case role nouns and organisation names right before the name
    let i = p.from;
    while (i > 0) {
      const t = tokens[i - 1]!;
      if (t.sentence !== tokens[p.from]!.sentence || /^\p{P}$/u.test(t.text) || ["DET", "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ"].includes(t.pos)) break;
      const named = cands.some((c) => c.from <= t.i && t.i < c.to && c.type !== "PERSON") || countries.some((h) => h.from <= t.i && t.i < h.to);
      if (!doc.upperCase && t.cap && !named) break;
      i--;
    }
    if (i < p.from) {
      const rw = roleWordIn(ctx, i, p.from);
      if (rw && rw.i === p.from - 1) {
        const d = describe(ctx, i, p.from, cands, countries);
        const pred = relationFor(rw, d.org);
        roles.push({
          start: p.start, end: p.end, role: spanText(doc, tokens[i]!.start, tokens[p.from - 1]!.end), sector: d.sector, country: d.country,
          ...(d.org && pred ? { org: { start: d.org.start, end: d.org.end }, predicate: pred } : {}),
        });
        spans.push({ start: tokens[i]!.start, end: tokens[p.from - 1]!.end });
      }
    }
  }
  return { roles, spans };
}
