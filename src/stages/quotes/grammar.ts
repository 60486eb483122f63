// Shallow grammar over the tagged tokens, enough to read attributions: where the reporting verbs are, the noun
// phrase that is a verb's subject (before it, or after it when inverted: "said Kirby"), and the adverbials and
// addressees between a verb and the clause it reports ("told reporters in Baghdad on Monday that ...").
import type { Doc, Token } from "../../doc.ts";
import { PhraseMatcher } from "../../knowledge/phrase-matcher.ts";
import {
  ADVERBIAL_PREPOSITIONS, NOUN_PHRASE_LINKS, QUOTE_ONLY_VERBS, RELATIVE_PRONOUNS, REPORTING_VERBS, SOURCE_DOCUMENTS, SOURCE_LINKS,
  PERSON_TITLES, POSSESSIVE_PRONOUNS, SPEAKER_PRONOUNS, TITLE_ABBREVIATIONS,
  type Frame, type ReportingVerb,
} from "./lexicon.ts";

const TITLE_WORDS = new Set(PERSON_TITLES);

export interface VerbHit {
  /** token range of the verb (two tokens for "pointed out") */
  from: number;
  to: number;
  entry: ReportingVerb;
}

/** A speaker's noun phrase as a token range, with the appositive role beside it when there is one. */
export interface SpeakerSpan {
  from: number;
  to: number;
  kind: "name" | "pronoun" | "nominal";
  role?: { from: number; to: number };
  /** coordinated speakers ("Russia and China said"), each its own phrase; absent for one speaker */
  members?: SpeakerSpan[];
  /** the word at the verb that stands for the speaker when it is not the phrase itself: the relative pronoun of
   * "Kirby, who said" (the speaker is found at `from`..`to`, written here) */
  written?: { from: number; to: number };
}

/** What the quotes stage knows about one document's tokens, computed once. */
export interface Ctx {
  doc: Doc;
  toks: Token[];
  /** the reporting verb starting at each token index */
  verbs: Map<number, VerbHit>;
  /** verbs that report only the quotation beside them ("she continued: "...""), by token index */
  quoteVerbs: Map<number, VerbHit>;
  /** the token is a quotation mark */
  mark: boolean[];
  /** the token lies in a time expression ("on Monday", "yesterday") */
  time: boolean[];
  /** token ranges of phrases that stand between a subject and its verb ("speaking on condition of anonymity") */
  asides: Map<number, number>;
}

const verbMatchers = new Map<ReportingVerb[], PhraseMatcher<ReportingVerb>>();
function verbMatcher(list: ReportingVerb[]): PhraseMatcher<ReportingVerb> {
  let m = verbMatchers.get(list);
  if (m) return m;
  m = new PhraseMatcher<ReportingVerb>();
  for (const v of list) for (const f of v.forms) m.add(f, v);
  verbMatchers.set(list, m);
  return m;
}

// Phrases an anonymous source's attribution carries between subject and verb.
const ASIDES = [
  "speaking on condition of anonymity", "speaking on the condition of anonymity", "speaking anonymously",
  "who spoke on condition of anonymity", "who spoke on the condition of anonymity", "who declined to be named",
  "who asked not to be named", "who did not want to be named", "who requested anonymity", "who asked not to be identified",
  "speaking to reporters", "speaking to journalists", "speaking at a press conference", "speaking at a news conference",
];
let asideMatcher: PhraseMatcher<true> | null = null;
function asidePhrases(): PhraseMatcher<true> {
  if (asideMatcher) return asideMatcher;
  asideMatcher = new PhraseMatcher<true>();
  for (const a of ASIDES) asideMatcher.add(a, true);
  return asideMatcher;
}

const NOUNISH = new Set(["NOUN", "PROPN", "NUM", "X"]);
const NP_POS = new Set(["NOUN", "PROPN", "ADJ", "NUM", "X"]);
const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your", "some", "several", "two", "three", "many", "other", "another", "both", "all"]);
const ABBREV = new Set(TITLE_ABBREVIATIONS);
const ADVERBIAL_ADP = new Set(ADVERBIAL_PREPOSITIONS);
const NP_LINKS = new Set(NOUN_PHRASE_LINKS);

export function buildCtx(doc: Doc): Ctx {
  const toks = doc.tokens;
  const verbs = verbsIn(doc, REPORTING_VERBS);
  const quoteVerbs = verbsIn(doc, QUOTE_ONLY_VERBS);
  const mark = toks.map((t) => doc.norm[t.start] === '"' || (doc.norm[t.start] === "'" && t.end - t.start === 1));
  const time = toks.map(() => false);
  for (const x of doc.timexes) for (let i = doc.tokenIndexAt(x.start); i < toks.length && toks[i]!.end <= x.end; i++) time[i] = true;
  const asides = new Map<number, number>();
  for (const m of asidePhrases().findAll(toks)) asides.set(m.to - 1, m.from);
  return { doc, toks, verbs, quoteVerbs, mark, time, asides };
}

/** The verbs of a list written in the text, where they are verbs ("claims" the noun, "the said document" are not). */
function verbsIn(doc: Doc, list: ReportingVerb[]): Map<number, VerbHit> {
  const toks = doc.tokens;
  const verbs = new Map<number, VerbHit>();
  for (const m of verbMatcher(list).findAll(toks)) {
    const entry = m.values[0]!;
    const t = toks[m.from]!;
    const single = m.to - m.from === 1;
    // a form that is also a noun ("claims", "States") counts only as a tagged verb; no capitalised word in
    // mixed-case text is a verb here ("United States", "Reuters Reports")
    // "warning that ...": a following "that" makes even a noun-tagged form a report, and so does a colon
    // before quoted speech ("The Times reports: "...")
    const beforeThat = toks[m.to]?.key === "that" && /ing$/.test(t.key);
    const beforeSpeech = doc.norm.slice(t.end).match(/^[ \t]*:\s*["“]/) !== null && m.from > 0 && !t.cap;
    const introduces = beforeThat || beforeSpeech;
    if (single && !introduces && entry.nounLike?.includes(t.key) && t.pos !== "VERB") continue;
    if (single && !introduces && (t.pos === "NOUN" || t.pos === "PROPN") && !doc.upperCase && t.key !== "said" && t.key !== "told") continue;
    if (single && t.cap && t.pos === "PROPN") continue;
    // "the declared aim", "the said document": a determiner before it makes it an adjective
    if (single && m.from > 0 && (toks[m.from - 1]!.pos === "DET" || ["the", "a", "an"].includes(toks[m.from - 1]!.key))) continue;
    if (unreal(doc, toks, m.from)) continue;
    verbs.set(m.from, { from: m.from, to: m.to, entry });
  }
  return verbs;
}

const MODALS = new Set(["will", "would", "can", "could", "should", "may", "might", "must", "shall", "to", "cannot", "ll", "d"]);

/** "will announce", "refused to say", "cannot say": a report not (yet) made. */
function unreal(doc: Doc, toks: Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (toks[j]!.pos === "ADV" || toks[j]!.key === "not" || toks[j]!.key === "n't")) j--;
  return j >= 0 && MODALS.has(toks[j]!.key) && (toks[j]!.key !== "to" || toks[j]!.pos === "PART" || doc.upperCase);
}

export const key = (c: Ctx, i: number): string => c.toks[i]?.key ?? "";
export const pos = (c: Ctx, i: number): string => c.toks[i]?.pos ?? "";
const normOf = (c: Ctx, i: number): string => (c.toks[i] ? c.doc.norm.slice(c.toks[i]!.start, c.toks[i]!.end) : "");

/** The token ends a sentence or clause for attribution purposes. */
export function isStop(c: Ctx, i: number): boolean {
  if (!/^[.!?;]$/.test(normOf(c, i)) || isAbbrevStop(c, i)) return false;
  // "NO.4", "3.5": a stop written tight against what follows ends nothing; nor does one closing an abbreviation
  // in brackets ("Rep. Jane Ruiz (D-Md.) said")
  const next = c.doc.norm[c.toks[i]!.end];
  return next === undefined || !/[\p{L}\p{N})]/u.test(next);
}

/** "Mr." / "Gen." / the "E." of "Elijah E. Cummings": the stop after a title abbreviation or an initial. */
export function isAbbrevStop(c: Ctx, i: number): boolean {
  if (normOf(c, i) !== "." || i === 0 || c.toks[i - 1]!.end !== c.toks[i]!.start) return false;
  if (ABBREV.has(key(c, i - 1))) return true;
  // an initial: one capital letter in mixed-case text with a capitalised word after it
  return !c.doc.upperCase && /^\p{Lu}$/u.test(normOf(c, i - 1)) && !!c.toks[i + 1]?.cap;
}

/** A token that may sit inside a name or noun phrase. */
function inPhrase(c: Ctx, i: number): boolean {
  const t = c.toks[i];
  if (!t || c.mark[i] || c.verbs.has(i) || c.time[i]) return false;
  if (isAbbrevStop(c, i)) return true;
  // hyphens and apostrophes written tight between two words: "al-Muhandis", "Amir-Abdollahian"
  if (/^[-']$/.test(normOf(c, i))) {
    const p = c.toks[i - 1], n = c.toks[i + 1];
    return !!p && !!n && p.end === t.start && t.end === n.start;
  }
  if (t.pos === "PUNCT" || t.pos === "SYM") return false;
  if (NP_POS.has(t.pos) || (t.pos === "PRON" && /'s$/.test(t.key))) return true;
  // a participle before a noun ("a televised speech", "the ruling party")
  const next = c.toks[i + 1];
  if (t.pos === "VERB" && /(ed|ing)$/.test(t.key) && next && (next.pos === "NOUN" || next.pos === "PROPN")) return true;
  // a capitalised word inside a sentence belongs to a name, whatever its tag ("The Associated Press")
  return t.cap && i > 0 && c.toks[i - 1]!.sentence === t.sentence && !isStop(c, i - 1) && (!c.mark[i - 1] || closesQuote(c, i - 1)) && t.pos !== "AUX" && t.pos !== "PRON" && t.pos !== "DET" && t.pos !== "ADP" && t.pos !== "CCONJ";
}

/** A quotation mark that closes a quote: written tight after its last word or punctuation ('...," Lynch said'). */
function closesQuote(c: Ctx, i: number): boolean {
  const t = c.toks[i]!;
  return t.start > 0 && /[\p{L}\p{N},.?!]/u.test(c.doc.norm[t.start - 1]!);
}

const isDeterminer = (c: Ctx, i: number) => pos(c, i) === "DET" || DETERMINERS.has(key(c, i)) || (pos(c, i) === "PRON" && DETERMINERS.has(key(c, i)));

/** A noun phrase ending just before token `end`, not reaching before `lo`: "a spokesman for Iran's foreign ministry". */
export function nounPhraseBefore(c: Ctx, end: number, lo: number): { from: number; to: number } | null {
  let i = end - 1, from = end, sawNoun = false;
  // right before a reporting verb a "verb" or adjective is a mistagged noun: "a war monitor said", "the general said"
  const mistaggable = pos(c, i) === "VERB" || pos(c, i) === "ADJ";
  if (i > lo && mistaggable && !c.verbs.has(i) && (isDeterminer(c, i - 1) || NP_POS.has(pos(c, i - 1))) && c.verbs.has(end)) {
    sawNoun = true;
    from = i--;
  }
  while (i >= lo && end - i <= 12) {
    if (inPhrase(c, i)) {
      // (a capitalised word is a name whatever its tag: '"...," Lynch said')
      if (NOUNISH.has(pos(c, i)) || (c.toks[i]!.cap && !c.doc.upperCase)) sawNoun = true;
      from = i--;
      continue;
    }
    if (!sawNoun) break;
    if (isDeterminer(c, i)) {
      if (key(c, i) === "that") break; // "the fact that President X acknowledges": a conjunction, not a determiner
      from = i;
      // "spokesman for the ministry": the determiner may follow a link word inside a longer phrase
      if (i - 2 >= lo && NP_LINKS.has(key(c, i - 1)) && key(c, i - 1) !== "and" && inPhrase(c, i - 2) && NOUNISH.has(pos(c, i - 2))) {
        i -= 2;
        continue;
      }
      break;
    }
    if (NP_LINKS.has(key(c, i)) && key(c, i) !== "and" && i - 1 >= lo && inPhrase(c, i - 1) && NOUNISH.has(pos(c, i - 1))) {
      i--;
      continue;
    }
    break;
  }
  return sawNoun && from < end ? { from, to: end } : null;
}

/** A noun phrase starting at token `from`, not reaching `hi`: "the ministry", "John Kirby", "a spokesman for the army". */
export function nounPhraseAfter(c: Ctx, from: number, hi: number): { from: number; to: number } | null {
  let i = from;
  if (i < hi && isDeterminer(c, i)) i++;
  let to = -1;
  while (i < hi) {
    if (inPhrase(c, i)) {
      to = ++i;
      continue;
    }
    // "spokesman for the ministry", "head of the army"
    if (to === i && NP_LINKS.has(key(c, i)) && key(c, i) !== "and" && i + 1 < hi) {
      let j = i + 1;
      if (isDeterminer(c, j)) j++;
      if (j < hi && inPhrase(c, j) && !c.time[j]) {
        i = j;
        continue;
      }
    }
    break;
  }
  return to > from ? { from, to } : null;
}

let sourceMatcher: PhraseMatcher<true> | null = null;
let linkMatcher: PhraseMatcher<true> | null = null;
function phraseSet(list: string[]): PhraseMatcher<true> {
  const m = new PhraseMatcher<true>();
  for (const s of list) m.add(s, true);
  return m;
}

/** "a statement from the ministry" → "the ministry": a document's speaker is whoever issued it. */
export function throughDocument(c: Ctx, span: SpeakerSpan, hi: number): SpeakerSpan {
  sourceMatcher ??= phraseSet(SOURCE_DOCUMENTS);
  linkMatcher ??= phraseSet(SOURCE_LINKS);
  for (let i = span.from; i < span.to; i++) {
    const doc = sourceMatcher.matchAt(c.toks, i, Math.min(span.to + 1, c.toks.length));
    if (!doc) continue;
    const link = linkMatcher.matchAt(c.toks, doc.to, hi);
    const inner = link ? nounPhraseAfter(c, link.to, hi) : null;
    if (inner) return { ...inner, kind: speakerKind(c, inner.from, inner.to) };
    break;
  }
  return span;
}

/** The speaker pronoun a word stands for: itself, or the subject form of a possessive ("his" → "he"). */
export const speakerPronoun = (word: string): string => POSSESSIVE_PRONOUNS[word] ?? word;

/** Classifies a speaker phrase: a pronoun, a name (its head is a proper noun), or a description. */
export function speakerKind(c: Ctx, from: number, to: number): SpeakerSpan["kind"] {
  if (to - from === 1 && SPEAKER_PRONOUNS[speakerPronoun(key(c, from))] && pos(c, from) === "PRON") return "pronoun";
  const head = c.toks[to - 1]!;
  // a capital at a sentence's start says nothing ("Officials said")
  const first = to - 1 === 0 || c.toks[to - 2]!.sentence !== head.sentence || c.mark[to - 2] || isStop(c, to - 2);
  return head.pos === "PROPN" || (head.cap && !first) ? "name" : "nominal";
}

/** Steps back over what may stand between a subject and its verb: adverbs, auxiliaries, "not", times, asides. */
function skipBackToSubject(c: Ctx, i: number, lo: number): number {
  while (i >= lo) {
    const p = pos(c, i);
    if (p === "ADV" || p === "AUX" || p === "PART" || c.time[i]) {
      i--;
      if (c.time[i + 1] && i >= lo && pos(c, i) === "ADP" && !c.time[i]) i--; // "on" of "on Monday"
      continue;
    }
    const aside = c.asides.get(i);
    if (aside !== undefined) {
      i = aside - 1;
      continue;
    }
    // an acronym or gloss in brackets after the name: "the Farabundo Marti National Liberation Front [FMLN] said"
    const open = bracketOpening(c, i, lo);
    if (open > lo) {
      i = open - 1;
      continue;
    }
    break;
  }
  return i;
}

/** The opening bracket of a short bracketed gloss closing at token i ("[FMLN]", "(D-Md.)"), or -1. */
function bracketOpening(c: Ctx, i: number, lo: number): number {
  if (!/^[)\]]$/.test(normOf(c, i))) return -1;
  let j = i - 1;
  while (j >= lo && i - j <= 8 && !/^[(\[]$/.test(normOf(c, j))) j--;
  return j >= lo && i - j <= 8 ? j : -1;
}

const PASSIVE_AUX = new Set(["was", "were", "is", "are", "been", "being", "be"]);

const isComma = (c: Ctx, i: number) => normOf(c, i) === ",";

/** The subject of the verb at token `v`, looking back no further than `lo`. */
export function subjectBefore(c: Ctx, v: number, lo: number): SpeakerSpan | null {
  let i = skipBackToSubject(c, v - 1, lo);
  if (i < lo) return null;
  // "it was reported that": a passive report names no speaker before its verb
  if (!/ing$/.test(key(c, v))) for (let j = i + 1; j < v; j++) if (PASSIVE_AUX.has(key(c, j))) return null;
  // "Kirby, who ..., said" / "Kirby, who said"
  if (RELATIVE_PRONOUNS.includes(key(c, i)) && i - 1 >= lo && isComma(c, i - 1)) {
    const np = nounPhraseBefore(c, i - 1, lo);
    return np ? { ...np, kind: speakerKind(c, np.from, np.to), written: { from: i, to: i + 1 } } : null;
  }
  if (pos(c, i) === "PRON" && SPEAKER_PRONOUNS[key(c, i)]) return { from: i, to: i + 1, kind: "pronoun" };
  if (isComma(c, i)) {
    const app = appositiveSubject(c, i, lo);
    return app ? coordinated(c, app, lo) : null;
  }
  const np = nounPhraseBefore(c, i + 1, lo);
  return np ? coordinated(c, throughDocument(c, { ...np, kind: speakerKind(c, np.from, np.to) }, np.to), lo) : null;
}

/** "Russia and China said", "the UK, France and Germany said": the speaker phrase with the members before it. */
function coordinated(c: Ctx, span: SpeakerSpan, lo: number): SpeakerSpan {
  if (span.kind === "pronoun" || span.from - 1 < lo || key(c, span.from - 1) !== "and") return span;
  const members: SpeakerSpan[] = [{ from: span.from, to: span.to, kind: span.kind }];
  let i = span.from - 2;
  // ", and": a list's last member ("A, B, and C") or a new clause ("clashed in the capital, and officials said")
  const oxford = i >= lo && isComma(c, i);
  if (oxford) i--;
  // a member opens the clause or follows a list comma: one after a preposition or a verb is an object ("in the capital")
  const opens = (from: number) => from - 1 < lo || isStop(c, from - 1) || !["ADP", "VERB", "AUX", "NOUN", "PROPN", "ADJ", "NUM"].includes(pos(c, from - 1)) && !(pos(c, from - 1) === "ADV" && !c.time[from - 1]);
  for (let guard = 0; i >= lo && guard < 8; guard++) {
    const np = nounPhraseBefore(c, i + 1, lo);
    const kind = np ? speakerKind(c, np.from, np.to) : "pronoun";
    // "After the meeting, Iran and Iraq said": a phrase before a comma that opens no list ends the members
    if (!np || kind === "pronoun" || !opens(np.from)) {
      if (members.length === 1) return span;
      break;
    }
    members.unshift({ ...np, kind });
    i = np.from - 1;
    if (i < lo || !isComma(c, i)) break;
    i--;
  }
  if (members.length < 2 || oxford && members.length < 3) return span;
  // "Defence and Public Security Minister X": a bare word naming nothing coordinates modifiers, not speakers
  const last = members[members.length - 1]!;
  let titled = false;
  for (let k = last.from; k < last.to - 1; k++) if (TITLE_WORDS.has(key(c, k))) titled = true;
  const bare = (m: SpeakerSpan) => m.to - m.from === 1 && (titled || m.kind === "nominal" && !c.doc.mentionsIn(c.toks[m.from]!.start, c.toks[m.from]!.end).some((x) => x.entity));
  if (members.slice(0, -1).some(bare)) return span;
  return { from: members[0]!.from, to: span.to, kind: span.kind, members };
}

/** "John Kirby, Pentagon press secretary, said": the name before the first comma, the role between the two. */
function appositiveSubject(c: Ctx, comma: number, lo: number): SpeakerSpan | null {
  let j = comma - 1;
  while (j >= lo && comma - j <= 16 && !isComma(c, j)) {
    if (c.mark[j] || isStop(c, j) || normOf(c, j) === ":") return null;
    j--;
  }
  if (j < lo || !isComma(c, j) || j + 1 >= comma) return null;
  const opener = pos(c, j + 1);
  // "The minister, speaking to reporters in Brussels, said" / "The URNG, made up of four groups, said" /
  // "Roberto Vidal, currently a deputy, said": a participle or adverb phrase describes the speaker
  const participle = (opener === "VERB" && /(ing|ed)$/.test(key(c, j + 1))) || opener === "ADV";
  if (!participle && !["DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON", "ADP", "X"].includes(opener)) return null;
  // "Rep. Jim Jordan (R-Ohio), a panel member, said": the party and state in brackets stand outside the name
  const gloss = bracketOpening(c, j - 1, lo);
  const np = nounPhraseBefore(c, gloss > lo ? gloss : j, lo);
  if (!np) return null;
  const kind = speakerKind(c, np.from, np.to);
  if (opener === "ADP" || participle) return { ...np, kind };
  // "The UN envoy, Jan Kubis, warned": the name between the commas is the speaker, the description its role
  const inner = nounPhraseAfter(c, j + 1, comma);
  if (kind === "nominal" && inner && inner.to === comma && speakerKind(c, inner.from, inner.to) === "name") {
    return { ...inner, kind: "name", role: { from: np.from, to: np.to } };
  }
  // "Scott Ruiz, the attorney general of Ohio, one of the states suing the agency, said": a description after a
  // name and a comma is a second role; the name before it speaks
  const before = np.from - 1;
  if (kind === "nominal" && before > lo && isComma(c, before)) {
    const named = nounPhraseBefore(c, before, lo);
    if (named && speakerKind(c, named.from, named.to) === "name" && (named.from === lo || isStop(c, named.from - 1) || c.mark[named.from - 1])) {
      return { ...named, kind: "name", role: { from: np.from, to: comma } };
    }
  }
  return { ...np, kind, role: { from: j + 1, to: comma } };
}

/** The subject after an inverted verb ("said Kirby", "said John Kirby, Pentagon press secretary"). */
export function subjectAfter(c: Ctx, v: number, hi: number): SpeakerSpan | null {
  let i = v;
  while (i < hi && (pos(c, i) === "ADV" || c.time[i])) i++;
  if (i < hi && pos(c, i) === "PRON" && SPEAKER_PRONOUNS[key(c, i)]) return { from: i, to: i + 1, kind: "pronoun" };
  const np = nounPhraseAfter(c, i, hi);
  if (!np) return null;
  const out: SpeakerSpan = { ...np, kind: speakerKind(c, np.from, np.to) };
  // a role after a comma, running to the end of the attribution
  if (np.to < hi && isComma(c, np.to)) {
    const role = nounPhraseAfter(c, np.to + 1, hi);
    if (role && (role.to >= hi || isStop(c, role.to) || isComma(c, role.to))) {
      // "said the foreign minister, Ana Ruiz": the name after the description is the speaker, the description its role
      if (out.kind === "nominal" && speakerKind(c, role.from, role.to) === "name") return { ...role, kind: "name", role: { from: np.from, to: np.to } };
      out.role = role;
    }
  }
  return out;
}

/** True when after `i` come only adverbials, then the end, a stop or a comma: the attribution has ended there. */
export function onlyAdverbialsTo(c: Ctx, i: number, hi: number): boolean {
  const j = skipAdverbials(c, i, hi);
  return j >= hi || isStop(c, j) || isComma(c, j);
}

/** Steps over adverbials after a reporting verb: "in a statement", "on Monday", "late on Sunday", "also". */
export function skipAdverbials(c: Ctx, i: number, hi: number): number {
  for (let guard = 0; i < hi && guard < 20; guard++) {
    if (c.time[i] || (pos(c, i) === "ADV" && key(c, i) !== "there")) {
      i++;
      continue;
    }
    if (ADVERBIAL_ADP.has(key(c, i)) && (pos(c, i) === "ADP" || pos(c, i) === "ADV" || c.time[i + 1])) {
      const np = nounPhraseAfter(c, i + 1, hi);
      if (np) {
        i = np.to;
        continue;
      }
      if (c.time[i + 1]) {
        i++;
        continue;
      }
      return i;
    }
    // a comma opening or closing an adverbial: "said, in a statement, that"
    if (isComma(c, i) && i + 1 < hi && (ADVERBIAL_ADP.has(key(c, i + 1)) || key(c, i + 1) === "that" || c.time[i + 1])) {
      i++;
      continue;
    }
    return i;
  }
  return i;
}

/** Steps over an addressee after a verb that takes one: "told reporters", "told the BBC", "warned Tehran". */
export function skipAddressee(c: Ctx, i: number, hi: number): number {
  if (i < hi && pos(c, i) === "PRON" && /^(him|her|them|us|me|you)$/.test(key(c, i))) return i + 1;
  const np = nounPhraseAfter(c, i, hi);
  return np ? np.to : i;
}

export function hasFrame(v: VerbHit, f: Frame): boolean {
  return v.entry.frames.includes(f);
}

/** Index of the token containing or starting at an offset. */
export function tokenAt(c: Ctx, offset: number): number {
  const i = c.doc.tokenIndexAt(offset);
  if (i > 0 && c.toks[i - 1]!.end > offset) return i - 1;
  return i;
}

export const isCommaTok = isComma;
export const normText = normOf;
