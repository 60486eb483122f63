// The pipeline: one Doc flows through the stages in order, each adding its layer; the result is the extraction
// document. Pure and deterministic: same text, publication date and knowledge give the same document.
import { Doc, type Article } from "./doc.ts";
import type { Knowledge } from "./knowledge/index.ts";
import { textStage } from "./stages/text.ts";
import { syntaxStage } from "./stages/syntax.ts";
import { entitiesStage } from "./stages/entities.ts";
import { timeStage } from "./stages/time.ts";
import { placesStage } from "./stages/places.ts";
import { quotesStage } from "./stages/quotes.ts";
import { eventsStage } from "./stages/events.ts";
import { toExtractionDocument } from "./output.ts";
import type { ExtractionDocument } from "./schema.ts";

export type Stage = (doc: Doc, kb: Knowledge) => void;

/** The stages in order; each reads the layers of those before it. */
export const STAGES: ReadonlyArray<readonly [string, Stage]> = [
  ["text", (doc) => textStage(doc)],
  ["syntax", syntaxStage],
  ["entities", entitiesStage],
  ["time", timeStage],
  ["places", placesStage],
  ["quotes", quotesStage],
  ["events", eventsStage],
];

/** Runs the stages up to and including `until` (all by default) and returns the Doc. */
export function annotate(article: Article, kb: Knowledge, until?: string): Doc {
  const doc = new Doc(article);
  for (const [name, stage] of STAGES) {
    stage(doc, kb);
    if (name === until) break;
  }
  return doc;
}

/** Article in, extraction document out. */
export function extract(article: Article, kb: Knowledge): ExtractionDocument {
  return toExtractionDocument(annotate(article, kb));
}
