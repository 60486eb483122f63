// What every time recogniser shares: the candidate shape, a lower-cased same-length copy of the text, the
// reference date, and the direction (past/future) in which the clause around an offset points.
import type { Doc } from "../../doc.ts";
import type { Timex } from "../../schema.ts";
import { parseYmd, type Ymd } from "./calendar.ts";
import { clauseTense } from "./tense.ts";

export type Precision = NonNullable<Timex["precision"]>;

export interface Resolved {
  value: string;
  precision?: Precision;
}

/** A possible timex; `anchored` ones take their value from the timexes before them ("two days later"). */
export interface Candidate {
  start: number;
  end: number;
  type: Timex["type"];
  value?: string;
  precision?: Precision;
  mod?: string;
  anchored?: (before: readonly Timex[]) => Resolved | null;
  /** tie-break between same-length candidates: higher wins */
  rank?: number;
}

/**
 * Which way a relative date points: back to the last one, ahead to the next one, to the nearer of the two
 * (present tense, futures seen from the past), or null for no cue at all.
 */
export type Direction = "past" | "future" | "near" | null;

export interface TimeContext {
  doc: Doc;
  /** doc.norm lower-cased character by character, line breaks as spaces (same length, so offsets hold) */
  lower: string;
  /** the publication date, the anchor of relative expressions */
  ref: Ymd | null;
  /** which way a relative expression at [start, end) points, from its clause's tense */
  direction(start: number, end?: number): Direction;
}

/** Lower-cases without changing length (a character whose lower case is longer is kept as it is). */
export function lowerSameLength(s: string): string {
  let out = "";
  for (const ch of s) {
    const l = ch.toLowerCase();
    out += l.length === ch.length ? l : ch;
  }
  return out;
}

// (company notices date what is still to come: "payable Dec. 15", "effective June 1", "due March 3")
const PROSPECTIVE_ADJ = new Set(["upcoming", "forthcoming", "coming", "scheduled", "planned", "proposed", "next", "payable", "effective", "due", "expiring"]);
const RETROSPECTIVE_ADJ = new Set(["last", "past", "recent", "previous", "former", "earlier"]);
// verbs that put something off: what they put it off to lies ahead of the clause's own time, whatever its tense
// ("the hearing was adjourned until Monday", "postponed the vote to March")
const DEFERRAL_VERBS = new Set(["postpone", "delay", "adjourn", "defer", "put", "push", "move", "reschedule", "extend", "recess", "suspend", "prolong"]);
const DEFERRAL_PREPS = new Set(["until", "till", "to", "into"]);

/** A date after until/to that a verb of putting off governs ("delayed until Thursday", "put off the vote to May"). */
function deferredTo(doc: Doc, lower: string, start: number): boolean {
  if (!DEFERRAL_PREPS.has(wordBefore(lower, start))) return false;
  const i = doc.tokenIndexAt(start);
  const tok = doc.tokens[i];
  if (!tok) return false;
  // the preposition, then back over the object ("postponed [until Tuesday]", "postponed the vote [until Tuesday]")
  for (let k = i - 2; k >= Math.max(0, i - 8); k--) {
    const t = doc.tokens[k]!;
    if (t.sentence !== tok.sentence || /^[,;:()"]$/.test(t.key)) break;
    if (t.pos === "VERB" && DEFERRAL_VERBS.has(t.lemma)) {
      // "put off", "pushed back": these two need their particle; "moved", "carried" need "over/forward" or "to"
      if ((t.lemma === "put" || t.lemma === "push") && !/^(?:off|back)$/.test(doc.tokens[k + 1]?.key ?? "")) return false;
      return true;
    }
    if (t.pos === "VERB" || t.pos === "AUX") return false;
  }
  return false;
}

export function makeContext(doc: Doc): TimeContext {
  // wire copy wraps lines anywhere: a line break inside "a\nyear" is just a space to the patterns
  const lower = lowerSameLength(doc.norm).replace(/[\n\r\f\v]/g, " ");
  return {
    doc,
    lower,
    ref: parseYmd(doc.published),
    direction(start: number, end = start + 1): Direction {
      const i = doc.tokenIndexAt(start);
      const tok = doc.tokens[i];
      if (!tok) return null;
      // headlines narrate the past in the present tense: no cue there
      if (doc.sentences[tok.sentence]?.kind === "headline") return null;
      // a date naming a noun ("the upcoming 27 May elections", "the 31 October attack") takes its cue from
      // the noun phrase, not the clause's verb
      const before = wordBefore(lower, start);
      if (PROSPECTIVE_ADJ.has(before)) return "future";
      if (RETROSPECTIVE_ADJ.has(before)) return "past";
      if (deferredTo(doc, lower, start)) return "future";
      const next = doc.tokens[doc.tokenIndexAt(end)];
      if (next && next.sentence === tok.sentence && (next.pos === "NOUN" || (next.pos === "PROPN" && !next.cap)) && /^(?:the|a|an|its|his|her|their|'s)$/.test(before)) return "near";
      const t = clauseTense(doc, i, Math.max(i + 1, doc.tokenIndexAt(end)));
      if (!t) {
        // a verbless parenthesis ("will leave at 4 (4 a.m. Thursday)") points where the clause around it does
        const open = lower.lastIndexOf("(", start);
        const sentence = doc.sentences[tok.sentence];
        if (open > 0 && sentence && open >= sentence.start && !lower.slice(open, start).includes(")")) return this.direction(open - 1, open);
        return null;
      }
      if (t.tense === "past") return "past";
      // "will meet on Friday" points ahead; a present ("takes office in August") or a future seen from the
      // past ("agreed to meet in October") to whichever is nearer
      return t.tense === "future" && t.firm ? "future" : "near";
    },
  };
}

/** A title in mixed-case text rather than a time: "ABC's \"This Week\"", "NBC's Today show" (every word capitalised,
 * not opening its sentence, not in a headline). */
export function isTitleCased(doc: Doc, start: number, end: number): boolean {
  if (doc.upperCase) return false;
  const i = doc.tokenIndexAt(start);
  const tok = doc.tokens[i];
  if (!tok) return false;
  const sentence = doc.sentences[tok.sentence];
  if (!sentence || sentence.kind === "headline") return false;
  // opening its sentence, after quotes or brackets at most
  // (read back from the time: it stops at the first word, rather than copying the sentence before it each time)
  let opening = true;
  for (let k = i - 1; k >= sentence.tokenStart && opening; k--) if (/[a-z0-9]/i.test(doc.tokens[k]!.key)) opening = false;
  if (opening) return false;
  return doc.norm.slice(start, end).split(/\s+/).every((w) => /^[A-Z]/.test(w));
}

/** All matches of a regex (made global) with their offsets. */
export function* matches(re: RegExp, text: string): Generator<RegExpExecArray> {
  const g = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0] === "") g.lastIndex++;
    else yield m;
  }
}

/** The last word before an offset (lower case), skipping spaces; "" at the start. */
export function wordBefore(lower: string, offset: number): string {
  const m = /([a-z0-9'$%]+|[^\sa-z0-9])\s*$/.exec(lower.slice(Math.max(0, offset - 40), offset));
  return m ? m[1]! : "";
}

/** The next word after an offset (lower case), skipping spaces; "" at the end. */
export function wordAfter(lower: string, offset: number): string {
  const m = /^\s*([a-z0-9'$%]+|[^\sa-z0-9])/.exec(lower.slice(offset, offset + 40));
  return m ? m[1]! : "";
}
