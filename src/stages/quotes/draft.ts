// A quote as the finders leave it: its text span, the reporting verb and the speaker's phrase, not yet resolved
// to a name. Resolution runs afterwards in reading order, so pronouns can refer back to earlier speakers.
import type { Ctx, SpeakerSpan, VerbHit } from "./grammar.ts";
import { isStop } from "./grammar.ts";

export interface Draft {
  start: number;
  end: number;
  direct: boolean;
  /** the reporting verb, or the "according to" phrase as token range */
  verb?: { from: number; to: number; lemma: string };
  speaker: SpeakerSpan | null;
  /**
   * where the speaker comes from when the quote names none: the previous quote (a quote paragraph after an
   * attributed one), the next one (a quote that runs on into the next paragraph), or the clause's own subject
   * or earlier quote in the sentence ("..., warning that ...").
   */
  inherit?: "previous" | "next" | "sentence";
  /** token index where the quote's attribution or text sits, for reading order and the sentence */
  at: number;
  /** quoted words inside a sentence (kept only when their speaker is known) */
  fragment?: boolean;
  /** a stance or intention ("endorsed X", "refused to ..."), not speech: no later quote takes its speaker */
  stance?: boolean;
}

export function verbOf(v: VerbHit): Draft["verb"] {
  return { from: v.from, to: v.to, lemma: v.entry.lemma };
}

/** A text span with trailing spaces and separators trimmed ("..., " → "..."). */
export function trimmed(c: Ctx, start: number, end: number): { start: number; end: number } {
  const n = c.doc.norm;
  while (start < end && /\s/.test(n[start]!)) start++;
  while (end > start && /[\s,;:.]/.test(n[end - 1]!)) end--;
  return { start, end };
}

/** The first token of the clause holding token `v`: back to the sentence start, a stop or a quotation mark. */
export function clauseStart(c: Ctx, v: number): number {
  const s = c.toks[v]!.sentence;
  let i = v;
  while (i > 0 && c.toks[i - 1]!.sentence === s && !c.mark[i - 1] && !isStop(c, i - 1)) i--;
  return i;
}

/** One past the last token of the sentence holding token `v`. */
export function sentenceEnd(c: Ctx, v: number): number {
  const s = c.doc.sentences[c.toks[v]!.sentence]!;
  return s.tokenEnd;
}
