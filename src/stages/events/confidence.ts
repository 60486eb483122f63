// How sure an event is: named features of the mention (how it was found, its clause and modality, its parties,
// its place in the article, whether the article restates it) weighed by the trained calibration
// (knowledge/calibration.ts). The features are the model's contract with scripts/train-confidence.ts, which
// fits the weights to development events judged right or wrong; the hand-set score the events stage keeps
// (`prior`) is one of them.
import type { Doc } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import type { Calibration } from "../../knowledge/calibration.ts";
import type { Draft } from "./draft.ts";

const QUADS = ["vcoop", "mcoop", "vconf", "mconf"] as const;
const CLAUSES = ["relative", "subordinate", "complement", "coord", "participle", "infinitive"] as const;
const OTHER_MODALITIES = ["negated", "intended", "threatened", "conditional", "hypothetical", "reported_denied"] as const;

/** Every feature the stage computes, in a fixed order. */
export const CONFIDENCE_FEATURES: readonly string[] = [
  "prior", "noun", "specific", "definite", "source", "target", "source.entity", "target.entity", "source.country", "target.country",
  "reported", "own_date", "toll", "lead", "late", "mentions", "crowded", "upper_case", "senses", "one_sense",
  ...QUADS.map((q) => `quad.${q}`), ...CLAUSES.map((c) => `clause.${c}`), ...OTHER_MODALITIES.map((m) => `modality.${m}`),
];
const KNOWN = new Set(CONFIDENCE_FEATURES);

/** Where a draft stands in its article: drafts of the article it absorbed (itself included), surviving drafts in
 *  its sentence, and the index of the first body sentence. */
export interface DraftContext { mentions: number; inSentence: number; firstBody: number }

/** The features of one surviving draft of event type `type`. */
export function confidenceFeatures(d: Draft, doc: Doc, kb: Knowledge, type: string, at: DraftContext): Map<string, number> {
  const f = new Map<string, number>();
  const on = (name: string, yes: unknown) => { if (yes) f.set(name, 1); };
  // the hand-set score on the logit scale, so that a weight can stretch it as well as shift it
  f.set("prior", Math.log(d.confidence / (1 - d.confidence)));
  on("noun", d.kind === "noun");
  on("specific", d.specific);
  on("definite", d.definite);
  on("source", d.source);
  on("target", d.target);
  on("source.entity", d.source?.entity);
  on("target.entity", d.target?.entity);
  on("source.country", d.source?.country);
  on("target.country", d.target?.country);
  on("reported", d.reportedBy);
  on("own_date", d.date && d.date.basis !== "publication date" && d.date.basis !== "none");
  on("toll", d.fatalities !== null || d.injuries !== null);
  const body = d.sentence - at.firstBody;
  on("lead", body <= 1);
  on("late", body >= 12);
  f.set("mentions", Math.min(3, at.mentions) - 1);
  on("crowded", at.inSentence >= 3);
  on("upper_case", doc.upperCase);
  if (d.kind === "verb") {
    const senses = kb.lexicon.senseCount(d.lemma);
    f.set("senses", Math.min(senses, 8) / 8);
    on("one_sense", senses === 1);
  }
  const quad = kb.ontology.quadClassOfType(type);
  if (quad) on(`quad.${QUADS[quad - 1]}`, true);
  if (d.clause.kind !== "main") on(`clause.${d.clause.kind}`, true);
  if (d.modality !== "asserted") on(`modality.${d.modality}`, true);
  return f;
}

/** The index of the article's first body sentence (after the headline and dateline lines). */
export function firstBodySentence(doc: Doc): number {
  let first = 0;
  while (first < doc.sentences.length && doc.sentences[first]!.kind === "headline") first++;
  return first;
}

const checked = new WeakSet<Calibration>();

/** The calibrated probability that the event is right. */
export function calibratedConfidence(calibration: Calibration, features: ReadonlyMap<string, number>): number {
  if (!checked.has(calibration)) {
    const unknown = calibration.unknownFeatures(KNOWN);
    if (unknown.length) throw new Error(`the confidence model names features the events stage does not compute (${unknown.join(", ")}): run npm run train:confidence`);
    checked.add(calibration);
  }
  return calibration.probability(features);
}
