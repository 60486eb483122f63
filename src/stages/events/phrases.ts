// The surface reading of phrases over wink's parts of speech: noun-phrase chunks, a verb's auxiliary chain and the
// clause markers (relative pronouns, subordinators, complementisers) that bound an event's arguments. A noun
// phrase is a run of nominal tokens, optionally with one "of"-PP and coordinated members. Which phrase is an
// argument comes from the dependency parse where it is firm (tree-args.ts); these chunks give its extent.
import type { Doc, Token } from "../../doc.ts";

export interface Span {
  /** token index range [from, to) */
  from: number;
  to: number;
}

export interface NounPhrase extends Span {
  /** the head token (last nominal of the first segment) */
  head: number;
  /** coordinated members ("the UK, Germany and France"), each a phrase of its own; empty when single */
  members: Span[];
}

export const RELATIVE = new Set(["which", "who", "whom", "whose", "that", "where"]);
export const SUBORDINATORS = new Set(["after", "before", "because", "while", "when", "whereas", "although", "though", "since", "until", "unless", "if", "once", "as", "whether"]);
const NOMINAL_POS = new Set(["DET", "ADJ", "NOUN", "PROPN", "NUM"]);

export const isWordToken = (t: Token | undefined): boolean => !!t && /[\p{L}\p{N}]/u.test(t.text);

/** Joined to its neighbour without space ("Iran-backed": Iran / - / backed). */
function glued(doc: Doc, a: Token | undefined, b: Token | undefined): boolean {
  return !!a && !!b && a.end === b.start;
}

/** A token that can be part of a noun phrase (relative pronouns and verbs excepted, save hyphen compounds). */
export function isNominal(doc: Doc, i: number, lo: number, hi: number): boolean {
  const t = doc.tokens[i];
  if (!t || i < lo || i >= hi) return false;
  // dates are adjuncts, not part of a phrase naming someone ("Iran's leader today")
  if ((t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "NUM") && doc.timexesOver(t.start, t.end).some((x) => x.type === "DATE") && !(doc.tokens[i + 1] && ["NOUN", "PROPN", "ADJ"].includes(doc.tokens[i + 1]!.pos) && i + 1 < hi)) return false;
  if (t.text === "-" && glued(doc, doc.tokens[i - 1], t) && glued(doc, t, doc.tokens[i + 1])) return true;
  if (glued(doc, doc.tokens[i - 1], t) && doc.tokens[i - 1]!.text === "-" && isWordToken(t)) return true; // "-backed"
  if (glued(doc, t, doc.tokens[i + 1]) && doc.tokens[i + 1]!.text === "-" && isWordToken(t)) return true; // "Iran-"
  if (t.pos === "PRON") return !RELATIVE.has(t.key) && !["what", "it's"].includes(t.key);
  if (t.key === "'s" || t.key === "'") return i > lo;
  if (NOMINAL_POS.has(t.pos)) return !(t.pos === "DET" && RELATIVE.has(t.key));
  // participles before a noun ("remaining signatories", "armed groups")
  if (t.pos === "VERB" && /(?:ing|ed)$/.test(t.key)) {
    const n = doc.tokens[i + 1];
    const p = doc.tokens[i - 1];
    return !!n && i + 1 < hi && (n.pos === "NOUN" || n.pos === "PROPN") && !!p && (p.pos === "DET" || p.pos === "ADJ" || p.pos === "PRON");
  }
  if (t.pos === "X" && isWordToken(t) && (doc.upperCase || t.cap)) return true;
  // "most powerful commander", "very large crowd"
  if (t.pos === "ADV" && /^(?:most|more|very|least|highly|heavily|well)$/.test(t.key) && doc.tokens[i + 1]?.pos === "ADJ" && i + 1 < hi) return true;
  return false;
}

function segmentRight(doc: Doc, i: number, hi: number): Span | null {
  let j = i;
  while (isNominal(doc, j, 0, hi)) j++;
  return j > i ? { from: i, to: j } : null;
}

function segmentLeft(doc: Doc, i: number, lo: number): Span | null {
  let j = i;
  while (isNominal(doc, j, lo, doc.tokens.length)) j--;
  return j < i ? { from: j + 1, to: i + 1 } : null;
}

const QUANTITY = new Set(["thousands", "hundreds", "dozens", "scores", "millions", "tens", "group", "groups", "number", "members", "some", "many", "most", "all", "one", "two", "three", "several", "crowd", "crowds", "band", "team", "delegation", "part", "majority"]);

/** "Thousands of Iraqi Kurds": a quantity's head is its "of"-phrase's. */
export function quantityHead(doc: Doc, head: number, to: number): number {
  if (!QUANTITY.has(doc.tokens[head]!.key) || doc.tokens[head + 1]?.key !== "of") return head;
  let k = head + 2;
  while (k < to && isNominal(doc, k, 0, to)) k++;
  return k > head + 2 ? headOf(doc, { from: head + 2, to: k }) : head;
}

function headOf(doc: Doc, s: Span): number {
  for (let k = s.to - 1; k >= s.from; k--) {
    const t = doc.tokens[k]!;
    if (t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "PRON" || t.pos === "NUM" || t.pos === "X") return k;
  }
  return s.to - 1;
}

const isCoord = (t: Token | undefined) => !!t && (t.key === "and" || t.key === "or" || t.key === ",");
const isVerbal = (t: Token | undefined) => !!t && (t.pos === "VERB" || t.pos === "AUX");

/** The noun phrase starting at token i (with one "of"-PP and coordinated members), or null. */
export function nounPhraseRight(doc: Doc, i: number, hi: number): NounPhrase | null {
  const first = segmentRight(doc, i, hi);
  if (!first) return null;
  let to = first.to;
  let head = headOf(doc, first);
  // "the facilities of two militia groups" (not "accused X of kidnapping ...": an "of" before a gerund opens a charge)
  const gerund = (t: Token | undefined) => !!t && t.pos !== "PROPN" && /^\p{Ll}/u.test(t.text) && /\w{3}ing$/.test(t.key);
  if (doc.tokens[to]?.key === "of" && to + 1 < hi && !gerund(doc.tokens[to + 1])) {
    const pp = segmentRight(doc, to + 1, hi);
    if (pp) to = pp.to;
    head = quantityHead(doc, head, to);
  }
  const members: Span[] = [{ from: first.from, to }];
  // coordination: ", X" / "and X" / ", and X", a member not followed by a verb (else it is a new clause's subject)
  for (let k = to; k < hi; ) {
    let m = k;
    if (doc.tokens[m]?.key === ",") m++;
    if (doc.tokens[m]?.key === "and" || doc.tokens[m]?.key === "or") m++;
    if (m === k) break;
    const next = segmentRight(doc, m, hi);
    if (!next || isVerbal(doc.tokens[next.to]) || isVerbal(doc.tokens[next.to + 1]) && doc.tokens[next.to]?.pos === "ADV") break;
    members.push(next);
    to = next.to;
    k = next.to;
  }
  return { from: first.from, to, head, members: members.length > 1 ? members : [] };
}

/** The noun phrase ending at token i (with an "of"-PP and coordinated members to its left), or null. */
export function nounPhraseLeft(doc: Doc, i: number, lo: number): NounPhrase | null {
  let last = segmentLeft(doc, i, lo);
  if (!last) return null;
  let from = last.from;
  // "... of X" seen from the right: take the phrase the PP belongs to
  if (doc.tokens[from - 1]?.key === "of") {
    const owner = segmentLeft(doc, from - 2, lo);
    if (owner) {
      last = { from: owner.from, to: last.to };
      from = owner.from;
    }
  }
  const members: Span[] = [last];
  for (let k = from - 1; k >= lo; ) {
    if (!isCoord(doc.tokens[k])) break;
    let m = k;
    if (doc.tokens[m]?.key === "and" || doc.tokens[m]?.key === "or") m--;
    if (doc.tokens[m]?.key === ",") m--;
    const prev = segmentLeft(doc, m, lo);
    if (!prev) break;
    // "according to military sources, 44 peasants": a phrase in a preposition's object before a bare comma is an
    // introductory phrase, not the first of a list (a list joined by "and" may stand in a PP: "with X, Y and Z")
    const bareComma = members.length === 1 && doc.tokens[k]?.key === ",";
    const opener = doc.tokens[prev.from - 1];
    if (bareComma && opener && (opener.pos === "ADP" || opener.key === "to")) break;
    members.unshift(prev);
    from = prev.from;
    k = prev.from - 1;
  }
  // the head is the head of the first member, before any "of"-PP
  const firstSeg = members[0]!;
  let headTo = firstSeg.to;
  for (let k = firstSeg.from; k < firstSeg.to; k++) if (doc.tokens[k]!.key === "of") { headTo = k; break; }
  const head = quantityHead(doc, headOf(doc, { from: firstSeg.from, to: headTo }), firstSeg.to);
  return { from, to: i + 1, head, members: members.length > 1 ? members : [] };
}

/** The auxiliary chain before a verb (has been, will not, could have ...), as token indexes, nearest first. */
export function auxChain(doc: Doc, v: number, lo: number): number[] {
  const out: number[] = [];
  for (let k = v - 1; k >= lo; k--) {
    const t = doc.tokens[k]!;
    if (t.pos === "AUX" || t.pos === "ADV" || t.pos === "PART" && t.key !== "to" || t.key === "not" || t.key === "n't" || t.key === "never") out.push(k);
    else break;
  }
  return out;
}

/** The sentence's token range. */
export function sentenceSpan(doc: Doc, si: number): Span {
  const s = doc.sentences[si]!;
  return { from: s.tokenStart, to: s.tokenEnd };
}

export function spanText(doc: Doc, s: Span): string {
  if (s.to <= s.from) return "";
  return doc.text.slice(doc.tokens[s.from]!.start, doc.tokens[s.to - 1]!.end);
}
