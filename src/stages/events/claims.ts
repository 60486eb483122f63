// Claims of responsibility: "X claimed responsibility for the bombing", "X took credit for the attack", "X claimed
// the attack". Owning an act is no accusation: the claimant is the act's source, and the act is the event the
// claim names (an earlier one when the noun refers back to it: dedupe merges a definite nominal into it).
import type { Doc } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import type { Actor } from "../../schema.ts";
import { actorOf } from "./actors.ts";
import type { NounPhrase } from "./phrases.ts";
import type { NominalTrigger } from "./triggers.ts";

/** Verbs that own an act with "responsibility"/"credit" ("claimed", "took", "accepted", "assumed", "admitted"). */
const CLAIM_VERBS = new Set(["claim", "take", "accept", "assume", "admit", "acknowledge", "bear"]);
const OWNING = new Set(["responsibility", "credit"]);
const NEGATORS = new Set(["not", "n't", "never", "no", "nobody", "none"]);

export interface ClaimVerb {
  v: number;
  lemma: string;
  subj: NounPhrase | null;
  clause: { from: number; to: number };
}

/** Whether verb `c` owns an act: "claimed responsibility/credit for", or "claimed" an act noun directly. */
export function isResponsibilityClaim(doc: Doc, c: ClaimVerb): boolean {
  if (!CLAIM_VERBS.has(c.lemma)) return false;
  for (let k = c.v + 1; k < Math.min(c.clause.to, c.v + 4); k++) if (OWNING.has(doc.tokens[k]!.key)) return true;
  return false;
}

const SAY_VERBS = new Set(["say", "declare", "announce", "state", "confirm", "admit", "acknowledge"]);
const SELF_PRONOUNS = new Set(["it", "they", "we"]);
const BE_FORMS = new Set(["was", "were", "is", "are", "had", "has", "have", "been"]);

/** "X said it was responsible for the attack": the speaker owns the act (its own pronoun as the content's subject). */
function saysResponsible(doc: Doc, c: ClaimVerb): boolean {
  if (!SAY_VERBS.has(c.lemma)) return false;
  const T = doc.tokens;
  let k = c.v + 1;
  if (T[k]?.key === "that") k++;
  if (!SELF_PRONOUNS.has(T[k]?.key ?? "")) return false;
  k++;
  while (k < c.v + 7 && BE_FORMS.has(T[k]?.key ?? "")) k++;
  return T[k]?.key === "responsible" && T[k + 1]?.key === "for";
}

/** The act nominals named by claims in the sentence, each with its claimant; denied or absent claims ("no group has claimed") give none. */
export function claimedActs(doc: Doc, kb: Knowledge, verbs: readonly ClaimVerb[], nominals: readonly NominalTrigger[]): Map<NominalTrigger, Actor> {
  const out = new Map<NominalTrigger, Actor>();
  const T = doc.tokens;
  for (const c of verbs) {
    const owning = isResponsibilityClaim(doc, c) || saysResponsible(doc, c);
    // "IS claimed the attack": the act noun as the claim's own object
    const direct = c.lemma === "claim" && !owning;
    if (!owning && !direct) continue;
    if (!c.subj || T[c.subj.from]!.key === "no" || NEGATORS.has(T[c.v - 1]?.key ?? "") || NEGATORS.has(T[c.v - 2]?.key ?? "")) continue;
    const claimant = actorOf(doc, kb, c.subj);
    if (!claimant) continue;
    // the act: the first violent nominal of "for ..." (owning) or of the object (direct), within the clause
    const startAt = c.v + 1;
    for (const n of nominals) {
      if (n.head <= c.v || n.head >= Math.max(c.clause.to, owning ? c.v + 12 : 0) || Number(n.entry.code.slice(0, 2)) < 18) continue;
      // "claimed the attack was ...": the noun is what the claim asserts about, not the act owned
      if (direct && (n.from > startAt + 4 || ["VERB", "AUX"].includes(T[n.to]?.pos ?? ""))) break;
      if (owning && !T.slice(startAt, n.from).some((t) => t.key === "for")) continue;
      out.set(n, claimant);
      break;
    }
  }
  return out;
}
