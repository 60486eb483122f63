// Word forms as the trained models see them: lower case, digits folded, a short shape for case and symbols.
import { hashRange, hashString } from "./hash.ts";

/** The form a model keys on: lower case, every digit 0 (so "1989" and "2021" share a key). */
export function normForm(form: string): string {
  return form.toLowerCase().replace(/\d/g, "0");
}

/** A compact shape: runs of upper (X), lower (x), digits (d) and other characters, each run cut to two. */
export function shape(form: string): string {
  let out = "", last = "", run = 0;
  for (const ch of form.length > 12 ? form.slice(0, 6) + form.slice(-6) : form) {
    const c = charClass(ch);
    if (c === last) { if (++run > 2) continue; } else { last = c; run = 1; }
    out += c;
  }
  return out;
}

/** X, x or d for an upper-case letter, a lower-case letter or a digit; any other character stands for itself. */
function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90 ? "X" : code >= 97 && code <= 122 ? "x" : code >= 48 && code <= 57 ? "d" : ch;
  return /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\d/.test(ch) ? "d" : ch;
}

/** Hashes of a word's lexical views, computed once per word and reused by every feature template. */
export interface Lexeme {
  form: number;
  /** suffixes of 1..4 letters and the first letter */
  suf1: number;
  suf2: number;
  suf3: number;
  suf4: number;
  pre1: number;
  shape: number;
  /** the word starts with a capital */
  cap: boolean;
  hyphen: boolean;
  digit: boolean;
}

export function lexeme(form: string): Lexeme {
  const n = normForm(form);
  const len = n.length;
  return {
    form: hashString(n),
    suf1: hashRange(n, Math.max(0, len - 1), len),
    suf2: hashRange(n, Math.max(0, len - 2), len),
    suf3: hashRange(n, Math.max(0, len - 3), len),
    suf4: hashRange(n, Math.max(0, len - 4), len),
    pre1: hashRange(n, 0, Math.min(1, len)),
    shape: hashString(shape(form)),
    cap: /^\p{Lu}/u.test(form),
    hyphen: form.includes("-"),
    digit: /\d/.test(form),
  };
}

/** Sentinel lexemes for positions before the first and after the last word. */
export const START = lexeme("<s>");
export const END = lexeme("</s>");
