// sitrep demo: ingests the bundled demo corpus (data/demo: the seed article and 1,300 MUC-3 wire reports) into
// ./sitrep.db (or --db) and prints what came of it.
import { join } from "node:path";
import type { Command } from "commander";
import { DATA_DIR } from "../knowledge/load.ts";
import { runIngest } from "./ingest.ts";
import { openStore, dbLabel } from "../store/open.ts";
import { eventRow } from "./query.ts";
import { table } from "./format.ts";
import { serveDashboard } from "./serve.ts";

export const DEMO_DIR = join(DATA_DIR, "demo");

export function registerDemo(program: Command): void {
  program.command("demo")
    .description("Ingest the bundled demo corpus into ./sitrep.db, print a summary, then serve the dashboard.\nIn a terminal it serves by default; in a pipeline (no TTY) it exits after the summary unless --serve.")
    .option("--db <file|url>", "SQLite file or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
    .option("-q, --quiet", "no progress bar")
    .option("--serve", "serve the dashboard after ingesting, even without a terminal")
    .option("--no-serve", "exit after the summary")
    .option("--port <n>", "dashboard port", "8080")
    .action(async (o: { db?: string; quiet?: boolean; serve?: boolean; port: string }) => {
      const t0 = performance.now();
      const s = await runIngest([DEMO_DIR], { db: o.db, quiet: o.quiet });
      const seconds = (performance.now() - t0) / 1000;
      const store = openStore(o.db);
      try {
        const st = await store.stats();
        console.log(`demo: ${st.documents} documents, ${st.reportEvents} report events, ${st.canonicalEvents} canonical events, ${st.actors} actors in ${dbLabel(o.db)} (${seconds.toFixed(1)} s${s.new ? "" : ", already ingested"})`);
        const top = await store.events({ sort: "reports", limit: 8 });
        const multi = top.items.filter((e) => e.reports > 1);
        if (multi.length) {
          console.log("\nEvents with the most independent reports:");
          console.log(table(multi.map(eventRow), ["id", "date", "type", "source", "target", "place", "reports", "publishers"]));
        }
        console.log(`\nNext: sitrep events --limit 20 · sitrep show ID · sitrep export --format acled --out events.csv · sitrep serve`);
      } finally {
        await store.close();
      }
      // commander sets serve=true by default because of --no-serve; an explicit --serve is read from argv
      const serve = o.serve === false ? false : process.argv.includes("--serve") || Boolean(process.stdout.isTTY);
      if (serve) await serveDashboard(openStore(o.db), { port: o.port, host: "127.0.0.1", dbLabel: dbLabel(o.db) });
    });
}
