// Syntax stage: the trained tagger and dependency parser over each sentence, as a layer of UD words (doc.words)
// that events, quotes and time read their structure from. All-caps wire copy is analysed in lower case, as the
// text stage does for its tagger: the models read lower case far better than capitals.
import type { Doc, Word } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { udWords } from "../lang/en/words.ts";

/** A word as the trained models read it: all-caps copy in lower case. */
export function modelForm(doc: Doc, form: string): string {
  return doc.upperCase ? form.toLowerCase() : form;
}

export function syntaxStage(doc: Doc, kb: Knowledge): void {
  const syntax = kb.syntax;
  const tokenWord = new Int32Array(doc.tokens.length).fill(-1);
  doc.tokenWord = tokenWord;
  const words: Word[] = [];
  for (const s of doc.sentences) {
    const tokens = doc.tokens.slice(s.tokenStart, s.tokenEnd);
    if (!tokens.length) continue;
    const cut = udWords(tokens);
    const forms = cut.map((w) => modelForm(doc, w.form));
    const analysed = syntax.analyse(forms);
    const base = words.length;
    cut.forEach((w, k) => {
      const a = analysed[k]!;
      const token = s.tokenStart + w.token;
      if (tokenWord[token]! < 0) tokenWord[token] = base + k;
      words.push({
        i: base + k,
        start: w.start,
        end: w.end,
        form: w.form,
        token,
        sentence: s.index,
        upos: a.upos,
        xpos: a.xpos,
        head: a.head < 0 ? -1 : base + a.head,
        deprel: a.deprel,
        children: [],
      });
    });
  }
  for (const w of words) if (w.head >= 0) words[w.head]!.children.push(w.i);
  doc.words = words;
}
