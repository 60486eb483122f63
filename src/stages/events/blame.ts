// Responsibility named apart from the act: "..., for which the FMLN guerrillas are being held responsible",
// "Police blamed the Shining Path for the blast", "The attack was attributed to the ELN", "X claimed
// responsibility" in a sentence of its own. The party named is the source of the violent events told in that
// sentence or just before it that name no source. Read from the parse; runs after dedupe, as tolls do.
import type { Doc, Word } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import type { Actor } from "../../schema.ts";
import { childrenWith, isNegated, prepositionOf, subjectWithPath } from "../../lang/en/tree.ts";
import { actorOf } from "./actors.ts";
import type { Draft } from "./draft.ts";
import { wordPhrase } from "./tree-args.ts";

/** acts of force a party can be blamed for: assaults, and seizing or destroying property (171x) */
const violent = (d: Draft) => Number(d.code.slice(0, 2)) >= 18 || d.code.startsWith("171");
/** how many sentences back a named party still reaches */
const REACH = 2;

export function carryBlame(doc: Doc, kb: Knowledge, drafts: Draft[]): void {
  // the drafts of each sentence, so a sentence that blames reads those of its reach, not every draft
  const bySentence = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = bySentence.get(d.sentence);
    if (list) list.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  for (const s of doc.sentences) {
    if (s.kind !== "body") continue;
    const party = blamedIn(doc, kb, s.tokenStart, s.tokenEnd);
    if (!party) continue;
    for (let k = s.index - REACH; k <= s.index; k++)
      for (const d of bySentence.get(k) ?? []) {
        if (d.source || !violent(d) || d.modality === "negated") continue;
        d.source = party;
      }
  }
}

const LEMMA = (doc: Doc, w: Word) => doc.tokens[w.token]!.lemma;

/** The party a sentence holds responsible for an act, or null. */
function blamedIn(doc: Doc, kb: Knowledge, from: number, to: number): Actor | null {
  let cue = -1;
  for (let k = from; k < to && cue < 0; k++) if (BLAME_WORDS.has(doc.tokens[k]!.lemma) || BLAME_WORDS.has(doc.tokens[k]!.key)) cue = k;
  if (cue < 0) return null;
  const words = doc.words;
  for (let k = cue; k < to; k++) {
    const t = doc.tokens[k]!;
    if (!BLAME_WORDS.has(t.lemma) && !BLAME_WORDS.has(t.key)) continue;
    const w = doc.wordOfToken(k);
    if (!w || isNegated(words, w)) continue;
    const party = partyOf(doc, words, w);
    // "no group has claimed responsibility", "nobody was held responsible"
    if (!party || /^(?:nobody|none|noone)$/i.test(party.form) || childrenWith(words, party, ["det"]).some((d) => /^no$/i.test(d.form))) continue;
    const actor = actorOf(doc, kb, wordPhrase(doc, party));
    if (actor) return actor;
  }
  return null;
}

const BLAME_WORDS = new Set(["responsible", "blame", "attribute", "responsibility"]);

/** The word naming the party a responsibility word points at. */
function partyOf(doc: Doc, words: readonly Word[], w: Word): Word | undefined {
  const lemma = LEMMA(doc, w);
  if (lemma === "responsible") {
    // "X is responsible for", "X are held responsible" (the subject of the verb "responsible" complements)
    const own = subjectWithPath(words, w)?.word;
    if (own) return own;
    const head = w.head >= 0 ? words[w.head] : undefined;
    if (head && (w.deprel === "xcomp" || w.deprel === "acl")) return subjectWithPath(words, head)?.word ?? undefined;
    return undefined;
  }
  if (lemma === "responsibility") {
    // "X claimed responsibility" (not "denied responsibility")
    const verb = w.head >= 0 ? words[w.head] : undefined;
    if (!verb || !["claim", "accept", "assume", "take", "admit"].includes(LEMMA(doc, verb)) || isNegated(words, verb)) return undefined;
    return subjectWithPath(words, verb)?.word;
  }
  if (lemma === "blame") {
    // "blamed the attack on X" | "blamed X for the attack" | "X was blamed for"
    const on = childrenWith(words, w, ["obl"]).find((c) => prepositionOf(words, c) === "on");
    if (on) return on;
    const pass = childrenWith(words, w, ["nsubj:pass"])[0];
    if (pass) return pass;
    return childrenWith(words, w, ["obj"])[0];
  }
  if (lemma === "attribute") return childrenWith(words, w, ["obl"]).find((c) => prepositionOf(words, c) === "to");
  return undefined;
}
