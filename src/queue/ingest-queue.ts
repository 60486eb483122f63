// The ingest job queue on Redis (BullMQ): one job per document, its id the content hash, so a document queued twice
// is one job; workers on any machine take jobs, extract and store them (app/worker.ts). A job whose worker dies
// (kill -9) is found stalled when its lock lapses and is run again; the store's unique content hash makes the second
// run add nothing if the first had committed. This module knows Redis and the job's shape, nothing of stores.
import { Queue, Worker, UnrecoverableError, type Job } from "bullmq";
import type { Article } from "../doc.ts";
import { contentId } from "../output.ts";

export const DEFAULT_QUEUE_NAME = "sitrep-ingest";

/** One document to ingest: the article and the name its input had (file, feed entry). */
export interface IngestJob {
  name: string;
  article: Article;
}

/** What a finished job reports (its return value). */
export interface JobOutcome {
  status: "new" | "duplicate";
  documentId: string;
  events: number;
}

/** A deterministic failure (an article that cannot be extracted): not retried automatically, kept as failed. */
export class PermanentJobError extends UnrecoverableError {}

/** Redis connection options and the queue name from "redis://[:password@]host:port[/db][?queue=name]". */
export function parseQueueUrl(url: string): { connection: { host: string; port: number; db: number; username?: string; password?: string; maxRetriesPerRequest: null }; name: string } {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new Error(`--queue: not a URL: "${url}"`);
  }
  if (u.protocol !== "redis:") throw new Error(`--queue: expected redis://host:port, not "${url}"`);
  const db = u.pathname.length > 1 ? Number(u.pathname.slice(1)) : 0;
  if (!Number.isInteger(db) || db < 0) throw new Error(`--queue: "${u.pathname.slice(1)}" is not a Redis database number`);
  return {
    // maxRetriesPerRequest null: BullMQ's blocking commands wait for Redis to come back instead of failing
    connection: { host: u.hostname || "127.0.0.1", port: Number(u.port) || 6379, db, ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
      ...(u.password ? { password: decodeURIComponent(u.password) } : {}), maxRetriesPerRequest: null },
    name: u.searchParams.get("queue") || DEFAULT_QUEUE_NAME,
  };
}

/** Automatic retries of a job that failed for a passing reason (the store unreachable), with backoff. */
const JOB_OPTIONS = { attempts: 5, backoff: { type: "exponential", delay: 2000 }, removeOnComplete: { count: 10_000 }, removeOnFail: false } as const;

export interface EnqueueSummary {
  queued: number;
  /** already in the queue (waiting, running, done or failed) by content hash */
  alreadyQueued: number;
}

export interface QueueStatus {
  name: string;
  counts: { waiting: number; active: number; delayed: number; completed: number; failed: number };
  failed: { id: string; name: string; error: string; attempts: number }[];
}

export class IngestQueue {
  private readonly queue: Queue<IngestJob, JobOutcome>;
  readonly name: string;

  constructor(url: string) {
    const { connection, name } = parseQueueUrl(url);
    this.name = name;
    this.queue = new Queue<IngestJob, JobOutcome>(name, { connection, defaultJobOptions: JOB_OPTIONS });
  }

  /** Queues documents, each under its content hash: one already queued (in any state) is not queued again. */
  async enqueue(jobs: IngestJob[]): Promise<EnqueueSummary> {
    const byId = new Map<string, IngestJob>();
    for (const j of jobs) byId.set(contentId(j.article.text), j);
    const ids = [...byId.keys()];
    const known = await Promise.all(ids.map((id) => this.queue.getJob(id)));
    const fresh = ids.filter((_, i) => !known[i]);
    if (fresh.length) await this.queue.addBulk(fresh.map((id) => ({ name: "ingest", data: byId.get(id)!, opts: { jobId: id } })));
    return { queued: fresh.length, alreadyQueued: jobs.length - fresh.length };
  }

  async status(maxFailed = 50): Promise<QueueStatus> {
    const c = await this.queue.getJobCounts("waiting", "active", "delayed", "completed", "failed");
    const failed = await this.queue.getFailed(0, maxFailed - 1);
    return {
      name: this.name,
      counts: { waiting: c.waiting ?? 0, active: c.active ?? 0, delayed: c.delayed ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0 },
      failed: failed.map((j) => ({ id: String(j.id), name: (j.data as IngestJob).name, error: j.failedReason ?? "", attempts: j.attemptsMade })),
    };
  }

  /** Puts every failed job back in the queue; returns how many. */
  async retryFailed(): Promise<number> {
    const n = await this.queue.getFailedCount();
    if (n) await this.queue.retryJobs({ state: "failed", count: 1000 });
    return n;
  }

  /** Waiting, running and delayed jobs left. */
  async pending(): Promise<number> {
    const c = await this.queue.getJobCounts("waiting", "active", "delayed", "prioritized");
    return Object.values(c).reduce((a, b) => a + b, 0);
  }

  /** Removes the queue and all its jobs from Redis. */
  async destroy(): Promise<void> {
    await this.queue.obliterate({ force: true });
  }

  async close(): Promise<void> {
    await this.queue.close();
  }
}

/** How long a running job's lock lasts without renewal; a worker killed mid-job frees its job this much later. */
const LOCK_MS = Number(process.env.SITREP_WORKER_LOCK_MS) || 60_000;

/** Takes jobs from the queue and hands each to `handle`, `concurrency` at a time. */
export function consumeQueue(url: string, handle: (job: IngestJob, id: string) => Promise<JobOutcome>, opts: { concurrency: number }): { close(): Promise<void>; worker: Worker } {
  const { connection, name } = parseQueueUrl(url);
  const worker = new Worker<IngestJob, JobOutcome>(name, async (job: Job<IngestJob, JobOutcome>) => handle(job.data, String(job.id)), {
    connection,
    concurrency: opts.concurrency,
    lockDuration: LOCK_MS,
    stalledInterval: Math.max(1000, Math.floor(LOCK_MS / 2)),
    // a job is run again after each worker death; only a document that kills workers again and again fails
    maxStalledCount: 10,
  });
  worker.on("error", (e) => console.error(`sitrep worker: queue: ${e.message}`));
  return { worker, close: () => worker.close() };
}
