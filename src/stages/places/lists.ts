// How mentions stand to each other and to units: lists ("Ohio, Utah and Iowa"), the words between two mentions,
// and names a country shares with another country's first-level unit ("Georgia").
import type { Token } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import type { GazetteerHit } from "../../knowledge/gazetteer.ts";
import type { CountryMention, ScannedMention } from "./scan.ts";

/** The token keys between two mentions. */
export function gapKeys(tokens: readonly { key: string }[], a: ScannedMention, b: ScannedMention): string[] {
  return tokens.slice(a.type === "gazetteer" ? a.textTo : a.to, b.from).map((t) => t.key);
}

/** Two mentions of one sentence in a list: only a comma, "and", "or" (Spanish "y") between ("Ohio, Utah and Iowa"),
 * or a count repeated before each ("twelve in Ontario, eight in Alberta, and one case in Quebec"). */
export function listedTogether(tokens: readonly { key: string; sentence: number }[], a: ScannedMention | undefined, b: ScannedMention | undefined): boolean {
  if (!a || !b || tokens[a.from]!.sentence !== tokens[b.from]!.sentence) return false;
  const g = gapKeys(tokens, a, b);
  return (g.length >= 1 && g.length <= 2 && g.every((k) => k === "," || k === "and" || k === "or" || k === "y")) || countedList(g);
}

const COUNT_WORDS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds"]);

/** The gap of a list whose items each carry a count: ", eight in", ", and one in", ", and one case in", "; 3 in". */
function countedList(g: string[]): boolean {
  let k = 0;
  if (g[k] !== "," && g[k] !== ";") return false;
  k++;
  if (g[k] === "and" || g[k] === "or") k++;
  if (!g[k] || !(/^\d/.test(g[k]!) || COUNT_WORDS.has(g[k]!))) return false;
  k++;
  if (g.length - k === 2 && /^\p{Ll}+$/u.test(g[k]!)) k++; // one noun: "one case in"
  return g.length - k === 1 && g[k] === "in";
}

/** Another country's first-level units that bear a country's name as written ("Georgia": the US state). */
export function unitNamesakes(kb: Knowledge, tokens: Token[], m: CountryMention): GazetteerHit[] {
  const g = kb.gazetteer.matcher.matchAt(tokens, m.from);
  return g && g.to === m.to ? g.values.filter((h) => h.entry.kind === "admin1" && !h.alternate && h.entry.country !== m.country.iso3) : [];
}

/** Names a first-level unit before anything else (no city of note shares it): "Ohio", "Alberta". */
export function plainlyUnit(x: ScannedMention | undefined): boolean {
  if (!x || x.type !== "gazetteer") return false;
  return x.hits.some((h) => h.entry.kind === "admin1" && !h.alternate) && !x.hits.some((h) => h.entry.kind === "city" && h.entry.population >= 100_000 && !h.alternate);
}
