// Extraction spread over worker threads, one per core by default. Each worker holds its own knowledge (loaded
// once); the caller keeps the order by awaiting results in the order it asked for them, and writes (to stdout or
// the store) from its own thread. With one worker, extraction runs in this thread and nothing is spawned.
import { availableParallelism, totalmem } from "node:os";
import { Worker } from "node:worker_threads";
import type { Article } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { extractJson } from "./extract-json.ts";
import type { WorkAnswer, WorkRequest } from "./extract-worker.ts";

/** What one worker holds at most (knowledge, model, a large document's layers): the default keeps within memory. */
const WORKER_BYTES = 1.2 * 2 ** 30;

/** The default number of workers: the cores, no more than memory allows, at least one. */
export function defaultWorkers(): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(totalmem() / WORKER_BYTES)));
}

/** Parses `--workers N`: a whole number from 1 to 64. */
export function parseWorkers(value: string | undefined): number {
  if (value === undefined) return defaultWorkers();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`--workers must be a whole number from 1 to 64, not "${value}"`);
  return n;
}

/** A worker failed (out of memory, crashed, could not start): the run cannot go on, unlike a bad document. */
export class PoolError extends Error {}

/** Extracts articles; `submit` returns the document as JSON text, or rejects with the extraction's error. */
export interface ExtractorPool {
  readonly size: number;
  /** extraction runs on worker threads (false: in the caller's thread) */
  readonly threaded: boolean;
  submit(article: Article): Promise<string>;
  close(): Promise<void>;
}

/** A worker's heap (SITREP_WORKER_HEAP_MB, default 768): V8 lets an idle-collected heap grow far past what extraction keeps alive (about 200 MB of
 * knowledge); a cap makes it collect sooner. A 1.9 MB document (near the 2 MB input limit) extracts within it.
 * 600 MUC reports with two workers: peak RSS 1,195 MB uncapped, 934 MB at this cap, same output and time. */
const WORKER_LIMITS = { maxOldGenerationSizeMb: Number(process.env.SITREP_WORKER_HEAP_MB) || 768 };

/** A worker running extract-worker: in the bundle its JavaScript sits beside this code in dist/cli; when the sources run
 * through tsx, the TypeScript with tsx's loader registered in the worker first (loaders are per thread). */
function startWorker(): Worker {
  const here = import.meta.url;
  if (!here.endsWith(".ts")) return new Worker(new URL("./extract-worker.js", here), { resourceLimits: WORKER_LIMITS });
  const tsx = import.meta.resolve("tsx/esm/api");
  const entry = new URL("./extract-worker.ts", here).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((t) => { t.register(); return import(${JSON.stringify(entry)}); });`, { eval: true, resourceLimits: WORKER_LIMITS });
}

export interface PoolOptions {
  /** validate each document against the schema before answering */
  validate?: boolean;
  /** extract on worker threads even with one worker (a server keeps its own thread free for requests) */
  threads?: boolean;
  /** idle workers do not keep the process alive (a server that stops, stops) */
  unref?: boolean;
}

export function openExtractorPool(size: number, opts: PoolOptions = {}): ExtractorPool {
  const validate = !!opts.validate;
  if (size <= 1 && !opts.threads) {
    let kb: Knowledge | null = null;
    return {
      size: 1,
      threaded: false,
      submit: async (article) => extractJson(article, (kb ??= loadKnowledge()), validate),
      close: async () => {},
    };
  }
  const pending = new Map<number, { resolve: (json: string) => void; reject: (e: Error) => void; worker: number }>();
  /** the articles still pending, to hand to a worker that replaces one that died */
  const articles = new Map<number, Article>();
  const load = new Array<number>(size).fill(0);
  let next = 0;
  let broken: Error | null = null;
  let closing = false;
  // workers start as work arrives: one for the first article, another whenever all are busy, up to `size`
  // (each loads the knowledge, about a second and a half: a single article should not pay for two)
  const workers: Worker[] = [];
  const started: boolean[] = [];
  function spawn(slot = workers.length): void {
    const worker = startWorker();
    if (opts.unref) worker.unref();
    worker.on("message", (a: WorkAnswer) => {
      if ("ready" in a) {
        started[slot] = true;
        return;
      }
      const p = pending.get(a.id);
      if (!p) return;
      pending.delete(a.id);
      articles.delete(a.id);
      load[p.worker]!--;
      if ("json" in a) p.resolve(a.json);
      else p.reject(new Error(a.error));
    });
    let failed = false;
    const onFailure = (cause: Error) => {
      if (failed || closing) return;
      failed = true;
      fail(slot, cause);
    };
    worker.on("error", onFailure);
    worker.on("exit", (code) => { if (code !== 0) onFailure(new Error(`it stopped with exit code ${code}`)); });
    workers[slot] = worker;
    started[slot] = false;
  }
  // A worker that dies after it started (out of memory on a huge document) fails the document it was reading, and
  // a new worker takes its place and the documents queued behind it; one that dies before it is ready (it cannot
  // start) ends the run.
  function fail(slot: number, cause: Error): void {
    const held = [...pending].filter(([, p]) => p.worker === slot).sort((a, b) => a[0] - b[0]);
    if (!started[slot]) {
      broken = new PoolError(`an extraction worker failed: ${cause.message}`);
      for (const [id, p] of held) pending.delete(id), articles.delete(id), p.reject(broken);
      return;
    }
    const [reading, ...queued] = held;
    if (reading) pending.delete(reading[0]), articles.delete(reading[0]), reading[1].reject(new Error(`the extraction worker stopped (${cause.message})`));
    spawn(slot);
    load[slot] = queued.length;
    for (const [id] of queued) workers[slot]!.postMessage({ id, article: articles.get(id)!, validate } satisfies WorkRequest);
  }
  return {
    size: Math.max(1, size),
    threaded: true,
    submit(article) {
      if (broken) return Promise.reject(broken);
      // the least busy worker: documents differ in size, round robin would queue behind a long one
      let w = 0;
      for (let i = 1; i < workers.length; i++) if (load[i]! < load[w]!) w = i;
      if (workers.length < size && (workers.length === 0 || load[w]! > 0)) {
        spawn();
        w = workers.length - 1;
      }
      load[w]!++;
      const id = next++;
      return new Promise<string>((resolve, reject) => {
        pending.set(id, { resolve, reject, worker: w });
        articles.set(id, article);
        workers[w]!.postMessage({ id, article, validate } satisfies WorkRequest);
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((wk) => wk.terminate()));
    },
  };
}

/**
 * Runs `work` over items with up to `ahead` of them in flight and hands each result to `done` in input order;
 * `done` runs in this thread, one at a time, so it can write to stdout or a store. `work` reports a failed item in
 * its result: a rejection ends the run.
 */
export async function inOrder<T, R>(items: AsyncIterable<T> | Iterable<T>, ahead: number, work: (item: T) => Promise<R>, done: (item: T, result: R) => Promise<void> | void): Promise<void> {
  const window: Array<{ item: T; result: Promise<R> }> = [];
  for await (const item of items) {
    const result = work(item);
    result.catch(() => {}); // rethrown when its turn comes
    window.push({ item, result });
    if (window.length >= ahead) {
      const head = window.shift()!;
      await done(head.item, await head.result);
    }
  }
  for (const head of window) await done(head.item, await head.result);
}
