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
import { inOrder, PoolError, type ExtractorPool } from "./extractor-pool.ts";

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

/**
 * Ingests items in input order. With a pool, extraction runs on its worker threads a few dozen items ahead while
 * this thread stores the finished ones one at a time, in order (the store has one writer, and merges see reports
 * in the same order whatever the number of workers).
 */
export async function ingestItems(items: Iterable<InputItem> | AsyncIterable<InputItem>, store: Store, kb: Knowledge | (() => Knowledge),
  onItem?: (item: InputItem, outcome: ItemOutcome) => void, pool?: ExtractorPool): Promise<IngestSummary> {
  const s = emptySummary();
  const knowledge = typeof kb === "function" ? kb : () => kb;
  type Step = { outcome: ItemOutcome } | { article: Article; doc: ExtractionDocument };
  const extractAhead = async (item: InputItem): Promise<Step> => {
    if (item.error !== undefined) return { outcome: { status: "failed", error: item.error } };
    const id = contentId(item.article.text);
    if (await store.hasDocument(id)) return { outcome: { status: "duplicate", id } };
    try {
      return { article: item.article, doc: JSON.parse(await pool!.submit(item.article)) as ExtractionDocument };
    } catch (e) {
      if (e instanceof PoolError) throw e;
      return { outcome: { status: "failed", error: `${item.name}: extraction failed: ${(e as Error).message}` } };
    }
  };
  const store1 = async (item: InputItem, step: Step): Promise<ItemOutcome> => {
    if ("outcome" in step) return step.outcome;
    const result = await store.addDocument(step.doc, { file: item.name });
    return result.status === "new" ? { status: "new", result, doc: step.doc } : { status: "duplicate", id: step.doc.document.id };
  };
  const count = (item: InputItem, outcome: ItemOutcome) => {
    s.read++;
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
  };
  if (pool && pool.size > 1) {
    await inOrder(items, pool.size * 32, extractAhead, async (item, step) => count(item, await store1(item, step)));
    return s;
  }
  for await (const item of items) {
    count(item, item.error !== undefined ? { status: "failed", error: item.error } : await ingestArticle(item.article, item.name, store, knowledge()));
  }
  return s;
}
