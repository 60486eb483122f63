// Shared test helpers: the real knowledge and the real pipeline, run on sentences written for the tests.
import { annotate, extract } from "../src/pipeline.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import type { Doc } from "../src/doc.ts";
import type { ExtractionDocument } from "../src/schema.ts";

export const kb = () => loadKnowledge();

/** Runs the pipeline up to a stage (all stages by default) and returns the Doc. */
export function annotateText(text: string, published = "2021-06-28", until?: string): Doc {
  return annotate({ text, published }, kb(), until);
}

export function extractText(text: string, published = "2021-06-28"): ExtractionDocument {
  return extract({ text, published }, kb());
}
