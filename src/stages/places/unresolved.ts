// Toponyms the gazetteer lacks, found by an explicit settlement phrase: "the town of Cinquera", "EL PARAISO
// CANTON", "the village of Kafr Nabl". They become places without coordinates, in the country written beside
// them or the one the document is clearly about, so events can still name where they happened.
import type { Doc, Token } from "../../doc.ts";
import type { Place } from "../../schema.ts";
import { LOCATIVE_PREPOSITIONS, NAME_PARTICLES } from "./cues.ts";

/** Nouns that announce a settlement name after "of": the phrase is explicit enough to trust an unknown name. */
const ANNOUNCING = new Set(["town", "village", "hamlet", "municipality", "township", "canton", "settlement", "caserio", "jurisdiction"]);

/** Words that end a name in all-caps text, where case cannot. */
const NAME_ENDS = new Set(["and", "or", "but", "which", "who", "where", "when", "that", "this", "the", "a", "an", "was", "were", "is", "are", "has", "have", "had", "will", "would", "after", "before", "during", "while", "since", "because", "as", "than", "with", "by", "for", "to", "from"]);

export interface Known {
  start: number;
  end: number;
}

/** The name after "the town of": up to six words; capitalised in mixed case, up to a stop word in all caps. */
function nameAfter(tokens: Token[], i: number, upper: boolean): { from: number; to: number } | null {
  const sentence = tokens[i]?.sentence;
  let j = i;
  while (j < tokens.length && j - i < 6 && tokens[j]!.sentence === sentence) {
    const t = tokens[j]!;
    if (!/^\p{L}[\p{L}'\-.]*$/u.test(t.text)) break;
    if (upper ? NAME_ENDS.has(t.key) || LOCATIVE_PREPOSITIONS.has(t.key) && j > i && !NAME_PARTICLES.has(t.key) : !t.cap && !(NAME_PARTICLES.has(t.key) && j > i)) break;
    if (!upper && !t.cap && NAME_PARTICLES.has(t.key) && !tokens[j + 1]?.cap) break;
    j++;
  }
  while (j > i && NAME_PARTICLES.has(tokens[j - 1]!.key)) j--;
  return j > i ? { from: i, to: j } : null;
}

/** The document's country when one clearly dominates (named at least twice, twice as often as any other). */
export function dominantCountry(ctx: Map<string, number>): string | null {
  const sorted = [...ctx].sort((a, b) => b[1] - a[1]);
  const [first, second] = sorted;
  if (!first || first[1] < 2) return null;
  return !second || first[1] >= second[1] * 2 ? first[0] : null;
}

export function unresolvedPlaces(doc: Doc, known: Known[], ctx: Map<string, number>): Place[] {
  const tokens = doc.tokens;
  const out: Place[] = [];
  const overlaps = (s: number, e: number) => known.some((k) => k.start < e && k.end > s);
  const country = dominantCountry(ctx);
  for (let i = 1; i < tokens.length - 1; i++) {
    if (tokens[i]!.key !== "of" || !ANNOUNCING.has(tokens[i - 1]!.key)) continue;
    const span = nameAfter(tokens, i + 1, doc.upperCase);
    if (!span) continue;
    const start = tokens[span.from]!.start, end = tokens[span.to - 1]!.end;
    if (overlaps(start, end)) continue;
    const text = doc.slice(start, end);
    out.push({ text, start, end, name: text, country, lat: null, lon: null, geonameId: null, precision: "city" });
    i = span.to;
  }
  return out;
}
