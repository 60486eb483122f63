// Questions asked of an English UD dependency tree: who is the subject of a verb (through coordination, control,
// relative clauses and participles), its object, the agent of a passive, its obliques, negation and modals.
// Works on any array of words with heads and children (doc.words), so stages share one reading of the sentence.

export interface TreeWord {
  i: number;
  form: string;
  upos: string;
  xpos: string;
  head: number;
  deprel: string;
  children: number[];
}

/** The universal part of a relation ("nsubj" of "nsubj:pass"). */
export const baseRel = (w: TreeWord): string => {
  const c = w.deprel.indexOf(":");
  return c < 0 ? w.deprel : w.deprel.slice(0, c);
};

/** Children whose relation is one of `rels` (full "obl:agent" or universal "obl"). */
export function childrenWith<W extends TreeWord>(words: readonly W[], w: W, rels: readonly string[]): W[] {
  return w.children.map((c) => words[c]!).filter((c) => rels.includes(c.deprel) || rels.includes(baseRel(c)));
}

const firstChild = <W extends TreeWord>(words: readonly W[], w: W, rels: readonly string[]): W | undefined => childrenWith(words, w, rels)[0];

const RELATIVE_PRONOUNS = new Set(["who", "whom", "which", "that", "whose"]);
/** Relations of a clause's head: a noun found there heads a clause the parse misread. */
const CLAUSAL = new Set(["root", "ccomp", "xcomp", "advcl", "parataxis", "csubj"]);
const NEGATORS = new Set(["not", "n't", "never", "no"]);

/** The passive voice: a passive subject or auxiliary, or a past participle modifying a noun ("militants backed by"). */
export function isPassiveVerb<W extends TreeWord>(words: readonly W[], v: W): boolean {
  if (childrenWith(words, v, ["nsubj:pass", "aux:pass", "csubj:pass"]).length) return true;
  // (a participle with a subject or a direct object of its own is active: "the accord Tehran signed", "the
  // administration assassinated X" misread as a noun modifier)
  // (nor is one hanging from a noun that stands where a clause should: "Thousands rallied in Niamey", "The army
  // forced out 1,000 refugees, residents said" misread as noun phrases at the root or as a reported clause)
  if (v.deprel !== "acl" || v.xpos !== "VBN" || childrenWith(words, v, ["nsubj", "obj"]).length || v.head < 0) return false;
  const noun = words[v.head]!;
  return noun.head >= 0 && !CLAUSAL.has(baseRel(noun));
}

/** How a subject was found: the verb's own subject, a relative pronoun's antecedent, a controller, or a
 * subject shared along coordination or a participle (the least reliable: a wrong attachment moves it). */
export type SubjectPath = "own" | "antecedent" | "control" | "shared";

/** The word standing for the grammatical subject of `v`, resolved through structure:
 * own subject; a relative pronoun's antecedent; a coordinated verb's shared subject; the controller of an
 * infinitive (object control "urged X to" before subject control "vowed to"); the noun a participle modifies;
 * the subject of the clause a participial adjunct hangs from. */
export function subjectWord<W extends TreeWord>(words: readonly W[], v: W): W | undefined {
  return subjectWithPath(words, v)?.word;
}

export function subjectWithPath<W extends TreeWord>(words: readonly W[], v: W, depth = 0): { word: W; path: SubjectPath } | undefined {
  if (depth > 6) return undefined;
  const own = firstChild(words, v, ["nsubj", "csubj"]);
  const head = v.head >= 0 ? words[v.head] : undefined;
  if (own) {
    if (!RELATIVE_PRONOUNS.has(own.form.toLowerCase())) return { word: own, path: "own" };
    // "groups that are backed by Iran and which launch attacks": the relative clause (or the one it is
    // coordinated with) hangs from the antecedent
    const rel = v.deprel === "acl:relcl" ? v : baseRel(v) === "conj" && head?.deprel === "acl:relcl" ? head : undefined;
    // a question's "who"; a "which" the parse did not hang under its antecedent is left to other readings
    if (!rel) return own.form.toLowerCase() === "who" ? { word: own, path: "own" } : undefined;
    return rel.head >= 0 ? { word: words[rel.head]!, path: "antecedent" } : undefined;
  }
  if (!head) return undefined;
  const rel = baseRel(v);
  // an infinitive ("vowed to retaliate", "urged Israel to halt") takes its controller; other xcomps (a comma
  // participle the parser labelled so) are not control
  if (rel === "xcomp" && childrenWith(words, v, ["mark"]).some((m) => m.form.toLowerCase() === "to")) {
    const object = firstChild(words, head, ["obj", "iobj"]);
    if (object) return { word: object, path: "control" };
    const controller = subjectWithPath(words, head, depth + 1);
    return controller && { word: controller.word, path: controller.path === "own" ? "control" : controller.path };
  }
  const shared = (x: { word: W; path: SubjectPath } | undefined) => x && { word: x.word, path: "shared" as const };
  if (rel === "conj" && (head.upos === "VERB" || head.upos === "AUX" || childrenWith(words, head, ["nsubj", "cop"]).length)) return shared(subjectWithPath(words, head, depth + 1));
  if (rel === "acl") return { word: head, path: "shared" };
  if (rel === "advcl" && v.xpos === "VBG" && !firstChild(words, v, ["mark"])) return shared(subjectWithPath(words, head, depth + 1));
  return undefined;
}

/** The direct object of `v` (its first "obj"; "iobj" when only that is there). */
export function objectWord<W extends TreeWord>(words: readonly W[], v: W): W | undefined {
  return firstChild(words, v, ["obj"]) ?? firstChild(words, v, ["iobj"]);
}

/** The agent of a passive: "by X" (obl:agent, or an obl whose preposition is "by"). */
export function agentWord<W extends TreeWord>(words: readonly W[], v: W): W | undefined {
  const agent = firstChild(words, v, ["obl:agent"]);
  if (agent) return agent;
  return childrenWith(words, v, ["obl"]).find((o) => prepositionOf(words, o) === "by");
}

/** The preposition marking a nominal ("on" for "on the city"), lower case, or undefined. */
export function prepositionOf<W extends TreeWord>(words: readonly W[], w: W): string | undefined {
  const c = childrenWith(words, w, ["case"]);
  return c.length ? c.map((x) => x.form.toLowerCase()).join(" ") : undefined;
}

/** "did not attack", "never attacked", "n't": a negation on the verb itself. */
export function isNegated<W extends TreeWord>(words: readonly W[], v: W): boolean {
  return v.children.some((c) => NEGATORS.has(words[c]!.form.toLowerCase()) && (baseRel(words[c]!) === "advmod" || words[c]!.deprel === "det"));
}

/** All auxiliaries of `v` ("has", "been", "was"), lower case. */
export function auxiliaries<W extends TreeWord>(words: readonly W[], v: W): string[] {
  return childrenWith(words, v, ["aux", "aux:pass"]).map((a) => a.form.toLowerCase());
}

/** Modal auxiliaries of `v` ("will", "could"), lower case. */
export function modals<W extends TreeWord>(words: readonly W[], v: W): string[] {
  return childrenWith(words, v, ["aux"]).filter((a) => a.xpos === "MD").map((a) => a.form.toLowerCase());
}

/** Coordinated members of a nominal: itself and its conj dependents, in order. */
export function members<W extends TreeWord>(words: readonly W[], w: W): W[] {
  return [w, ...childrenWith(words, w, ["conj"])];
}

/** Relations that leave a noun phrase: clauses, appositions, coordination and punctuation around it. */
const OUTSIDE_PHRASE = new Set(["acl", "advcl", "appos", "conj", "cc", "punct", "parataxis", "dep", "discourse", "list", "reparandum", "vocative", "dislocated", "orphan"]);

/** The first and last word (indices into words) of `w` and the descendants reached through dependents `enters`
 * lets in; iterative, so a sentence of any depth is safe. */
function extent<W extends TreeWord>(words: readonly W[], w: W, enters: (dependent: W) => boolean): [number, number] {
  let from = w.i, to = w.i;
  const stack = [w];
  while (stack.length) {
    for (const c of stack.pop()!.children) {
      const cw = words[c]!;
      if (!enters(cw)) continue;
      if (cw.i < from) from = cw.i;
      if (cw.i > to) to = cw.i;
      stack.push(cw);
    }
  }
  return [from, to];
}

/** The word span [from, to] (indices into words) of the noun phrase headed by `w`: the head with its
 * determiners, modifiers, compounds and prepositional complements, not its clauses, appositions or conjuncts. */
export function phraseSpan<W extends TreeWord>(words: readonly W[], w: W): [number, number] {
  const [first, to] = extent(words, w, (c) => !OUTSIDE_PHRASE.has(baseRel(c)));
  let from = first;
  // the case marker of the head itself ("on the city") belongs to the clause, not the phrase
  while (from < w.i && words[from]!.head === w.i && baseRel(words[from]!) === "case") from++;
  return [from, to];
}

/** The word span [from, to] of `w`'s whole subtree (a clause with everything in it). */
export function subtreeSpan<W extends TreeWord>(words: readonly W[], w: W): [number, number] {
  return extent(words, w, () => true);
}

/** A predicate: a verb, a word with a subject or copula of its own, or a sentence's root. */
function isPredicate<W extends TreeWord>(words: readonly W[], w: W): boolean {
  return w.upos === "VERB" || w.head < 0 || childrenWith(words, w, ["nsubj", "cop", "csubj"]).length > 0;
}

/** The predicate whose clause holds `w`: `w` itself when it is one, else its nearest predicate ancestor. */
export function clauseHeadOf<W extends TreeWord>(words: readonly W[], w: W): W {
  let x = w;
  for (let guard = 0; guard < words.length && !isPredicate(words, x) && x.head >= 0; guard++) x = words[x.head]!;
  return x;
}

/** The head word of a span of words [from, to]: the one whose head lies outside the span. */
export function spanHead<W extends TreeWord>(words: readonly W[], from: number, to: number): W | undefined {
  for (let i = from; i <= to; i++) {
    const h = words[i]!.head;
    if (h < from || h > to) return words[i];
  }
  return undefined;
}

/** Whether an adjunct headed by `adjunct` (a date, a place) modifies the clause or noun of `trigger`: it hangs
 * from the trigger itself, from the trigger's clause, or from the first of coordinated clauses the trigger's
 * clause belongs to ("attacked and seized the town on Sunday"). */
export function modifiesClauseOf<W extends TreeWord>(words: readonly W[], adjunct: W, trigger: W): boolean {
  if (adjunct.head < 0) return false;
  const governor = words[adjunct.head]!;
  if (governor.i === trigger.i) return true;
  const a = clauseHeadOf(words, governor), t = clauseHeadOf(words, trigger);
  if (a.i === t.i) return true;
  return baseRel(t) === "conj" && t.head === a.i || baseRel(a) === "conj" && a.head === t.i;
}
