// sitrep queue status | retry: the ingest queue's counts and failed jobs with their errors; failed jobs back in line.
import type { Command } from "commander";
import { IngestQueue } from "../queue/ingest-queue.ts";
import { queueUrl } from "./worker.ts";

export function registerQueue(program: Command): void {
  const queue = program.command("queue").description("The Redis ingest queue: `status` (counts, failed jobs and their errors), `retry` (failed jobs again).");
  queue.command("status").description("Jobs waiting, running, done and failed; the failed ones with their error.")
    .option("--queue <url>", "Redis queue (default $SITREP_QUEUE)")
    .option("--json", "as JSON")
    .action(async (o: { queue?: string; json?: boolean }) => {
      const q = new IngestQueue(queueUrl(o.queue));
      try {
        const s = await q.status();
        if (o.json) return void console.log(JSON.stringify(s));
        const c = s.counts;
        console.log(`queue ${s.name}: ${c.waiting} waiting, ${c.active} running, ${c.delayed} waiting to retry, ${c.completed} done, ${c.failed} failed`);
        for (const f of s.failed) console.log(`failed ${f.id.slice(0, 12)} ${f.name} (${f.attempts} attempt${f.attempts === 1 ? "" : "s"}): ${f.error}`);
      } finally {
        await q.close();
      }
    });
  queue.command("retry").description("Put every failed job back in the queue.")
    .option("--queue <url>", "Redis queue (default $SITREP_QUEUE)")
    .action(async (o: { queue?: string }) => {
      const q = new IngestQueue(queueUrl(o.queue));
      try {
        console.log(`${await q.retryFailed()} failed job(s) queued again`);
      } finally {
        await q.close();
      }
    });
}
