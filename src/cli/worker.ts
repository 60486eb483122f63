// sitrep worker --db postgres://... --queue redis://... [--concurrency N]: takes queued documents, extracts and
// merges them into the store until stopped (SIGINT/SIGTERM finish the jobs in hand). Run as many as there are
// cores, on as many machines as wanted, against one PostgreSQL and one Redis.
import type { Command } from "commander";
import { openStore, dbLabel } from "../store/open.ts";
import { startQueueWorker } from "../app/worker.ts";

export function queueUrl(option?: string): string {
  const url = option || process.env.SITREP_QUEUE;
  if (!url) throw new Error("no queue: give --queue redis://host:port or set SITREP_QUEUE");
  return url;
}

export function registerWorker(program: Command): void {
  program.command("worker").description("Ingest documents queued with `sitrep ingest --queue` (extract, merge, store) until stopped.")
    .option("--db <url>", "store: postgres:// URL for several workers (default $SITREP_DB or ./sitrep.db)")
    .option("--queue <url>", "Redis queue: redis://host:port[/db][?queue=name] (default $SITREP_QUEUE)")
    .option("--concurrency <n>", "documents extracted at once by this worker (threads)", "1")
    .option("-q, --quiet", "no line per document")
    .action(async (o: { db?: string; queue?: string; concurrency: string; quiet?: boolean }) => {
      const concurrency = Number(o.concurrency);
      if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) throw new Error(`--concurrency must be a whole number from 1 to 64, not "${o.concurrency}"`);
      const url = queueUrl(o.queue);
      const store = openStore(o.db);
      const worker = await startQueueWorker(store, url, {
        concurrency,
        onJob: (id, out) => { if (!o.quiet) console.log(`${out.status} ${id.slice(0, 12)} ${out.events} events`); },
      });
      console.error(`sitrep worker: ${concurrency} at a time from ${url} into ${dbLabel(o.db)}`);
      await new Promise<void>((resolve) => {
        const stop = () => resolve();
        process.once("SIGINT", stop);
        process.once("SIGTERM", stop);
      });
      console.error("sitrep worker: finishing the jobs in hand");
      await worker.stop();
      await store.close();
    });
}
