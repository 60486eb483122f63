// Event arguments read from the dependency parse (doc.words): the subject, object, passive voice and agent of a
// verb, as the token-span phrases the rest of the events stage works with. Subject and object are undefined
// where the parse gives no firm reading, so the caller's surface reading decides.
import type { Doc, Word } from "../../doc.ts";
import { agentWord, childrenWith, isPassiveVerb, members, objectWord, phraseSpan, prepositionOf, subjectWithPath } from "../../lang/en/tree.ts";
import { nounPhraseLeft, nounPhraseRight, type NounPhrase } from "./phrases.ts";
import { LOCATIVE } from "./location.ts";

/** The phrase of an argument the parse picked: the surface noun phrase that starts where the word's phrase starts
 * and holds the word (so extent, head and members follow the events stage's one convention), else the parse's own
 * span. */
export function wordPhrase(doc: Doc, w: Word, read: "leftward" | "rightward" = "rightward"): NounPhrase {
  const [a, b] = phraseSpan(doc.words, w);
  const s = doc.sentences[w.sentence]!;
  // a subject is read back from its end, as the clause rules read it; objects and agents forward from their start
  const surface = read === "leftward" ? nounPhraseLeft(doc, doc.words[b]!.token, s.tokenStart) : nounPhraseRight(doc, doc.words[a]!.token, s.tokenEnd);
  if (surface && surface.from <= w.token && w.token < surface.to) return surface;
  return treePhrase(doc, w);
}

/** The phrase headed by a word as the parse spans it, in token indices, with its coordinated members. */
function treePhrase(doc: Doc, w: Word): NounPhrase {
  const span = (x: Word) => {
    const [a, b] = phraseSpan(doc.words, x);
    return { from: doc.words[a]!.token, to: doc.words[b]!.token + 1 };
  };
  const own = span(w);
  const all = members(doc.words, w);
  if (all.length < 2) return { ...own, head: w.token, members: [] };
  const spans = all.map((m) => (m === w ? own : span(m)));
  // the head's own span stops where its first conjunct starts
  spans[0] = { from: own.from, to: Math.min(own.to, spans[1]!.from) };
  return { from: spans[0]!.from, to: Math.max(...spans.map((s) => s.to)), head: w.token, members: spans };
}

/** The subject phrase of the verb at token v where the parse finds it on a firm path (the verb's own subject, a
 * relative pronoun's antecedent, an infinitive's controller); undefined where it does not. A
 * subject shared along coordination or a participle is left to the clause rules, which weigh more than one
 * attachment. */
export function treeSubject(doc: Doc, v: number): NounPhrase | undefined {
  const w = doc.wordOfToken(v);
  if (!w) return undefined;
  const s = subjectWithPath(doc.words, w);
  if (!s || s.path === "shared") return undefined;
  // "Pakistan today threatened": a date the parse took for the subject is an adjunct
  const at = doc.tokens[s.word.token]!;
  if (doc.timexesOver(at.start, at.end).length) return undefined;
  const np = wordPhrase(doc, s.word, s.word.i < w.i ? "leftward" : "rightward");
  // a subject right after a comma may be an apposition the parse took for the subject ("The Houthis, the rebel
  // movement ..., accused"): the clause rules, which look through appositions, decide
  if (doc.tokens[np.from - 1]?.key !== "," || np.from >= v) return np;
  return afterIntroductoryAdjunct(doc, v, np) ? np : undefined;
}

/** The phrase follows a comma that closes an introductory adjunct of the verb at v, not an apposition or a list
 * ("According to military sources, 44 peasants were killed", "On Sunday, rebels attacked"). */
export function afterIntroductoryAdjunct(doc: Doc, v: number, np: NounPhrase): boolean {
  const w = doc.wordOfToken(v);
  const before = doc.wordOfToken(np.from - 2);
  return !!w && !!before && doc.tokens[np.from - 1]?.key === "," && before.head === w.i && ["obl", "advcl", "advmod", "obl:tmod", "nmod:tmod"].includes(before.deprel);
}

/** Whether the verb at token v is passive. */
export function treePassive(doc: Doc, v: number): boolean {
  const w = doc.wordOfToken(v);
  return !!w && isPassiveVerb(doc.words, w);
}

/** The "by" agent of the verb at token v, or null. */
export function treeAgent(doc: Doc, v: number): NounPhrase | null {
  const w = doc.wordOfToken(v);
  if (!w) return null;
  const a = agentWord(doc.words, w);
  return a ? wordPhrase(doc, a) : null;
}

/** The object of the verb at token v whose pattern ends before token `after`: its direct object, or for a
 * pattern ending in a preposition ("called for", "fired on") the nominal that preposition marks. Undefined where
 * the parse gives none, so the caller's surface reading decides. */
export function treeObject(doc: Doc, v: number, after: number): NounPhrase | undefined {
  const w = doc.wordOfToken(v);
  if (!w) return undefined;
  let o: Word | undefined;
  if (after <= v + 1) o = objectWord(doc.words, w);
  else {
    const prep = doc.tokens[after - 1]?.key;
    o = childrenWith(doc.words, w, ["obl", "obj", "nmod"]).find((c) => prepositionOf(doc.words, c) === prep && c.token >= after);
  }
  if (!o || o.token < after) return undefined;
  const np = wordPhrase(doc, o);
  // "rallied outside parliament": a preposition the tagger took for an adverb leaves its noun as a false object
  return after <= v + 1 && np.from > after && LOCATIVE.has(doc.tokens[np.from - 1]!.key) ? undefined : np;
}
