// wink-nlp's English reading of a text: its tokens (with part of speech and lemma) and sentences, located by
// character offset. The model is loaded once per process, on first use; readDoc is pure.
import winkNLP, { type ItemSentence, type ItemToken } from "wink-nlp";
import model from "wink-eng-lite-web-model";

let nlp: ReturnType<typeof winkNLP> | null = null;
const wink = () => (nlp ??= winkNLP(model));

export interface WinkToken {
  start: number;
  end: number;
  pos: string;
  lemma: string;
}

/** wink's tokens and sentence spans of a text, by offset. */
export function winkAnalyse(text: string): { tokens: WinkToken[]; sentences: { start: number; end: number }[] } {
  const n = wink();
  const its = n.its;
  const tokens: WinkToken[] = [];
  const sentences: { start: number; end: number }[] = [];
  let cursor = 0;
  n.readDoc(text).sentences().each((s: ItemSentence) => {
    let sStart = -1, sEnd = -1;
    s.tokens().each((tk: ItemToken) => {
      const value = tk.out();
      const at = text.indexOf(value, cursor);
      // wink can rewrite a token (expanded contractions); such tokens get no offset and are skipped
      if (at < 0 || at - cursor > 200) return;
      cursor = at + value.length;
      tokens.push({ start: at, end: cursor, pos: String(tk.out(its.pos)), lemma: String(tk.out(its.lemma as Parameters<typeof tk.out>[0])) });
      if (sStart < 0) sStart = at;
      sEnd = cursor;
    });
    if (sStart >= 0) sentences.push({ start: sStart, end: sEnd });
  });
  return { tokens, sentences };
}
