// Ethnic groups named by a demonym: "ethnic Albanians in Serbia", "the Turkish minority", "Kosovo's ethnic
// Serbs". Such a phrase names people of the country they live in, not citizens of their kin state: event coders
// (PLOVER, ICEWS) code "ethnic Albanians in Macedonia" as Macedonian. The residence is the country the phrase
// places them in ("in Serbia", "of southern Serbia", "Kosovo's"), else the nearest other country named in the
// sentence; with none, the group has no country (the kin state would be wrong more often than right).
import type { CountryRecord } from "../../knowledge/countries.ts";
import { bareEnd } from "./context.ts";
import { isPossessive, type EntityContext } from "./context.ts";
import type { CountryHit } from "./dictionary.ts";

const ETHNIC_BEFORE = new Set(["ethnic"]);
// ("Peruvian communities", "the Iraqi population" are the country's own people: not these)
const ETHNIC_AFTER = new Set(["minority", "minorities"]);
// Words that may stand between the group and "in <country>": "ethnic Albanian guerrillas operating in Macedonia"
const BRIDGE = /^(?:the|southern|northern|eastern|western|central|south|north|east|west|neighbouring|neighboring|living|based|operating|fighting|active|who|live|lives)$/;
const LOCATING = new Set(["in", "of", "from"]);

/** Marks demonym hits that name an ethnic group and moves them to the country the group lives in, when one is
 * named (returns the hits to use from here on). */
export function ethnicGroups(ctx: EntityContext, hits: CountryHit[]): CountryHit[] {
  const { tokens } = ctx;
  const out: CountryHit[] = [];
  for (const h of hits) {
    if (h.value.kind !== "demonym") {
      out.push(h);
      continue;
    }
    const before = tokens[h.from - 1];
    const after = tokens[h.to];
    const kin = h.value.country.iso3;
    // "the Albanians of southern Serbia", "Serbs of Bosnia": a people of another country is an ethnic group there
    const ofHome = after?.key === "of" && /s$/.test(tokens[h.to - 1]!.key) ? countryAfter(ctx, hits, h.to + 1, kin) : null;
    const ethnicFrom = before && ETHNIC_BEFORE.has(before.key) ? h.from - 1 : (after && ETHNIC_AFTER.has(after.key)) || ofHome ? h.from : -1;
    if (ethnicFrom < 0) {
      out.push(h);
      continue;
    }
    const home = ofHome ?? residence(ctx, hits, h, ethnicFrom, kin);
    // the hit now spans the group's name ("ethnic Albanians", "Albanian minority") and names its home, if known
    const to = ethnicFrom === h.from && !ofHome ? h.to + 1 : h.to;
    out.push({ from: ethnicFrom, to, start: tokens[ethnicFrom]!.start, end: bareEnd(tokens[to - 1]!), value: { ...h.value, country: home ?? h.value.country }, ethnic: { kin, home: home?.iso3 ?? null } });
  }
  return out;
}

/** A country other than the kin state named at token k, after a few bridging words ("southern", "the"). */
function countryAfter(ctx: EntityContext, hits: CountryHit[], k: number, kin: string): CountryRecord | null {
  let j = k;
  while (j < ctx.tokens.length && BRIDGE.test(ctx.tokens[j]!.key) && j - k < 3) j++;
  const c = hits.find((x) => x.from === j && x.value.country.iso3 !== kin && (x.value.kind === "name" || x.value.kind === "alias"));
  return c?.value.country ?? null;
}

function residence(ctx: EntityContext, hits: CountryHit[], h: CountryHit, from: number, kin: string): CountryRecord | null {
  const { tokens } = ctx;
  const sentence = tokens[h.from]!.sentence;
  const other = (x: CountryHit) => x !== h && x.value.country.iso3 !== kin && x.value.kind !== "capital" && tokens[x.from]!.sentence === sentence;
  // "Kosovo's ethnic Albanians", "Macedonia's Albanian minority"
  const owner = hits.find((x) => other(x) && x.to === from && isPossessive(tokens[x.to - 1]));
  if (owner) return owner.value.country;
  // "... in Serbia", "... of southern Serbia", "... operating in Macedonia": a few words on
  for (let k = h.to; k < Math.min(tokens.length, h.to + 6) && tokens[k]!.sentence === sentence; k++) {
    if (!LOCATING.has(tokens[k]!.key)) continue;
    const c = countryAfter(ctx, hits, k + 1, kin);
    if (c) return c;
  }
  // the nearest other country named in the sentence
  const near = hits.filter(other).sort((a, b) => Math.abs(a.from - h.from) - Math.abs(b.from - h.from))[0];
  return near?.value.country ?? null;
}

