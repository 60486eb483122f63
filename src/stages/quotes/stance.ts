// Stance, characterisation and intention read from the parse: a verb of speech, judgement or intention whose
// content is a phrase, not a clause ("Cruz endorsed Trump", "she called for a repeal of the law", "the senator
// refused to testify", "Trump called the deal a disaster"). Attribution corpora count these as the subject's
// attributions as much as "X said ...". Only what the other finders left is taken, and only with a subject to
// speak for it: an attribution to nobody is not worth reporting.
import type { Word } from "../../doc.ts";
import { baseRel, childrenWith, isPassiveVerb, prepositionOf, subtreeSpan } from "../../lang/en/tree.ts";
import { CONTENT_ADJECTIVES, CONTENT_VERBS } from "./lexicon.ts";
import type { Ctx } from "./grammar.ts";
import { parsedSubject } from "./clausal.ts";
import { trimmed, type Draft } from "./draft.ts";
import { SpanIndex } from "../../util/span-index.ts";

const FRAMES = new Map(Object.entries(CONTENT_VERBS).map(([lemma, frames]) => [lemma, new Set(frames)]));
const ADJECTIVE_FRAMES = new Map(Object.entries(CONTENT_ADJECTIVES).map(([form, frames]) => [form, new Set(frames)]));

/** What is said of an object after it: "a disgrace" (called X a disgrace), "as useful", "to a snake", "for failing". */
const OBJECT_PREDICATE_PREPOSITIONS = new Set(["as", "to", "for", "of", "into"]);

const NOMINAL = new Set(["NOUN", "PROPN", "ADJ", "NUM"]);
const SUBSTANCE = new Set(["NOUN", "PROPN", "ADJ", "NUM", "VERB"]);
const hasTo = (words: readonly Word[], x: Word) => childrenWith(words, x, ["mark"]).some((m) => m.form.toLowerCase() === "to");

/** An infinitive or gerund the verb governs ("refused to testify", "proposes doing away with"), also where the
 * parse hung it as an adverbial clause ("expects them to become"). */
function infinitiveOf(words: readonly Word[], v: Word): Word | undefined {
  return v.children.map((k) => words[k]!).find((x) => x.i > v.i && x.upos === "VERB" &&
    (baseRel(x) === "xcomp" && (x.xpos === "VBG" || hasTo(words, x)) || baseRel(x) === "advcl" && hasTo(words, x)));
}

/** Whether a dependent after the object says what the object is called or asked to do: "a disgrace", "as
 * useful", "to a snake", "to resign"; a noun or adjective the parse hung elsewhere ("called the senator a
 * "nasty guy,"" as an adverbial) counts too. */
function isObjectPredicate(words: readonly Word[], c: Word): boolean {
  const rel = baseRel(c);
  if (rel === "xcomp" || rel === "obj") return true;
  if (rel === "obl") return OBJECT_PREDICATE_PREPOSITIONS.has(prepositionOf(words, c) ?? "");
  if (rel === "advcl" || rel === "parataxis" || rel === "ccomp") return NOMINAL.has(c.upos) || (c.upos === "VERB" && hasTo(words, c));
  return false;
}

/** A span of words ending in quoted words: the name given ("called half of them “deplorables.”"), not a word
 * in scare quotes inside a description ("described the “panic” of the night"). */
function endsQuoted(words: readonly Word[], lo: number, hi: number): boolean {
  let k = hi;
  while (k > lo && words[k]!.upos === "PUNCT" && !/^["“”'‘’]+$/.test(words[k]!.form)) k--;
  return k > lo && /^["“”'‘’]+$/.test(words[k]!.form);
}

/** The words a verb's content spans, [first, last, head], or null when it has none of the verb's frames. */
function contentOf(words: readonly Word[], v: Word, frames: Set<string>): [number, number, number] | null {
  const obj = childrenWith(words, v, ["obj"])[0];
  if (obj && (frames.has("obj") || frames.has("pred"))) {
    let [lo, hi] = subtreeSpan(words, obj);
    let predicate = false;
    for (const c of v.children.map((k) => words[k]!)) {
      if (c.i <= obj.i || !isObjectPredicate(words, c)) continue;
      predicate = true;
      hi = Math.max(hi, subtreeSpan(words, c)[1]);
    }
    // a pronoun alone ("endorsed him") says nothing of what was attributed
    if (predicate || (frames.has("obj") && obj.upos !== "PRON") || (frames.has("pred") && endsQuoted(words, lo, hi))) return [lo, hi, obj.i];
  }
  if (frames.has("that")) {
    // "afraid that the turnout will fall"
    const clause = childrenWith(words, v, ["ccomp"]).find((x) => x.i > v.i);
    if (clause) {
      const [lo, hi] = subtreeSpan(words, clause);
      let from = lo;
      while (from < hi && words[from]!.deprel === "mark") from++;
      return [from, hi, clause.i];
    }
  }
  if (frames.has("to")) {
    const inf = infinitiveOf(words, v);
    if (inf) return [...subtreeSpan(words, inf), inf.i];
  }
  // (the parse often hangs the topic from the addressee: "asked the mayor about the funds")
  const topics = obj && frames.has("about") ? childrenWith(words, obj, ["nmod"]) : [];
  for (const o of [...childrenWith(words, v, ["obl"]), ...topics]) {
    if (o.i < v.i) continue;
    const prep = prepositionOf(words, o);
    if (prep && frames.has(prep)) {
      const [lo, hi] = subtreeSpan(words, o);
      let from = lo;
      while (from < o.i && words[from]!.head === o.i && baseRel(words[from]!) === "case") from++;
      return [from, hi, o.i];
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
    const adjective = (w.upos === "ADJ" || w.upos === "VERB") ? ADJECTIVE_FRAMES.get(w.form.toLowerCase()) : undefined;
    const frames = adjective ?? (w.upos === "VERB" ? FRAMES.get(token.lemma) : undefined);
    if (!frames || usedVerbs.has(w.token) || quoted(token.start)) continue;
    doc.parsed(w.sentence);
    // "the man called Smith", "Cruz was criticised": a participle naming or a passive has no speaker as subject
    // (but a verb hung from a noun at the root is the sentence's own predicate misread: "The senator called for";
    // and "were worried that" is a state of its subject, passive in form only)
    const misread = baseRel(w) === "acl" && w.head >= 0 && words[w.head]!.head < 0;
    if ((!adjective && isPassiveVerb(words, w)) || (baseRel(w) === "acl" && !misread) || baseRel(w) === "amod") continue;
    const extent = contentOf(words, w, frames);
    if (!extent) continue;
    let span = trimmed(c, words[extent[0]]!.start, words[extent[1]]!.end);
    // a report found inside the phrase ("rejected a request to ..., saying the courts ...") ends it before its verb
    const inside = foundIndex.overlapping(span.start, span.end);
    if (inside.length) {
      const cut = Math.min(...inside.map((d) => Math.min(d.start, d.verb ? c.toks[d.verb.from]!.start : d.start)));
      span = trimmed(c, span.start, Math.max(span.start, cut));
      while (span.end > span.start && /[\s,;:(\-–—]/.test(doc.norm[span.end - 1]!)) span.end--;
      // what is left must still hold the content's head and a word of substance ("repeated his warning that
      // ...", "believed her promise that ...": not "his", "her")
      const left = words.slice(extent[0], extent[1] + 1).filter((x) => x.end <= span.end);
      if (span.end <= words[extent[2]]!.start || !left.some((x) => SUBSTANCE.has(x.upos))) continue;
    }
    if (span.end - span.start < 3) continue;
    if (foundIndex.overlapping(span.start, span.end).length) continue;
    const speaker = parsedSubject(c, w);
    if (!speaker) continue;
    out.push({ ...span, direct: false, verb: { from: w.token, to: w.token + 1, lemma: token.lemma }, speaker, at: speaker.from, stance: true });
  }
  return out;
}
