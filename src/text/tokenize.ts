// The word tokenizer shared by the text stage and every lexicon: a document and a dictionary entry are cut the
// same way, so a phrase matcher keyed on token keys finds "Kata'ib Hizbollah", "KATA'IB HIZBOLLAH" and
// "Kata’ib Hizbollah" alike.
import { foldKey } from "./normalize.ts";

export interface WordToken {
  start: number;
  end: number;
  /** the token's text as written */
  text: string;
  /** the lookup key: folded lower case, diacritics removed, typographic apostrophes unified */
  key: string;
}

// Words keep inner apostrophes (Kata'ib, don't) and inner dots of abbreviations (U.S., U.N.); numbers keep
// their separators (2,500; 3.5); everything else that is not space is a token of its own (hyphens included, so
// "Iran-backed" is three tokens and "al-Muhandis" is al / - / muhandis).
const TOKEN_RE = /(?:[\p{L}](?:\.[\p{L}])+\.?)|(?:\p{N}+(?:[.,:/]\p{N}+)*(?:st|nd|rd|th|s)?)|(?:[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)*)|[^\s]/gu;

export function wordTokens(text: string, offset = 0): WordToken[] {
  const out: WordToken[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const raw = m[0];
    out.push({ start: m.index + offset, end: m.index + offset + raw.length, text: raw, key: tokenKey(raw) });
  }
  return out;
}

/** The key of one token: folded; abbreviation dots dropped ("U.S." and "US" share the key "us"). */
export function tokenKey(raw: string): string {
  const k = foldKey(raw);
  return /^(?:\p{L}\.)+\p{L}?\.?$/u.test(k) ? k.replace(/\./g, "") : k;
}

/** The token keys of a phrase, for building lexicon indexes. */
export function phraseKeys(phrase: string): string[] {
  return wordTokens(phrase).map((t) => t.key);
}
