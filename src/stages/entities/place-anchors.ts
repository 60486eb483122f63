// Where a generic actor is from when no country word stands before it: a head of government's surname ("the Bush
// administration"), a capital or province ("the Khartoum government", "Darfur rebels"), "in <place>" after
// people who live where they are ("rebels in Chad"), "from <country>" or "of <named organisation>" ("doctors
// from two American aid groups"). Used by the agent finder (agents.ts).
import type { Token } from "../../doc.ts";
import type { AgentRecord } from "../../knowledge/actors.ts";
import { bareEnd, FUNCTION_POS, type Candidate, type EntityContext } from "./context.ts";
import type { AnchorIndex } from "./agents.ts";
import { officeHolderCountry } from "./leaders.ts";

// Sectors of people who are where they live: rebels, opposition, civilians, workers, students, clergy, criminals
export const LOCAL_SECTORS = new Set(["REB", "UAF", "OPP", "CVL", "LAB", "EDU", "REL", "AGR", "CRM"]);
const PLACING = /^(?:based|operating|living|fighting|active|holed|stationed|trapped)$/;

/** The country of "in (the) <country or place>" right after token i (maybe after "based", "operating"). */
export function placedIn(ctx: EntityContext, anchors: AnchorIndex, i: number): string | null {
  const { tokens } = ctx;
  let k = i;
  if (PLACING.test(tokens[k]?.key ?? "")) k++;
  if (tokens[k]?.key !== "in" || tokens[k]!.sentence !== tokens[i - 1]?.sentence) return null;
  k++;
  if (tokens[k]?.key === "the") k++;
  const c = [...anchors.countryEndingAt.values()].find((h) => h.from === k && (h.value.kind === "name" || h.value.kind === "alias"));
  if (c) return c.value.country.iso3;
  // the whole run of name words there ("Darfur"; "Gaza Strip", not "Gaza"), if a place of one country
  let to = k;
  while (to < tokens.length && to - k < 4 && isNameWord(ctx, tokens[to]) && tokens[to]!.sentence === tokens[k]!.sentence) to++;
  if (to === k || (to - k === 4 && isNameWord(ctx, tokens[to]))) return null;
  return placeCountry(ctx, ctx.doc.norm.slice(tokens[k]!.start, bareEnd(tokens[to - 1]!)), false, namedCountries(anchors));
}

const isNameWord = (ctx: EntityContext, t: Token | undefined) =>
  !!t && !FUNCTION_POS.has(t.pos) && (ctx.doc.upperCase ? t.pos !== "VERB" : t.cap) && /^\p{L}/u.test(t.text);
// A city names its country when no city of another country comes near it in size
const CITY_MIN_POPULATION = 100_000;

/** The country of a place name, when the gazetteer makes it one: a capital, a province or region, or a city of
 * 100,000 people with no namesake a tenth its size elsewhere ("Tripoli": Libya's and Lebanon's, none). */
export function placeCountry(ctx: EntityContext, name: string, noCities = false, named?: Set<string>): string | null {
  const key = name.toLowerCase();
  if (!name.includes(" ") && ctx.kb.gazetteer.isCommonWord(key) && !ctx.kb.countries.byCapital(name)) return null;
  // a namesake in a country the article names is the one meant ("San Sebastian" in a Salvadoran story, Tripoli
  // in a Lebanese one)
  const inNamed = new Set(ctx.kb.gazetteer.lookup(name).filter((p) => p.country && named?.has(p.country)).map((p) => p.country));
  if (inNamed.size === 1) return [...inNamed][0]!;
  const cap = ctx.kb.countries.byCapital(name);
  if (cap) return cap.iso3;
  // (places of dependent territories are left out: "Ponce" of Puerto Rico names more battalions than people)
  const places = ctx.kb.gazetteer.lookup(name).filter((p) => p.country && ctx.kb.countries.byIso3(p.country)?.independent !== false &&
    (p.kind === "admin1" || p.kind === "region" || (!noCities && p.kind === "city" && p.population >= CITY_MIN_POPULATION)));
  if (places.length === 0) return null;
  const top = Math.max(...places.map((p) => p.population));
  const countries = new Set(places.filter((p) => p.population >= top / 10).map((p) => p.country));
  return countries.size === 1 ? [...countries][0]! : null;
}

/** "the Khartoum government", "Darfur rebels": a capital, province or big city written right before token i. */
export function placeBefore(ctx: EntityContext, anchors: AnchorIndex, i: number, agent: AgentRecord): { country: string; from: number } | null {
  const { tokens } = ctx;
  // a named actor ending there is the anchor the loop looks at ("Hamas fighters"), not a place
  if (anchors.namedEndingAt.get(i)?.dependent === false) return null;
  for (let from = Math.max(0, i - 3); from < i; from++) {
    if (!tokens.slice(from, i).every((t) => isNameWord(ctx, t) && t.sentence === tokens[i]!.sentence)) continue;
    // the whole name, not the tail of a longer one ("San Salvador", not "Salvador")
    if (isNameWord(ctx, tokens[from - 1]) && tokens[from - 1]!.sentence === tokens[i]!.sentence) continue;
    // sentence-initial "Government troops": a capital letter that only opens the sentence names nothing
    if (!ctx.doc.upperCase && from === ctx.doc.sentences[tokens[from]!.sentence]?.tokenStart && tokens[from]!.pos !== "PROPN") continue;
    // a city names its local people ("Soyapango residents"); a state's organs only by a capital or a province
    // ("the Khartoum government", "Basra police"), since units are named after towns ("the Ponce Battalion")
    const local = LOCAL_SECTORS.has(agent.sector);
    if ((!local && !STATE_ORGAN_SECTORS.has(agent.sector)) || NAMED_AFTER_PLACES.test(agent.phrase)) continue;
    const country = placeCountry(ctx, ctx.doc.norm.slice(tokens[from]!.start, bareEnd(tokens[i - 1]!)), !local, namedCountries(anchors));
    if (country) return { country, from };
  }
  return null;
}
const STATE_ORGAN_SECTORS = new Set(["GOV", "MIL", "COP", "SPY", "LEG", "JUD"]);
// Institutions and units named after a place anywhere ("San Carlos University" is Guatemala's, the "Leon
// Battalion" Salvadoran)
const NAMED_AFTER_PLACES = /(?:^|\s)(?:university|universities|college|colleges|academy|institute|battalion|battalions|brigade|brigades|regiment|regiments|division|divisions|squadron|squadrons)$/;

/** The countries an article names (names, aliases, demonyms), from the anchor index. */
function namedCountries(anchors: AnchorIndex): Set<string> {
  return new Set([...anchors.countryEndingAt.values()].map((h) => h.value.country.iso3));
}

// A state's government, named after its leader ("the Bush administration", "the government of President X")
export const GOVERNMENT_NOUNS = new Set(["administration", "government", "regime", "cabinet", "military government", "junta"]);

/** The country of a head of government named by the surname at token i alone ("Bush", "Mugabe"), if the actor
 * base makes it one country's. */
export function rulerCountry(ctx: EntityContext, i: number): string | null {
  const t = ctx.tokens[i]!;
  // (the tagger reads a capitalised surname as a noun at times: "The Bush administration")
  if (!(t.pos === "PROPN" || t.pos === "NOUN") || (!ctx.doc.upperCase && !t.cap) || ctx.kb.actors.givenNames.has(t.key)) return null;
  // in capitals a common noun looks like a name: "GOVERNMENT JUNTA", "SECURITY ADMINISTRATION"
  if (ctx.kb.actors.agents.matchAt(ctx.tokens, i) || ctx.kb.actors.titles.matchAt(ctx.tokens, i) || (ctx.doc.upperCase && ctx.kb.gazetteer.isCommonWord(t.key))) return null;
  return officeHolderCountry(ctx.kb.actors, t.key, "head", ctx.date, ctx.kb.countries);
}

/** The country of "from"/"of" + a phrase at token i: a country or demonym (after "from" only) or a named
 * organisation with a country, after determiners, numbers and adjectives ("two American aid groups"). */
export function memberOf(ctx: EntityContext, anchors: AnchorIndex, i: number, from: boolean): string | null {
  const { tokens } = ctx;
  let k = i;
  while (k < tokens.length && k - i < 3 && (["DET", "NUM", "ADJ"].includes(tokens[k]!.pos) || /^(?:defeated|ruling|banned|outlawed|main)$/.test(tokens[k]!.key)) && !anchors.countryEndingAt.has(k + 1)) k++;
  const c = [...anchors.countryEndingAt.values()].find((h) => h.from === k);
  if (c && from && c.value.kind !== "capital") return c.value.country.iso3;
  // a demonym or country opening an organisation's name ("the Iraqi parliament", "two American aid groups")
  if (c && c.value.kind === "demonym" && ctx.kb.actors.agents.matchAt(tokens, c.to)) return c.value.country.iso3;
  for (const n of anchors.namedEndingAt.values()) if (n.from === k && !n.dependent && n.type !== "PERSON" && n.country) return n.country;
  return null;
}

/** The named person or organisation (with a country) starting at token i, after an optional "the" or title. */
export function namedAfter(ctx: EntityContext, anchors: AnchorIndex, i: number): Candidate | null {
  for (const c of anchors.namedEndingAt.values()) {
    if (!c.country || c.dependent) continue;
    let k = i;
    if (ctx.tokens[k]?.key === "the") k++;
    const title = ctx.kb.actors.titles.matchAt(ctx.tokens, k);
    if (c.from === k || (title && c.from === title.to)) return c;
  }
  return null;
}
