// Quotes stage: direct speech (in quotation marks) and indirect speech (a reporting verb and the clause it
// reports), each attributed to its speaker — the subject of the reporting verb, linked to the entity mention over
// it, with pronouns, surnames and roles resolved back to the speaker they stand for.
// The finders live in ./quotes/: marks (quotation spans), grammar (subjects and complements), direct, indirect,
// fragments (quoted words in a sentence), stance (a verb of judgement or intention and the phrase it governs),
// nominal (a noun of speech or belief and its clause: "his claim that ..."), headline ("Name: words"), speaker (resolution), lexicon (the reporting verbs and role words, as data).
import type { Doc } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { Quote } from "../schema.ts";
import { buildCtx, type Ctx } from "./quotes/grammar.ts";
import { paragraphs, quotationSpans, type MarkSpan } from "./quotes/marks.ts";
import { directQuotes } from "./quotes/direct.ts";
import { indirectQuotes } from "./quotes/indirect.ts";
import { clausalQuotes } from "./quotes/clausal.ts";
import { fragmentQuotes } from "./quotes/fragments.ts";
import { stanceQuotes } from "./quotes/stance.ts";
import { nominalQuotes } from "./quotes/nominal.ts";
import { headlineQuotes } from "./quotes/headline.ts";
import { SpeakerResolver } from "./quotes/speaker.ts";
import type { Draft } from "./quotes/draft.ts";
import { SpanIndex } from "../util/span-index.ts";

/** Where a quote's attribution sits in the text: the reporting verb and the speaker's phrase. */
export interface Attribution {
  verb: { start: number; end: number; lemma: string } | null;
  speaker: { start: number; end: number } | null;
}

const attributions = new WeakMap<Quote, Attribution>();

export function quotesStage(doc: Doc, _kb: Knowledge): void {
  if (!doc.tokens.length) return;
  const c = buildCtx(doc);
  const spans = quotationSpans(doc.text, doc.norm);
  const direct = directQuotes(c, spans);
  const usedVerbs = new Set(direct.flatMap((d) => (d.verb ? [d.verb.from] : [])));
  // inside direct speech, a "said" is the speaker's own report, not the article's
  // (an unclosed mark counts only when it opens its line: a stray one mid-paragraph must not swallow the rest)
  const opensLine = (m: MarkSpan) => !doc.norm.slice(doc.norm.lastIndexOf("\n", m.open) + 1, m.open).trim();
  const quotedRanges = spans
    .filter((m) => (!m.single || direct.some((d) => d.start === m.innerStart)) && (!m.unclosed || opensLine(m)))
    .map((m) => [m.open, m.close] as const);
  // (indexed by offset: these are asked for every verb and every finding of a long document)
  const quotedIndex = new SpanIndex(quotedRanges.map(([a, b]) => ({ start: a + 1, end: b })));
  const quoted = (offset: number) => quotedIndex.covering(offset).length > 0;
  const directIndex = new SpanIndex(direct);
  const indirect = indirectQuotes(c, quoted, usedVerbs).filter((d) => !directIndex.covering(d.start, d.end).length);
  const clausal = clausalQuotes(c, quoted, usedVerbs, [...direct, ...indirect]);
  const fragments = fragmentQuotes(c, spans, [...direct, ...indirect, ...clausal]);
  const stance = stanceQuotes(c, quoted, usedVerbs, [...direct, ...indirect, ...clausal, ...fragments]);
  const nominal = nominalQuotes(c, quoted, [...direct, ...indirect, ...clausal, ...fragments, ...stance]);
  // (a headline's "Name: words" first: the quotation finders see its words but not the name before the colon)
  const headline = headlineQuotes(c, [...direct, ...indirect, ...clausal]);
  const inHeadline = (d: Draft) => headline.some((h) => d.start < h.end && d.end > h.start);
  const rest = [...direct, ...indirect, ...clausal, ...fragments, ...stance, ...nominal].filter((d) => !inHeadline(d));
  doc.quotes = resolve(c, dedupe([...headline, ...rest]));
}


/** One quote per span: a second finder reaching the same clause adds nothing. */
function dedupe(drafts: Draft[]): Draft[] {
  const seen = new Map<string, Draft>();
  for (const d of drafts) {
    const k = `${d.start}:${d.end}`;
    if (!seen.has(k)) seen.set(k, d);
  }
  return [...seen.values()];
}

/**
 * Where sentences or paragraphs break in the text: a function giving, for an offset, the greatest start of a break
 * (a full stop, question or exclamation mark, perhaps a closing quote, then a space; or a blank line) that ends at
 * or before it, -1 if none. A text between two offsets a and b holds such a break (/[.!?]["']?\s|\n[ \t]*\n/)
 * exactly when a <= breakBefore(b): one pass over the text instead of a test of every earlier stretch.
 */
function sentenceBreaks(norm: string): (offset: number) => number {
  const ends: number[] = [], starts: number[] = [];
  const space = /\s/;
  for (let b = 0; b < norm.length; b++) {
    const ch = norm[b]!;
    let end = -1;
    if (ch === "." || ch === "!" || ch === "?") {
      if (b + 1 < norm.length && space.test(norm[b + 1]!)) end = b + 2;
      else if ((norm[b + 1] === '"' || norm[b + 1] === "'") && b + 2 < norm.length && space.test(norm[b + 2]!)) end = b + 3;
    } else if (ch === "\n") {
      let j = b + 1;
      while (j < norm.length && (norm[j] === " " || norm[j] === "\t")) j++;
      if (j < norm.length && norm[j] === "\n") end = j + 1;
    }
    if (end >= 0) { starts.push(b); ends.push(end); }
  }
  // by end, each with the greatest start among the breaks ending no later
  const order = ends.map((_, k) => k).sort((x, y) => ends[x]! - ends[y]!);
  const byEnd = order.map((k) => ends[k]!);
  const best: number[] = [];
  for (const k of order) best.push(Math.max(best[best.length - 1] ?? -1, starts[k]!));
  return (offset) => {
    let lo = 0, hi = byEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byEnd[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? best[lo - 1]! : -1;
  };
}

/** Resolves speakers in reading order (pronouns look back), then fills quotes that inherit theirs. */
function resolve(c: Ctx, drafts: Draft[]): Quote[] {
  const doc = c.doc;
  const order = [...drafts].sort((a, b) => a.at - b.at || a.start - b.start);
  const paras = paragraphs(doc.norm);
  // the paragraph holding an offset, by binary search (paragraphs are in text order and do not overlap)
  const paraOf = (offset: number) => {
    let lo = 0, hi = paras.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (paras[mid]!.end < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo < paras.length && paras[lo]!.start <= offset ? lo : -1;
  };
  const breakBefore = sentenceBreaks(doc.norm);
  const resolver = new SpeakerResolver(c);
  const done: { draft: Draft; quote: Quote }[] = [];
  for (const d of order) {
    let speaker: Quote["speaker"] = null;
    if (d.inherit === "sentence") {
      // the report this participle continues: the last quote ending before it with no sentence break between
      const from = c.toks[d.verb?.from ?? d.at]!.start;
      const lastBreak = breakBefore(from);
      const prev = done.findLast((x) => x.quote.speaker && !x.draft.stance && x.draft.end <= from && x.draft.end > lastBreak);
      speaker = prev ? carried(prev.quote.speaker!) : null;
    }
    if (d.inherit === "previous") {
      const prev = done.findLast((x) => x.quote.speaker && !x.draft.stance && x.draft.start < d.start);
      if (prev && paraOf(d.start) - paraOf(prev.draft.start) <= 1) speaker = carried(prev.quote.speaker!);
    }
    if (!speaker && d.speaker) speaker = resolver.resolve(d.speaker, !d.stance);
    if (speaker && d.inherit) resolver.remember({ name: speaker.name, entity: speaker.entity ?? null }, d.at, false);
    done.push({ draft: d, quote: toQuote(c, d, speaker) });
  }
  // a quote running on into the next paragraph is spoken by whoever speaks there
  for (let k = done.length - 1; k >= 0; k--) {
    const x = done[k]!;
    if (x.draft.inherit !== "next" || x.quote.speaker) continue;
    const next = done.filter((y) => y.draft.start > x.draft.start && y.quote.speaker && !y.draft.stance).sort((a, b) => a.draft.start - b.draft.start)[0];
    if (next && paraOf(next.draft.start) - paraOf(x.draft.start) <= 1) x.quote.speaker = carried(next.quote.speaker!);
  }
  // a continuation, quoted words or a stance whose speaker stayed unknown is not worth reporting as a quote of nobody
  return done
    .filter((x) => x.quote.speaker || (!x.draft.fragment && !x.draft.stance && (!x.draft.inherit || x.draft.inherit === "sentence")))
    .map((x) => x.quote)
    .sort((a, b) => a.start - b.start);
}

/** A speaker carried over from another quote: its name, entity and the phrase that names it there, which is the
 * attribution this quote continues ('"...," she said. "..."': "she" speaks both). */
const carried = (s: NonNullable<Quote["speaker"]>): NonNullable<Quote["speaker"]> => ({ ...s, entity: s.entity ?? null });

function toQuote(c: Ctx, d: Draft, speaker: Quote["speaker"]): Quote {
  const q: Quote = { text: c.doc.slice(d.start, d.end), start: d.start, end: d.end, direct: d.direct, speaker };
  if (d.verb) q.verb = c.doc.slice(c.toks[d.verb.from]!.start, c.toks[d.verb.to - 1]!.end).toLowerCase();
  attributions.set(q, {
    verb: d.verb ? { start: c.toks[d.verb.from]!.start, end: c.toks[d.verb.to - 1]!.end, lemma: d.verb.lemma } : null,
    speaker: speaker?.start !== undefined && speaker.end !== undefined ? { start: speaker.start, end: speaker.end } : null,
  });
  return q;
}

/** The quote whose text holds an offset (the innermost when quotes nest), for events reported in speech. */
export function quoteAt(doc: Doc, offset: number): Quote | undefined {
  let best: Quote | undefined;
  for (const q of doc.quotes) {
    if (offset >= q.start && offset < q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  }
  return best;
}

/** Where a quote's reporting verb and speaker phrase are (the speech act itself, for the events stage). */
export function attributionOf(quote: Quote): Attribution | undefined {
  return attributions.get(quote);
}
