// wink-nlp's English reading of a text: its tokens (with part of speech and lemma) and sentences, located by
// character offset. The model is loaded once per process, on first use.
//
// wink-nlp learns: every word it has not seen is added to its lexicon, and a word in the lexicon is tokenised
// differently afterwards ("GOVERNMENT'S" stays one token once it has been read). So one article's tokens would depend
// on the articles read before it, in a batch and between worker threads. After each reading the words it learned
// are taken out of the lexicon's lookup table (their entries stay, so its packed feature arrays stay aligned):
// every article is read as if it came first.
import winkNLP, { type ItemSentence, type ItemToken } from "wink-nlp";
import model from "wink-eng-lite-web-model";

interface LexemeFeature { hash: Record<string, number>; list: string[]; intrinsicSize: number }
let lexeme: LexemeFeature | null = null;
let forgottenUpTo = 0;
let nlp: ReturnType<typeof winkNLP> | null = null;
const wink = () =>
  (nlp ??= winkNLP({
    ...model,
    // the unpacked core model is wink's own copy: keep a hand on its lexicon
    core() {
      const core = (model.core as () => { features: { lexeme: LexemeFeature } })();
      lexeme = core.features.lexeme;
      forgottenUpTo = lexeme.list.length;
      return core;
    },
  } as typeof model));

/** Takes the words learned since the last call out of wink's lexicon lookup. */
function forgetLearnedWords(): void {
  if (!lexeme) return;
  const { hash, list } = lexeme;
  for (let i = Math.max(forgottenUpTo, lexeme.intrinsicSize); i < list.length; i++) if (hash[list[i]!] === i) delete hash[list[i]!];
  forgottenUpTo = list.length;
}

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
  forgetLearnedWords();
  return { tokens, sentences };
}
