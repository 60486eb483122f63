// The ingest application service: read items → skip what the store already holds (by content hash, before the
// costly extraction) → extract → add to the store (which merges, corpus/merge.ts), one atomic document at a time.
// A failure is counted, named and skipped. The CLI, the HTTP server's uploads and the queue's workers all use it.
import type { Article } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { ExtractionDocument } from "../schema.ts";
import type { AddResult, Store } from "../store/store.ts";
import type { InputItem } from "../ingest/types.ts";
import { extract } from "../pipeline.ts";
import { contentId } from "../output.ts";
import { validateDocument } from "../schema.ts";
import { inOrder, PoolError, type ExtractorPool } from "../ingest/extractor-pool.ts";

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

/** How an article becomes a checked extraction document: in this thread, or on a pool's worker. */
export type Extractor = (article: Article) => Promise<ExtractionDocument>;
export const inThread = (kb: () => Knowledge): Extractor => async (article) => validateDocument(extract(article, kb()));
export const onPool = (pool: ExtractorPool): Extractor => async (article) => JSON.parse(await pool.submit(article)) as ExtractionDocument;

/** An item's outcome before storing (failed, already stored) or the document to store. */
export type Step = { outcome: ItemOutcome } | { doc: ExtractionDocument };

/** Skips what the store already holds (by content hash, before the costly extraction), then extracts. */
export async function extractStep(item: InputItem, store: Store, extractor: Extractor): Promise<Step> {
  if (item.error !== undefined) return { outcome: { status: "failed", error: item.error } };
  const id = contentId(item.article.text);
  if (await store.hasDocument(id)) return { outcome: { status: "duplicate", id } };
  try {
    return { doc: await extractor(item.article) };
  } catch (e) {
    if (e instanceof PoolError) throw e;
    return { outcome: { status: "failed", error: `${item.name}: extraction failed: ${(e as Error).message}` } };
  }
}

export async function storeStep(item: InputItem, step: Step, store: Store): Promise<ItemOutcome> {
  if ("outcome" in step) return step.outcome;
  let result: AddResult;
  try {
    result = await store.addDocument(step.doc, { file: item.name });
  } catch (e) {
    // a store still locked after its busy timeout (or refusing a write) fails this document, not the run
    return { status: "failed", error: `${item.name}: not stored: ${(e as Error).message}` };
  }
  return result.status === "new" ? { status: "new", result, doc: step.doc } : { status: "duplicate", id: step.doc.document.id };
}

/**
 * Ingests items in input order. With a pool of several workers, extraction runs a few dozen items ahead on them
 * while this thread stores the finished ones one at a time, in order (the store has one writer, and merges see
 * reports in the same order whatever the number of workers); without, each item is extracted here, then stored.
 */
export async function ingestItems(items: Iterable<InputItem> | AsyncIterable<InputItem>, store: Store, kb: Knowledge | (() => Knowledge),
  onItem?: (item: InputItem, outcome: ItemOutcome) => void, pool?: ExtractorPool): Promise<IngestSummary> {
  const s = emptySummary();
  const parallel = !!pool && pool.threaded;
  const extractor = parallel ? onPool(pool!) : inThread(typeof kb === "function" ? kb : () => kb);
  await inOrder(items, parallel ? pool!.size * 32 : 1, (item) => extractStep(item, store, extractor), async (item, step) => {
    const outcome = await storeStep(item, step, store);
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
  });
  return s;
}

/** Ingests one item: skipped when stored, else extracted and added (a queue worker's job). */
export async function ingestOne(item: InputItem, store: Store, extractor: Extractor): Promise<ItemOutcome> {
  return storeStep(item, await extractStep(item, store, extractor), store);
}
