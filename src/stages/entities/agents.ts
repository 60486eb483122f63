// Generic actors: an agent noun ("troops", "foreign ministry", "rebels", "spokesman") with the country that
// anchors it — a demonym ("Iraqi troops"), a country ("US military", "Iran's foreign ministry"), a named actor
// ("the Biden administration"), or "of <country>" after it ("the army of Iraq"); else the places and
// organisations of place-anchors.ts ("the Khartoum government", "rebels in Chad"). The agent gives the sector
// (Phoenix agents: MINISTER → GOV, REBELS → REB, POLICE → COP, TROOPS → MIL), the anchor the country.
import type { AgentRecord } from "../../knowledge/actors.ts";
import type { PhraseMatch } from "../../knowledge/phrase-matcher.ts";
import { bareEnd, codeOf, spanText, type Candidate, type EntityContext } from "./context.ts";
import type { CountryHit } from "./dictionary.ts";
import { GOVERNMENT_NOUNS, LOCAL_SECTORS, memberOf, namedAfter, placeBefore, placedIn, rulerCountry } from "./place-anchors.ts";

// Nouns that keep an agent word as their modifier an actor: "militia groups", "rebel fighters", "army officers".
const GROUP_HEADS = new Set(
  ("group groups force forces fighter fighters member members unit units faction factions leader leaders official officials " +
    "commander commanders spokesman spokeswoman spokesperson personnel militant militants chief chiefs officer officers figure figures " +
    "representative representatives delegation delegations men troops soldiers").split(" "),
);
// Collective nouns for armed men, who take the side of the leader or group they are said to belong to.
const ARMED_COLLECTIVES = new Set(["forces", "force", "troops", "fighters", "men", "loyalists", "militiamen", "gunmen", "units"]);
// Modifiers that may stand between an anchor and its agent: "Iraqi security forces", "US special forces", "senior Iraqi".
const MODIFIER_POS = new Set(["ADJ", "NOUN", "VERB"]);

// Agent words that name a place rather than the people in it ("a village in Sagaing")
const PLACE_NOUNS = new Set(["village", "town", "city", "camp"]);
const TELLING = /^(?:told|tell|tells|telling|briefed|briefing|informed|addressed)$/;

/** "told reporters", "said to journalists": the press as the audience of a statement is no actor. */
function pressAudience(ctx: EntityContext, i: number, agent: AgentRecord): boolean {
  if (agent.sector !== "MED" || !agent.person) return false;
  let k = i - 1;
  if (ctx.tokens[k]?.key === "to") k--;
  return TELLING.test(ctx.tokens[k]?.key ?? "") || (ctx.tokens[i - 1]?.key === "to" && /^(?:said|says|spoke|speaking|talking)$/.test(ctx.tokens[k]?.key ?? ""));
}

export interface AnchorIndex {
  /** country hits (names, aliases, demonyms) by the token index they end at (exclusive) */
  countryEndingAt: Map<number, CountryHit>;
  /** named mentions (persons, organisations) by the token index they end at */
  namedEndingAt: Map<number, Candidate>;
}

export function anchorIndex(countries: CountryHit[], named: Candidate[]): AnchorIndex {
  const countryEndingAt = new Map<number, CountryHit>();
  // (an ethnic group anchors its home country, none when no home is named: "ethnic Uzbek fighters")
  for (const h of countries) if (h.value.kind !== "capital" && !(h.ethnic && !h.ethnic.home)) countryEndingAt.set(h.to, h);
  const namedEndingAt = new Map<number, Candidate>();
  // a dictionary name beats an unsure pattern run ending at the same word
  for (const c of named) if (!namedEndingAt.has(c.to) || namedEndingAt.get(c.to)!.dependent) namedEndingAt.set(c.to, c);
  return { countryEndingAt, namedEndingAt };
}

/** The agent records of one match that fit: a pure agent word is the head unless a group noun follows it. */
function headSpan(ctx: EntityContext, m: PhraseMatch<AgentRecord>): { to: number; person: boolean } | null {
  const next = ctx.tokens[m.to];
  const agent = m.values[0]!;
  if (next && GROUP_HEADS.has(next.key)) return { to: m.to + 1, person: !/^(?:group|groups|force|forces|unit|units|faction|factions|delegation|delegations|personnel)$/.test(next.key) };
  // "police station", "press conference", "militia targets": the agent modifies another noun
  if (next && (next.pos === "NOUN" || next.pos === "PROPN") && (ctx.doc.upperCase ? !ctx.kb.actors.givenNames.has(next.key) : !next.cap)) return null;
  if (next && next.text === "-" ) return null;
  // "ambassador to" with no country after it ("ordered the ambassador to leave"): the preposition is not the agent's
  const last = ctx.tokens[m.to - 1];
  if (m.to - m.from > 1 && last && /^(?:to|of|for|in|at|with|on)$/.test(last.key) && !(next && (next.pos === "PROPN" || next.key === "the"))) {
    const shorter = ctx.kb.actors.agents.matchAt(ctx.tokens, m.from, m.to - 1);
    return { to: m.to - 1, person: shorter?.to === m.to - 1 ? shorter.values[0]!.person : agent.person };
  }
  return { to: m.to, person: agent.person };
}

export function agentMentions(ctx: EntityContext, anchors: AnchorIndex): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, doc } = ctx;
  for (const m of ctx.kb.actors.agents.findAll(tokens)) {
    const head = headSpan(ctx, m);
    if (!head) continue;
    const agent = m.values[0]!;
    if (PLACE_NOUNS.has(agent.phrase) || pressAudience(ctx, m.from, agent)) continue;
    // "the Sudan People's Liberation Army": agent words ending a name are the name's
    const holder = anchors.namedEndingAt.get(head.to);
    if (holder && !holder.dependent && holder.type !== "PERSON" && holder.from <= m.from) {
      // "Iran's Revolutionary Guard Corps": the possessive country is the name's
      const c = anchors.countryEndingAt.get(holder.from);
      if (!holder.country && c) {
        holder.country = c.value.country.iso3;
        holder.code = codeOf(holder.country, holder.sector);
      }
      continue;
    }
    // a title or a descriptor before a name ("Foreign Minister Javad Zarif", "the paramilitary Rapid Support
    // Forces") belongs to that name
    const after = tokens[head.to];
    if (head.to === m.to && after && (doc.upperCase ? agent.person && after.pos === "PROPN" : after.cap && /^\p{Lu}/u.test(after.text))) continue;
    // look left over modifiers for an anchor
    let i = m.from;
    let skipped = 0;
    let country: string | null = null;
    let anchorFrom = -1;
    let anchorName: string | null = null;
    let anchorSector: string | null = null;
    // "the US Central Command said its forces", "Kenya, which has troops": the owner named just before "its"
    const owner = /^(?:its|their)$/.test(tokens[m.from - 1]?.key ?? "") ? possessor(ctx, anchors, m.from - 1) : null;
    if (owner) {
      country = owner.country;
      if (ARMED_COLLECTIVES.has(tokens[head.to - 1]!.key) && owner.sector && ["REB", "UAF", "MIL"].includes(owner.sector)) anchorSector = owner.sector;
    }
    for (; !owner; ) {
      const c = anchors.countryEndingAt.get(i);
      // "anti-Syria", "pro-Iranian": a stance toward a country, not its nationality
      if (c && tokens[c.from - 1]?.text === "-" && /^(?:anti|pro)$/.test(tokens[c.from - 2]?.key ?? "")) break;
      if (c) {
        country = c.value.country.iso3;
        anchorFrom = c.from;
        break;
      }
      const n = anchors.namedEndingAt.get(i);
      // "the Harakat al-Nujaba militia", "Hamas fighters": the group itself, named already
      const plural = tokens.slice(m.from, m.to).map((t) => t.key).join(" ") !== agent.phrase;
      if (n && (n.type === "ARMED_GROUP" || n.type === "ORG") && (!agent.person || plural) && skipped === 0) {
        country = null;
        anchorFrom = -2;
        break;
      }
      if (n && n.country) {
        country = n.country;
        anchorFrom = n.from;
        anchorName = n.name;
        // "Dagalo's forces", "Haftar's fighters": armed men of a rebel leader are rebels
        if (ARMED_COLLECTIVES.has(tokens[head.to - 1]!.key) && n.sector && ["REB", "UAF", "MIL"].includes(n.sector)) anchorSector = n.sector;
        break;
      }
      const prev = tokens[i - 1];
      // "the Bush administration", "the Mugabe government": a head of government's surname the base knows
      const ruler = skipped === 0 && prev && GOVERNMENT_NOUNS.has(agent.phrase) ? rulerCountry(ctx, i - 1) : null;
      if (ruler) {
        country = ruler;
        anchorFrom = i - 1;
        break;
      }
      // "the Khartoum government", "Darfur rebels", "Basra police": a capital or a province names whose they are
      const where = skipped === 0 && prev ? placeBefore(ctx, anchors, i, agent) : null;
      if (where) {
        country = where.country;
        anchorFrom = where.from;
        break;
      }
      // all-caps "US FORCES": a bare two-letter abbreviation is the country when an agent noun follows it
      if (doc.upperCase && prev && /^(?:us|uk)$/.test(prev.key) && prev.text.length === 2) {
        const rec = ctx.kb.countries.byName(prev.key);
        if (rec) {
          country = rec.iso3;
          anchorFrom = i - 1;
          break;
        }
      }
      if (!prev || skipped >= 2 || !MODIFIER_POS.has(prev.pos) || prev.sentence !== tokens[m.from]!.sentence || /^\p{P}$/u.test(prev.text)) break;
      // "Iraqi troops killed militants": a verb after a noun is the clause's, not a participle modifier ("armed",
      // "Iranian-backed", "Iraqi trained"); the militants are not Iraqi
      const before = tokens[i - 2];
      // ("Turkish aircraft including helicopter gunships": a participle that works as a preposition joins them)
      // ("Iraqi trained troops": a demonym before a participle modifies; "Iraq met officials": a country's name
      // before a verb is its subject)
      if (prev.pos === "VERB" && before && ["NOUN", "PROPN", "PRON"].includes(before.pos) && anchors.countryEndingAt.get(i - 1)?.value.kind !== "demonym" && !JOINING_PARTICIPLES.has(prev.key)) break;
      i--;
      skipped++;
    }
    // "the army of Iraq", "the government of Syria", "the military government of President X"
    if (!country && tokens[head.to]?.key === "of") {
      const c = [...anchors.countryEndingAt.values()].find((h) => h.from === head.to + 1 || (h.from === head.to + 2 && tokens[head.to + 1]?.key === "the"));
      if (c) country = c.value.country.iso3;
      else if (GOVERNMENT_NOUNS.has(agent.phrase)) country = namedAfter(ctx, anchors, head.to + 1)?.country ?? null;
    }
    // "doctors from two American aid groups", "activists from the Fatah Party", "refugees from Syria", "members of
    // the Homeland Union": people from a country or of a named organisation (not "critics of Syria": of a country)
    if (!country && anchorFrom === -1 && /^(?:from|of)$/.test(tokens[head.to]?.key ?? "")) country = memberOf(ctx, anchors, head.to + 1, tokens[head.to]!.key === "from");
    // "rebels in Ivory Coast", "protesters in Hong Kong", "guerrillas operating in Macedonia": people of no state
    // placed in a country are its people (a state's organs and envoys may serve abroad: "US troops in Iraq")
    if (!country && anchorFrom === -1 && LOCAL_SECTORS.has(agent.sector)) country = placedIn(ctx, anchors, head.to);
    if (anchorFrom === -2) continue;
    // proper names are found elsewhere ("Press TV", "Army Day"): a capitalised agent needs its anchor
    if (!doc.upperCase && tokens[m.from]!.cap && anchorFrom < 0 && !sentenceStartOrTitle(ctx, m.from)) continue;
    const from = anchorFrom >= 0 ? anchorFrom : m.from;
    const start = tokens[from]!.start, end = bareEnd(tokens[head.to - 1]!);
    const sector = anchorSector ?? agent.sector;
    const code = agent.prefix ? `${agent.code}${country ?? ""}` : codeOf(country, anchorSector ?? agent.code);
    // the singular names one person; the plural a group
    const written = tokens.slice(m.from, m.to).map((t) => t.key).join(" ");
    const personal = head.person && (head.to > m.to ? !/s$/.test(tokens[head.to - 1]!.key) || /(?:man|woman|person)$/.test(tokens[head.to - 1]!.key) : written === agent.phrase);
    out.push({
      start, end, from, to: head.to,
      kind: "nominal",
      type: personal ? "PERSON" : sector === "REB" || sector === "UAF" ? "ARMED_GROUP" : "ORG",
      name: spanText(doc, start, end),
      country, sector, code,
      // "the Biden administration" and "the Trump administration" are two referents; "US troops" and "American troops" one
      generic: personal ? `${country ?? ""}:${agent.code}:${agent.phrase}:${tokens[head.to - 1]!.key}` : country ? `${country}:${agent.code}${anchorName ? `:${anchorName.split(" ").pop()}` : ""}` : `:${agent.code}:${agent.phrase}`,
      origin: "agent",
      agentPhrase: agent.phrase,
    });
  }
  return out;
}

const JOINING_PARTICIPLES = new Set(["including", "excluding", "using", "carrying", "comprising", "involving"]);

/** The organisation or country an "its"/"their" at token i refers to: the first one named in its sentence
 * before it, the subject mostly ("Kenya, which has troops in Somalia, said its soldiers"); not one after a
 * preposition, and not a person. */
function possessor(ctx: EntityContext, anchors: AnchorIndex, i: number): { country: string | null; sector: string | null } | null {
  const s = ctx.tokens[i]!.sentence;
  const from = ctx.doc.sentences[s]?.tokenStart ?? 0;
  for (let k = from + 1; k <= i; k++) {
    const n = anchors.namedEndingAt.get(k);
    const c = anchors.countryEndingAt.get(k);
    const first = n?.from ?? c?.from ?? k;
    if (ctx.tokens[first - 1]?.pos === "ADP") continue;
    if (n && !n.dependent && n.type !== "PERSON") return n.country ? { country: n.country, sector: n.sector } : null;
    if (c && (c.value.kind === "name" || c.value.kind === "alias")) return { country: c.value.country.iso3, sector: null };
  }
  return null;
}

/** A capitalised agent word is still a common noun at a sentence start or in a title-case headline. */
function sentenceStartOrTitle(ctx: EntityContext, i: number): boolean {
  const t = ctx.tokens[i]!;
  const s = ctx.doc.sentences[t.sentence];
  return !!s && (s.tokenStart === i || s.kind === "headline");
}

// Head nouns of a state's organs: "the army", "police", "the government", "security forces", "the interior
// ministry". Personnel ("troops", "soldiers") and bare "forces" are left out: any side has them.
const ORGAN_HEADS = new Set(
  ("government administration authorities authority army military navy force police gendarmerie gendarmery ministry " +
    "cabinet junta regime parliament legislature senate judiciary intelligence presidency").split(" "),
);
const ORGAN_FORCES = new Set(["security", "armed", "government", "police", "defence", "defense", "state"]);
// Words before the organ that give it another owner or none: "its army", "a government", "foreign governments"
const OTHER_OWNER = /^(?:its|their|his|her|whose|a|an|another|other|foreign|any|every|each|no|rebel|opposition|interim|shadow|parallel|rival)$/;

/** A generic state organ with no country named ("the army", "security forces") that the article's own
 * country may own: singular organ nouns (and "authorities", "X forces" of a state), no other owner before it. */
export function isStateOrgan(ctx: EntityContext, c: Candidate): boolean {
  if (c.origin !== "agent" || c.country || c.type === "PERSON") return false;
  const head = ctx.tokens[c.to - 1]!;
  const prev = ctx.tokens[c.from - 1];
  if (prev && OTHER_OWNER.test(prev.key)) return false;
  if (head.key === "forces") return c.to - c.from >= 2 && ORGAN_FORCES.has(ctx.tokens[c.to - 2]!.key);
  return ORGAN_HEADS.has(head.key);
}
