// Attributions carried by a noun: a noun of speech, belief or intention with its complement clause ("Trump's
// claim that the vote was rigged", "the senator's decision to resign", "Democrats expressed concern that the deal
// would fail"), read from the parse. The clause is the content; its holder is the noun's possessor, the author
// after "from" or "by" ("warnings from his lawyer that ..."), or the subject of the verb that voiced or made it.
// A noun no one holds ("there were fears that ...") is left alone: an attribution to nobody is not worth reporting.
import type { Word } from "../../doc.ts";
import { baseRel, childrenWith, phraseSpan, prepositionOf, subtreeSpan } from "../../lang/en/tree.ts";
import { CONTENT_NOUNS, LIGHT_VERBS } from "./lexicon.ts";
import { speakerKind, type Ctx, type SpeakerSpan } from "./grammar.ts";
import { trimmed, type Draft } from "./draft.ts";
import { parsedSubject } from "./clausal.ts";
import { SpanIndex } from "../../util/span-index.ts";

const NOUNS = new Set(CONTENT_NOUNS);
const LIGHT = new Set(LIGHT_VERBS);
const AUTHOR_PREPOSITIONS = new Set(["from", "by"]);
const TOPIC_PREPOSITIONS = new Set(["about", "on", "for", "of", "over", "against", "into"]);

/** The complement of a noun: its clause ("that the vote was rigged", "to resign"; not a relative clause), or
 * for a noun voiced by a light verb what it is about ("expressed misgivings about the nominee", "made the case
 * for reform"). */
function complementOf(c: Ctx, words: readonly Word[], n: Word): Word | undefined {
  const after = n.children.map((k) => words[k]!).filter((x) => x.i > n.i);
  const clause = after.find((x) => (x.deprel === "acl" || x.deprel === "ccomp") && childrenWith(words, x, ["mark"]).some((m) => /^(that|to)$/i.test(m.form)));
  if (clause || !voicedBy(c, words, n)) return clause;
  return after.find((x) => baseRel(x) === "nmod" && TOPIC_PREPOSITIONS.has(prepositionOf(words, x) ?? ""));
}

/** The light verb whose object the noun is ("expressed concern", "made the case"), if any. */
function voicedBy(c: Ctx, words: readonly Word[], n: Word): Word | undefined {
  const verb = n.head >= 0 ? words[n.head]! : undefined;
  return verb && baseRel(n) === "obj" && verb.upos === "VERB" && LIGHT.has(c.doc.tokens[verb.token]!.lemma) ? verb : undefined;
}

/** Who holds the noun: its possessor, its author after "from"/"by", or the subject of the verb that voiced it. */
function holderOf(c: Ctx, words: readonly Word[], n: Word): SpeakerSpan | null {
  const poss = childrenWith(words, n, ["nmod:poss"])[0];
  const author = childrenWith(words, n, ["nmod"]).find((x) => AUTHOR_PREPOSITIONS.has(prepositionOf(words, x) ?? ""));
  const phrase = poss ?? author;
  if (phrase) {
    const [a, b] = phraseSpan(words, phrase);
    let from = words[a]!.token, to = words[b]!.token + 1;
    // "Trump's": the possessive ending is not part of the name
    while (to - 1 > from && /^['’]s?$/.test(c.doc.tokens[to - 1]!.key)) to--;
    return { from, to, kind: speakerKind(c, from, to) };
  }
  const verb = voicedBy(c, words, n);
  return verb ? parsedSubject(c, verb) : null;
}

export function nominalQuotes(c: Ctx, quoted: (offset: number) => boolean, found: readonly Draft[]): Draft[] {
  const { doc } = c;
  const words = doc.words;
  const out: Draft[] = [];
  const foundIndex = new SpanIndex(found);
  for (const n of words) {
    const token = doc.tokens[n.token]!;
    if (n.upos !== "NOUN" || !NOUNS.has(token.lemma) || quoted(token.start)) continue;
    doc.parsed(n.sentence);
    const clause = complementOf(c, words, n);
    if (!clause) continue;
    const [lo, hi] = subtreeSpan(words, clause);
    let first = lo;
    // (past "that" and a topic's preposition: "about the nominee" is about "the nominee")
    while (first < clause.i && words[first]!.head === clause.i && (words[first]!.deprel === "mark" && words[first]!.form.toLowerCase() === "that" || baseRel(words[first]!) === "case")) first++;
    const span = trimmed(c, words[first]!.start, words[hi]!.end);
    if (span.end - span.start < 3 || foundIndex.overlapping(span.start, span.end).length) continue;
    const speaker = holderOf(c, words, n);
    if (!speaker) continue;
    out.push({ ...span, direct: false, verb: { from: n.token, to: n.token + 1, lemma: token.lemma }, speaker, at: speaker.from, stance: true });
  }
  return out;
}
