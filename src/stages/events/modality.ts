// Modality from cue words around the trigger: negation in the auxiliary chain ("did not attack", "no talks"),
// hypothetical modals ("could", "might"), the future ("will" — coded later as intent or threat), conditionals
// ("... if Iran returns"), and whether the trigger itself sits inside the condition.
import type { Doc } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import type { Modality } from "../../schema.ts";
import type { Clause } from "./clauses.ts";
import { auxChain, type Span } from "./phrases.ts";
import { childrenWith } from "../../lang/en/tree.ts";

export interface ModalityCues {
  modality: Modality;
  /** "will", "shall", or "would" reporting the future in the past */
  future: boolean;
  /** must / should / need to */
  obligation: boolean;
  /** could / might / may / would (not reporting the future) */
  hypothetical: boolean;
  /** the trigger is in an if/unless clause: a condition, not an event */
  inCondition: boolean;
}

/** Cues of a verb trigger at v in its clause; `reportedPast`: the clause is the complement of a past reporting verb. */
export function verbModality(doc: Doc, kb: Knowledge, v: number, clause: Clause, sentence: Span, reportedPast: boolean): ModalityCues {
  const aux = auxChain(doc, v, clause.from).map((k) => doc.tokens[k]!.key);
  // "will rejoin the deal and lift sanctions": a coordinated verb shares the first verb's auxiliaries
  if (clause.kind === "coord" && clause.marker !== undefined) {
    for (let k = clause.marker - 1; k >= sentence.from; k--) {
      if (doc.tokens[k]!.pos === "VERB") { aux.push(...auxChain(doc, k, sentence.from).map((x) => doc.tokens[x]!.key)); break; }
    }
  }
  const negated = aux.some((w) => kb.lexicon.isCue("negation", w)) || negativeSubject(doc, v) || avoided(doc, kb, v) || sharedNegation(doc, kb, v);
  const future = aux.some((w) => kb.lexicon.isCue("future", w)) || aux.includes("would") && reportedPast || aux.includes("going") && doc.tokens[v - 1]?.key === "to";
  const hypothetical = aux.some((w) => kb.lexicon.isCue("hypothetical", w) && !(w === "would" && reportedPast));
  const obligation = aux.some((w) => kb.lexicon.isCue("obligation", w));
  const inCondition = clause.kind === "subordinate" && clause.marker !== undefined && kb.lexicon.isCue("conditional", doc.tokens[clause.marker]!.key);
  // a condition binds what is yet to be (will, would, could, must) or its own clause; a past act reported next to
  // someone's "if" is not conditional ("she called for talks, saying war would follow if they failed")
  const conditional = !inCondition && hasConditionOutside(doc, kb, clause, sentence) && (future || hypothetical || obligation || aux.includes("would") || hasConditionOutside(doc, kb, clause, { from: clause.from, to: Math.min(sentence.to, clause.to + 1) }));
  const modality: Modality = negated ? "negated" : conditional && (future || hypothetical) ? "conditional" : hypothetical ? "hypothetical" : conditional ? "conditional" : "asserted";
  return { modality, future, obligation, hypothetical, inCondition };
}

const NEGATIVE_PRONOUNS = new Set(["nobody", "none", "nothing", "neither", "noone", "no-one"]);
/** A subject that denies the act: "no one was injured", "none of the passengers", "neither X nor Y was hurt". */
function negativeSubject(doc: Doc, v: number): boolean {
  const w = doc.wordOfToken(v);
  if (!w) return false;
  return childrenWith(doc.words, w, ["nsubj", "nsubj:pass"]).some((subj) => {
    if (NEGATIVE_PRONOUNS.has(subj.form.toLowerCase())) return true;
    return childrenWith(doc.words, subj, ["det", "cc:preconj", "advmod"]).some((c) => ["no", "neither"].includes(c.form.toLowerCase()));
  });
}

/** A verb coordinated with a negated one, with no subject or auxiliary of its own, shares its negation: "did not
 * invade Kuwait, endanger Saudi Arabia and butcher his own people". */
function sharedNegation(doc: Doc, kb: Knowledge, v: number): boolean {
  const w = doc.wordOfToken(v);
  if (!w || w.deprel !== "conj" || w.head < 0) return false;
  if (childrenWith(doc.words, w, ["nsubj", "nsubj:pass", "aux", "aux:pass"]).length) return false;
  // ("did not arrest the driver but fined him": a contrast says what was done instead)
  if (childrenWith(doc.words, w, ["cc"]).some((c) => ["but", "yet", "instead"].includes(c.form.toLowerCase()))) return false;
  // (the first of the verbs: a chain of conjuncts the parse may hang one on another)
  let first = doc.words[w.head]!;
  for (let hops = 0; hops < 4 && first.deprel === "conj" && first.head >= 0; hops++) first = doc.words[first.head]!;
  if (first.upos !== "VERB") return false;
  return childrenWith(doc.words, first, ["aux", "advmod"]).some((a) => kb.lexicon.isCue("negation", a.form.toLowerCase()));
}

/** The complement of a verb of avoidance: "has avoided criticising X", "refrained from condemning the invasion". */
function avoided(doc: Doc, kb: Knowledge, v: number): boolean {
  const w = doc.wordOfToken(v);
  if (!w || !["xcomp", "advcl"].includes(w.deprel) || w.head < 0) return false;
  const gov = doc.words[w.head]!;
  return kb.lexicon.isCue("avoidance", doc.tokens[gov.token]!.lemma);
}

/** An if/unless clause elsewhere in the sentence. */
function hasConditionOutside(doc: Doc, kb: Knowledge, clause: Clause, sentence: Span): boolean {
  for (let k = sentence.from; k < sentence.to; k++) {
    if (k === clause.marker) continue;
    if (conditionAt(doc, kb, k)) return true;
  }
  return false;
}

/** A word that opens a condition: "if", "unless"; "provided" only as a conjunction ("provided (that) they
 * leave", not "have provided medicine"); "even if" concedes and "as if" compares rather than conditions. */
function conditionAt(doc: Doc, kb: Knowledge, k: number): boolean {
  const t = doc.tokens[k]!;
  if (!kb.lexicon.isCue("conditional", t.key)) return false;
  if (doc.tokens[k - 1]?.key === "even" || doc.tokens[k - 1]?.key === "as") return false;
  if (/ed$|ing$/.test(t.key)) return doc.tokens[k + 1]?.key === "that" || doc.wordOfToken(k)?.deprel === "mark";
  return true;
}

/** Cues of a nominal trigger: "no talks", "talks could resume". */
export function nominalModality(doc: Doc, kb: Knowledge, npFrom: number, nounFrom = npFrom): Modality {
  const d = doc.tokens[npFrom];
  if (d && (d.key === "no" || d.key === "without")) return "negated";
  const before = doc.tokens[npFrom - 1];
  if (before && kb.lexicon.isCue("negation", before.key)) return "negated";
  // "any US attack on Iran", "a possible strike": an act that may yet happen
  for (let k = npFrom; k < nounFrom; k++) if (kb.lexicon.isCue("prospective", doc.tokens[k]!.key)) return "hypothetical";
  return "asserted";
}
