// State sponsors: "Iran-backed militias", "Iranian-backed groups", "groups (that are) backed by Iran", and the
// groups a backed phrase lists ("Iran-backed militias including A and B"). Each gives the backed mention the
// backer's ISO3 and a `backs` relation from the backer to it.
import type { Candidate, EntityContext } from "./context.ts";
import type { CountryHit } from "./dictionary.ts";

const BACK_VERBS = new Set(["backed", "sponsored", "supported", "funded", "armed", "allied", "aligned", "financed", "controlled", "trained", "led"]);

export interface Backing {
  /** the backer: a country (with the token range naming it) */
  country: string;
  backerFrom: number;
  backerTo: number;
  target: Candidate;
  /** evidence span */
  start: number;
  end: number;
}

export function findBackings(ctx: EntityContext, cands: Candidate[], countries: CountryHit[]): Backing[] {
  const { tokens } = ctx;
  const out: Backing[] = [];
  const byFrom = [...cands].sort((a, b) => a.from - b.from);
  const firstAfter = (i: number, within: number) => byFrom.find((c) => c.from >= i && c.from <= i + within && c.type !== "GPE" && c.type !== "PERSON" && !c.dependent);
  const lastBefore = (i: number, within: number) => [...byFrom].reverse().find((c) => c.to <= i && c.to >= i - within && c.type !== "GPE" && c.type !== "PERSON" && !c.dependent);
  // backers: countries by name or demonym, and named actors with a country ("Hezbollah-backed" is rare; states back)
  const backers = countries.filter((h) => h.value.kind !== "capital").map((h) => ({ from: h.from, to: h.to, country: h.value.country.iso3 }));
  for (const b of backers) {
    // "Iran-backed Y"
    if (tokens[b.to]?.text === "-" && BACK_VERBS.has(tokens[b.to + 1]?.key ?? "")) {
      const y = firstAfter(b.to + 2, 3);
      // only modifiers may stand between "Iran-backed" and what it qualifies: no verb, no punctuation
      const between = y ? tokens.slice(b.to + 2, y.from) : [];
      if (y && tokens[y.from]!.sentence === tokens[b.from]!.sentence && !between.some((t) => /^(?:VERB|AUX|PUNCT|ADP|SCONJ|CCONJ)$/.test(t.pos))) {
        out.push({ country: b.country, backerFrom: b.from, backerTo: b.to, target: y, start: tokens[b.from]!.start, end: y.end });
        out.push(...listed(ctx, y, byFrom, b));
      }
      continue;
    }
    // "Y (that|which) (are|were) backed by X"
    let k = b.from - 1;
    if (tokens[k]?.key === "the") k--;
    if (tokens[k]?.key !== "by" || !BACK_VERBS.has(tokens[k - 1]?.key ?? "")) continue;
    let j = k - 2;
    while (j >= 0 && /^(?:are|is|were|was|been|being|be|that|which|who|largely|heavily|reportedly|allegedly|also|both|openly)$/.test(tokens[j]!.key)) j--;
    const y = lastBefore(j + 1, 1);
    if (y && tokens[y.from]!.sentence === tokens[b.from]!.sentence) out.push({ country: b.country, backerFrom: b.from, backerTo: b.to, target: y, start: y.start, end: tokens[b.to - 1]!.end });
  }
  return out;
}

/** Named groups listed after a backed phrase: "Iran-backed militias including A and B" / "such as A, B". */
function listed(ctx: EntityContext, y: Candidate, byFrom: Candidate[], b: { from: number; to: number; country: string }): Backing[] {
  const { tokens } = ctx;
  let i = y.to;
  if (tokens[i]?.text === ",") i++;
  if (tokens[i]?.key === "including") i++;
  else if (tokens[i]?.key === "such" && tokens[i + 1]?.key === "as") i += 2;
  else if (tokens[i]?.key === "like") i++;
  else return [];
  const out: Backing[] = [];
  for (;;) {
    if (tokens[i]?.key === "the") i++;
    const c = byFrom.find((x) => x.from === i);
    if (!c || c.type === "GPE" || c.type === "PERSON") break;
    out.push({ country: b.country, backerFrom: b.from, backerTo: b.to, target: c, start: tokens[b.from]!.start, end: c.end });
    i = c.to;
    if (tokens[i]?.text === ",") i++;
    if (tokens[i]?.key === "and" || tokens[i]?.key === "or") i++;
  }
  return out;
}
