// Events stage: for each trigger in the body sentences, who did what to whom, when, where and how surely.
// The work is split across src/stages/events/: triggers (lexicon + patterns → CAMEO code), clauses and phrases
// (shallow syntax), arguments (source/target from structure), actors (phrase → entity-linked actor), coding
// (embedded-event arithmetic and ontology fields), modality, dating, location, effects and dedupe.
import type { Doc } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { Event } from "../schema.ts";
import { extractDrafts } from "./events/extract.ts";
import { dedupe } from "./events/dedupe.ts";
import { ontologyFields } from "./events/coding.ts";
import { carryTolls } from "./events/tolls.ts";
import { carryBlame } from "./events/blame.ts";
import { calibratedConfidence, confidenceFeatures, firstBodySentence } from "./events/confidence.ts";
import type { Draft } from "./events/draft.ts";

export function eventsStage(doc: Doc, kb: Knowledge): void {
  const all = extractDrafts(doc, kb);
  const drafts = dedupe(all);
  carryTolls(doc, kb, drafts);
  carryBlame(doc, kb, drafts);
  const mentions = new Map<Draft, number>(), inSentence = new Map<number, number>();
  for (let d of all) {
    while (d.mergedInto) d = d.mergedInto;
    mentions.set(d, (mentions.get(d) ?? 0) + 1);
  }
  for (const d of drafts) inSentence.set(d.sentence, (inSentence.get(d.sentence) ?? 0) + 1);
  const firstBody = firstBodySentence(doc);
  const events: Event[] = [];
  doc.eventFeatures = [];
  for (const d of drafts) {
    const fields = ontologyFields(kb, d.code, d.cue, d.source, d.target, d.victims);
    const features = confidenceFeatures(d, doc, kb, fields.type, { mentions: mentions.get(d) ?? 1, inSentence: inSentence.get(d.sentence) ?? 1, firstBody });
    doc.eventFeatures.push(features);
    const s = doc.sentences[d.sentence]!;
    const trigger = { start: doc.tokens[d.from]!.start, end: doc.tokens[d.to - 1]!.end };
    events.push({
      id: `v${events.length + 1}`,
      ...fields,
      source: d.source,
      target: d.target,
      date: d.date ? { value: d.date.value, text: d.date.text ?? null, precision: d.date.precision, basis: d.date.basis } : null,
      location: d.location,
      modality: d.modality,
      fatalities: d.fatalities,
      injuries: d.injuries,
      victims: d.victims,
      // three decimals: a calibrated probability is compressed, two would tie events the score tells apart
      confidence: Math.round(calibratedConfidence(kb.calibration, features) * 1000) / 1000,
      trigger: { ...trigger, text: doc.text.slice(trigger.start, trigger.end) },
      evidence: { start: s.start, end: s.end, text: doc.text.slice(s.start, s.end) },
      reportedBy: d.reportedBy,
    });
  }
  doc.events = events;
}
