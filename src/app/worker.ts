// A queue worker: takes ingest jobs from Redis and runs each through the ingest service (extract → merge → store).
// Extraction runs on a pool of `concurrency` threads so the event loop stays free to renew the jobs' locks; the
// store (PostgreSQL for many workers) serialises the merges. A document that cannot be extracted fails for good
// (kept in the failed list with its error); a store error fails the attempt and the queue retries it later.
import type { Store } from "../store/store.ts";
import { openExtractorPool } from "../ingest/extractor-pool.ts";
import { consumeQueue, PermanentJobError, type JobOutcome } from "../queue/ingest-queue.ts";
import { ingestOne, onPool } from "./ingest.ts";

export interface RunningWorker {
  /** finishes the jobs in hand, then stops */
  stop(): Promise<void>;
}

export async function startQueueWorker(store: Store, queueUrl: string, opts: { concurrency: number; onJob?: (id: string, outcome: JobOutcome) => void }): Promise<RunningWorker> {
  const pool = openExtractorPool(opts.concurrency, { validate: true });
  const extractor = onPool(pool);
  // knowledge loads before the first job is taken: loading it in this thread would hold up the job's lock renewal
  await extractor({ text: "Warm-up.", published: "2000-01-01" });
  await store.hasDocument(""); // the store is reachable (and migrated) before jobs are taken
  const consumer = consumeQueue(queueUrl, async (job, id) => {
    const outcome = await ingestOne({ name: job.name, article: job.article }, store, extractor);
    if (outcome.status === "failed") throw new PermanentJobError(outcome.error);
    const done: JobOutcome = outcome.status === "new"
      ? { status: "new", documentId: outcome.result.documentId, events: outcome.result.events }
      : { status: "duplicate", documentId: outcome.id, events: 0 };
    opts.onJob?.(id, done);
    return done;
  }, { concurrency: opts.concurrency });
  return {
    async stop() {
      await consumer.close();
      await pool.close();
    },
  };
}
