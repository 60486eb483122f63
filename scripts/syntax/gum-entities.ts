// Named-entity spans from GUM's entity layer, the training data of the entity recogniser (src/lang/en/recognizer.ts).
//
// GUM marks every mention in the MISC column, nested, with coreference ids: `Entity=(1-person-new-sssss-cf1-1,2-coref-
// Daniel_Bernoulli` opens mention 1 (type person) on a word, `1)` closes it, `(5-place-...-Basel)` is a one-word
// mention. The fields after the type (information status, salience, centering, minimal span, link, identity) vary by
// document (`# global.Entity`); only the first two (id, type) are read here. Pronouns ("he"), descriptions ("the
// mosque") and names ("Daniel Bernoulli") are all mentions. sitrep wants the names, so each mention is reduced to a
// name span or dropped:
//
// 1. The mention's head is its word whose syntactic head lies outside the mention (the first such word that is not
//    punctuation). The mention is named when that head is a proper noun (gold UPOS PROPN). A pronoun or common noun
//    head ("he", "the Bernoulli family", "the mayor of London") makes no name, whatever proper nouns sit inside. (The
//    "PROPN before the head" reading suits head-final English noun phrases, but in UD a name's head is its FIRST
//    word — "Daniel" in "Daniel Bernoulli" (flat) — and "the Bush administration" or "Galois' cousin" hold a PROPN
//    before a common-noun head without being names.)
// 2. The name is the head with its name-internal dependents, recursively: flat, compound, fixed, amod, nummod,
//    goeswith ("Daniel Bernoulli", "New York", "Royal Society", "2022 FIFA World Cup", "Louis XV") — but not a
//    lower-case adjective or common noun ("the younger Bernoullis", "the worst World Cups") — and an `of`/`for`/
//    `de` nmod whose own head is a proper noun ("University of California", "Ministry of Defence", "Society for General
//    Systems Research"), with that nmod's case, determiners, coordination and name-internal words ("Institute of
//    History and Philology"). A title (nmod:desc: "President", "General", "Mr.") belongs to a person's role, not the
//    name, and is left out of person names as sitrep's own name finder strips titles — but is kept in other names,
//    where it is part of the name ("St. Petersburg"). Appositions ("Daniel Bernoulli FRS"), possessors ("Berkeley's
//    Department of Linguistics"), other prepositional modifiers ("the Royal Academy in the Louvre"), relative clauses
//    and conjuncts ("Niklaus and Johann II") stay out. The span is the first to the last of these words, so the
//    punctuation inside ("al-Ahali", "Bourg-la-Reine") is kept and a leading determiner is not ("the Continental
//    Army" → "Continental Army": dictionary look-ups want the bare name).
// 3. Nested names keep the OUTERMOST: "University of Paris" (organization) rather than "Paris" (place) inside it,
//    as flat NER corpora (CoNLL, OntoNotes) do and as sitrep wants (the organisation is the actor; the place inside
//    its name is no event location). A name inside an unnamed mention ("the mayor of London") still counts, since
//    that mention made no name. Spans are taken longest first, each kept when it overlaps none kept already.
// 4. Types: person → PERSON, organization → ORGANIZATION, place → PLACE; event, object, abstract, substance, animal
//    and plant names ("American Revolutionary War", "Arabic", ship and book titles) → OTHER; time is dropped (dates
//    are the time stage's).
import type { ConlluSentence, ConlluWord } from "../../src/lang/en/conllu.ts";
import type { EntitySpan } from "../../src/lang/en/recognizer.ts";

/** One GUM mention: word indices (0-based, end exclusive), GUM's entity type and id. */
export interface GumMention {
  id: string;
  type: string;
  start: number;
  end: number;
}

/** GUM entity type → the recogniser's type; types not listed are dropped. */
export const GUM_TYPE_MAP: Readonly<Record<string, string>> = {
  person: "PERSON",
  organization: "ORGANIZATION",
  place: "PLACE",
  event: "OTHER",
  object: "OTHER",
  abstract: "OTHER",
  substance: "OTHER",
  animal: "OTHER",
  plant: "OTHER",
};

/** The value of `Entity=` in a MISC column, or "" when it has none. */
function entityField(misc: string): string {
  for (const part of misc.split("|")) if (part.startsWith("Entity=")) return part.slice("Entity=".length);
  return "";
}

/**
 * Mentions of one sentence, in the order they open (an outer mention before an inner one opening on the same word).
 * A closing `id)` closes the most recently opened mention with that id. Throws on unbalanced brackets.
 */
export function gumMentions(words: readonly ConlluWord[]): GumMention[] {
  const out: (GumMention & { order: number })[] = [];
  const open: (GumMention & { order: number })[] = [];
  let order = 0;
  words.forEach((w, i) => {
    const field = entityField(w.misc);
    let pos = 0;
    while (pos < field.length) {
      if (field[pos] === "(") {
        let e = pos + 1;
        while (e < field.length && field[e] !== "(" && field[e] !== ")") e++;
        const parts = field.slice(pos + 1, e).split("-");
        const m = { id: parts[0] ?? "", type: parts[1] ?? "", start: i, end: -1, order: order++ };
        if (field[e] === ")") {
          m.end = i + 1;
          out.push(m);
          e++;
        } else open.push(m);
        pos = e;
      } else {
        const close = /^([^()\-]+)\)/.exec(field.slice(pos));
        if (!close) throw new Error(`bad Entity field on word ${w.id}: ${field}`);
        let k = open.length - 1;
        while (k >= 0 && open[k]!.id !== close[1]) k--;
        if (k < 0) throw new Error(`Entity ${close[1]} closed on word ${w.id} but never opened`);
        const m = open.splice(k, 1)[0]!;
        m.end = i + 1;
        out.push(m);
        pos += close[0].length;
      }
    }
  });
  if (open.length) throw new Error(`Entity ${open.map((m) => m.id).join(", ")} never closed in the sentence`);
  return out.sort((a, b) => a.order - b.order).map(({ id, type, start, end }) => ({ id, type, start, end }));
}

/** The mention's head word: the first non-punctuation word whose head lies outside the mention. */
export function mentionHead(words: readonly ConlluWord[], start: number, end: number): number {
  let fallback = -1;
  for (let i = start; i < end; i++) {
    const h = words[i]!.head - 1;
    if (h >= start && h < end) continue;
    if (words[i]!.upos !== "PUNCT") return i;
    if (fallback < 0) fallback = i;
  }
  return fallback < 0 ? start : fallback;
}

const NAME_INTERNAL = /^(flat|compound|fixed|amod|nummod|goeswith)(:|$)/;
const NAME_PREPOSITIONS = new Set(["of", "for", "de", "du", "des", "del", "della", "di", "da", "von", "van"]);

/** Word indices of the name headed by `head` within [start, end), per rule 2 above. */
function nameWords(words: readonly ConlluWord[], head: number, start: number, end: number, person: boolean): number[] {
  const children: number[][] = words.map(() => []);
  words.forEach((w, i) => {
    if (w.head > 0 && i >= start && i < end) children[w.head - 1]!.push(i);
  });
  const isOfNmod = (i: number) =>
    /^nmod(:|$)/.test(words[i]!.deprel) &&
    !/^nmod:(poss|desc|unmarked|npmod|tmod)/.test(words[i]!.deprel) &&
    words[i]!.upos === "PROPN" &&
    children[i]!.some((c) => words[c]!.deprel === "case" && NAME_PREPOSITIONS.has(words[c]!.form.toLowerCase()) && c < i);
  const out: number[] = [];
  const visit = (i: number, inner: boolean) => {
    out.push(i);
    for (const c of children[i]!) {
      const rel = words[c]!.deprel;
      // a lower-case adjective or common noun is a description, not part of the name ("the younger Bernoullis")
      const described = /^(amod|compound)(:|$)/.test(rel) && words[c]!.upos !== "PROPN" && /^\p{Ll}/u.test(words[c]!.form);
      if ((NAME_INTERNAL.test(rel) && !described) || (rel === "nmod:desc" && !person) || isOfNmod(c)) visit(c, true);
      // inside an of-nmod the name also takes its preposition, articles and coordination
      else if (inner && /^(case|det|cc|conj)(:|$)/.test(rel) && c > head) visit(c, true);
    }
  };
  visit(head, false);
  return out;
}

/** The name span of one mention, or null when the mention is not named (rules 1 and 2). */
export function mentionName(words: readonly ConlluWord[], m: GumMention): { start: number; end: number } | null {
  const head = mentionHead(words, m.start, m.end);
  if (words[head]!.upos !== "PROPN") return null;
  const inside = nameWords(words, head, m.start, m.end, m.type === "person").filter((i) => words[i]!.upos !== "PUNCT");
  return { start: Math.min(...inside), end: Math.max(...inside) + 1 };
}

/** The named-entity spans of one GUM sentence, sorted by start (rules 1-4 above). */
export function gumNamedEntities(words: readonly ConlluWord[], typeMap: Readonly<Record<string, string>> = GUM_TYPE_MAP): EntitySpan[] {
  const candidates: (EntitySpan & { order: number })[] = [];
  gumMentions(words).forEach((m, order) => {
    const type = typeMap[m.type];
    if (!type) return;
    const span = mentionName(words, m);
    if (span) candidates.push({ ...span, type, order });
  });
  // longest first; of equal spans the one opened first (the outer mention)
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.order - b.order);
  const kept: EntitySpan[] = [];
  for (const c of candidates)
    if (!kept.some((k) => c.start < k.end && k.start < c.end)) kept.push({ start: c.start, end: c.end, type: c.type });
  return kept.sort((a, b) => a.start - b.start);
}

/** A sentence of forms, gold tags ("UPOS XPOS") and named-entity spans. */
export interface GumEntitySentence {
  forms: string[];
  tags: string[];
  entities: EntitySpan[];
}

export function gumEntitySentences(sentences: readonly ConlluSentence[], typeMap: Readonly<Record<string, string>> = GUM_TYPE_MAP): GumEntitySentence[] {
  return sentences.map((s) => ({
    forms: s.words.map((w) => w.form),
    tags: s.words.map((w) => `${w.upos} ${w.xpos}`),
    entities: gumNamedEntities(s.words, typeMap),
  }));
}
