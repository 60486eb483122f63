// Dictionary mentions: named actors from the actor base and countries from the country lexicon, matched on
// token keys (so case does not matter), then checked against the case the text was written in: in mixed-case
// text a name must be capitalised and an abbreviation written in capitals; in all-caps text (wire copy) a bare
// two-letter abbreviation must carry its dots and a one-word name must not be a function word.
import type { Token } from "../../doc.ts";
import { Countries, type CountryMatchValue } from "../../knowledge/countries.ts";
import type { ActorHit } from "../../knowledge/actors.ts";
import type { PhraseMatch } from "../../knowledge/phrase-matcher.ts";
import { bareEnd, codeOf, FUNCTION_POS, sentenceInitial, spanText, type Candidate, type EntityContext } from "./context.ts";

// Words a capitalised name may hold in lower case ("Kata'ib Sayyid al-Shuhada", "Ministry of Defence").
const LOWER_OK = new Set(["of", "the", "and", "for", "in", "on", "al", "el", "bin", "ibn", "bint", "de", "du", "da", "di", "del", "la", "le", "van", "von", "der", "y", "wal", "fi", "li", "'s"]);

/** Written as a name: every word capitalised (small particles aside). */
export function writtenAsName(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!/\p{L}/u.test(t.text)) continue;
    words++;
    if (!t.cap && !LOWER_OK.has(t.key)) return false;
  }
  return words > 0;
}

function acronymWritten(tokens: readonly Token[], from: number, to: number, upperCase: boolean): boolean {
  const written = tokens.slice(from, to).map((t) => t.text).join("");
  if (!upperCase) return /\p{Lu}/u.test(written) && written === written.toUpperCase();
  return /\./.test(written) || written.replace(/[^A-Z]/g, "").length > 2;
}

function acceptActor(ctx: EntityContext, m: PhraseMatch<ActorHit>): boolean {
  const { doc } = ctx;
  const tokens = ctx.tokens;
  const hits = m.values;
  const single = m.to - m.from === 1;
  // in all-caps text a one-word name must not read as a verb or function word ("LET", "SAID")
  if (doc.upperCase && single && (FUNCTION_POS.has(tokens[m.from]!.pos) || tokens[m.from]!.pos === "VERB")) return false;
  if (hits.every((h) => h.acronym)) return acronymWritten(tokens, m.from, m.to, doc.upperCase);
  if (doc.upperCase) return true;
  if (!writtenAsName(tokens, m.from, m.to)) return false;
  // a lone capitalised word opening a sentence is a name only if the tagger says so
  if (single && sentenceInitial(doc, m.from) && tokens[m.from]!.pos !== "PROPN") return false;
  return true;
}

/** The tokens without the hyphens that join two words ("Jean-Bertrand"), as the actor base keys its names. */
function joinedTokens(tokens: readonly Token[]): Token[] {
  return tokens.filter((t, k) => !(t.text === "-" && k > 0 && tokens[k - 1]!.end === t.start && tokens[k + 1]?.start === t.end));
}

export function actorMentions(ctx: EntityContext): Candidate[] {
  const out: Candidate[] = [];
  const joined = joinedTokens(ctx.tokens);
  // a match on the joined tokens, in document token indexes
  const inDoc = (m: PhraseMatch<ActorHit>): PhraseMatch<ActorHit> => ({ ...m, from: joined[m.from]!.i, to: joined[m.to - 1]!.i + 1 });
  const found = ctx.kb.actors.matcher.findAll(joined, 0, joined.length, (m) => acceptActor(ctx, inDoc(m))).map(inDoc);
  for (const m of found) {
    const hit = m.values[0]!;
    const a = hit.actor;
    const r = ctx.kb.actors.resolve(a, ctx.date);
    // "the Pentagon": the article belongs to the text, not the name
    let from = m.from;
    if (ctx.tokens[from]!.key === "the" && m.to - m.from > 1) from++;
    const start = ctx.tokens[from]!.start, end = bareEnd(ctx.tokens[m.to - 1]!);
    out.push({
      start, end, from, to: m.to,
      kind: a.metonym ? "metonym" : hit.form === a.names[0] ? "name" : "alias",
      type: a.type,
      name: ctx.doc.upperCase ? a.name : spanText(ctx.doc, start, end),
      country: r.country, sector: r.sector, code: r.code ?? codeOf(r.country, r.sector),
      actor: a, backedBy: a.backedBy ?? null, origin: "actors",
    });
  }
  return out;
}

/** Country names, aliases, demonyms and capitals, each with the country it names. */
export interface CountryHit {
  from: number;
  to: number;
  start: number;
  end: number;
  value: CountryMatchValue;
  /** an ethnic group ("ethnic Albanians"): the hit spans the group's name; `home` is the country it lives in
   * (then also `value`'s), null when none is named; `kin` is the state the demonym names */
  ethnic?: { kin: string; home: string | null };
}

export function countryHits(ctx: EntityContext): CountryHit[] {
  const out: CountryHit[] = [];
  const { countries } = ctx.kb;
  for (const m of countries.matcher.findAll(ctx.tokens, 0, ctx.tokens.length, (m) => Countries.acceptMatch(m, ctx.tokens, ctx.doc.upperCase).length > 0 && caseOk(ctx, m.from, m.to))) {
    const values = Countries.acceptMatch(m, ctx.tokens, ctx.doc.upperCase);
    // a name beats a capital beats a demonym when one form is several ("Djibouti", "Kuwait")
    const rank = { name: 0, alias: 1, capital: 2, demonym: 3 } as const;
    const v = [...values].sort((a, b) => rank[a.kind] - rank[b.kind])[0]!;
    let from = m.from;
    if (ctx.tokens[from]!.key === "the" && m.to - m.from > 1) from++;
    out.push({ from, to: m.to, start: ctx.tokens[from]!.start, end: bareEnd(ctx.tokens[m.to - 1]!), value: v });
  }
  return out;
}

function caseOk(ctx: EntityContext, from: number, to: number): boolean {
  if (ctx.doc.upperCase) return true;
  return writtenAsName(ctx.tokens, from, to);
}

/** Country names as GPE mentions (demonyms and capitals are left to the agent and metonym finders). */
export function countryMentions(ctx: EntityContext, hits: CountryHit[]): Candidate[] {
  return hits
    .filter((h) => h.value.kind === "name" || h.value.kind === "alias")
    .map((h) => ({
      start: h.start, end: h.end, from: h.from, to: h.to,
      kind: h.value.kind === "name" ? ("name" as const) : ("alias" as const),
      type: "GPE" as const,
      name: h.value.country.name,
      country: h.value.country.iso3, sector: null, code: h.value.country.iso3,
      origin: "countries" as const,
    }));
}
