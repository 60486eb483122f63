// sitrep ingest PATH|- ...: files, folders (recursively), feeds, JSON Lines and wire files into the store.
// A progress bar on a terminal; a summary at the end; bad inputs named on stderr and skipped.
import type { Command } from "commander";
import { SingleBar, Presets } from "cli-progress";
import { listFiles, readFile } from "../ingest/readers.ts";
import { checkDate } from "../ingest/decode.ts";
import { ingestItems, type IngestSummary } from "../app/ingest.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { dbLabel, openStore } from "../store/open.ts";
import { openExtractorPool, parseWorkers } from "../ingest/extractor-pool.ts";
import type { InputItem } from "../ingest/types.ts";
import type { IngestJob } from "../queue/ingest-queue.ts";

interface IngestOptions {
  db?: string;
  queue?: string;
  quiet?: boolean;
  json?: boolean;
  workers?: string;
  published?: string;
  source?: string;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("Read articles (files, folders, .txt/.md/.html/.jsonl, RSS/Atom feeds, wire files; '-' for stdin) into the store,\nextract their events and merge reports of the same event. Re-ingesting adds nothing.")
    .argument("<paths...>", "files or folders")
    .option("--db <file|url>", "SQLite file or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
    .option("--queue <url>", "queue the documents on Redis (redis://host:port[?queue=name]) for `sitrep worker` instead of ingesting here")
    .option("-q, --quiet", "no progress bar and no per-file errors, only the summary")
    .option("--json", "print the summary as JSON")
    .option("--published <date>", "publication date (YYYY-MM-DD) for articles that carry none, such as bare .txt files")
    .option("--source <name>", "publisher for articles that name none")
    .option("--workers <n>", "worker threads extracting at once (default: one per core, as memory allows); the store is written from one")
    .action(async (paths: string[], opts: IngestOptions) => {
      if (opts.queue) {
        const q = await runEnqueue(paths, opts, opts.queue);
        process.exitCode = q.failed && !q.queued && !q.alreadyQueued ? 1 : 0;
        return;
      }
      const s = await runIngest(paths, opts);
      process.exitCode = s.failed && !s.new && !s.duplicate ? 1 : 0;
    });
}

export function summaryLine(s: IngestSummary): string {
  return `read ${s.read}, new ${s.new}, duplicate ${s.duplicate}, failed ${s.failed}, events ${s.events} (${s.founded} new canonical, ${s.merged} merged into existing${s.syndicated ? `, ${s.syndicated} syndicated copies` : ""})`;
}

/** Items of the given paths, read one file at a time, with what the command line says filling in what they lack. */
function* readItems(files: string[], opts: IngestOptions, afterFile?: () => void): Generator<InputItem> {
  const published = checkDate(opts.published ?? null, "--published");
  for (const f of files) {
    for (const item of readFile(f))
      yield item.error !== undefined ? item : { ...item, article: { ...item.article, published: item.article.published ?? published, source: item.article.source ?? opts.source ?? null } };
    afterFile?.();
  }
}

/** `ingest --queue`: documents onto the Redis queue, by content hash (queued once however often they are given). */
export async function runEnqueue(paths: string[], opts: IngestOptions, url: string): Promise<{ read: number; queued: number; alreadyQueued: number; failed: number }> {
  const { IngestQueue } = await import("../queue/ingest-queue.ts");
  const queue = new IngestQueue(url);
  const s = { read: 0, queued: 0, alreadyQueued: 0, failed: 0 };
  let batch: IngestJob[] = [];
  const flush = async () => {
    const r = await queue.enqueue(batch);
    s.queued += r.queued, s.alreadyQueued += r.alreadyQueued, batch = [];
  };
  try {
    for (const item of readItems(paths.flatMap(listFiles), opts)) {
      s.read++;
      if (item.error !== undefined) {
        s.failed++;
        if (!opts.quiet) console.error(`sitrep ingest: ${item.error}`);
        continue;
      }
      batch.push({ name: item.name, article: item.article });
      if (batch.length >= 500) await flush();
    }
    if (batch.length) await flush();
    if (opts.json) console.log(JSON.stringify({ queue: queue.name, ...s }));
    else console.log(`read ${s.read}, queued ${s.queued}, already queued ${s.alreadyQueued}, failed ${s.failed} (queue ${queue.name}; run \`sitrep worker\` to ingest them)`);
    return s;
  } finally {
    await queue.close();
  }
}

export async function runIngest(paths: string[], opts: IngestOptions): Promise<IngestSummary> {
  const workers = parseWorkers(opts.workers);
  const store = openStore(opts.db);
  const pool = openExtractorPool(workers, { validate: true });
  const files = paths.flatMap(listFiles);
  const tty = !!process.stderr.isTTY && !opts.quiet;
  // files are read one at a time, so a huge folder never sits in memory; the bar counts files
  const bar = tty ? new SingleBar({ format: "ingest [{bar}] {value}/{total} files | {docs} documents | {events} events | {eta_formatted}", hideCursor: true }, Presets.shades_classic) : null;
  bar?.start(files.length, 0, { docs: 0, events: 0 });
  let docs = 0, events = 0;
  // what the command line says fills in what an article lacks; an article's own date or publisher wins
  const items = readItems(files, opts, () => bar?.increment(1, { docs, events }));
  try {
    const summary = await ingestItems(items, store, loadKnowledge, (item, outcome) => {
      if (outcome.status === "new") docs++, events += outcome.result.events;
      // under a progress bar errors wait for its end, so they are not drawn over
      if (outcome.status === "failed" && !opts.quiet && !bar) console.error(`sitrep ingest: ${outcome.error}`);
      void item;
    }, pool);
    bar?.stop();
    if (bar) for (const e of summary.failures) console.error(`sitrep ingest: ${e}`);
    if (opts.json) console.log(JSON.stringify({ db: dbLabel(opts.db), ...summary, ...(await store.stats()) }));
    else {
      const st = await store.stats();
      console.log(summaryLine(summary));
      console.log(`store ${dbLabel(opts.db)}: ${st.documents} documents, ${st.reportEvents} report events, ${st.canonicalEvents} canonical events, ${st.actors} actors`);
    }
    return summary;
  } finally {
    bar?.stop();
    await pool.close();
    await store.close();
  }
}
