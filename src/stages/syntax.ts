// Syntax stage: the trained tagger over each sentence, as a layer of UD words (doc.words) that entities, events,
// quotes and time read; the dependency parse of a sentence is made when a stage first asks for it
// (doc.parsed / doc.wordOfToken), since most sentences of a report carry nothing a stage reads structure from.
// All-caps wire copy is analysed in lower case, as the text stage does for its tagger: the models read lower case
// far better than capitals.
import type { Doc, Word } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { splitTag } from "../lang/en/tagger.ts";
import { udWords } from "../lang/en/words.ts";
import { verbLemma } from "../lang/en/lemma.ts";

/** A word as the trained models read it: all-caps copy in lower case. */
export function modelForm(doc: Doc, form: string): string {
  return doc.upperCase ? form.toLowerCase() : form;
}

export function syntaxStage(doc: Doc, kb: Knowledge): void {
  const syntax = kb.syntax;
  const tokenWord = new Int32Array(doc.tokens.length).fill(-1);
  const words: Word[] = [];
  /** per sentence: its first word, and the joint tags the parser reads */
  const spans = new Map<number, { base: number; forms: string[]; tags: string[] }>();
  for (const s of doc.sentences) {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    if (!tokens.length) continue;
    const cut = udWords(tokens);
    const forms = cut.map((w) => modelForm(doc, w.form));
    const tags = syntax.tags(forms);
    const base = words.length;
    spans.set(s.index, { base, forms, tags });
    cut.forEach((w, k) => {
      const token = s.tokenStart + w.token;
      if (tokenWord[token]! < 0) {
        tokenWord[token] = base + k;
        // a verb wink read as another part of speech keeps the form as its lemma: give it the verb's
        const t = doc.tokens[token]!;
        if (tags[k]!.startsWith("VERB ") && t.pos !== "VERB" && t.pos !== "AUX" && t.lemma === t.key) t.lemma = verbLemma(t.key);
      }
      words.push({ i: base + k, start: w.start, end: w.end, form: w.form, token, sentence: s.index, ...splitTag(tags[k]!), head: -1, deprel: "", children: [] });
    });
  }
  doc.words = words;
  doc.tokenWord = tokenWord;
  doc.parseSentence = (sentence) => {
    const span = spans.get(sentence);
    if (!span) return;
    const { base, forms, tags } = span;
    syntax.parse(forms, tags).forEach((a, k) => {
      const w = words[base + k]!;
      w.head = a.head < 0 ? -1 : base + a.head;
      w.deprel = a.deprel;
      if (w.head >= 0) words[w.head]!.children.push(w.i);
    });
  };
}
