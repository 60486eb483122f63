// Reported speech and stated belief read from the parse: a speech or attitude verb with a clausal complement
// ("X said (that) CLAUSE", "X believes CLAUSE", "X told reporters CLAUSE"), its speaker the verb's subject. It
// covers the verbs and word orders the surface finders (indirect.ts) do not reach; their drafts win where both
// find the same report.
import type { Word } from "../../doc.ts";
import { childrenWith, phraseSpan, subjectWithPath, subtreeSpan } from "../../lang/en/tree.ts";
import { ATTITUDE_VERBS, REPORTING_VERBS } from "./lexicon.ts";
import { speakerKind, type Ctx, type SpeakerSpan } from "./grammar.ts";
import { trimmed, type Draft } from "./draft.ts";
import { SpanIndex } from "../../util/span-index.ts";

const RELATIVE = new Set(["who", "which", "that"]);
const CUE_LEMMAS = new Set([...REPORTING_VERBS.map((v) => v.lemma), ...ATTITUDE_VERBS]);

/** The span of a reported clause: its whole subtree, past a leading complementiser or punctuation mark. */
function clauseExtent(words: readonly Word[], w: Word): [number, number] {
  const [first, hi] = subtreeSpan(words, w);
  let lo = first;
  while (lo < w.i && (words[lo]!.deprel === "mark" || words[lo]!.upos === "PUNCT") && words[lo]!.head === w.i) lo++;
  return [lo, hi];
}

export function clausalQuotes(c: Ctx, quoted: (offset: number) => boolean, usedVerbs: Set<number>, found: readonly Draft[]): Draft[] {
  const { doc } = c;
  const words = doc.words;
  const out: Draft[] = [];
  const foundIndex = new SpanIndex(found);
  for (const w of words) {
    const token = doc.tokens[w.token]!;
    if (w.upos !== "VERB" || !CUE_LEMMAS.has(token.lemma) || usedVerbs.has(w.token) || quoted(token.start)) continue;
    doc.parsed(w.sentence);
    const content = childrenWith(words, w, ["ccomp"])[0];
    if (!content) continue;
    const [lo, hi] = clauseExtent(words, content);
    const span = trimmed(c, words[lo]!.start, words[hi]!.end);
    if (span.end - span.start < 3) continue;
    if (foundIndex.overlapping(span.start, span.end).length) continue;
    const speaker = parsedSubject(c, w);
    out.push({ ...span, direct: false, verb: { from: w.token, to: w.token + 1, lemma: token.lemma }, speaker, at: speaker?.from ?? w.token });
  }
  return out;
}

/** The speaker phrase the parse gives a verb: its subject's noun phrase (through relative pronouns, control and
 * coordination); none for a clausal subject ("What he said shows ..."). */
export function parsedSubject(c: Ctx, w: Word): SpeakerSpan | null {
  const words = c.doc.words;
  const subject = subjectWithPath(words, w);
  if (!subject || subject.word.deprel.startsWith("csubj")) return null;
  const [a, b] = phraseSpan(words, subject.word);
  const from = words[a]!.token, to = words[b]!.token + 1;
  const span: SpeakerSpan = { from, to, kind: speakerKind(c, from, to) };
  // "Cruz, who endorsed Trump": the relative pronoun is written at the verb, the antecedent speaks
  if (subject.path === "antecedent") {
    const heads = w.head >= 0 ? [w, words[w.head]!] : [w];
    const rel = heads.flatMap((x) => childrenWith(words, x, ["nsubj"])).find((x) => RELATIVE.has(x.form.toLowerCase()));
    if (rel) span.written = { from: rel.token, to: rel.token + 1 };
  }
  return span;
}

/** The parse's speaker for the verb at a token, when the surface reading found none. */
export function parsedSubjectAt(c: Ctx, token: number): SpeakerSpan | null {
  const w = c.doc.wordOfToken(token);
  return w && w.upos === "VERB" ? parsedSubject(c, w) : null;
}
