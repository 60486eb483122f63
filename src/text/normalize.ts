// Same-length normalisation: every character maps to exactly one character, so an offset into the normalised
// text is an offset into the original. Typographic variants fold to ASCII so rules and lexicons see one form.
const MAP: Record<string, string> = {
  "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ", "\u3000": " ",
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'", "\u02bb": "'", "`": "'", "\u00b4": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
  "\u2026": ".", "\u00ad": " ", "\u200b": " ", "\ufeff": " ", "\t": " ", "\r": " ",
};
const RE = new RegExp(`[${Object.keys(MAP).map((c) => (c === "\t" || c === "\r" ? (c === "\t" ? "\\t" : "\\r") : c)).join("")}]`, "g");

/** Returns text of the same length with quotes, dashes and spaces folded to ASCII. */
export function normalizeSameLength(text: string): string {
  return text.replace(RE, (c) => MAP[c] ?? c);
}

/** Lower case of the same length, so offsets into it are offsets into the text: a character whose lower case is
 * longer ("İ" → "i̇") stays as it is. */
export function lowerSameLength(text: string): string {
  const lower = text.toLowerCase();
  // lower-casing never shortens a character, so an unchanged length means every character kept its own
  if (lower.length === text.length) return lower;
  return text.replace(/[\s\S]/gu, (c) => {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
  });
}

/** Folds a name for lookups: lower case, no diacritics, one apostrophe, single spaces. Not offset-preserving. */
export function foldKey(s: string): string {
  return normalizeSameLength(s)
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** True when the letters of the text are (nearly) all upper case, as in wire feeds. */
export function isUpperCaseText(text: string): boolean {
  let upper = 0, lower = 0;
  for (const ch of text.slice(0, 20000)) {
    if (ch >= "A" && ch <= "Z") upper++;
    else if (ch >= "a" && ch <= "z") lower++;
  }
  return upper >= 12 && lower <= upper * 0.05;
}
