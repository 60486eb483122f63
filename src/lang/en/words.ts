// Universal Dependencies words from our tokens. The shared tokenizer (src/text/tokenize.ts) keeps English clitics
// inside a token ("don't", "Iraq's", "they're", "cannot") while UD English (EWT, GUM) splits them into words:
// do|n't, Iraq|'s, they|'re, can|not, gon|na. udWords splits those endings, and only those, so names with an
// apostrophe (Kata'ib, O'Brien, Sa'd) stay whole; sentenceWords cuts raw text into sentences of such words.
import { wordTokens } from "../../text/tokenize.ts";
import { winkAnalyse } from "./wink.ts";

export interface SourceToken {
  start: number;
  end: number;
  text: string;
}

/** One UD word: character offsets into the original text, the form as written, and the index of its token. */
export interface UdWord {
  start: number;
  end: number;
  form: string;
  /** index of the source token the word comes from (for "U.S.'s", whose "'s" is two tokens, the apostrophe's) */
  token: number;
}

const APOS = "['’]";
// hosts that take 'd, 'll, 've and 're in English: pronouns, wh-words, there/here/that, modals ("could've")
const CONTRACTING = new Set(
  ("i you he she it we they one that this there here who what where when why how which everyone everybody someone " +
    "somebody nobody y'all would could should must might may will shall can do did").split(" "),
);
const CLITIC_RE = new RegExp(`^(.+?)(${APOS}(?:s|d|m|ll|re|ve))$`, "iu");
const NT_RE = new RegExp(`^(.+?)(n${APOS}t)$`, "iu");
const FUSED_RE = /^(can)(not)$|^(gon|wan)(na)$/iu;

/** Where a token splits into host and clitic, or -1 when it is one word. */
function splitPoint(text: string): number {
  let m = NT_RE.exec(text);
  if (m) return m[1]!.length;
  m = CLITIC_RE.exec(text);
  if (m) {
    const host = m[1]!;
    const clitic = m[2]!.slice(1).toLowerCase();
    // the host must end in a letter or digit: "y'all's" splits before 's, a stray "''s" does not
    if (!/[\p{L}\p{N}]$/u.test(host)) return -1;
    if (clitic === "s") return host.length;
    const lower = host.toLowerCase();
    if (clitic === "m") return lower === "i" ? host.length : -1;
    // 'd 'll 've 're: after a pronoun, wh-word or modal, or after any word in lower case or all capitals; a
    // capitalised unknown host is a name (Sa'd, Ra'd), not "Mary'd"
    const upper = host === host.toUpperCase() && host !== lower;
    if (CONTRACTING.has(lower) || host === lower || upper) return host.length;
    return -1;
  }
  m = FUSED_RE.exec(text);
  if (m) return (m[1] ?? m[3]!).length;
  return -1;
}

/** Splits English clitics off tokens, as UD English tokenizes them. Offsets stay those of the original text. */
export function udWords(tokens: readonly SourceToken[]): UdWord[] {
  const out: UdWord[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // "U.S.'s", "1990's": the tokenizer cuts the possessive into an apostrophe and an "s" token
    const next = tokens[i + 1], prev = tokens[i - 1];
    if (next && prev && /^['’]$/u.test(t.text) && /^s$/iu.test(next.text) && prev.end === t.start && t.end === next.start) {
      out.push({ start: t.start, end: next.end, form: t.text + next.text, token: i });
      i++;
      continue;
    }
    const at = splitPoint(t.text);
    if (at <= 0 || at >= t.text.length) {
      out.push({ start: t.start, end: t.end, form: t.text, token: i });
      continue;
    }
    // offsets come from the token's span; the split is within its text, which has the span's length
    out.push({ start: t.start, end: t.start + at, form: t.text.slice(0, at), token: i });
    out.push({ start: t.start + at, end: t.end, form: t.text.slice(at), token: i });
  }
  return out;
}

export interface TextSentence {
  start: number;
  end: number;
  /** the sentence's text as written */
  text: string;
  words: UdWord[];
}

/**
 * Raw text cut into sentences (wink-nlp's splitter, and blank lines) and each sentence into UD words (our
 * tokenizer, then udWords). Offsets are into `text`; text the splitter leaves between its sentences is still read.
 */
export function sentenceWords(text: string): TextSentence[] {
  const out: TextSentence[] = [];
  const spans = winkAnalyse(text).sentences;
  // sentences run from one wink sentence start to the next, so no text falls between them
  const cuts = new Set<number>([0, text.length]);
  for (const s of spans) cuts.add(s.start);
  for (const m of text.matchAll(/\n[ \t\r]*\n/g)) cuts.add(m.index);
  const sorted = [...cuts].sort((a, b) => a - b);
  for (let k = 0; k + 1 < sorted.length; k++) {
    const start = sorted[k]!, end = sorted[k + 1]!;
    const words = udWords(wordTokens(text.slice(start, end), start));
    if (!words.length) continue;
    const s = words[0]!.start, e = words[words.length - 1]!.end;
    out.push({ start: s, end: e, text: text.slice(s, e), words });
  }
  return out;
}
