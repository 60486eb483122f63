// Sentence by sentence: verbs and nouns that trigger events, their arguments from clause structure, embedded
// events under control and reporting verbs, modality, date, place and casualties → drafts (before dedupe).
import { Countries } from "../../knowledge/countries.ts";
import type { Doc, Sentence, Token } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import type { Actor, Modality } from "../../schema.ts";
import { actorOf, targetOf, targetPlaces } from "./actors.ts";
import { complementSubject, objectOf, prepPhrase, subjectOf, TARGET_PREPS } from "./arguments.ts";
import { clauseAt, type Clause } from "./clauses.ts";
import { treeAgent, treePassive } from "./tree-args.ts";
import { demandOf, intentOf, isCooperative, isMaterialConflict, refusalOf, threatOf } from "./coding.ts";
import { charSpan, eventDate, narrativeDates, publicationDate } from "./dating.ts";
import type { Draft } from "./draft.ts";
import { fitSense } from "./sense.ts";
import { effectsIn } from "./effects.ts";
import { claimedActs, isResponsibilityClaim } from "./claims.ts";
import { beneficiary, contentTarget, hasContentTarget } from "./content-target.ts";
import { eventLocation, sourcePlace, toLocation } from "./location.ts";
import { fillPartyCountries } from "./party-countries.ts";
import { nominalModality, verbModality } from "./modality.ts";
import { auxChain, nounPhraseLeft, nounPhraseRight, spanText, type NounPhrase, type Span } from "./phrases.ts";
import { childrenWith } from "../../lang/en/tree.ts";
import { verbLemma } from "../../lang/en/lemma.ts";
import { codeVerb, gerundSubject, nominalTriggers, weaponCue, type NominalTrigger, type VerbCoding } from "./triggers.ts";

interface VerbInfo {
  v: number;
  lemma: string;
  clause: Clause;
  subj: NounPhrase | null;
  passive: boolean;
  coding: VerbCoding | null;
}

/** A reporting verb's content: the span it reports, who said it, and the speech act's own code. */
interface Report {
  v: number;
  from: number;
  to: number;
  speaker: Actor | null;
  code: string | null;
  info: VerbInfo;
  /** the event noun the speech act is about ("threatened sanctions") */
  topic?: NominalTrigger;
}

/** Documents that speak for their author ("a statement demanding ..."). */
const COMMUNICATION_NOUNS = new Set(["statement", "declaration", "letter", "resolution", "communique", "communiqué", "message", "petition", "note", "decree", "report", "appeal", "memorandum", "manifesto", "ultimatum"]);

/** A subject pronoun that can stand for the speaker: not "it" for a person, nor "he" or "she" for a body or a state. */
function speakerPronoun(doc: Doc, t: Token, speaker: Actor): boolean {
  const type = doc.entityById(speaker.entity)?.type;
  if (type === "PERSON") return t.key !== "it";
  return !(type && (t.key === "he" || t.key === "she"));
}

/** The two sides of "between X and Y" (the "between" at `from` or just after a place or time phrase). */
function betweenSides(doc: Doc, from: number, to: number): [NounPhrase | null, NounPhrase | null] {
  const T = doc.tokens;
  let k = from;
  while (k < to && T[k]!.key !== "between" && T[k]!.pos !== "VERB" && T[k]!.key !== ".") k++;
  if (T[k]?.key !== "between") return [null, null];
  const first = nounPhraseRight(doc, k + 1, to + 8);
  if (!first) return [null, null];
  if (first.members.length >= 2) return [{ ...first.members[0]!, head: first.members[0]!.to - 1, members: [] }, { ...first.members[1]!, head: first.members[1]!.to - 1, members: [] }];
  if (T[first.to]?.key !== "and") return [first, null];
  return [first, nounPhraseRight(doc, first.to + 1, to + 8)];
}

/** An actor that names a weapon: its name ends in one ("artillery rounds", "two rockets"; "the tank depot" is a place). */
function weaponPhrase(doc: Doc, kb: Knowledge, a: Actor): boolean {
  const last = (a.name ?? "").toLowerCase().split(/\s+/).pop() ?? "";
  if (kb.lexicon.ammunition.has(last)) return true;
  const k = a.end === undefined ? -1 : doc.tokenIndexAt(a.start! + (a.text ?? a.name).toLowerCase().lastIndexOf(last));
  return k >= 0 && doc.tokens[k]?.key === last && kb.lexicon.weapons.findAll(doc.tokens, k, k + 1).some((m) => !["firearms", "beat", "abduct", "sexual", "torture"].includes(m.values[0]!.mode));
}

/** The verb at v is what a charge names: a gerund (or the infinitive under one: "trying to kill") after "of",
 * "with" or "for" that follows a verb of charging ("charged with", "accused of", "arrested for"). A killing a charge
 * names still happened ("accused of killing six priests"): only an attempt or a non-violent act is alleged alone. */
function chargeContent(doc: Doc, kb: Knowledge, v: number): boolean {
  const T = doc.tokens;
  const g = T[v - 1]?.key === "to" && /ing$/.test(T[v - 2]?.key ?? "") ? v - 2 : v;
  if (!/ing$/.test(T[g]!.key) || !["of", "with", "for"].includes(T[g - 1]?.key ?? "")) return false;
  if (g === v && kb.lexicon.verbsAt(T, v).some((e) => Number(e.entry.code?.slice(0, 2) ?? 0) >= 18)) return false;
  const charging = T[g - 2];
  return !!charging && (kb.lexicon.chargeVerbs.has(charging.lemma) || kb.lexicon.chargeVerbs.has(verbLemma(charging.key)));
}

/** A passive verb group at token k with no "by" agent after it ("was taken away from her"). */
function agentlessPassive(doc: Doc, k: number): boolean {
  const T = doc.tokens;
  while (T[k] && ["was", "were", "is", "are", "been", "being", "has", "have", "had"].includes(T[k]!.key)) k++;
  if (k === 0 || !T[k] || !["was", "were", "is", "are", "been", "being"].includes(T[k - 1]!.key)) return false;
  if (!["VERB", "ADJ"].includes(doc.uposOf(k) ?? "") || !/(?:d|n|t)$/.test(T[k]!.key)) return false;
  for (let j = k + 1; j < Math.min(T.length, k + 8) && T[j]!.key !== "," && T[j]!.key !== "."; j++) if (T[j]!.key === "by") return false;
  return true;
}

/** Pronouns that, as the subject of what someone says, are the speaker. */
const SELF = new Set(["i", "we", "he", "she"]);

/** A verb of thought or opinion between a report's verb and a modal in its content ("said he felt that they should"). */
function opinionBetween(doc: Doc, kb: Knowledge, v: number, k: number): boolean {
  for (let j = v + 1; j < k; j++) if (doc.tokens[j]!.pos === "VERB" && kb.lexicon.opinionVerbs.has(doc.tokens[j]!.lemma)) return true;
  return false;
}

/** The subject of the modal at token k (governing the verb at j) is a thing: a common noun that names no party and
 * no known entity (the parse's subject, else the phrase right before the modal). */
function thingSubject(doc: Doc, kb: Knowledge, k: number, j: number, lo: number): boolean {
  const w = doc.wordOfToken(j);
  const subj = w && childrenWith(doc.words, w, ["nsubj", "nsubj:pass"])[0];
  const at = subj ? subj.token : nounPhraseLeft(doc, k - 1, lo)?.head;
  if (at === undefined) return false;
  const t = doc.tokens[at]!;
  if (t.pos !== "NOUN" || doc.mentionsIn(t.start, t.end).length) return false;
  return !kb.lexicon.namesParty(t.key, t.lemma) && !kb.lexicon.numbers.has(t.key) && !kb.lexicon.numbers.has(t.lemma);
}

/** Content that says what will or would happen, or on what condition: a modal of future or possibility, or "if". */
function foretells(kb: Knowledge, T: Doc["tokens"], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const key = T[k]!.key;
    if (kb.lexicon.isCue("future", key) || kb.lexicon.isCue("hypothetical", key) && T[k]!.pos === "AUX" || kb.lexicon.isCue("conditional", key)) return true;
  }
  return false;
}

/** Verbs of being and having: what one should be or have is no act asked for. */
const STATIVE = new Set(["have", "remain", "stay", "become", "seem", "appear", "get", "own", "possess", "deserve", "enjoy", "lack"]);
const POSSESSIVES = new Set(["his", "her", "its", "their", "my", "our", "your"]);
const DEFINITE = new Set(["the", "these", "those", "this", "that", "such", "its", "their", "his", "her"]);
const typeFamily = (code: string) => {
  // mediating (045, intent 039) is aimed at the parties it stands between
  if (code.startsWith("045") || code.startsWith("039")) return "MEDIATE";
  const r = Number(code.slice(0, 2));
  return r >= 18 ? "default" : r === 4 ? "CONSULT" : r === 3 ? "AGREE" : r === 6 ? "COOPERATE" : r === 7 ? "AID" : r === 5 ? "SUPPORT" : r === 10 || r === 2 ? "REQUEST" : r === 16 ? "SANCTION" : r === 17 ? "COERCE" : r === 8 ? "RETREAT" : r === 12 ? "REJECT" : "default";
};
// acts whose recipient the manual requires or the reader expects even when only the sentence names it
const RECIPIENT_TYPES = new Set(["02", "03", "05", "06", "07", "08", "10", "11", "12", "13", "16"]);

function sameActor(a: Actor, b: Actor): boolean {
  return (a.entity != null && a.entity === b.entity) || (a.start != null && a.start === b.start && a.end === b.end);
}

export function extractDrafts(doc: Doc, kb: Knowledge): Draft[] {
  const drafts: Draft[] = [];
  for (const s of doc.sentences) {
    if (s.kind !== "body") continue;
    if (doc.dateline && s.end <= doc.dateline.end) continue;
    drafts.push(...sentenceDrafts(doc, kb, s, drafts));
  }
  // an actor does not act on itself: the same entity (or span) in both roles is a misread target, not a recipient
  // ("X and Y have both criticised": a member of the source is no target either)
  for (const d of drafts) if (d.source && d.target && [d.source, ...(d.source.members ?? [])].some((a) => sameActor(a, d.target!))) d.target = null;
  // a building, a vehicle or a road is what an act hits, never who acts ("houses" read as the subject of an attack)
  for (const d of drafts) if (d.source && isProperty(kb, d.source)) d.source = null;
  narrativeDates(doc, drafts);
  // PLOVER drops CAMEO's bare statements (01x): "quoted", "according to" are frames, not events
  return drafts
    .filter((d) => happened(d))
    .filter((d) => fitSense(doc, kb, d))
    .filter((d) => (d.source || d.target || d.fatalities !== null || d.injuries !== null) && kb.ontology.ploverType(d.code) !== "OTHER");
}

/** An act that did not happen is no event: a negated one ("did not attack") or a hypothetical one ("could strike",
 * "should withdraw", "I would recommend"). (An act inside a condition is dropped where it is read; one the sentence
 * only puts near an "if" keeps its conditional label, which is read from the words around it and may be wrong.)
 * A denial (reported_denied) is reported. */
function happened(d: Draft): boolean {
  return d.modality !== "negated" && d.modality !== "hypothetical";
}

/** An actor that is only a thing: a property noun with no entity, sector or members behind it (a country may be
 * the place's). */
function isProperty(kb: Knowledge, a: Actor): boolean {
  if (a.entity || a.sector || a.members?.length) return false;
  const words = a.name.toLowerCase().split(/\s+/);
  // (a phrase cut after a preposition ends in its function words: "RESIDENCE OF THE")
  while (words.length > 1 && ["the", "of", "a", "an", "in", "at", "on", "to"].includes(words[words.length - 1]!)) words.pop();
  return kb.lexicon.propertyNouns.has(words[words.length - 1]!);
}

/** End of the clause together with its coordinated and participial continuations (for casualties). */
function clauseRunEnd(doc: Doc, kb: Knowledge, c: Clause, lo: number, hi: number): number {
  let end = c.to;
  for (let guard = 0; guard < 4 && end < hi; guard++) {
    const t = doc.tokens[end]!;
    const n = doc.tokens[end + 1];
    const cont = (t.key === "and" || t.key === "but" || t.key === "or") && (n?.pos === "VERB" || n?.pos === "AUX") || t.key === "," && n?.pos === "VERB" && /ing$/.test(n.key);
    if (!cont) break;
    end = clauseAt(doc, kb, end + 1, lo, hi).to;
  }
  return end;
}

/** Casualties are read within this many tokens of a trigger: a clause with no boundary in a run-on "sentence" of
 * thousands of words would otherwise be scanned whole for every trigger in it (quadratic time). */
const EFFECTS_REACH = 80;
const effectsNear = (doc: Doc, kb: Knowledge, head: number, from: number, to: number) =>
  effectsIn(doc, kb, Math.max(from, head - EFFECTS_REACH), Math.min(to, head + EFFECTS_REACH));

/** The clause and its continuations give a death or injury count ("... were killed and 14 wounded"). */
function hasToll(doc: Doc, kb: Knowledge, clause: Clause, lo: number, hi: number, head: number): boolean {
  const e = effectsNear(doc, kb, head, clause.from, clauseRunEnd(doc, kb, clause, lo, hi));
  return e.fatalities !== null || e.injuries !== null;
}

function sentenceDrafts(doc: Doc, kb: Knowledge, s: Sentence, earlier: Draft[]): Draft[] {
  const lo = s.tokenStart, hi = s.tokenEnd;
  const T = doc.tokens;
  const sChars = { start: s.start, end: s.end };
  const nominals = nominalTriggers(doc, kb, lo, hi);
  const consumed = new Set<NominalTrigger>();
  // violent nouns a condemnation or rejection is about ("condemned the murder of X"): the act happened all the same
  const reactedTo = new Set<NominalTrigger>();
  const reaction = (code: string | null | undefined) => !!code && (code.startsWith("11") || code.startsWith("12"));
  const consumedLater: NominalTrigger[] = [];
  const nominalIn = (a: number, b: number) => nominals.find((n) => !consumed.has(n) && n.head >= a && n.head < b);

  const verbs: VerbInfo[] = [];
  for (let v = lo; v < hi; v++) {
    const t = T[v]!;
    // ", warning that ...": a reporting participle the tagger took for a noun
    if (t.pos !== "VERB" && T[v - 1]?.key === "," && /ing$/.test(t.key) && T[v + 1]?.key === "that") {
      const base = t.key.replace(/ing$/, "");
      const lemma = kb.lexicon.reportingVerbs.has(base) ? base : kb.lexicon.reportingVerbs.has(base + "e") ? base + "e" : null;
      if (!lemma) continue;
      const clause: Clause = { from: v, to: hi, kind: "participle", marker: v - 1 };
      verbs.push({ v, lemma, clause, subj: subjectOf(doc, kb, v, clause, lo, hi), passive: false, coding: null });
      continue;
    }
    // vowed to “eliminate”: a quoted word after "to" is the infinitive, whatever the tagger made of it
    const quotedInfinitive = t.pos !== "VERB" && QUOTE.test(T[v - 1]?.text ?? "") && T[v - 2]?.key === "to" && kb.lexicon.verbsAt(T, v).length > 0;
    // a verb to either tagger: wink misses some ("fishermen rescued 700 migrants"), the trained tagger others; a
    // capitalised word only wink's ("Planning and Investment Minister X said" is a title, not a verb)
    // (nor a participle describing a noun, "a guard involved in a shooting", which wink reads as an adjective)
    const verb = t.pos === "VERB" || !t.cap && doc.uposOf(v) === "VERB" && !describesNoun(doc, v);
    // "police shot dead two protesters": a past form before "dead" is the verb, though both taggers read a noun
    const shotDead = T[v + 1]?.key === "dead" && /(?:ed|shot)$/.test(t.key) && T[v - 1]?.pos !== "DET" && kb.lexicon.verbsAt(T, v).length > 0;
    if (!verb && !quotedInfinitive && !shotDead) continue;
    // (an -ing word opening the sentence before a finite verb is its subject: "Fighting broke out")
    if (gerundSubject(doc, v, lo)) continue;
    // "clashes broke out", "fighting erupted": a verb of onset after a noun of fighting only says it began; the noun
    // is the event
    if (kb.lexicon.onsetVerbs.has(t.lemma) && nominals.some((n) => n.to === v && Number(n.entry.code.slice(0, 2)) >= 18)) continue;
    // "fired artillery rounds aimed at a loudspeaker": a participle describing a thing, the object of a verb before
    // it, is no act of its own, save violence done to it (what is done to people is: "a man charged in the
    // stabbing", "two men wounded in the raid")
    const described = T[v - 1];
    if (described?.pos === "NOUN" && !kb.lexicon.namesParty(described.key) && doc.mentionsIn(described.start, described.end).length === 0 &&
      T.slice(lo, v - 1).some((x) => x.pos === "VERB") && describesNoun(doc, v) && !kb.lexicon.verbsAt(T, v).some((e) => Number(e.entry.code?.slice(0, 2) ?? 0) >= 18)) continue;
    // "his overthrow", "the group's return": a word after a possessive is a noun, whatever the tagger says
    if (POSSESSIVES.has(T[v - 1]?.key ?? "") || T[v - 1]?.key === "'s" && T[v - 1]!.start === T[v - 2]?.end) continue;
    // "very encouraging", "most disturbing": an -ing word after an adverb of degree is an adjective
    if (/ing$/.test(t.key) && kb.lexicon.isCue("degree", T[v - 1]?.key ?? "")) continue;
    // "are going to die": "going to" before a verb is the future, not a trip
    if (t.key === "going" && T[v + 1]?.key === "to" && T[v + 2]?.pos === "VERB") continue;
    // "according to" is a preposition, whatever the tagger says
    if (t.key === "according" && T[v + 1]?.key === "to") continue;
    // "Iran-backed": a verb inside a hyphenated modifier is no predicate
    if (T[v - 1]?.text === "-" && T[v - 1]!.end === t.start) continue;
    // "Ousted President X", "the detained leaders": a participle used as an adjective
    if (/ed$/.test(t.key) && isAttributive(doc, v, lo, hi)) continue;
    // "two beheading videos", "the fleeing gunmen": a participle the parse hangs on the noun after it modifies that noun
    const asWord = /ing$/.test(t.key) ? doc.wordOfToken(v) : undefined;
    if (asWord && (asWord.deprel === "compound" || asWord.deprel === "amod") && asWord.head > asWord.i && doc.words[asWord.head]?.upos === "NOUN") continue;
    const clause = clauseAt(doc, kb, v, lo, hi);
    // "bases hosting US troops": a reduced relative participle describes, it does not report an act
    // ("a statement demanding that ...", "a letter urging ..." do report: the document speaks for its author)
    const documentSpeaks = kb.lexicon.reportingVerbs.get(t.lemma) && COMMUNICATION_NOUNS.has(T[v - 1]?.key ?? "");
    if (/ing$/.test(t.key) && !documentSpeaks && (T[v - 1]?.pos === "NOUN" || T[v - 1]?.pos === "PROPN") && v > clause.from + 1 && !auxChain(doc, v, clause.from).length) continue;
    const subj = subjectOf(doc, kb, v, clause, lo, hi);
    // "will return weapons seized from X": a bare participle after the object of an earlier verb is a reduced
    // relative describing that object, not an act of its own
    const governor = subj ? T[subj.from - 1] : undefined;
    if (/ed$/.test(t.key) && (T[v - 1]?.pos === "NOUN" || T[v - 1]?.pos === "PROPN") && subj && subj.to === v && subj.from > clause.from && !auxChain(doc, v, clause.from).length && governor?.pos === "VERB" && !governor.cap && (!/(?:ing|ed)$/.test(governor.key) || T[subj.from - 2]?.pos === "AUX") && !doc.upperCase) continue;
    const coding = codeVerb(doc, kb, v, subj, clause.to);
    // "as opposed to" compares; a stative participle ("is opposed to") is no passive
    if (coding?.entry.stative && T[v - 1]?.key === "as") continue;
    verbs.push({ v, lemma: t.lemma, clause, subj, passive: !coding?.entry.stative && treePassive(doc, v), coding });
  }

  // reporting verbs and what they report
  const reports: Report[] = [];
  for (const info of verbs) {
    if (!kb.lexicon.reportingVerbs.has(info.lemma) || info.clause.kind === "infinitive") continue;
    // "called off", "turned down": a phrasal verb has its own sense, not the bare verb's speech act
    if (info.coding?.entry.after?.some((w) => !["on", "for", "upon"].includes(w))) continue;
    // "X is charged with ...", "Y was criticised": the subject of a passive is who the act is about, not its speaker
    // (and a pattern that codes nothing is no speech act: "called Powell's bluff", "call the museum home")
    if (info.passive || info.coding?.specific && info.coding.code === null) continue;
    let subj = info.subj;
    let from = info.v + 1, to = hi;
    if (!subj) {
      // "..., said Kirby" / "..., Kirby said": the content is what comes before (an inverted speaker follows a
      // comma or a quote; "It said the base ..." has its speaker before the verb, not after)
      const inverted = /^[,"'\u201d\u2019]$/.test(T[info.v - 1]?.text ?? "");
      subj = (inverted ? nounPhraseRight(doc, info.v + 1, hi) : null) ?? (info.v > lo ? nounPhraseLeft(doc, info.v - 1, lo) : null);
    }
    const before = info.clause.from > lo && T[info.clause.from - 1]?.key === "," && info.v >= hi - 6;
    if (before || (subj && subj.from > info.v)) { from = lo; to = Math.max(lo, info.clause.from - 1); }
    // ", warning that ...", ", adding ..." start another report by the same speaker
    for (let k = from; k < to; k++) if (T[k]!.key === "," && T[k + 1]?.pos === "VERB" && kb.lexicon.reportingVerbs.has(T[k + 1]!.lemma)) { to = k; break; }
    // a speech act's own pattern refines it ("called for sanctions against X" rallies opposition against X)
    const said = kb.lexicon.reportingVerbs.get(info.lemma) ?? null;
    const refined = info.coding?.specific && info.coding.code && ["02", "10", "11", "12", "13"].includes(info.coding.code.slice(0, 2)) ? info.coding.code : null;
    // ("insisted on the release of X" demands it; "insisted that the talks would go on" only asserts)
    const insistsOn = T[info.v + 1]?.key === "on" && info.coding?.code?.startsWith("10") ? info.coding.code : null;
    const code = refined ?? insistsOn ?? said;
    reports.push({ v: info.v, from, to, speaker: actorOf(doc, kb, subj), code, info });
  }
  // "X said Y was heading in the wrong direction": a report of another's conduct in words of disapproval accuses
  // "X declared that Y must drop barriers": what another must do is a demand
  for (const r of reports) {
    if (r.code) continue;
    for (let k = r.from; k < r.to; k++) {
      // ("X reported that a memo said the program should ...": what must be done inside another's report is that
      // speaker's demand, not the reporter's)
      if (k !== r.v && reports.some((o) => o.v === k)) break;
      if (T[k]!.pos !== "AUX" || !kb.lexicon.isCue("obligation", T[k]!.key)) continue;
      // the verb the modal governs (past "not", "n't" and adverbs)
      let j = k + 1;
      while (j < r.to && (T[j]!.pos === "ADV" || T[j]!.pos === "PART" || kb.lexicon.isCue("negation", T[j]!.key))) j++;
      const participle = (x: number) => !!T[x] && /(?:ed|en|wn|ne)$/.test(T[x]!.key) && (T[x]!.pos === "VERB" || doc.uposOf(x) === "VERB");
      // "X should have been chosen": what ought to have happened and did not is a reproach, not a demand
      if (T[j]?.key === "have" && (participle(j + 1) || T[j + 1]?.key === "been")) { r.code = "111"; break; }
      // what someone should expect, have, know or be ("the US should expect another attack", "the president should
      // have complete control", "we must be careful") asks no one to act; "must be released", "must be ready to
      // mediate" do
      const lemma = T[j]?.lemma ?? "";
      const act = participle(j + 1) || T[j + 1]?.pos === "ADJ" && T[j + 2]?.key === "to";
      if (lemma === "be" ? !act : STATIVE.has(lemma) || kb.lexicon.opinionVerbs.has(lemma)) break;
      // what someone felt or thought should happen is a view ("said he felt that they should leave"), and what a
      // thing should do asks no one ("the spike in political risk should not go unnoticed"; what should be done to
      // it still asks: "aid should be allowed in")
      if (opinionBetween(doc, kb, r.v, k) || lemma !== "be" && thingSubject(doc, kb, k, j, r.from)) break;
      r.code = "100";
      break;
    }
  }
  const reportAt = (k: number) => reports.filter((r) => k >= r.from && k < r.to && k !== r.v).sort((a, b) => b.from - a.from)[0];
  // speaker of a reporting verb inside a participle (", warning that") is the sentence's speaker
  // (not one with a subject of its own that is no party: "a memo said ..." is not the reporter's saying)
  for (const r of reports) if (!r.speaker && !r.info.subj) r.speaker = reports.find((o) => o !== r && o.speaker)?.speaker ?? null;
  // "X issued a statement demanding ...": the author of the document is the subject of the verb that issued it
  for (const r of reports) {
    if (r.speaker || !COMMUNICATION_NOUNS.has(T[r.v - 1]?.key ?? "")) continue;
    const issuer = verbs.findLast((x) => x.v < r.v - 1 && x.subj);
    if (issuer && !issuer.passive) r.speaker = actorOf(doc, kb, issuer.subj);
  }

  const out: Draft[] = [];
  const make = (init: Partial<Draft> & Pick<Draft, "head" | "from" | "to" | "kind" | "code" | "clause">, subjActor: Actor | null, targetActor: Actor | null, modality: Modality, specificity: boolean): Draft => {
    const at = T[init.head]!.start;
    const cChars = charSpan(doc, init.clause);
    const runEnd = clauseRunEnd(doc, kb, init.clause, lo, hi);
    // (a violent act whose own clauses name no weapon takes the one its sentence names: "two children were killed
    // when a landmine exploded")
    const found: Draft["cue"] = weaponCue(doc, kb, init.head, init.clause.from, runEnd) ?? (Number(init.code.slice(0, 2)) >= 18 ? weaponCue(doc, kb, init.head, lo, hi) : null) ?? {};
    // (a seizure of weapons in general takes them out of use: "seized rifles and ammunition")
    // (and a force posture that sets up a base establishes one: "established a new base in Menaka")
    const named = (words: Set<string>) => T.slice(init.clause.from, runEnd).some((t) => words.has(t.key));
    const cue = init.code.startsWith("171") && !found.mode && named(kb.lexicon.armsWords) ? { ...found, arms: true }
      : init.code.startsWith("154") && named(kb.lexicon.baseWords) ? { ...found, base: true } : found;
    const effects = Number(init.code.slice(0, 2)) >= 18 ? effectsNear(doc, kb, init.head, init.clause.from, runEnd) : { fatalities: null, injuries: null, victims: null };
    const rep = reportAt(init.head);
    const quote = doc.quotesOver(at).find((q) => q.speaker);
    const d: Draft = {
      sentence: s.index,
      run: { from: init.clause.from, to: runEnd },
      lemma: T[init.head]!.lemma,
      cue: init.cue ?? cue,
      source: subjActor,
      target: targetActor,
      modality,
      definite: init.definite ?? false,
      specific: specificity,
      reportedBy: rep?.speaker ? { name: rep.speaker.name, entity: rep.speaker.entity ?? null } : quote?.speaker ? { name: quote.speaker.name, entity: quote.speaker.entity ?? null } : null,
      fatalities: effects.fatalities,
      injuries: effects.injuries,
      victims: effects.victims,
      date: init.date ?? eventDate(doc, at, cChars, sChars),
      location: null,
      confidence: 0,
      ...init,
    } as Draft;
    d.location = eventLocation(doc, at, cChars, sChars, d.source, d.target);
    // a place acted on ("shelled Juba") is where it happened when no locative phrase says otherwise
    const acted = d.target ? targetPlaces.get(d.target) : undefined;
    if (acted && (!d.location || d.location.precision === "country")) d.location = toLocation(acted);
    if (!d.target && hasContentTarget(d.code)) d.target = contentTarget(doc, kb, init.to, hi, d.source);
    if (!d.target && RECIPIENT_TYPES.has(d.code.slice(0, 2))) d.target = fallbackTarget(doc, kb, s, d.source, init.head);
    fillPartyCountries(doc, s, d);
    d.confidence = confidenceOf(d, doc);
    return d;
  };

  // verb triggers; a control verb ("agreed to", "refused to") is its embedded event's frame, and an event of its
  // own only when the embedded verb codes nothing
  const pendingControl: VerbInfo[] = [];
  const produced = new Set<number>();
  const processVerb = (info: VerbInfo, asOwn: boolean): void => {
    const { v, clause, subj, passive, coding, lemma } = info;
    // "was charged with taking hard drives", "accused of trying to kill her daughter": what a charge names is
    // alleged, the charge is the event
    if (chargeContent(doc, kb, v)) return;
    const rep = reportAt(v);
    const isReporting = reports.some((r) => r.v === v);
    // nominals this verb's pattern or object holds are part of its event (or of its skipped content)
    // (a closing quote after a quoted verb is no part of its object: vowed to “eliminate” the forces)
    const afterVerb = (k: number) => (QUOTE.test(T[k]?.text ?? "") && QUOTE.test(T[v - 1]?.text ?? "") ? k + 1 : k);
    const objAll = objectOf(doc, afterVerb(coding?.to ?? v + 1), clause, v);
    if (coding) for (const m of coding.matched) { const n = nominalIn(m.from, m.to); if (n && (!objAll || n.head >= objAll.to || coding.specific)) consumedLater.push(n); }
    // "declared a state of emergency", "announced a suspension of flights": a light verb of speech carries out
    // the event its object names, as "launched" does
    // (so does one whose own pattern codes its object: "denied permission", "denied entry")
    const plainObject = !!objAll && objAll.from <= (coding?.to ?? v + 1) + 1 && T[coding?.to ?? v + 1]?.key !== "that";
    // (only the verb's own block, and not an event noun it merely reports: "reported the attack")
    const objNoun = plainObject ? nominalIn(objAll!.from, objAll!.to) : undefined;
    const carries = isReporting && !reports.find((x) => x.v === v)?.code && plainObject && (kb.lexicon.lightVerbs.has(lemma) && !!objNoun || !!coding?.specific && !!coding.code && !!coding.entry.own && !objNoun);
    if (isReporting && !carries) {
      // "threatened new sanctions on X", "condemned the attack": the event noun in a speech act's object is what
      // the act is about (one threat, one condemnation), not an event that happened
      const r = reports.find((x) => x.v === v);
      if (r?.code && objAll) for (const n of nominals) if (n.head >= objAll.from && n.head < clause.to && !consumed.has(n)) {
        consumed.add(n);
        r.topic ??= n;
        if (reaction(r.code)) reactedTo.add(n);
      }
      return;
    }
    // a coded speech act's content ("insists the US must lift ...") is not an event of its own
    const skipContent = () => { if (objAll) for (const n of nominals) if (n.head >= objAll.from && n.head < objAll.to) consumed.add(n); };
    if (rep && rep.code) { skipContent(); return; }
    // a pattern that codes nothing ("released a video of the attack", "abused his power") names no act: the event
    // noun in its object is what it is about
    if (coding?.specific && coding.code === null) { skipContent(); return; }
    let code = coding?.code ?? null;
    let specific = coding?.specific ?? false;
    const verbEnd = afterVerb(coding?.to ?? v + 1);
    const cues = verbModality(doc, kb, v, clause, { from: lo, to: hi }, !!rep && /ed$|said|told/.test(T[rep.v]!.key));
    if (cues.inCondition) { skipContent(); return; }
    let modality: Modality = cues.modality;

    // control: "vowed (not) to X", "refused to X", "plans to X"; a control verb's own event is its complement's
    const control = kb.lexicon.controlVerbs.get(lemma);
    const governsInfinitive = T[verbEnd]?.key === "to" || T[verbEnd]?.key === "not" && T[verbEnd + 1]?.key === "to";
    if (control && control !== "request" && control !== "aspect" && governsInfinitive && !asOwn) { pendingControl.push(info); return; }
    if (control === "aspect" && governsInfinitive) return;
    const ctl = controlOf(doc, kb, verbs, info, lo);
    const controlKind = ctl?.kind;
    const negInf = ctl?.negated ?? false;
    // "shunned work to protest", "gathered to protest": a protest named as the purpose is what the act was
    // (as is an investigation: "sent experts to investigate")
    // (not "asked the ministry to investigate", "proceeded to seize": a verb that governs the infinitive)
    const governing = ctl ? verbs.findLast((x) => x.v < info.clause.from) : undefined;
    const purposeProtest = !!ctl && !controlKind && !!code && (code.startsWith("14") || code.startsWith("09")) && info.clause.kind === "infinitive" &&
      !(governing && (OBJECT_CONTROL.has(governing.lemma) || kb.lexicon.controlVerbs.has(governing.lemma) || governing.v === info.clause.from - 1));
    if (ctl && (!controlKind || controlKind === "request") && !purposeProtest) { skipContent(); return; }
    if (ctl?.info) modality = verbModality(doc, kb, ctl.info.v, ctl.info.clause, { from: lo, to: hi }, false).modality;

    // a nominal trigger in the object: the verb carries it out ("launched air strikes", "ordered strikes")
    const obj = objectOf(doc, verbEnd, clause, v);
    const objNom = obj ? nominalIn(obj.from, obj.to) : undefined;
    // (by the past form too: WordNet's lemma of "staged" is "stag")
    const light = kb.lexicon.lightVerbs.has(lemma) || /ed$/.test(T[v]!.key) && kb.lexicon.lightVerbs.has(T[v]!.key.slice(0, -1));
    // "prevented the demonstration", "postponed the talks": the noun names what did not happen
    const phrasal = coding?.entry.after?.length ? `${lemma}_${coding.entry.after.join("_")}` : null;
    if (objNom && (kb.lexicon.preventVerbs.has(lemma) || phrasal && kb.lexicon.preventVerbs.has(phrasal))) {
      consumed.add(objNom);
      if (!code) return;
    }
    let cue: { mode?: string | null; weapon?: string | null } | undefined;
    let trigFrom = coding?.from ?? v, trigTo = coding?.to ?? v + 1, head = v;
    let targetPhrase: NounPhrase | null = null;
    // a verb with its own sense keeps it; the noun is then its object's topic ("rejected a proposal for a ceasefire")
    // (a violent verb keeps its sense over a peaceful noun: "attacked the meeting" is an attack on it)
    const ownSense = !!code && (specific || !!coding?.entry.own || Number(code.slice(0, 2)) >= 18 && !!objNom && Number(objNom.entry.code.slice(0, 2)) < 18) && code.slice(0, 2) !== objNom?.entry.code.slice(0, 2);
    // the subject does the noun's act unless the verb has it undergo, witness, report or react to the act
    // ("repudiated the attacks", "feared a wave of attacks", "received reports of explosions", "survived an attack")
    let subjectActs = true;
    if (objNom && !consumed.has(objNom) && (light || !code || !ownSense)) {
      subjectActs = !kb.lexicon.experiencerVerbs.has(lemma);
      consumed.add(objNom);
      code = objNom.entry.code.slice(0, 2) === code?.slice(0, 2) && code!.length > objNom.entry.code.length ? code : objNom.entry.code;
      specific = true;
      cue = objNom.entry.mode ? { mode: objNom.entry.mode, weapon: objNom.entry.weapon ?? null } : undefined;
      trigTo = objNom.to;
      head = objNom.head;
      const objective = objectiveOf(doc, code, objNom.to, clause.to);
      targetPhrase = (objective && targetOf(doc, kb, objective) ? objective : null) ?? prepPhrase(doc, objNom.to, Math.min(clause.to, objNom.to + 10), TARGET_PREPS[typeFamily(code)] ?? TARGET_PREPS.default!) ?? targetingPhrase(doc, objNom.to, clause.to);
    } else if (!code) return;
    else if (objNom) {
      consumed.add(objNom);
      if (reaction(code)) reactedTo.add(objNom);
      // "suspended peace talks with the ELN", "rejected a ceasefire with X": the noun's own party is the one acted on
      const preps = TARGET_PREPS[typeFamily(objNom.entry.code)] ?? [];
      const at = [objNom.to, objNom.to + 1].find((k) => k < clause.to && preps.includes(T[k]!.key));
      const party = at !== undefined ? nounPhraseRight(doc, at + 1, clause.to) : null;
      if (party && actorOf(doc, kb, party)) targetPhrase = party;
    }
    // what a speech act is about is its topic, not another event ("called for sanctions against X")
    if ([1, 2, 3, 5, 10, 11, 12, 13].includes(Number(code.slice(0, 2)))) for (const n of nominals) if (n.head > v && n.head < clause.to) {
      if (!consumed.has(n) && reaction(code)) reactedTo.add(n);
      consumed.add(n);
    }
    for (const n of consumedLater.splice(0)) consumed.add(n);

    // a nominal attack as the subject of a violent verb: one event ("a rocket attack killed ...")
    let sourceActor: Actor | null = null;
    if (Number(code.slice(0, 2)) >= 18 && subj && !passive && subjectActs) {
      const subjNom = nominalIn(subj.from, subj.to);
      if (subjNom && Number(subjNom.entry.code.slice(0, 2)) >= 18) {
        consumed.add(subjNom);
        if (subjNom.entry.code !== "190" || code === "190") code = subjNom.entry.code;
        cue = subjNom.entry.mode ? { mode: subjNom.entry.mode, weapon: subjNom.entry.weapon ?? null } : cue;
        sourceActor = nominalSource(doc, kb, subjNom, lo, clause.to);
        trigFrom = subjNom.from;
      } else sourceActor = actorOf(doc, kb, subj);
    } else if (!passive && subjectActs) sourceActor = actorOf(doc, kb, subj);
    // "attributed the attack to the MRTA": the party it is attributed to did it
    if (ATTRIBUTING.has(lemma) && objNom) sourceActor = actorOf(doc, kb, prepPhrase(doc, objNom.to, clause.to, ["to"]));
    // instruments named in the clause belong to this event ("assassinated X in a drone strike")
    if (Number(code.slice(0, 2)) >= 18) for (const n of nominals) {
      if (consumed.has(n) || n.head <= v || n.head >= clause.to) continue;
      const np = nounPhraseLeft(doc, n.to - 1, lo);
      const before = T[(np ? Math.min(np.from, n.from) : n.from) - 1]?.key ?? "";
      if (["in", "with", "by", "during"].includes(before)) consumed.add(n);
    }

    // "X are guilty of violating ...", "X was responsible for shelling ...": guilt asserts the act, and its bearer did it
    if (!sourceActor && !passive && /ing$/.test(T[v]!.key) && ["of", "for"].includes(T[v - 1]?.key ?? "") && GUILT.has(T[v - 2]?.key ?? "") && T[v - 3]?.pos === "AUX" && v - 4 >= lo) sourceActor = actorOf(doc, kb, nounPhraseLeft(doc, v - 4, lo));
    // under a control verb the controller's subject acts ("Hezbollah denied attacking ...")
    if (!sourceActor && !passive && ctl?.info && (!subj || subj.from < ctl.info.v)) sourceActor = actorOf(doc, kb, ctl.info.subj);
    // "denied that its forces attacked ...": a denied report
    if (rep && T[rep.v]!.lemma === "deny") modality = "reported_denied";
    // "X said it would ...": a pronoun subject of reported speech is, failing coreference, the speaker
    // (the speaker beats coreference there: "the army denied it and said it had targeted militants")
    // (one of its kind: "she" is no ministry, "it" no person)
    if (!passive && subj && subj.to - subj.from === 1 && T[subj.head]?.pos === "PRON" && rep?.speaker && speakerPronoun(doc, T[subj.head]!, rep.speaker)) sourceActor = rep.speaker;
    let targetActor: Actor | null = null;
    const undergoes = !passive && !!subj && (kb.lexicon.patientVerbs.has(lemma) && (!!objNom && !subjectActs || specific) || kb.lexicon.recipientVerbs.has(lemma) && Number(code.slice(0, 2)) < 14);
    // "two soldiers died": the subject of a verb of dying is its victim, not its agent
    if (!passive && kb.lexicon.victimSubjectVerbs.has(lemma)) {
      targetActor = sourceActor;
      // the attackers are those of the attack they died in ("died in an attack by the rebels")
      const attack = nominals.find((n) => n.head > v && n.head < clause.to && Number(n.entry.code.slice(0, 2)) >= 18);
      sourceActor = attack ? actorOf(doc, kb, prepPhrase(doc, attack.to, Math.min(clause.to, attack.to + 3), ["by", "of"])) : null;
    } else if (passive) {
      targetActor = actorOf(doc, kb, subj);
      sourceActor = actorOf(doc, kb, treeAgent(doc, v));
    } else if (undergoes) {
      // "suffered an attack by rebels", "faces sanctions from the EU", "received aid from the US": the subject is
      // what the act hit or went to, and its author is named by "by" or "from"
      const end = objNom?.to ?? obj?.to ?? verbEnd;
      targetActor = targetPhrase ? targetOf(doc, kb, targetPhrase) : actorOf(doc, kb, subj);
      sourceActor = (objNom ? nominalSource(doc, kb, objNom, lo, clause.to) : null) ?? actorOf(doc, kb, prepPhrase(doc, end, Math.min(clause.to, end + 4), ["by", "from"]));
    } else if (targetPhrase) targetActor = targetOf(doc, kb, targetPhrase);
    else {
      // "rejected the unions' demands": a verb with its own sense acts on the author of the noun's act
      const objActor = obj && (!objNom || ownSense) ? targetOf(doc, kb, obj) : null;
      targetActor = objActor ?? targetOf(doc, kb, prepPhrase(doc, verbEnd, clause.to, TARGET_PREPS[typeFamily(code)] ?? TARGET_PREPS.default!)) ?? (RECIPIENT_TYPES.has(code.slice(0, 2)) ? actorOf(doc, kb, complementSubject(doc, verbEnd - 1, clause, hi)) : null);
    }

    // (the act as the verb names it, before a plan, a threat or a refusal of it is read: "will attack" is a threat
    // of an attack, which needs its parties named no more than the attack does)
    const actCode = code;
    // embedded under a control verb, the future, refusal
    if (controlKind === "commit") code = negInf ? refusalOf(code) : isCooperative(code) ? intentOf(code) : Number(code.slice(0, 2)) >= 14 ? threatOf(code) : code;
    else if (controlKind === "refuse") code = refusalOf(code);
    else if (controlKind === "agree" && isCooperative(code)) code = intentOf(code);
    // a stated plan to sanction or coerce ("plans to impose restrictions") is a threat, as "vowed to" is
    // ("decided to suspend" is a decision taken, not a threat)
    else if (controlKind === "intend" && !negInf && (code.startsWith("16") || code.startsWith("17")) && ctl?.info?.lemma !== "decide") code = threatOf(code);
    else if (controlKind === "intend") modality = negInf ? "negated" : modality === "asserted" ? "intended" : modality;
    else if (controlKind === "attempt") { if (code.startsWith("186")) code = "185"; else modality = "intended"; }
    // "failed to reach agreement": a failure to agree is a disagreement that happened; other failures did not happen
    else if (controlKind === "fail") { if (!negInf && (code.startsWith("03") || code === "057")) code = "120"; else modality = "negated"; }
    else if (controlKind === "deny") modality = "reported_denied";
    if (controlKind === "commit" || controlKind === "refuse" || controlKind === "agree") modality = modality === "negated" ? "negated" : "asserted";
    // "may halt its mediation if ...": a conditional hostile act is a threat, a conditional concession an offer
    if (!controlKind && (cues.future || modality === "conditional" && cues.hypothetical) && modality !== "negated") {
      if (isMaterialConflict(code) || code.startsWith("14")) { code = threatOf(code); if (modality !== "conditional") modality = "asserted"; }
      else if (isCooperative(code)) code = intentOf(code);
    } else if (!controlKind && cues.future && modality === "negated" && isCooperative(code)) {
      // "will not accept", "would not meet": a refusal, which did happen
      code = refusalOf(code);
      modality = "asserted";
    }
    if (!controlKind && cues.obligation && modality === "asserted") modality = "hypothetical";
    if (controlKind && !targetActor && RECIPIENT_TYPES.has(code.slice(0, 2))) targetActor = fallbackTarget(doc, kb, s, sourceActor, v);
    // "drones hit an oil depot in Bryansk", "rebels burned a police post": a thing attacked stands for its owners
    // (the place's people, see fillPartyCountries); a weapon in the object is what was used, not what was hit
    // (and whoever is arrested or deported is its target: "arrested three suspects")
    const actedOn = [code, actCode].some((c) => Number(c.slice(0, 2)) >= 18 || c.startsWith("173") || c.startsWith("174"));
    // ("set fire to the station": a noun of the verb's own pattern is part of the predicate; what it reaches is the thing)
    const inPattern = !!obj && !!coding?.matched.some((m) => obj.head >= m.from && obj.head < m.to);
    const thing = !inPattern ? obj : ["to", "on"].includes(T[obj!.to]?.key ?? "") ? nounPhraseRight(doc, obj!.to + 1, clause.to) : null;
    if (!targetActor && !passive && thing && !objNom && actedOn && isThing(doc, thing) && !weaponCue(doc, kb, thing.head, thing.from, thing.to)) {
      const text = spanText(doc, thing);
      targetActor = { name: text.replace(/^(?:the|a|an|its|their|his|her)\s+/i, ""), text, country: null, sector: null, start: T[thing.from]!.start, end: T[thing.to - 1]!.end };
    }
    // "sent troops to Lebanon", "arrived in Amman": a country in a phrase after the verb stands for the recipient
    // "offered its engineers to X", "pull its soldiers out of X": the source's own people or goods are what it
    // moves; the recipient is named after them
    if (targetActor && obj && !objNom && Number(code.slice(0, 2)) < 18 && isOwnTheme(doc, obj, targetActor, sourceActor)) targetActor = null;
    // "rallied in support of the junta", "marched in solidarity with the strikers": whom the act is for
    if (!targetActor && (code.startsWith("05") || code.startsWith("14"))) targetActor = beneficiary(doc, kb, verbEnd, clause.to);
    if (!targetActor || !targetActor.country && Number(code.slice(0, 2)) < 18) {
      const pp = countryAfter(doc, kb, verbEnd, clause.to, sourceActor, code, !!targetActor);
      if (pp) targetActor = targetActor ? { ...targetActor, country: pp.country } : pp;
    }
    // a thing as the agent ("an agreement that will lead to ...") is no actor's act, save weapons and attacks
    if (!passive && !undergoes && subj && !sourceActor && Number(code.slice(0, 2)) < 18 && !trigFromNominal(trigFrom, v)) return;
    // a bare verb's default code (no pattern chose it) needs a named party; a synonym block's inherited code two
    // (a phrasal verb has one sense: "cracked down on", "called off")
    const strongCode = (c: string) => Number(c.slice(0, 2)) >= 14 && !c.startsWith("17") && !c.startsWith("16");
    const strong = !!coding?.entry.own || !!coding?.entry.after?.length || strongCode(code) || strongCode(actCode);
    // (a party accused or blamed in the passive is one: "two officers were accused of torture", "X is charged in
    // Utah with ...")
    const accusedParty = passive && code.startsWith("11") && !!kb.lexicon.reportingVerbs.get(lemma)?.startsWith("11") && !!targetActor;
    // (a violent act with a toll is an event whoever did it: "one person was killed and three others injured")
    if (!specific && !accusedParty && (strong ? !(named(sourceActor) || named(targetActor) || sourceActor && targetActor) : !(named(sourceActor) && named(targetActor))) && !(Number(code.slice(0, 2)) >= 18 && hasToll(doc, kb, clause, lo, hi, v))) return;

    // "fired artillery rounds at a loudspeaker": the weapon fired is what was used, not what was hit
    if (targetActor && !targetActor.entity && !targetActor.members?.length && Number(code.slice(0, 2)) >= 18 && weaponPhrase(doc, kb, targetActor)) targetActor = null;
    // "dispersed a protest by opposition supporters", "broke up the rally": force used on a protest is used on
    // its protesters
    const onProtest = !!objNom && objNom.entry.code.startsWith("14") && Number(code.slice(0, 2)) >= 17;
    if (onProtest) targetActor = nominalSource(doc, kb, objNom!, lo, clause.to) ?? targetActor;
    produced.add(info.v);
    const d = make({ head, from: Math.min(trigFrom, head), to: Math.max(trigTo, head + 1), kind: objNom && consumed.has(objNom) ? "noun" : "verb", code, clause, specific, ...(cue ? { cue } : {}) }, sourceActor, targetActor, modality, specific);
    // "refused to deploy ... and urged ...": an act coded through its control verb stands where that verb stands
    // (a main-clause refusal), not where the infinitive does
    const ctlClause = ctl?.info?.clause.kind;
    if (controlKind && ["commit", "refuse", "agree", "deny", "fail"].includes(controlKind) && ctlClause && ctlClause !== "infinitive" && ctlClause !== "participle" && d.clause.kind === "infinitive") {
      d.confidence = Math.min(0.95, d.confidence + 0.1 + (ctlClause === "main" || ctlClause === "complement" ? 0.1 : 0));
    }
    if (onProtest) d.victims ??= "protesters";
    // "shunned work to protest": the purpose says what the act was
    if (purposeProtest) d.confidence = Math.min(0.95, d.confidence + 0.25);
    out.push(d);
  };
  for (const info of verbs) processVerb(info, false);
  for (const c of pendingControl) {
    // agreeing, refusing, vowing are acts in themselves; planning, seeking, trying are not
    if (!["agree", "refuse", "commit", "deny"].includes(kb.lexicon.controlVerbs.get(c.lemma) ?? "")) continue;
    const embedded = verbs.filter((x) => x.v > c.v && x.v <= c.v + 12 && produced.has(x.v));
    if (embedded.length === 0) processVerb(c, true);
  }

  // "X said Y was heading in the wrong direction": a report of another's conduct in words of disapproval, when
  // the report holds no event of its own, is an accusation
  for (const r of reports) {
    if (r.code || out.some((d) => d.head >= r.from && d.head < r.to)) continue;
    // ("Xinhua reports that forces condemned the killing": a speech act reported is the content's event, not the
    // reporter's accusation)
    if (reports.some((o) => o !== r && o.v >= r.from && o.v < r.to && o.code)) continue;
    for (let k = r.from; k < r.to; k++) {
      // "did not appear to have a criminal history": a disapproving word under negation clears, it does not accuse
      if (kb.lexicon.isCue("negation", T[k]!.key)) break;
      if (kb.lexicon.disapproval.has(T[k]!.key) || kb.lexicon.disapproval.has(T[k]!.lemma)) { r.code = "111"; break; }
    }
  }
  // speech acts: accusations, warnings, demands, appeals
  for (const r of reports) {
    let code = r.code;
    const contentSubj = r.from > r.v ? complementSubject(doc, r.v, r.info.clause, hi, kb) : null;
    if (!code) continue;
    if (code === "100") {
      // the demand's content refines it ("insists the US must lift sanctions" → demand to ease sanctions)
      const inner = verbs.find((x) => x.v > r.v && x.v < r.to && x.coding?.code);
      code = demandOf(inner?.coding?.code ?? null);
    }
    // a threat's topic says what is threatened ("threatened sanctions" → threaten with sanctions)
    if (code === "130" && r.topic) code = threatOf(r.topic.entry.code);
    // a warning that something is so is a statement ("one expert warned in-flight internet was unreliable"); one
    // that says what will or would happen, or on what condition, threatens ("warned that it would retaliate")
    if (r.info.lemma === "warn" && !r.topic && contentSubj && !foretells(kb, T, r.from, r.to)) continue;
    // a claim about oneself asserts ("Paris claims she was kept on the ship"); one about another accuses ("claimed
    // that the Church imprisoned her")
    // (and "claimed asylum", "claimed victory", "claims her passport was taken away": a claim whose content names
    // no one who acted accuses no one)
    if (r.info.lemma === "claim" && (!contentSubj || SELF.has(T[contentSubj.head]!.key) || agentlessPassive(doc, contentSubj.to))) continue;
    const obj = objectOf(doc, r.info.coding ? r.info.coding.to : r.v + 1, r.info.clause, r.v);
    const objActor = obj && obj.to <= (contentSubj?.from ?? hi) && !(contentSubj && obj.from === contentSubj.from) ? targetOf(doc, kb, obj) : null;
    // "claimed responsibility for", "took credit": owning an act, not an accusation
    if (r.info.lemma === "claim" && obj && ["responsibility", "credit"].includes(T[obj.head]!.key)) continue;
    if (isResponsibilityClaim(doc, r.info) || claimedActs(doc, kb, [r.info], nominals).size) continue;
    const topicTarget = r.topic ? targetOf(doc, kb, prepPhrase(doc, r.topic.to, Math.min(hi, r.topic.to + 4), TARGET_PREPS[typeFamily(r.topic.entry.code)] ?? TARGET_PREPS.default!)) : null;
    // "repeated its demand that Qatar ease ...", "issued a warning to X that it must ...": the party the demand's
    // own that-clause names
    const nounThat = obj && T[obj.to]?.key === "that" ? actorOf(doc, kb, complementSubject(doc, obj.to - 1, r.info.clause, hi, kb)) : null;
    let target = objActor ?? nounThat ?? topicTarget ?? actorOf(doc, kb, contentSubj) ?? actorOf(doc, kb, prepPhrase(doc, r.v + 1, Math.min(hi, r.v + 4), ["on", "to", "against"]));
    // "threatened to impose a curfew in X": a threatened coercion at home targets the place's country
    if (!target && code.startsWith("13")) {
      const threatened = r.topic?.entry.code ?? verbs.find((x) => x.v > r.v && x.v < r.info.clause.to && x.coding?.code)?.coding?.code;
      if (threatened?.startsWith("17")) target = countryAfter(doc, kb, r.v + 1, r.info.clause.to, r.speaker, threatened);
    }
    // (a condition inside what was said conditions the content, not the saying: "warned it would not disarm unless ...")
    const cues = verbModality(doc, kb, r.v, r.info.clause, r.from > r.v ? { from: lo, to: r.from } : { from: r.to, to: hi }, false);
    if (cues.inCondition) continue;
    const d = make({ head: r.v, from: r.v, to: r.v + 1, kind: "verb", code, clause: r.info.clause, date: eventDate(doc, T[r.v]!.start, charSpan(doc, r.info.clause), charSpan(doc, r.info.clause)) }, r.speaker, target, cues.modality, true);
    // else the sentence's date, but not one inside the speaker's own description ("the group fighting since 2023")
    const subj = r.info.subj;
    const descr = subj && subj.to <= r.v ? { start: T[subj.from]!.start, end: T[r.v]!.start } : null;
    const inDescr = !!descr && doc.timexesIn(descr.start, descr.end).length > 0;
    const around = inDescr ? { start: T[r.v]!.start, end: s.end } : sChars;
    if (d.date?.basis === "publication date" || !d.date) d.date = eventDate(doc, T[r.v]!.start, around, around);
    // where it was said is rarely written, and the places of its content are not it; a place the speaker's own
    // phrase puts them in is ("opposition groups in Harare demanded ...")
    d.location = sourcePlace(doc, r.speaker);
    out.push(d);
  }

  // "X claimed responsibility for the bombing": the claimant is the act's source; the act is this sentence's
  // event holding the noun, else the noun's own event (a definite one merges into the earlier event in dedupe)
  const claimed = claimedActs(doc, kb, verbs, nominals);
  for (const [n, claimant] of claimed) {
    const own = out.find((d) => Number(d.code.slice(0, 2)) >= 18 && d.from <= n.head && n.head < d.to);
    if (own) own.source ??= claimant;
    else consumed.delete(n);
  }
  // nominal triggers left over: events named by nouns ("a rocket attack in Erbil", "talks with Iran")
  for (const n of nominals) {
    const np = nounPhraseLeft(doc, n.to - 1, lo);
    const npFrom = np ? Math.min(np.from, n.from) : n.from;
    // a condemned killing or bombing named as a known act ("the murder of Galan", "Sunday's bombing") happened
    const presupposed = reactedTo.has(n) && Number(n.entry.code.slice(0, 2)) >= 18 &&
      (DEFINITE.has(T[npFrom]!.key) || /'s?$/.test(T[n.from - 1]?.key ?? "") || T[n.to]?.key === "of");
    if (consumed.has(n) && !presupposed) continue;
    const clause = clauseAt(doc, kb, n.head, lo, hi);
    // an event noun inside a condition names what may happen, as a verb there does ("if there is an attack", "if the
    // rebels attack the town" with "attack" read as a noun)
    if (clause.kind === "subordinate" && clause.marker !== undefined && kb.lexicon.isCue("conditional", T[clause.marker]!.key)) continue;
    const code = n.entry.code;
    // a verb the noun is the subject of, of a kind: what carries it out, claims it, dates it
    const verbOfSubject = (kind: (x: VerbInfo) => boolean) => verbs.find((x) => x.subj && x.subj.from <= n.head && n.head < x.subj.to && kind(x));
    let source = npFrom < n.from ? actorOf(doc, kb, { from: npFrom, to: n.from, head: n.from - 1, members: [] }) : null;
    const win = Math.min(hi, n.to + 10);
    source ??= actorOf(doc, kb, prepPhrase(doc, n.to, Math.min(win, n.to + 3), ["by", "from"]));
    source ??= claimed.get(n) ?? null;
    // "the attack was carried out by X", "the bomb was planted by two men": the agent of the passive verb the noun
    // is the subject of
    if (!source) {
      // (a verb that carries the act out, claims it or is violent itself; "the attack was condemned by the UN" is not
      // the UN's attack)
      const carrier = verbOfSubject((x) => x.passive && (kb.lexicon.lightVerbs.has(x.lemma) || x.lemma === "claim" || Number(x.coding?.code?.slice(0, 2) ?? 0) >= 18));
      if (carrier) source = actorOf(doc, kb, treeAgent(doc, carrier.v));
    }
    let target = targetOf(doc, kb, objectiveOf(doc, code, n.to, win)) ?? targetOf(doc, kb, prepPhrase(doc, n.to, win, TARGET_PREPS[typeFamily(code)] ?? TARGET_PREPS.default!)) ?? actorOf(doc, kb, targetingPhrase(doc, n.to, win));
    if (code.startsWith("04") && !source && !code.startsWith("045")) {
      const between = prepPhrase(doc, n.to, win, ["between", "among"]);
      if (between) { source = actorOf(doc, kb, between); target = null; }
    }
    // "clashes between X and Y", "fighting broke out between X and Y": the first side is the source, the second the
    // target (past a verb of onset the noun is the subject of)
    if (Number(code.slice(0, 2)) >= 18 && !source && !target) {
      const onset = kb.lexicon.onsetVerbs.has(T[n.to]?.lemma ?? "") ? n.to + (T[n.to + 1]?.key === "out" || T[n.to + 1]?.key === "up" ? 2 : 1) : n.to;
      const [a, b] = betweenSides(doc, onset, Math.min(hi, onset + 12));
      if (a && b) { source = actorOf(doc, kb, a); target = actorOf(doc, kb, b); }
    }
    const first = T[npFrom]!;
    const definite = DEFINITE.has(first.key) || T.slice(npFrom, n.from).some((t) => t.key === "such");
    // (an attack noun with a toll needs no party: "the raid left 23 people dead")
    if (n.entry.needsArgument && !source && !target && !(Number(code.slice(0, 2)) >= 18 && hasToll(doc, kb, clause, lo, hi, n.head))) continue;
    if (reportAt(n.head)?.code && !source && !target) continue;
    // the noun's own date: a timex within or right after its phrase ("the strikes on Sunday", "the 2019 attack")
    const near = charSpan(doc, { from: npFrom, to: Math.min(clause.to, n.to + 4) });
    const ownTimex = doc.timexesIn(near.start, near.end).length > 0;
    // ("the attack was launched on Wednesday": the verb that carries a definite noun out dates it)
    const carrierVerb = definite ? verbOfSubject((x) => x.passive || kb.lexicon.lightVerbs.has(x.lemma)) : undefined;
    const date = ownTimex ? eventDate(doc, T[n.head]!.start, near, near)
      : carrierVerb ? eventDate(doc, T[carrierVerb.v]!.start, charSpan(doc, carrierVerb.clause), charSpan(doc, carrierVerb.clause))
      : definite ? publicationDate(doc) : eventDate(doc, T[n.head]!.start, charSpan(doc, clause), charSpan(doc, clause));
    const cue = n.entry.mode ? { mode: n.entry.mode, weapon: n.entry.weapon ?? null } : weaponCue(doc, kb, n.head, npFrom, n.to) ?? {};
    out.push(make({ head: n.head, from: n.from, to: n.to, kind: "noun", code, clause, definite, date, cue }, source, target, nominalModality(doc, kb, npFrom, n.from), true));
  }
  // "After Soleimani's death, Iran vowed ...": a clause opening with after/following X dates by X's event
  // "lifting the sanctions is out of the question", "talks are off the table": a stance refusing the act named
  // before it (the speaker refuses; the act did not happen)
  const copula = refusalStance(doc, lo, hi);
  if (copula !== null) {
    const from = [...out].filter((d) => d.head < copula).reduce((m, d) => Math.max(m, d.clause.kind === "complement" ? d.clause.from : lo), lo);
    for (const d of out) {
      if (d.head < from || d.head >= copula) continue;
      d.code = refusalOf(d.code);
      d.modality = "asserted";
      const speaker = reportAt(d.head)?.speaker ?? null;
      if (speaker) { if (!d.target && d.source && !sameActor(d.source, speaker)) d.target = d.source; d.source = speaker; }
      d.confidence = Math.min(0.95, d.confidence + 0.1);
    }
  }
  for (const d of out) anchorDate(doc, d, earlier, lo);
  offsetDates(doc, out, s);
  void earlier;
  return out.sort((a, b) => a.head - b.head);
}

/** A past participle the parse hangs from a noun (acl) with no auxiliary: it describes the noun. */
function describesNoun(doc: Doc, v: number): boolean {
  const w = doc.wordOfToken(v);
  return !!w && w.xpos === "VBN" && w.deprel === "acl" && !w.children.some((c) => doc.words[c]!.deprel.startsWith("aux"));
}

/** The control verb at token c, also when the tagger took it for a noun ("Turkey plans to ..."). */
export function controlLemma(doc: Doc, kb: Knowledge, c: number): string | null {
  const t = doc.tokens[c];
  if (!t) return null;
  if (t.pos === "VERB") return kb.lexicon.controlVerbs.has(t.lemma) ? t.lemma : t.lemma;
  for (const base of [t.key.replace(/s$/, ""), t.key.replace(/es$/, ""), t.key.replace(/ed$/, ""), t.key.replace(/d$/, "")]) {
    if (base !== t.key && kb.lexicon.controlVerbs.has(base) && doc.tokens[c + 1]?.key === "to") return base;
  }
  return null;
}

const QUOTE = /^["'\u201c\u201d\u2018\u2019]$/;

/** A participle before its noun ("Ousted President X", "the detained leaders", "the “failed” policies"). */
function isAttributive(doc: Doc, v: number, lo: number, hi: number): boolean {
  let n = v + 1;
  while (n < hi && QUOTE.test(doc.tokens[n]!.text)) n++;
  const next = doc.tokens[n];
  if (!next || n >= hi || !["PROPN", "NOUN", "ADJ"].includes(next.pos)) return false;
  let p = v - 1;
  while (p >= lo && QUOTE.test(doc.tokens[p]!.text)) p--;
  const prev = doc.tokens[p];
  // (also after a complementiser: "reported that alleged Shining Path members murdered ...")
  const complementiser = (t: Token) => t.pos === "SCONJ" || t.key === "that";
  if (p < lo || !prev || ["DET", "ADJ", "ADP"].includes(prev.pos) || prev.key === "'s" || complementiser(prev)) return true;
  // after a date that opens the clause ("that on 10 March alleged members ..."), not one after the subject ("the
  // minister on Sunday accused rebels")
  const tx = doc.timexesOver(prev.start, prev.end)[0];
  if (!tx) return false;
  let k = p;
  while (k >= lo && doc.tokens[k]!.start >= tx.start) k--;
  if (k >= lo && doc.tokens[k]!.pos === "ADP") k--;
  return k < lo || complementiser(doc.tokens[k]!) || doc.tokens[k]!.key === ",";
}

const READINESS = new Set(["ready", "willing", "prepared", "determined", "committed", "eager", "poised", "set"]);

const trigFromNominal = (trigFrom: number, v: number) => trigFrom < v;

const named = (a: Actor | null) => !!a && (!!a.country || !!a.entity || !!a.members?.some((m) => m.country || m.entity));

/** The control verb governing an infinitive clause (through coordination: "vowed not to roll back ... or curb"). */
function controlOf(doc: Doc, kb: Knowledge, verbs: VerbInfo[], info: VerbInfo, lo: number): { kind: string | undefined; negated: boolean; info?: VerbInfo } | null {
  let cur: VerbInfo | undefined = info;
  for (let guard = 0; cur && cur.clause.kind === "coord" && guard < 4; guard++) {
    const m: number = cur.clause.marker!;
    cur = verbs.findLast((x) => x.v < m);
  }
  // "denied attacking", "refused negotiating": a gerund under a control verb
  const T0 = doc.tokens;
  if (cur && /ing$/.test(T0[cur.v]!.key) && T0[cur.v - 1]?.pos === "VERB") {
    const k = kb.lexicon.controlVerbs.get(T0[cur.v - 1]!.lemma);
    if (k === "deny" || k === "refuse" || k === "commit") return { kind: k, negated: false, info: verbs.find((x) => x.v === cur!.v - 1) };
  }
  if (!cur || cur.clause.kind !== "infinitive" || cur.clause.marker === undefined) return null;
  const T = doc.tokens;
  let c = cur.clause.marker - 1;
  let negated = false;
  if (T[c]?.key === "not" || T[c]?.key === "never") { negated = true; c--; }
  while (c >= lo && T[c]!.pos === "ADV") c--;
  const ctlLemma = controlLemma(doc, kb, c);
  // "is ready / willing / prepared to": a stated readiness is an intent or a threat, like "vowed to"
  // ("is prepared to" too: a participle after "be" is a stance, where "prepared to" alone is a plan)
  let b = c - 1;
  while (b >= lo && T[b]!.pos === "ADV") b--;
  const stance = !!T[b] && ["is", "are", "was", "were", "be", "been", "am", "'s", "'re", "remains", "remain", "seemed", "seems", "appeared", "appears"].includes(T[b]!.key);
  if ((!ctlLemma || stance) && T[c] && READINESS.has(T[c]!.key)) return { kind: "commit", negated };
  return { kind: ctlLemma ? kb.lexicon.controlVerbs.get(ctlLemma) : undefined, negated, info: verbs.find((x) => x.v === c) };
}

/** "the invasion of X", "the blockade of X", "the arrest of X": the phrase an act noun's "of" names as what it is
 * done to (for coercive and violent acts, the noun ending at token `nounEnd`). */
function objectiveOf(doc: Doc, code: string, nounEnd: number, to: number): NounPhrase | null {
  return Number(code.slice(0, 2)) >= 15 && doc.tokens[nounEnd]?.key === "of" ? nounPhraseRight(doc, nounEnd + 1, to) : null;
}

/** A concrete noun phrase: a head noun, not a number, pronoun or date ("an oil depot", not "12" or "it"). */
function isThing(doc: Doc, np: NounPhrase): boolean {
  const h = doc.tokens[np.head]!;
  return h.pos === "NOUN" && !doc.timexesOver(h.start).length;
}

/** "attacks ... targeting US interests": the object of a following "targeting". */
function targetingPhrase(doc: Doc, from: number, to: number): NounPhrase | null {
  for (let k = from; k < Math.min(to, from + 8); k++) if (doc.tokens[k]!.key === "targeting" || doc.tokens[k]!.key === "targetting" || doc.tokens[k]!.key === "against") return nounPhraseRight(doc, k + 1, to);
  return null;
}

/** The source of an attack noun: its premodifier ("US strikes", "Israel's raid") or "by X". */
function nominalSource(doc: Doc, kb: Knowledge, n: NominalTrigger, lo: number, hi: number): Actor | null {
  const np = nounPhraseLeft(doc, n.to - 1, lo);
  const pre = np && np.from < n.from ? actorOf(doc, kb, { from: np.from, to: n.from, head: n.from - 1, members: [] }) : null;
  return pre ?? actorOf(doc, kb, prepPhrase(doc, n.to, Math.min(hi, n.to + 3), ["by"])) ?? (doc.tokens[n.to]?.key === "between" ? actorOf(doc, kb, betweenSides(doc, n.to, Math.min(hi, n.to + 12))[0]) : null);
}

/** An object phrase that is the source's own ("its troops", "their equipment"): a theme, not a target. */
function isOwnTheme(doc: Doc, obj: NounPhrase, target: Actor, source: Actor | null): boolean {
  const first = doc.tokens[obj.from]!.key;
  if (!["its", "their", "his", "her", "our"].includes(first)) return false;
  return !target.country || target.country === source?.country;
}

/** The first country named in a prepositional phrase in [from, to) (a place counts for its country). */
function countryAfter(doc: Doc, kb: Knowledge, from: number, to: number, source: Actor | null, code: string, hasParty = false): Actor | null {
  const T = doc.tokens;
  // an attack's "in X" is where it happened; a visit's "in X" is whom it visited
  const violent = Number(code.slice(0, 2)) >= 18;
  const preps = violent ? ["against", "on", "at", "toward", "towards"] : ["to", "in", "into", "from", "against", "on", "with", "toward", "towards", "for", "at"];
  // a non-violent act's "in X" (troops in X, settlements in X) names the country it concerns
  // (a meeting's or an agreement's "in X" is its venue, save for visits)
  const visit = code.startsWith("042") || code.startsWith("043");
  const venue = hasParty && ["03", "04", "05", "06"].includes(code.slice(0, 2)) && !visit;
  const placePreps = violent || venue ? ["to", "into", "toward", "towards"] : ["to", "in", "into", "toward", "towards", "of"];
  // coercion at home ("imposed a curfew in La Paz", "banned rallies in Minsk") targets the source's own country
  const domestic = code.startsWith("17");
  for (let k = from; k < to; k++) {
    // "out of X" is "from X"
    if (!preps.includes(T[k]!.key) && !(T[k]!.key === "of" && T[k - 1]?.key === "out")) continue;
    const np = nounPhraseRight(doc, k + 1, to);
    if (!np) continue;
    const a = actorOf(doc, kb, np);
    if (a?.country && a.country !== source?.country) return a;
    const start = T[np.from]!.start, end = T[np.to - 1]!.end;
    const place = placePreps.includes(T[k]!.key) ? doc.placesIn(start, end).find((p) => p.country && (domestic || p.country !== source?.country)) : undefined;
    if (place) return { name: place.name, text: doc.text.slice(start, end), country: place.country, start, end };
    k = np.to - 1;
  }
  return null;
}

/** Another actor of the sentence for acts that need a recipient ("withdrew from the deal" between the US and Iran). */
function fallbackTarget(doc: Doc, kb: Knowledge, s: Sentence, source: Actor | null, head: number): Actor | null {
  const at = doc.tokens[head]!.start;
  const outside = (x: { start: number; end: number }) => !source || source.start === undefined || x.end <= source.start || x.start >= source.end!;
  const cands: Array<{ start: number; end: number; actor: Actor }> = [];
  for (const m of doc.mentionsIn(s.start, s.end)) {
    const e = doc.entityById(m.entity);
    if (!e || !e.country || (source?.country && e.country === source.country) || !outside(m)) continue;
    if (doc.placesOver(m.start).some((p) => !p.metonym && p.precision !== "country")) continue;
    cands.push({ start: m.start, end: m.end, actor: { name: e.name, text: m.text, country: e.country, sector: e.sector ?? null, entity: e.id, actorCode: e.actorCode ?? e.country, start: m.start, end: m.end } });
  }
  if (cands.length === 0) {
    for (const m of kb.countries.matcher.findAll(doc.tokens, s.tokenStart, s.tokenEnd)) {
      const start = doc.tokens[m.from]!.start, end = doc.tokens[m.to - 1]!.end;
      // (as written: a lower-case "us" is the pronoun, not the US)
      const vals = Countries.acceptMatch(m, doc.tokens, doc.upperCase);
      if (!vals.length || vals[0]!.kind === "capital") continue; // "in Vienna" is a venue, not a party
      const c = vals[0]!.country;
      if ((source?.country && c.iso3 === source.country) || !outside({ start, end })) continue;
      if (doc.tokens[m.to]?.text === "-") continue; // "Iran-backed"
      cands.push({ start, end, actor: { name: c.name, text: doc.text.slice(start, end), country: c.iso3, sector: null, actorCode: c.iso3, start, end } });
    }
  }
  cands.sort((a, b) => Math.abs(a.start - at) - Math.abs(b.start - at));
  return cands[0]?.actor ?? null;
}

/**
 * "X came a day after a worker was shot dead", "two weeks before the vote, rebels attacked": events on the far side
 * of "<duration> after/before" are dated from the sentence's other events by that duration (days and weeks;
 * "hours after" is the same day).
 */
function offsetDates(doc: Doc, drafts: Draft[], s: Sentence): void {
  for (const t of doc.timexesIn(s.start, s.end)) {
    if (t.type !== "DURATION") continue;
    const m = /^P(?:(\d+)([DW])|T(\d+)H)$/.exec(t.value);
    const link = doc.tokens[doc.tokenIndexAt(t.end)];
    if (!m || !link || link.start < t.end || link.start - t.end > 1 || (link.key !== "after" && link.key !== "before")) continue;
    const days = m[3] ? 0 : Number(m[1]) * (m[2] === "W" ? 7 : 1);
    const k = doc.tokenIndexAt(link.start);
    // (a main event dated only by the publication passes its unknown precision on)
    const main = drafts.find((d) => d.head < k && (d.date?.precision === "day" || d.date?.basis === "publication date") && /^\d{4}-\d{2}-\d{2}$/.test(d.date?.value ?? ""));
    if (!main) continue;
    const base = new Date(main.date!.value! + "T00:00:00Z");
    if (Number.isNaN(base.getTime())) continue;
    base.setUTCDate(base.getUTCDate() + (link.key === "after" ? -days : days));
    const value = base.toISOString().slice(0, 10);
    // (an event with a date of its own after the link keeps it)
    const ownDate = (d: Draft) => !!d.date?.basis.endsWith("timex") && doc.timexesIn(link.end + 1, s.end).some((x) => x.text === d.date!.text);
    for (const d of drafts) {
      if (d.head <= k || ownDate(d)) continue;
      d.date = { value, text: `${t.text} ${link.text}`, precision: main.date!.precision === "day" ? "day" : "unknown", basis: `${t.text} ${link.text} another event (${main.date!.basis})` };
    }
  }
}

/** Dates an event whose clause opens with "after/following X" by X's earlier event, when it has no own timex. */
function anchorDate(doc: Doc, d: Draft, earlier: Draft[], lo: number): void {
  if (d.date && d.date.basis.endsWith("timex")) return;
  for (let k = lo; k < d.head; k++) {
    const w = doc.tokens[k]!.key;
    if (w !== "after" && w !== "following" && w !== "since") continue;
    const np = nounPhraseRight(doc, k + 1, d.head);
    if (!np) continue;
    const text = doc.text.slice(doc.tokens[np.from]!.start, doc.tokens[np.to - 1]!.end).toLowerCase();
    const names = (e: Draft) => [e.target, e.source, ...(e.target?.members ?? []), ...(e.source?.members ?? [])].filter((a): a is Actor => !!a).map((a) => lastWord(a.name));
    const ref = earlier.findLast((e) => e.date?.basis.endsWith("timex") && names(e).some((w) => w.length > 3 && text.includes(w)));
    if (ref?.date) { d.date = { ...ref.date, basis: `after an earlier event (${ref.date.basis})` }; return; }
  }
}

const lastWord = (s: string) => s.toLowerCase().split(/[^a-z']+/).filter(Boolean).pop() ?? "";

/** Stances that refuse what their subject names. */
const REFUSAL_STANCES = [["out", "of", "the", "question"], ["off", "the", "table"], ["not", "an", "option"], ["not", "on", "the", "table"], ["unthinkable"], ["non", "-", "negotiable"], ["nonnegotiable"]];
const COPULAS = new Set(["is", "are", "was", "were", "be", "remains", "remain", "remained", "'s"]);

/** The copula of "X is out of the question" (and like stances) in [lo, hi), or null. */
function refusalStance(doc: Doc, lo: number, hi: number): number | null {
  const T = doc.tokens;
  for (let k = lo; k < hi; k++) {
    const words = REFUSAL_STANCES.find((w) => w.every((x, i) => T[k + i]?.key === x));
    if (!words) continue;
    let c = k - 1;
    while (c > lo && T[c]!.pos === "ADV" && !COPULAS.has(T[c]!.key)) c--;
    if (c >= lo && COPULAS.has(T[c]!.key)) return c;
  }
  return null;
}

/** Verbs whose object does what the infinitive says ("asked the ministry to investigate"): no purpose clause. */
const OBJECT_CONTROL = new Set(["ask", "urge", "call", "order", "tell", "instruct", "force", "compel", "encourage", "invite", "allow", "permit", "persuade", "convince", "pressure", "press", "push", "help", "want", "expect", "need", "require", "authorize", "authorise", "enable", "lead", "get", "prompt", "cause", "appeal", "proceed"]);

/** Verbs that lay an act at someone's door: the party in their "to" phrase did it. */
const ATTRIBUTING = new Set(["attribute", "ascribe", "impute"]);

const GUILT = new Set(["guilty", "responsible", "culpable"]);

const GERUND_PREPS = new Set(["for", "of", "at", "in", "by", "on", "about", "toward", "towards", "against", "into", "from", "with", "without", "to"]);

function confidenceOf(d: Draft, doc: Doc): number {
  let c = 0.45;
  // "aimed at establishing ties", "the decision of sending troops", "joined them in demanding": a gerund after a
  // preposition names a purpose or a topic, not the act the sentence reports
  const h = doc.tokens[d.head];
  const before = doc.tokens[d.head - 1];
  if (d.kind === "verb" && h && /ing$/.test(h.key) && before && (before.pos === "ADP" || before.pos === "SCONJ") && GERUND_PREPS.has(before.key)) c -= 0.15;
  if (d.modality !== "asserted") c -= 0.12;
  if (d.kind === "noun") c -= 0.08;
  if (d.clause.kind === "participle" || d.clause.kind === "infinitive") c -= 0.1;
  // the first of coordinated verbs carries the lead ("refused to X and urged Y")
  if (d.clause.kind === "coord") c -= 0.05;
  if (d.specific) c += 0.15;
  if (d.source) c += 0.12;
  if (d.target) c += 0.12;
  if (d.source?.entity || d.target?.entity) c += 0.04;
  if (d.clause.kind === "main" || d.clause.kind === "coord" || d.clause.kind === "complement") c += 0.1;
  if (d.clause.kind === "relative" || d.clause.kind === "subordinate") c -= 0.1;
  if (d.kind === "noun" && !d.source && !d.target) c -= 0.15;
  return Math.max(0.05, Math.min(0.95, c));
}
