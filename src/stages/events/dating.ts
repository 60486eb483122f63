// The event's own date: the timex in its clause, else the nearest in its sentence, else the publication date as
// the end of an unknown window (precision "unknown": the report says it happened by then, not when). A date from an explicit timex keeps
// its precision ("in January 2020" → 2020-01, month); a 2020 killing recalled in 2021 keeps 2020.
import type { Doc, Word } from "../../doc.ts";
import type { Timex } from "../../schema.ts";
import type { Span } from "./phrases.ts";
import { auxiliaries, childrenWith, modifiesClauseOf, spanHead } from "../../lang/en/tree.ts";
import { firstStartingAt } from "../../util/span-index.ts";

export interface EventDateValue {
  value: string | null;
  text?: string | null;
  precision: "day" | "week" | "month" | "year" | "decade" | "unknown";
  basis: string;
}

/** Precision of an ISO value: 2021-06-27 day, 2021-W26 week, 2021-02 month, 2021 year, 202X decade. */
export function precisionOf(value: string): EventDateValue["precision"] {
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return "day";
  if (/^\d{4}-W\d{2}/.test(value)) return "week";
  if (/^\d{4}-\d{2}$/.test(value)) return "month";
  if (/^\d{4}$/.test(value)) return "year";
  if (/^\d{3}X?$/.test(value) || /^\d{3}0s$/.test(value)) return "decade";
  return "unknown";
}

/** A timex that dates an event: a calendar date (not a duration, a set or "now"). */
function isCalendarDate(t: Timex): boolean {
  return (t.type === "DATE" || t.type === "TIME") && /^\d{3}/.test(t.value) && precisionOf(t.value.slice(0, 10)) !== "unknown";
}

/** "ahead of January elections", "before Friday's deadline", "until March": a date the event comes before, not its own. */
function isLaterBound(doc: Doc, t: Timex): boolean {
  const k = doc.tokenIndexAt(t.start);
  const p1 = doc.tokens[k - 1]?.key, p2 = doc.tokens[k - 2]?.key;
  return p1 === "before" || p1 === "until" || p1 === "till" || p1 === "of" && p2 === "ahead" || p1 === "to" && p2 === "prior";
}

function fromTimex(t: Timex, basis: string): EventDateValue {
  const value = /^\d{4}-\d{2}-\d{2}T/.test(t.value) ? t.value.slice(0, 10) : t.value;
  return { value, text: t.text, precision: precisionOf(value), basis };
}

/** The date of an event whose trigger is at character offset `at`, in clause chars [cFrom, cTo) of sentence [sFrom, sTo). */
export function eventDate(doc: Doc, at: number, clause: { start: number; end: number }, sentence: { start: number; end: number }): EventDateValue {
  const dating = (t: Timex) => {
    // (remembered per timex: the search for an attached date may read every timex of a run-on sentence)
    let v = datingCache.get(t);
    if (v === undefined) datingCache.set(t, (v = isCalendarDate(t) && !isLaterBound(doc, t)));
    return v;
  };
  // the nearest first, read outwards from the trigger: a run-on sentence is not read whole for every event in it
  const nearest = (start: number, end: number, accept: (t: Timex) => boolean) => doc.nearestTimex(at, start, end, accept);
  // the parse says which clause a date modifies: a date hanging from the event's own clause dates it, however
  // near another clause's date stands
  const attached = nearest(sentence.start, sentence.end, (t) => dating(t) && attachedTo(doc, t, at));
  if (attached) return fromTimex(attached, "clause timex");
  const inClause = nearest(Math.max(sentence.start, clause.start), Math.min(sentence.end, clause.end), dating);
  if (inClause) return fromTimex(inClause, "clause timex");
  const inSentence = nearest(sentence.start, sentence.end, dating);
  if (inSentence) return fromTimex(inSentence, "sentence timex");
  return publicationDate(doc);
}

/** Whether the timex modifies the clause of the trigger at character offset `at`. */
function attachedTo(doc: Doc, t: Timex, at: number): boolean {
  const trigger = doc.wordOfToken(doc.tokenIndexAt(at));
  const h = timexHead(doc, t);
  if (!trigger || !h || h.sentence !== trigger.sentence) return false;
  return !!h.head && modifiesClauseOf(doc.words, h.head, trigger);
}

/** A timex's sentence (of its first word) and head word in the parse, or null when it has no words. Remembered
 * per timex, as every event of a sentence may ask about each of its timexes. */
function timexHead(doc: Doc, t: Timex): { sentence: number; head: Word | undefined } | null {
  const hit = headCache.get(t);
  if (hit !== undefined) return hit;
  const first = doc.wordOfToken(doc.tokenIndexAt(t.start));
  // the timex's last word: the last of its last token's words ("Sunday|'s")
  const lastToken = doc.tokenIndexAt(t.end) - 1;
  let last = doc.wordOfToken(lastToken);
  while (last && doc.words[last.i + 1]?.token === lastToken) last = doc.words[last.i + 1];
  const out = first && last ? { sentence: first.sentence, head: spanHead(doc.words, first.i, last.i) } : null;
  headCache.set(t, out);
  return out;
}
const datingCache = new WeakMap<Timex, boolean>();
const headCache = new WeakMap<Timex, { sentence: number; head: Word | undefined } | null>();

/** The date of an event the text does not date: the publication day as the end of the window it happened in,
 * with precision "unknown" (it happened by then; the text does not say when). */
export function publicationDate(doc: Doc): EventDateValue {
  return doc.published ? { value: doc.published, text: null, precision: "unknown", basis: "publication date" } : { value: null, text: null, precision: "unknown", basis: "none" };
}

/** Char range of a token span. */
export function charSpan(doc: Doc, s: Span): { start: number; end: number } {
  if (s.to <= s.from) return { start: doc.tokens[s.from]?.start ?? 0, end: doc.tokens[s.from]?.start ?? 0 };
  return { start: doc.tokens[s.from]!.start, end: doc.tokens[s.to - 1]!.end };
}

/** "On Friday, fishermen rescued 700 people ... The navy saved 200 more.": a past event the text does not date
 * happened at the narrative's time, the date of the paragraph's last dated past event, not on the publication day.
 * (A perfect, a present or a future keeps the publication day; a new paragraph starts a new narrative.) */
export function narrativeDates(doc: Doc, drafts: Array<{ head: number; kind: string; date: EventDateValue | null }>): void {
  let anchor: { date: EventDateValue; end: number } | null = null;
  const breaks = paragraphBreaks(doc.text);
  for (const d of drafts) {
    const at = doc.tokens[d.head]!.start;
    // a blank line between the anchor and the event (a break starting in [anchor.end, at - 2])
    if (anchor && (breaks[firstStartingAt(breaks, anchor.end)]?.start ?? Infinity) <= at - 2) anchor = null;
    if (!d.date?.value || d.kind !== "verb" || !simplePast(doc, d.head)) continue;
    if (d.date.basis === "clause timex" || d.date.basis === "sentence timex") {
      if (d.date.precision === "day" && (!doc.published || d.date.value < doc.published)) anchor = { date: d.date, end: at };
    } else if (d.date.basis === "publication date" && anchor) d.date = { ...anchor.date, basis: `narrative (${anchor.date.text ?? anchor.date.value})` };
  }
}

/** Offsets of every "\n\n" in a text (overlapping ones too), in order: whether a blank line lies between two
 * offsets is then one search, not a read of the text between them for each event. */
function paragraphBreaks(text: string): Array<{ start: number }> {
  const out: Array<{ start: number }> = [];
  for (let k = text.indexOf("\n\n"); k >= 0; k = text.indexOf("\n\n", k + 1)) out.push({ start: k });
  return out;
}

/** A verb in the simple past or the past passive ("attacked", "was arrested"), not a perfect ("has attacked"). */
function simplePast(doc: Doc, head: number): boolean {
  const w = doc.wordOfToken(head);
  if (!w) return false;
  if (w.xpos === "VBD") return true;
  if (w.xpos !== "VBN") return false;
  const aux = auxiliaries(doc.words, w);
  // (a participle with a subject and no auxiliary is a past tense the tagger misread: "troops arrested ten rebels")
  if (aux.length === 0) return childrenWith(doc.words, w, ["nsubj"]).length > 0;
  return aux.some((a) => a === "was" || a === "were") && !aux.some((a) => ["has", "have", "had", "will", "would", "be", "being"].includes(a));
}
