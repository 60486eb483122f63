// A noun phrase → an event actor: the entity it mentions (name, country, sector, actor code), else a generic
// actor composed from a country word ("Iraqi", "US", "Iran's") and an agent noun ("troops" → MIL), with
// coordinated members ("the UK, Germany and France"). Phrases naming no one ("the deal", "tensions") give null.
import type { Doc } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import { Countries } from "../../knowledge/countries.ts";
import type { Actor, Entity, Place } from "../../schema.ts";
import { nounPhraseRight, spanText, type NounPhrase, type Span } from "./phrases.ts";

const LEAD = /^(?:the|a|an|its|their|his|her|our|some|several|many|most|all|both|two|three|four|five|six|seven|eight|nine|ten|\d[\d,]*)\s+/i;
const STATE_SECTORS = new Set(["GOV", "MIL", "COP", "SPY", "LEG", "JUD"]);

/** Is the entity mention at [from, to) only a modifier ("Iran-backed", "Iran's") of a longer phrase? */
function isSponsorModifier(doc: Doc, endTok: number, startTok?: number): "backed" | "stance" | "possessive" | null {
  const a = doc.tokens[endTok];
  const b = doc.tokens[endTok + 1];
  // "pro-Iran militias", "anti-Syria journalist": a stance toward a country, not its nationality
  if (startTok !== undefined && doc.tokens[startTok - 1]?.text === "-" && /^(?:pro|anti)$/.test(doc.tokens[startTok - 2]?.key ?? "") && doc.tokens[startTok - 1]!.end === doc.tokens[startTok]!.start) return doc.tokens[startTok - 2]!.key === "pro" ? "backed" : "stance";
  if (a?.text === "-" && b && /^(?:backed|sponsored|supported|allied|aligned|funded|armed)$/.test(b.key)) return "backed";
  const last = doc.tokens[endTok - 1];
  if (last && /'s$|'$/.test(last.key)) return "possessive";
  return null;
}

function entityActor(e: Entity, text: string, start: number, end: number): Actor {
  return {
    name: e.name,
    text,
    country: e.country,
    sector: e.sector ?? null,
    entity: e.id,
    actorCode: e.actorCode ?? (e.country ? e.country + (e.sector && e.sector !== "OTHER" ? e.sector : "") : null),
    start,
    end,
  };
}

/** A country named in tokens [from, to) as a name, alias or demonym ("Serbian President", "Qatar's emir"). */
function premodifierCountry(doc: Doc, kb: Knowledge, from: number, to: number): string | null {
  if (to <= from) return null;
  for (const m of kb.countries.matcher.findAll(doc.tokens, from, to)) {
    const vals = Countries.acceptMatch(m, doc.tokens, doc.upperCase);
    const mod = isSponsorModifier(doc, m.to, m.from);
    if (vals.length && mod !== "backed" && mod !== "stance") return vals[0]!.country.iso3;
  }
  return null;
}

/** The country of the first sub-national place named in [start, end) (a country name there may be a sponsor). */
function placeCountry(doc: Doc, start: number, end: number): string | null {
  const located = (p: Place) => {
    if (p.precision !== "country") return true;
    // a country counts when the phrase places its people there: "rebels in Chad", "King Hassan of Morocco"
    const before = doc.tokens[doc.tokenIndexAt(p.start) - 1]?.key;
    return before === "in" || before === "of";
  };
  return doc.placesIn(start, end).find((p) => !p.metonym && p.country && located(p))?.country ?? null;
}

/** The speaker of the quote holding an offset ("We recommend ..." inside Khatibzadeh's quote). */
function quoteSpeakerAt(doc: Doc, offset: number): { name: string; entity?: string | null } | null {
  const q = doc.quotesOver(offset).find((x) => x.speaker);
  return q?.speaker ?? null;
}

const POSSESSIVE_PRONOUNS = new Set(["his", "her", "their", "its", "my", "our", "your"]);
/** A mention used as a possessive: a possessive pronoun or a name followed by "'s". */
function isPossessive(doc: Doc, from: number, endTok: number): boolean {
  const first = doc.tokens[from];
  if (first && endTok - from <= 1 && POSSESSIVE_PRONOUNS.has(first.key)) return true;
  const next = doc.tokens[endTok];
  return !!next && (next.key === "'s" || next.key === "\u2019s" || next.key === "'");
}

function singleActor(doc: Doc, kb: Knowledge, s: Span, head: number): Actor | null {
  if (s.to <= s.from) return null;
  const start = doc.tokens[s.from]!.start;
  const end = doc.tokens[s.to - 1]!.end;
  const headStart = doc.tokens[head]!.start;
  // a date ("on Sunday") or a place that is only a place ("in Vienna") is no actor
  if (doc.timexesOver(headStart).length) return null;
  if (doc.placesOver(headStart).some((p) => !p.metonym && p.precision !== "country")) return null;
  const text = spanText(doc, s);
  const mentions = doc.mentionsIn(start, end);
  const headTok = doc.tokens[head]!;
  // the mention holding the head, else one that is not a sponsor/possessive modifier
  // (a mention reaching past the phrase is another layer's over-long match: not this phrase's entity)
  const onHead = mentions.find((m) => m.start <= headTok.start && m.end >= headTok.end && m.end <= end + 1 && m.start >= start - 1);
  if (onHead) {
    const e = doc.entityById(onHead.entity);
    if (e) {
      const a = entityActor(e, text, start, end);
      // "Serbian President X" where X's entity has no country: the phrase's country word gives it
      if (!a.country) a.country = premodifierCountry(doc, kb, s.from, doc.tokenIndexAt(onHead.start)) ?? (a.sector || e.type === "PERSON" ? placeCountry(doc, start, end) : null);
      if (a.country && !a.actorCode) a.actorCode = a.country + (a.sector && a.sector !== "OTHER" ? a.sector : "");
      return a;
    }
  }
  let country: string | null = null;
  let backedBy: string | null = null;
  let entityFallback: Entity | undefined;
  // an event noun ("the attack", "a rocket attack in Erbil") names what happened, not who did it
  if (kb.lexicon.nominals.matchAt(doc.tokens, head)?.to === head + 1 || headTok.lemma !== headTok.key && kb.lexicon.nominals.lookup(headTok.lemma)) return null;
  const headEnd = headTok.end;
  for (const m of mentions) {
    const e = doc.entityById(m.entity);
    if (!e || m.end > end + 1 || m.start < start - 1) continue;
    // only premodifiers and the head speak for the phrase's country ("an agreement with Iran" is not Iranian)
    if ((e.type === "GPE" || e.type === "NORP") && m.start > headEnd) continue;
    const endTok = doc.tokenIndexAt(m.end);
    const mod = isSponsorModifier(doc, endTok, doc.tokenIndexAt(m.start));
    if (mod === "backed") { backedBy ??= e.country; continue; }
    if (mod === "stance") continue;
    // a person's possession or kin is not the person ("his wife", "Zuckerberg's lawyer"); an organisation's or a
    // country's member still speaks for it ("Hamas's leader", "Iran's ministry")
    if (e.type === "PERSON" && isPossessive(doc, doc.tokenIndexAt(m.start), endTok)) continue;
    if (e.type === "GPE" || e.type === "NORP") country ??= e.country;
    else if (!mod) entityFallback ??= e;
  }
  // (a countryless entity in a modifier does not outrank the head's own country word: "Turkish aircraft
  // including helicopter gunships" are Turkish)
  if (entityFallback && (entityFallback.country || !country)) return entityActor(entityFallback, text, start, end);
  // no entity layer (or no mention): country words and agent nouns in the phrase
  const tokens = doc.tokens;
  // country words count in the premodifiers and head ("Iraqi troops", "Iran's ministry"), and in an "of"-PP of
  // an agent noun ("the government of Iraq"), not in other attached phrases ("an agreement with Iran")
  let scanTo = head + 1;
  if (doc.tokens[head + 1]?.key === "of" && (kb.lexicon.actorNouns.has(doc.tokens[head]!.key) || kb.lexicon.actorNouns.has(doc.tokens[head]!.lemma))) scanTo = s.to;
  if (!country) {
    for (const m of kb.countries.matcher.findAll(tokens, s.from, Math.max(s.from + 1, Math.min(s.to, scanTo)))) {
      const endTok = m.to;
      const vals = Countries.acceptMatch(m, tokens, doc.upperCase);
      if (!vals.length) continue;
      const mod = isSponsorModifier(doc, endTok, m.from);
      if (mod === "backed") { backedBy ??= vals[0]!.country.iso3; continue; }
      if (mod === "stance") continue;
      country = vals[0]!.country.iso3;
      break;
    }
  }
  let sector: string | null = null;
  let agentCode: string | null = null;
  let prefix = false;
  for (const m of kb.actors.agents.findAll(tokens, s.from, s.to)) {
    // the agent nearest the head decides ("Iran's foreign ministry spokesman" → the spokesman's ministry: GOV)
    sector = m.values[0]!.sector;
    agentCode = m.values[0]!.code;
    prefix = !!m.values[0]!.prefix;
  }
  const headKey = headTok.key;
  // (a building, a vehicle, a pipeline is what an attack hits: a target like a person)
  const isActorNoun = kb.lexicon.actorNouns.has(headKey) || kb.lexicon.actorNouns.has(headTok.lemma) || kb.lexicon.propertyNouns.has(headKey);
  if (headTok.pos === "PRON") {
    if (headKey === "we" || headKey === "i" || headKey === "us" && !headTok.text.match(/^US$/)) {
      const sp = quoteSpeakerAt(doc, headTok.start);
      const e = doc.entityById(sp?.entity ?? undefined);
      if (e) return entityActor(e, text, start, end);
      if (sp) return { name: sp.name, text, country: null, start, end };
    }
    return null;
  }
  if (!country && !sector && !isActorNoun) {
    // a proper name no layer knows is still an actor ("Acme Corp" in an unknown-name world)
    // (the trained tagger decides: a sentence-initial "Estimates" or "Architecture" is a common noun)
    if (!(headTok.pos === "PROPN" && (doc.upperCase || headTok.cap && doc.uposOf(head) === "PROPN"))) return null;
  }
  // "Darfur rebels", "workers of a Tehran bus company": people named with a town or region are of its country
  if (!country && (isActorNoun || sector)) country = placeCountry(doc, start, end);
  const name = text.replace(LEAD, "").replace(/^the\s+/i, "").replace(/['\u2019]s?$/, "");
  const code = country ? (prefix ? (agentCode ?? "") + country : country + (agentCode ?? "")) : agentCode && prefix ? agentCode : null;
  const actor: Actor = { name, text, country, sector: (sector as Actor["sector"]) ?? null, actorCode: code || null, start, end };
  if (backedBy && !country) (actor as Actor & { backedBy?: string }).backedBy = backedBy;
  return actor;
}

/** The actor a noun phrase names, with members when coordinated; null when it names no one. */
export function actorOf(doc: Doc, kb: Knowledge, np: NounPhrase | null): Actor | null {
  if (!np) return null;
  if (np.members.length < 2) return singleActor(doc, kb, np, np.head);
  const lastSpan = np.members[np.members.length - 1]!;
  const last = singleActor(doc, kb, lastSpan, headOfSpan(doc, lastSpan));
  const members = np.members.map((m) => sharedHeadActor(doc, kb, m, lastSpan, last) ?? singleActor(doc, kb, m, headOfSpan(doc, m))).filter((a): a is Actor => !!a);
  if (members.length === 0) return null;
  if (members.length === 1) return members[0]!;
  const countries = [...new Set(members.map((m) => m.country))];
  const start = doc.tokens[np.from]!.start;
  const end = doc.tokens[np.to - 1]!.end;
  return {
    name: members.map((m) => m.name).join(", "),
    text: spanText(doc, np),
    country: countries.length === 1 ? countries[0]! : null,
    sector: null,
    start,
    end,
    members,
  };
}

/** "Kenyan and Ugandan officials": a bare country word before the last member shares its head ("Kenyan officials"). */
function sharedHeadActor(doc: Doc, kb: Knowledge, m: Span, lastSpan: Span, last: Actor | null): Actor | null {
  if (!last || m === lastSpan || m.to - m.from > 3) return null;
  for (let k = m.from; k < m.to; k++) if (!["ADJ", "PROPN", "DET"].includes(doc.tokens[k]!.pos)) return null;
  // a demonym ("Kenyan"), not a country's name ("Kenya and Ugandan officials" are Kenya and the officials)
  const mStart = doc.tokens[m.from]!.start, mEnd = doc.tokens[m.to - 1]!.end;
  if (!doc.mentionsIn(mStart, mEnd).some((x) => x.kind === "demonym" && x.end >= doc.tokens[m.to - 1]!.end)) return null;
  const country = premodifierCountry(doc, kb, m.from, m.to);
  const head = headOfSpan(doc, lastSpan);
  // the last member must have a head of its own after its country word ("Ugandan officials", not "Uganda")
  if (!country || head === lastSpan.from || premodifierCountry(doc, kb, head, head + 1)) return null;
  const headText = doc.tokens[head]!.text;
  const { entity: _entity, ...rest } = last;
  return {
    ...rest,
    name: `${spanText(doc, m).replace(LEAD, "").replace(/^the\s+/i, "")} ${headText}`,
    text: spanText(doc, m),
    country,
    actorCode: country + (last.sector && last.sector !== "OTHER" ? last.sector : ""),
    start: mStart,
    end: mEnd,
  };
}

function headOfSpan(doc: Doc, s: Span): number {
  for (let k = s.to - 1; k >= s.from; k--) if (["NOUN", "PROPN", "PRON", "NUM", "X"].includes(doc.tokens[k]!.pos)) return k;
  return s.to - 1;
}

/**
 * "state" for government, military, police actors; "protesters" for demonstrators and rioters; "crowd" for
 * unorganised civilians (a mob, villagers, residents); "nonstate" for rebels and militias; else null.
 */
export function actorKind(a: Actor | null): "state" | "nonstate" | "protesters" | "crowd" | null {
  if (!a) return null;
  const words = `${a.name} ${a.text ?? ""}`.toLowerCase();
  if (a.sector && STATE_SECTORS.has(a.sector)) return "state";
  if (/\b(?:protest\w*|demonstrators?|rioters?|marchers?)\b/.test(words)) return "protesters";
  if (/\b(?:mobs?|crowds?|villagers?|residents?|youths?|vigilantes?|locals)\b/.test(words) || a.sector === "CVL") return "crowd";
  if (!a.sector) return null;
  if (a.sector === "REB" || a.sector === "OPP" || a.sector === "CRM") return "nonstate";
  return null;
}

/** The place an actor stands for when a target phrase names a place ("shelled Juba", "the siege of Sarajevo"). */
export const targetPlaces = new WeakMap<Actor, Place>();

/**
 * The actor a target phrase names: a party, else a place acted on, which stands for its country's people
 * ("shelled the regional capital Juba", "an attack on Kabul", "aid to Darfur"). Only for targets: a place as a
 * subject is a venue ("in Vienna, ministers met"), and the actor layer keeps those out.
 */
export function targetOf(doc: Doc, kb: Knowledge, np: NounPhrase | null): Actor | null {
  const a = actorOf(doc, kb, np);
  if (a || !np) return a;
  const owner = proposalOwner(doc, kb, np);
  if (owner) return owner;
  const start = doc.tokens[np.from]!.start, end = doc.tokens[np.to - 1]!.end;
  const headTok = doc.tokens[np.head]!;
  if (doc.timexesOver(headTok.start).length) return null;
  // the place must be the phrase's head ("the town of Kassala", "Juba"), not a modifier ("roads in Juba")
  const place = doc.placesIn(start, end).find((p) => !p.metonym && p.country && (p.start <= headTok.start && headTok.start < p.end || afterHeadNoun(doc, np, p)));
  if (!place) return null;
  const actor: Actor = { name: place.name, text: spanText(doc, np), country: place.country, sector: null, actorCode: place.country, start, end };
  targetPlaces.set(actor, place);
  return actor;
}

/** "the southern regional capital Juba", "the town of Kassala": a place noun before the name is its head. */
const PLACE_NOUNS = new Set(["capital", "city", "town", "village", "province", "region", "district", "state", "area", "enclave", "port", "island", "territory", "county", "governorate", "municipality", "outskirts", "suburb", "camp", "border", "strip", "valley", "heights"]);
function afterHeadNoun(doc: Doc, np: NounPhrase, p: Place): boolean {
  const k = doc.tokenIndexAt(p.start);
  const nounAt = doc.tokens[k - 1]?.key === "of" ? k - 2 : k - 1;
  const noun = doc.tokens[nounAt];
  return nounAt >= np.from && !!noun && PLACE_NOUNS.has(noun.key) && p.end >= doc.tokens[np.to - 1]!.end;
}

/** Nouns for what a party puts forward: acting on one ("rejected the proposal") acts on its author. */
const PROPOSAL_NOUNS = new Set(["proposal", "plan", "offer", "ultimatum", "demand", "appeal", "invitation", "request", "call", "mediation", "initiative", "bid", "statement", "policy", "decision", "overture", "peace plan", "suggestion", "terms", "conditions", "draft", "resolution", "claim", "claims", "accusation", "accusations", "allegation", "allegations", "charge", "charges"]);

/**
 * "rejected an Indian proposal", "welcomed the president's statement", "dismissed an appeal from the governor":
 * the author of a proposal, appeal or mediation is the party acted on — its premodifier, possessor or "from/by" phrase.
 */
function proposalOwner(doc: Doc, kb: Knowledge, np: NounPhrase): Actor | null {
  const head = doc.tokens[np.head]!;
  if (!PROPOSAL_NOUNS.has(head.key) && !PROPOSAL_NOUNS.has(head.lemma)) return null;
  let from = np.from;
  while (from < np.head && ["DET", "ADJ"].includes(doc.tokens[from]!.pos) && !premodifierCountry(doc, kb, from, from + 1)) from++;
  let preHead = np.head - 1;
  while (preHead > from && /^['\u2019]s?$/.test(doc.tokens[preHead]!.text)) preHead--;
  const pre = from < np.head ? singleActor(doc, kb, { from, to: np.head }, preHead) : null;
  if (pre) return pre;
  const link = doc.tokens[np.head + 1];
  if (link && (link.key === "from" || link.key === "by")) {
    const after = nounPhraseRight(doc, np.head + 2, Math.min(doc.tokens.length, np.head + 12));
    const a = after ? actorOf(doc, kb, after) : null;
    if (a && (a.country || a.entity || a.sector)) return a;
  }
  return null;
}
