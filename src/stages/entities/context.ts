// What the entity finders share: the candidate mention shape and a view of the document's tokens with English
// possessives cut off the lookup key ("Iran's" is looked up as "iran"), so every lexicon finds "Iran's".
import type { Doc, EntityMention, Token } from "../../doc.ts";
import type { EntityType } from "../../schema.ts";
import type { ActorRecord } from "../../knowledge/actors.ts";
import type { Knowledge } from "../../knowledge/index.ts";

/** A mention proposed by one finder, before mentions are grouped into entities. */
export interface Candidate {
  start: number;
  end: number;
  /** token range [from, to) */
  from: number;
  to: number;
  kind: EntityMention["kind"];
  type: EntityType;
  /** the name this mention gives its entity (display form) */
  name: string;
  country: string | null;
  sector: string | null;
  code: string | null;
  /** the dictionary actor, when one matched */
  actor?: ActorRecord;
  /** a generic actor's key: "IRQ:MIL" */
  generic?: string;
  /** a generic actor's agent phrase: "army", "foreign ministry" */
  agentPhrase?: string;
  role?: string | null;
  backedBy?: string | null;
  origin: "actors" | "countries" | "pattern" | "recognised" | "agent" | "nominal" | "pronoun";
  /** the mention must join an entity found otherwise (surnames, pronouns, nominals) */
  dependent?: boolean;
}

export interface EntityContext {
  doc: Doc;
  kb: Knowledge;
  /** doc.tokens with possessive "'s" cut from keys */
  tokens: Token[];
  /** the date codes are resolved at */
  date: string | null;
}

export function makeContext(doc: Doc, kb: Knowledge): EntityContext {
  const tokens = doc.tokens.map((t) => (/\p{L}'s$/u.test(t.key) ? { ...t, key: t.key.slice(0, -2) } : t));
  return { doc, kb, tokens, date: doc.published };
}

/** End offset of a token without its possessive "'s". */
export function bareEnd(t: Token): number {
  return /\p{L}['\u2019]s$/iu.test(t.text) ? t.end - 2 : t.end;
}

/** True when a token carries a possessive "'s". */
export const isPossessive = (t: Token | undefined) => !!t && /\p{L}['\u2019]s$/iu.test(t.text);

/** A code from a country and a sector: "IRQ" + "MIL" → "IRQMIL"; either may be missing. */
export function codeOf(country: string | null, sector: string | null): string | null {
  if (!country && !sector) return null;
  return `${country ?? ""}${sector ?? ""}`;
}

/** Words that are never part of a name although written with a capital at a sentence start or in headlines. */
export const FUNCTION_POS = new Set(["DET", "ADP", "PRON", "AUX", "CCONJ", "SCONJ", "PART", "ADV", "PUNCT", "NUM", "SYM"]);

/** The text of a span, from the normalised copy (ASCII quotes), for names. */
export function spanText(doc: Doc, start: number, end: number): string {
  return doc.norm.slice(start, end).replace(/\s+/g, " ").trim();
}

/** Is token i the first word of its sentence (after opening quotes or brackets)? */
export function sentenceInitial(doc: Doc, i: number): boolean {
  const t = doc.tokens[i];
  if (!t) return false;
  const s = doc.sentences[t.sentence];
  if (!s) return i === 0;
  for (let j = s.tokenStart; j < i; j++) if (!/^["'(\[\-]$/.test(doc.tokens[j]!.text)) return false;
  return true;
}
