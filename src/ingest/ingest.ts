// Ingest: read items → skip what the store already holds (by content hash, before the costly extraction) →
// extract → add to the store, one atomic document at a time. A failure is counted, named and skipped.
import type { Article } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { ExtractionDocument } from "../schema.ts";
import type { AddResult, Store } from "../store/store.ts";
import type { InputItem } from "./types.ts";
import { extract } from "../pipeline.ts";
import { contentId } from "../output.ts";
import { validateDocument } from "../schema.ts";

export interface IngestSummary {
  read: number;
  new: number;
  duplicate: number;
  failed: number;
  /** report events stored from the new documents */
  events: number;
  /** canonical events they founded, and reports that merged into existing ones */
  founded: number;
  merged: number;
  /** documents recognised as near-identical copies of ones already stored */
  syndicated: number;
  failures: string[];
}

export const emptySummary = (): IngestSummary => ({ read: 0, new: 0, duplicate: 0, failed: 0, events: 0, founded: 0, merged: 0, syndicated: 0, failures: [] });

export type ItemOutcome = { status: "new"; result: AddResult; doc: ExtractionDocument } | { status: "duplicate"; id: string } | { status: "failed"; error: string };

/** Extracts and stores one article. */
export async function ingestArticle(article: Article, name: string, store: Store, kb: Knowledge): Promise<ItemOutcome> {
  const id = contentId(article.text);
  if (await store.hasDocument(id)) return { status: "duplicate", id };
  let doc: ExtractionDocument;
  try {
    doc = validateDocument(extract(article, kb));
  } catch (e) {
    return { status: "failed", error: `${name}: extraction failed: ${(e as Error).message}` };
  }
  const result = await store.addDocument(doc, { file: name });
  return result.status === "new" ? { status: "new", result, doc } : { status: "duplicate", id };
}

export async function ingestItems(items: Iterable<InputItem> | AsyncIterable<InputItem>, store: Store, kb: Knowledge,
  onItem?: (item: InputItem, outcome: ItemOutcome) => void): Promise<IngestSummary> {
  const s = emptySummary();
  for await (const item of items) {
    s.read++;
    const outcome: ItemOutcome = item.error !== undefined ? { status: "failed", error: item.error } : await ingestArticle(item.article, item.name, store, kb);
    if (outcome.status === "failed") s.failed++, s.failures.push(outcome.error);
    else if (outcome.status === "duplicate") s.duplicate++;
    else {
      s.new++;
      s.events += outcome.result.events;
      s.founded += outcome.result.founded;
      s.merged += outcome.result.merged;
      if (outcome.result.syndicatedFrom) s.syndicated++;
    }
    onItem?.(item, outcome);
  }
  return s;
}
