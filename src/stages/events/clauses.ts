// Clause boundaries around a trigger: relative pronouns, subordinators, the complement of a reporting verb,
// coordinated verb phrases and participial clauses. An event's arguments, date and place are looked for in its
// own clause first; the kind of clause also says how the subject is found (a relative clause's subject is its
// antecedent, a coordinated verb phrase shares the subject of the verb before it).
import type { Doc } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import { RELATIVE, SUBORDINATORS, type Span } from "./phrases.ts";

export type ClauseKind = "main" | "relative" | "subordinate" | "complement" | "coord" | "participle" | "infinitive";

export interface Clause extends Span {
  kind: ClauseKind;
  /** the token that opens the clause (which, after, said, and, to ...) */
  marker?: number;
}

const QUOTES = /^["'\u201c\u201d\u2018\u2019`]$/;

const isVerb = (doc: Doc, k: number) => doc.tokens[k]?.pos === "VERB" || doc.tokens[k]?.pos === "AUX";

function hasVerb(doc: Doc, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (doc.tokens[k]!.pos === "VERB") return true;
  return false;
}

/** "that" opening a clause: after a reporting verb or a noun, followed by a subject or verb. */
function isThatClause(doc: Doc, k: number): boolean {
  return doc.tokens[k]?.key === "that" && !!doc.tokens[k + 1] && doc.tokens[k + 1]!.pos !== "NOUN" && doc.tokens[k + 1]!.pos !== "PUNCT" || doc.tokens[k]?.key === "that" && isVerb(doc, k + 2);
}

/** The clause holding token i of a sentence [lo, hi). */
export function clauseAt(doc: Doc, kb: Knowledge, i: number, lo: number, hi: number): Clause {
  let from = lo;
  let kind: ClauseKind = "main";
  let marker: number | undefined;
  const t = doc.tokens;
  for (let k = i - 1; k >= lo; k--) {
    const w = t[k]!;
    if (w.key === ";" || w.key === ":") { from = k + 1; break; }
    if (RELATIVE.has(w.key) && w.key !== "that" && w.pos !== "DET") {
      // "Kenya, which has troops there, condemned": i is the main verb after a relative clause between commas
      if (t[k - 1]?.key === "," && closedBefore(doc, k, i)) { k--; continue; }
      // "a building where diplomats reside in Lima was attacked": the parse closes the relative clause before i
      if (relativeClosedBefore(doc, k, i)) continue;
      from = k; kind = "relative"; marker = k; break;
    }
    if (w.key === "that" && isThatClause(doc, k)) {
      from = k; marker = k;
      kind = k > lo && isVerb(doc, k - 1) ? "complement" : t[k - 1]?.pos === "NOUN" || t[k - 1]?.pos === "PROPN" ? "relative" : "complement";
      break;
    }
    if (isSubordinator(doc, k)) {
      // "After X's death, Iran vowed": the phrase closed at a comma before i does not hold i
      let comma = -1;
      for (let c = k + 1; c < i; c++) if (t[c]!.key === ",") { comma = c; }
      if (comma >= 0 && !hasVerb(doc, k + 1, comma)) { from = comma + 1; break; }
      from = k; kind = "subordinate"; marker = k;
      break;
    }
    if (w.pos === "VERB" && kb.lexicon.reportingVerbs.has(w.lemma) && k < i - 1) {
      from = k + 1; kind = "complement"; marker = k;
      break;
    }
    if ((w.key === "and" || w.key === "but" || w.key === "or" || w.key === "nor") && isVerb(doc, k + 1) && k + 1 <= i) { from = k + 1; kind = "coord"; marker = k; break; }
    if (w.key === "," && t[k + 1]?.pos === "VERB" && /ing$/.test(t[k + 1]!.key) && k + 1 <= i) { from = k + 1; kind = "participle"; marker = k; break; }
    // (a quoted infinitive too: vowed to “eliminate”)
    if (w.key === "to" && (k + 1 === i && t[i]?.pos === "VERB" || k + 2 === i && QUOTES.test(t[k + 1]!.text))) { from = k; kind = "infinitive"; marker = k; break; }
  }
  let to = hi;
  for (let k = i + 1; k < hi; k++) {
    const w = t[k]!;
    if (w.key === ";" || w.key === ":") { to = k; break; }
    if (RELATIVE.has(w.key) && w.key !== "that" && w.pos !== "DET") { to = k; break; }
    if (isSubordinator(doc, k) && (hasVerb(doc, k + 1, Math.min(hi, k + 12)) || w.key === "if" || w.key === "unless")) { to = k; break; }
    if (w.key === "," && t[k + 1]?.pos === "VERB" && /ing$/.test(t[k + 1]!.key)) { to = k; break; }
    if (w.key === "," && hasReportingTail(doc, kb, k + 1, hi)) { to = k; break; }
    if ((w.key === "and" || w.key === "but" || w.key === "or" || w.key === "nor") && isVerb(doc, k + 1)) { to = k; break; }
    if (w.pos === "VERB" && kb.lexicon.reportingVerbs.has(w.lemma) && k > i + 1 && !isVerb(doc, k - 1) && t[k - 1]!.text !== "-") { to = k; break; }
  }
  return { from, to, kind, ...(marker !== undefined ? { marker } : {}) };
}

/** A subordinating conjunction at k ("as" is too ambiguous; "once again", "once more" are adverbs). */
function isSubordinator(doc: Doc, k: number): boolean {
  const w = doc.tokens[k]!.key;
  if (!SUBORDINATORS.has(w) || w === "as") return false;
  return !(w === "once" && ["again", "more"].includes(doc.tokens[k + 1]?.key ?? ""));
}

/** The parse puts the relative pronoun at k in a relative clause that does not hold the verb at i. */
function relativeClosedBefore(doc: Doc, k: number, i: number): boolean {
  const wk = doc.wordOfToken(k), wi = doc.wordOfToken(i);
  if (!wk || !wi || wk.sentence !== wi.sentence) return false;
  const words = doc.words;
  let r = wk;
  for (let n = 0; n < 12 && !r.deprel.startsWith("acl") && r.head >= 0; n++) r = words[r.head]!;
  if (!r.deprel.startsWith("acl") || r === wi) return false;
  for (let x: typeof wi | undefined = wi, n = 0; x && n < 40; x = x.head >= 0 ? words[x.head] : undefined, n++) if (x === r) return false;
  return true;
}

/** A relative clause opened at k closes with a comma, after which only auxiliaries and adverbs precede i. */
function closedBefore(doc: Doc, k: number, i: number): boolean {
  let c = -1;
  for (let j = k + 1; j < i; j++) if (doc.tokens[j]!.key === ",") { c = j; break; }
  if (c < 0 || !hasVerb(doc, k + 1, c) && !isVerb(doc, k + 1)) return false;
  for (let j = c + 1; j < i; j++) if (!["AUX", "ADV", "PART"].includes(doc.tokens[j]!.pos)) return false;
  return true;
}

/** ", Kirby said." / ", he added": a short subject then a reporting verb closing the sentence. */
function hasReportingTail(doc: Doc, kb: Knowledge, k: number, hi: number): boolean {
  for (let j = k; j < Math.min(hi, k + 6); j++) {
    const w = doc.tokens[j]!;
    if (w.pos === "VERB") return kb.lexicon.reportingVerbs.has(w.lemma);
  }
  return false;
}
