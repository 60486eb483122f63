// Source and target from the clause's structure: the subject before an active verb (through auxiliaries,
// appositions between commas or dashes, a relative pronoun's antecedent, the shared subject of coordinated verb
// phrases), the object or an "on/against X" phrase after it, "by X" in the passive.
import type { Doc } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import { clauseAt, type Clause } from "./clauses.ts";
import { afterIntroductoryAdjunct, treeObject, treeSubject } from "./tree-args.ts";
import { auxChain, nounPhraseLeft, nounPhraseRight, RELATIVE as RELATIVE_PRONOUNS, type NounPhrase } from "./phrases.ts";

/** Prepositions that introduce the target of an act, by PLOVER type family. */
export const TARGET_PREPS: Record<string, string[]> = {
  default: ["on", "against", "at", "upon", "targeting", "toward", "towards", "into"],
  CONSULT: ["with"],
  MEDIATE: ["between", "among", "with"],
  AGREE: ["with"],
  COOPERATE: ["with"],
  AID: ["to", "for"],
  SUPPORT: ["for", "to", "with"],
  REQUEST: ["on", "to"],
  SANCTION: ["on", "against"],
  // "seized weapons from militia groups", "confiscated land from farmers"
  COERCE: ["on", "against", "at", "upon", "targeting", "toward", "towards", "into", "from"],
  RETREAT: ["from", "on"],
  REJECT: ["of", "from"],
};

/** Words that attach a phrase to a subject's head: the head, not the attached phrase, is the subject. */
const SUBJECT_MODIFIER_LINKS = new Set(["in", "at", "near", "on", "from", "outside", "inside", "with", "against", "including", "using",
  "carrying", "wielding", "firing"]);

/** The noun phrase before token p, seen through an apposition (", X," or "- X -") to the phrase it describes. */
function phraseBefore(doc: Doc, p: number, lo: number): NounPhrase | null {
  const np = phraseOrAppositionBefore(doc, p, lo);
  return np && climbModifiers(doc, np, lo);
}

/** "a rocket attack in the city of Erbil killed": the subject is the phrase the PP attaches to. */
function climbModifiers(doc: Doc, start: NounPhrase, lo: number): NounPhrase {
  let np = start;
  for (let guard = 0; guard < 3; guard++) {
    const prep = doc.tokens[np.from - 1];
    // "aircraft including gunships killed", "troops using mortars shelled", "groups such as X": the phrase the
    // modifier attaches to acts
    const suchAs = prep?.key === "as" && doc.tokens[np.from - 2]?.key === "such";
    if (!prep || !suchAs && !SUBJECT_MODIFIER_LINKS.has(prep.key)) break;
    const owner = nounPhraseLeft(doc, np.from - (suchAs ? 3 : 2), lo);
    if (!owner) break;
    np = { from: owner.from, to: np.to, head: owner.head, members: owner.members };
  }
  return np;
}

function phraseOrAppositionBefore(doc: Doc, p: number, lo: number): NounPhrase | null {
  const t = doc.tokens[p];
  if (!t || p < lo) return null;
  // "the Economic Community of West African States (ECOWAS) imposed": the phrase before the bracketed acronym
  if (t.text === ")") {
    for (let k = p - 1; k > lo && k > p - 8; k--) if (doc.tokens[k]!.text === "(") {
      const outer = nounPhraseLeft(doc, k - 1, lo);
      return outer ? { ...outer, to: p + 1 } : null;
    }
    return null;
  }
  if (t.text === "-" || t.text === "\u2014" || t.text === "\u2013" || t.key === ",") {
    // find the opening mark of the apposition; a verb inside it is fine when it opens with a noun phrase or a
    // relative pronoun ("Kenya, which has troops in X, condemned"; "the RSF, the group fighting the army, said")
    let sawVerb = false;
    for (let k = p - 1; k > lo && k > p - 30; k--) {
      const w = doc.tokens[k]!;
      if (w.key === ";" || w.key === ":") break;
      if (w.key === t.key || w.text === t.text || (w.text === "-" && t.key === "-")) {
        const opener = doc.tokens[k + 1]!;
        if (sawVerb && !(RELATIVE_PRONOUNS.has(opener.key) && opener.key !== "that" || ["DET", "ADJ", "NOUN", "PROPN", "NUM"].includes(opener.pos))) return null;
        const inner = sawVerb ? null : nounPhraseRight(doc, k + 1, p);
        const outer = nounPhraseLeft(doc, k - 1, lo);
        if (!outer) return inner;
        // the apposition's members (the UK, Germany ...) become the outer phrase's members
        return { from: outer.from, to: p, head: outer.head, members: inner && inner.members.length > 1 ? inner.members : outer.members };
      }
      if (w.pos === "VERB" || w.pos === "AUX") sawVerb = true;
    }
    return null;
  }
  return nounPhraseLeft(doc, p, lo);
}

/** The nearest verb before token k in the sentence. */
function previousVerb(doc: Doc, k: number, lo: number): number {
  for (let j = k - 1; j >= lo; j--) if (doc.tokens[j]!.pos === "VERB") return j;
  return -1;
}

/** The subject phrase of the verb at v, or null. */
export function subjectOf(doc: Doc, kb: Knowledge, v: number, clause: Clause, lo: number, hi: number, depth = 0): NounPhrase | null {
  if (depth > 4) return null;
  // the parse says which phrase is the subject; where the clause rules' phrase holds the same head word they
  // agree, and the rules' extent (through appositions and modifiers) is kept
  const parsed = treeSubject(doc, v);
  const read = subjectByClause(doc, kb, v, clause, lo, hi, depth);
  // (a reading that runs back over an introductory adjunct the parse set apart is the parse's phrase)
  if (parsed && read && read.from < parsed.from && afterIntroductoryAdjunct(doc, v, parsed)) return parsed;
  if (!parsed || read && read.from <= parsed.head && parsed.head < read.to) return read;
  return parsed;
}

/** The subject phrase of the verb at v as the clause rules read it. */
function subjectByClause(doc: Doc, kb: Knowledge, v: number, clause: Clause, lo: number, hi: number, depth: number): NounPhrase | null {
  const aux = auxChain(doc, v, clause.from);
  const first = aux.length ? Math.min(...aux) : v;
  const p = first - 1;
  const m = clause.marker;
  if (clause.kind === "relative" && m !== undefined && p <= m) {
    let ante = doc.tokens[m - 1]?.key === "," ? m - 2 : m - 1;
    // "groups that are backed by Iran and which launch ...": the first relative clause's antecedent
    if (doc.tokens[ante]?.key === "and" || doc.tokens[ante]?.key === "or") {
      for (let k = ante - 1; k > lo; k--) if (RELATIVE_PRONOUNS.has(doc.tokens[k]!.key)) { ante = doc.tokens[k - 1]?.key === "," ? k - 2 : k - 1; break; }
    }
    return phraseBefore(doc, ante, lo);
  }
  if ((clause.kind === "coord" || clause.kind === "participle") && m !== undefined && p <= m) {
    // the first verb back that has a subject ("denied carrying out the strike and said": not "carrying")
    // (", escalating a dispute": a participle after a comma shares the main clause's subject, not that of an
    // infinitive or relative clause in between)
    for (let pv = previousVerb(doc, m, lo), guard = 0; pv >= 0 && guard < 4; pv = previousVerb(doc, pv, lo), guard++) {
      const c = clauseAt(doc, kb, pv, lo, hi);
      // ("told reporters that X had ... and warned that": a second speech verb pairs with the first, not its content)
      const afterComma = clause.kind === "participle" && doc.tokens[m]?.key === ",";
      if (afterComma && c.kind !== "main" && c.kind !== "coord" && c.kind !== "participle") continue;
      // ("told reporters that X struck ...": a "that" with a subject of its own opens content, not a relative clause)
      const content = c.kind === "complement" || c.kind === "relative" && c.marker !== undefined && doc.tokens[c.marker]?.key === "that" && !["VERB", "AUX", "ADV"].includes(doc.tokens[c.marker + 1]?.pos ?? "");
      // (nor that of an infinitive inside it: "said X was used to launch attacks and warned ...")
      const subjectRelative = c.kind === "relative" && !content;
      if (kb.lexicon.reportingVerbs.has(doc.tokens[v]!.lemma) && doc.tokens[m]?.key === "and" && (content || c.kind !== "main" && c.kind !== "coord" && !subjectRelative)) continue;
      const subj = subjectOf(doc, kb, pv, c, lo, hi, depth + 1);
      if (subj) return subj;
    }
    return null;
  }
  if (clause.kind === "infinitive" && m !== undefined) {
    // "X vowed (not) to drive ...": the controller's subject; "urged X to ...": the controller's object
    let c = m - 1;
    while (c >= lo && (doc.tokens[c]!.key === "not" || doc.tokens[c]!.pos === "ADV")) c--;
    const ct = doc.tokens[c];
    if (!ct) return null;
    if (ct.pos === "VERB") return subjectOf(doc, kb, c, clauseAt(doc, kb, c, lo, hi), lo, hi, depth + 1);
    // "Turkey plans to ...", the control verb tagged as a noun: the phrase before it
    if (/(?:s|ed)$/.test(ct.key) && kb.lexicon.controlVerbs.has(ct.key.replace(/(?:e?s|e?d)$/, "")) || kb.lexicon.controlVerbs.has(ct.key.replace(/s$/, ""))) {
      const np = nounPhraseLeft(doc, c - 1, lo);
      if (np) return np;
    }
    // "urged Iran to": the phrase before "to" is the subject of the infinitive when a verb governs it
    const np = nounPhraseLeft(doc, c, lo);
    if (np && doc.tokens[np.from - 1]?.pos === "VERB") return np;
    // "Spain is ready / willing to ...": an adjective after a copula; the copula's subject acts
    if (ct.pos === "ADJ" && doc.tokens[c - 1]?.pos === "AUX") {
      let a = c - 1;
      while (a > lo && (doc.tokens[a - 1]!.pos === "AUX" || doc.tokens[a - 1]!.key === "not")) a--;
      const subj = a - 1 >= lo ? phraseBefore(doc, a - 1, lo) : null;
      if (subj) return subj;
    }
    const pv = previousVerb(doc, m, lo);
    return pv >= 0 ? subjectOf(doc, kb, pv, clauseAt(doc, kb, pv, lo, hi), lo, hi, depth + 1) : null;
  }
  // "The RSF, the group fighting the army since 2023, accused ...": a clause that opens with its verb right
  // after a comma has its subject before the comma, behind an apposition
  if (p < clause.from) return p === clause.from - 1 && doc.tokens[p]?.key === "," && clause.kind === "main" ? phraseBefore(doc, p, lo) : null;
  return phraseBefore(doc, skipDateAdjunct(doc, p, clause.from), clause.from);
}

/** "Tutu on Sunday called", "Iran today rejected": steps back over a date between subject and verb. */
function skipDateAdjunct(doc: Doc, p: number, lo: number): number {
  let k = p;
  const inTimex = (i: number) => doc.timexesOver(doc.tokens[i]!.start, doc.tokens[i]!.end).length > 0;
  if (k < lo || !inTimex(k)) return p;
  while (k >= lo && inTimex(k)) k--;
  if (k >= lo && ["on", "in", "at", "last", "this", "early", "late", "since", "during"].includes(doc.tokens[k]!.key)) k--;
  if (k >= lo && doc.tokens[k]!.key === ",") k--;
  return k >= lo ? k : p;
}

const PARTICLE_WORDS = new Set(["up", "down", "off", "out", "back", "away", "over"]);

/** The direct object of the verb whose words end at token `after`, or null. */
export function objectOf(doc: Doc, after: number, clause: Clause, verb?: number): NounPhrase | null {
  // as with subjects: the parse picks the phrase, the surface reading keeps its extent where both agree
  const parsed = verb === undefined ? undefined : treeObject(doc, verb, after);
  const read = objectBySurface(doc, after, clause);
  if (!parsed || parsed.to > clause.to || read && read.from <= parsed.head && parsed.head < read.to) return read;
  return parsed;
}

/** The object after a verb's words as the surface reading finds it. */
function objectBySurface(doc: Doc, after: number, clause: Clause): NounPhrase | null {
  let k = after;
  const hedge = approximatorLength(doc, k, clause.to);
  if (hedge) return nounPhraseRight(doc, k + hedge, clause.to);
  // adverbs and particles ("beat up X", "drove back X") stand between a verb and its object
  while (k < clause.to && (doc.tokens[k]!.pos === "ADV" || doc.tokens[k]!.pos === "PART" && doc.tokens[k]!.key !== "to" || k === after && PARTICLE_WORDS.has(doc.tokens[k]!.key) && doc.tokens[k + 1]?.pos !== "PUNCT")) k++;
  // a scare-quoted object: targeted "terrorists"
  if (/^["\u201c\u2018']$/.test(doc.tokens[k]?.text ?? "") && k + 1 < clause.to) k++;
  return nounPhraseRight(doc, k + approximatorLength(doc, k, clause.to), clause.to);
}

/** "more than", "up to", "at least", "as many as", "nearly" before a number: a quantity's hedge, not the object. */
const APPROXIMATORS = [["more", "than"], ["less", "than"], ["fewer", "than"], ["up", "to"], ["at", "least"], ["as", "many", "as"], ["nearly"], ["about"], ["around"], ["over"], ["almost"], ["some"], ["roughly"], ["approximately"], ["close", "to"], ["upwards", "of"]];
function approximatorLength(doc: Doc, k: number, to: number): number {
  for (const words of APPROXIMATORS) {
    if (k + words.length >= to || !words.every((w, i) => doc.tokens[k + i]!.key === w)) continue;
    const next = doc.tokens[k + words.length]!;
    if (next.pos === "NUM" || /^\d/.test(next.key)) return words.length;
  }
  return 0;
}

/** The first phrase after `from` introduced by one of `preps`, within the clause. */
export function prepPhrase(doc: Doc, from: number, to: number, preps: readonly string[]): NounPhrase | null {
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    if (t.pos === "VERB" && k > from && !preps.includes(t.key)) break;
    if (preps.includes(t.key)) {
      const np = nounPhraseRight(doc, k + 1, to);
      if (np) return np;
    }
  }
  return null;
}

/** The subject of a verb when it is the subject of a complement clause ("insists the US must lift"). */
export function complementSubject(doc: Doc, v: number, clause: Clause, hi: number, kb?: Knowledge): NounPhrase | null {
  let k = v + 1;
  const that = doc.tokens[k]?.key === "that";
  if (that) k++;
  let np = nounPhraseRight(doc, k, hi);
  if (!np) return null;
  // "that the government release detainees": the tagger joined a bare subjunctive verb to its subject
  if (that && kb) for (let j = np.from + 1; j < np.to; j++) {
    const w = doc.tokens[j]!;
    if (kb.lexicon.verbsAt(doc.tokens, j).length && !kb.lexicon.actorNouns.has(w.key) && ["NOUN", "PROPN"].includes(doc.tokens[j - 1]!.pos)) {
      const head = j - 1;
      return { from: np.from, to: j, head, members: [] };
    }
  }
  const next = doc.tokens[np.to];
  // after "that", a bare subjunctive the tagger took for a noun still follows the subject ("that X step down")
  return next && (next.pos === "AUX" || next.pos === "VERB" || that && np.to - np.from <= 6 && next.pos !== "PUNCT" && next.pos !== "ADP" && next.pos !== "CCONJ") ? np : null;
}
