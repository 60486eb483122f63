// The party a protest, demand, accusation or inquiry is about when no object names it: the one its content
// holds responsible ("a hunger strike to demand the release of detainees held by the army", "rallies against
// the government's fuel price rise", "an inquiry into crimes by militia fighters"); and the party an act of
// support is for ("in support of X").
import type { Doc } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import type { Actor } from "../../schema.ts";
import { actorOf } from "./actors.ts";
import { nounPhraseLeft, nounPhraseRight } from "./phrases.ts";

/** CAMEO roots whose target is the party their content holds responsible: investigate, demand, disapprove, reject, protest */
const CONTENT_ROOTS = new Set(["09", "10", "11", "12", "14"]);
const OTHER_LINKS = new Set(["of", "from", "against", "on", "over", "to"]);

const named = (a: Actor | null): a is Actor => !!a && (!!a.country || !!a.entity);

export function hasContentTarget(code: string): boolean {
  return CONTENT_ROOTS.has(code.slice(0, 2));
}

/** The party held responsible in tokens [from, to): an agent ("by X") or a possessor ("X's") first, else a named party after of/from/against. */
export function contentTarget(doc: Doc, kb: Knowledge, from: number, to: number, source: Actor | null): Actor | null {
  const T = doc.tokens;
  const notSource = (a: Actor) => !source || source.start === undefined || a.end! <= source.start || a.start! >= source.end! ;
  let fallback: Actor | null = null;
  for (let k = from; k < to; k++) {
    const t = T[k]!;
    // ", officials said", ", according to ...": the source of the report is not the content
    if (t.key === "," && reportTail(doc, kb, k + 1, to)) break;
    if (t.key === "by") {
      const a = actorOf(doc, kb, nounPhraseRight(doc, k + 1, to));
      if (named(a) && notSource(a)) return a;
    } else if (/'s?$/.test(t.key) && /'/.test(t.text) && (t.pos === "PROPN" || t.pos === "NOUN" || t.key === "'s")) {
      const np = nounPhraseLeft(doc, k, from);
      const a = np ? actorOf(doc, kb, { ...np, to: k + 1, head: t.key === "'s" ? k - 1 : k }) : null;
      if (named(a) && notSource(a)) return a;
    } else if (!fallback && OTHER_LINKS.has(t.key)) {
      const a = actorOf(doc, kb, nounPhraseRight(doc, k + 1, to));
      if (named(a) && notSource(a)) fallback = a;
    }
  }
  return fallback;
}

/** ", a spokesman said Monday", ", according to X": a reporting tail from k on. */
function reportTail(doc: Doc, kb: Knowledge, k: number, to: number): boolean {
  if (doc.tokens[k]?.key === "according") return true;
  for (let j = k; j < Math.min(to, k + 8); j++) {
    const t = doc.tokens[j]!;
    if (t.pos === "VERB" || t.pos === "AUX") return kb.lexicon.reportingVerbs.has(t.lemma) && !["call", "urge", "demand", "ask"].includes(t.lemma);
  }
  return false;
}

/** "in support of X", "in solidarity with X", "on behalf of X", "in favour of X": the party an act is for. */
export function beneficiary(doc: Doc, kb: Knowledge, from: number, to: number): Actor | null {
  const T = doc.tokens;
  for (let k = from; k + 1 < to; k++) {
    const a = T[k]!.key, b = T[k + 1]!.key;
    const link = (a === "support" || a === "behalf" || a === "favour" || a === "favor") && b === "of" || a === "solidarity" && b === "with";
    if (!link) continue;
    const actor = actorOf(doc, kb, nounPhraseRight(doc, k + 2, to));
    if (actor) return actor;
  }
  return null;
}
