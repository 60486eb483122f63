// Stance, characterisation and intention read from the parse: a verb of speech, judgement or intention whose
// content is a phrase, not a clause ("Cruz endorsed Trump", "she called for a repeal of the law", "the senator
// refused to testify", "Trump called the deal a disaster"). Attribution corpora count these as the subject's
// attributions as much as "X said ...". Only what the other finders left is taken, and only with a subject to
// speak for it: an attribution to nobody is not worth reporting.
import type { Word } from "../../doc.ts";
import { baseRel, childrenWith, isPassiveVerb, phraseSpan, prepositionOf, subjectWithPath, subtreeSpan } from "../../lang/en/tree.ts";
import { CONTENT_VERBS } from "./lexicon.ts";
import { speakerKind, type Ctx } from "./grammar.ts";
import { trimmed, type Draft } from "./draft.ts";
import { SpanIndex } from "../../util/span-index.ts";

const FRAMES = new Map(Object.entries(CONTENT_VERBS).map(([lemma, frames]) => [lemma, new Set(frames)]));

/** What is said of an object after it: "a disgrace" (called X a disgrace), "as useful", "to a snake", "for failing". */
const OBJECT_PREDICATE_PREPOSITIONS = new Set(["as", "to", "for", "of", "into"]);

/** The words a verb's content spans, [first, last], or null when it has none of the verb's frames. */
function contentOf(words: readonly Word[], v: Word, frames: Set<string>): [number, number] | null {
  const obj = childrenWith(words, v, ["obj"])[0];
  if (obj && (frames.has("obj") || frames.has("pred"))) {
    let [lo, hi] = subtreeSpan(words, obj);
    let predicate = false;
    for (const c of v.children.map((k) => words[k]!)) {
      if (c.i <= obj.i) continue;
      // (a second object is what the first is called: "called the plan a disgrace")
      if (baseRel(c) === "xcomp" || baseRel(c) === "obj" || (baseRel(c) === "obl" && OBJECT_PREDICATE_PREPOSITIONS.has(prepositionOf(words, c) ?? ""))) {
        predicate = true;
        hi = Math.max(hi, subtreeSpan(words, c)[1]);
      }
    }
    // a pronoun alone ("endorsed him") says nothing of what was attributed
    if (predicate || (frames.has("obj") && obj.upos !== "PRON")) return [lo, hi];
  }
  if (frames.has("to")) {
    // "refused to testify", "proposes doing away with": an infinitive or gerund the verb governs
    const inf = childrenWith(words, v, ["xcomp"]).find((x) => x.upos === "VERB" && (x.xpos === "VBG" || childrenWith(words, x, ["mark"]).some((m) => m.form.toLowerCase() === "to")));
    if (inf) return subtreeSpan(words, inf);
  }
  for (const o of childrenWith(words, v, ["obl"])) {
    if (o.i < v.i) continue;
    const prep = prepositionOf(words, o);
    if (prep && frames.has(prep)) {
      const [lo, hi] = subtreeSpan(words, o);
      let from = lo;
      while (from < o.i && words[from]!.head === o.i && baseRel(words[from]!) === "case") from++;
      return [from, hi];
    }
  }
  return null;
}

export function stanceQuotes(c: Ctx, quoted: (offset: number) => boolean, usedVerbs: Set<number>, found: readonly Draft[]): Draft[] {
  const { doc } = c;
  const words = doc.words;
  const out: Draft[] = [];
  const foundIndex = new SpanIndex(found);
  for (const w of words) {
    const token = doc.tokens[w.token]!;
    const frames = FRAMES.get(token.lemma);
    if (!frames || w.upos !== "VERB" || usedVerbs.has(w.token) || quoted(token.start)) continue;
    doc.parsed(w.sentence);
    // "the man called Smith", "Cruz was criticised": a participle naming or a passive has no speaker as subject
    // (but a verb hung from a noun at the root is the sentence's own predicate misread: "The senator called for")
    const misread = baseRel(w) === "acl" && w.head >= 0 && words[w.head]!.head < 0;
    if (isPassiveVerb(words, w) || (baseRel(w) === "acl" && !misread) || baseRel(w) === "amod") continue;
    const extent = contentOf(words, w, frames);
    if (!extent) continue;
    const span = trimmed(c, words[extent[0]]!.start, words[extent[1]]!.end);
    if (span.end - span.start < 3) continue;
    if (foundIndex.overlapping(span.start, span.end).length) continue;
    const subject = subjectWithPath(words, w);
    if (!subject || subject.word.deprel.startsWith("csubj")) continue;
    const [a, b] = phraseSpan(words, subject.word);
    const from = words[a]!.token, to = words[b]!.token + 1;
    const speaker = { from, to, kind: speakerKind(c, from, to) };
    out.push({ ...span, direct: false, verb: { from: w.token, to: w.token + 1, lemma: token.lemma }, speaker, at: from, stance: true });
  }
  return out;
}
