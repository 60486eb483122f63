// Word forms as the trained models see them: lower case, digits folded, a short shape for case and symbols.
import { hashString } from "./hash.ts";

/** The form a model keys on: lower case, every digit 0 (so "1989" and "2021" share a key). */
export function normForm(form: string): string {
  return form.toLowerCase().replace(/\d/g, "0");
}

/** A compact shape: runs of upper (X), lower (x), digits (d) and other characters, each run cut to two. */
export function shape(form: string): string {
  let out = "", last = "", run = 0;
  for (const ch of form.length > 12 ? form.slice(0, 6) + form.slice(-6) : form) {
    const c = /\p{Lu}/u.test(ch) ? "X" : /\p{Ll}/u.test(ch) ? "x" : /\d/.test(ch) ? "d" : ch;
    if (c === last) { if (++run > 2) continue; } else { last = c; run = 1; }
    out += c;
  }
  return out;
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
  return {
    form: hashString(n),
    suf1: hashString(n.slice(-1)),
    suf2: hashString(n.slice(-2)),
    suf3: hashString(n.slice(-3)),
    suf4: hashString(n.slice(-4)),
    pre1: hashString(n.slice(0, 1)),
    shape: hashString(shape(form)),
    cap: /^\p{Lu}/u.test(form),
    hyphen: form.includes("-"),
    digit: /\d/.test(form),
  };
}

/** Sentinel lexemes for positions before the first and after the last word. */
export const START = lexeme("<s>");
export const END = lexeme("</s>");
