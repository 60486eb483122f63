// sitrep serve [--port 8080] [--db FILE] [--token T]: the JSON API and the dashboard. Read-only without a token.
import type { Command } from "commander";
import { openStore, dbPath } from "../store/open.ts";
import { startServer } from "../server/serve.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { buildDashboard } from "../server/build-web.ts";
import type { Store } from "../store/store.ts";

export function registerServe(program: Command): void {
  program.command("serve").description("Serve the HTTP API (/api/*, /openapi.json) and the dashboard.")
    .option("--port <n>", "port", "8080")
    .option("--host <h>", "interface to listen on", "127.0.0.1")
    .option("--db <file>", "SQLite store (default $SITREP_DB or ./sitrep.db)")
    .option("--token <t>", "allow POST /api/ingest with this bearer token (default $SITREP_TOKEN)")
    .action(async (o: { port: string; host: string; db?: string; token?: string }) => {
      await serveDashboard(openStore(o.db), { ...o, dbLabel: dbPath(o.db) });
    });
}

/** Builds the dashboard if its sources changed, then serves the API and the dashboard until interrupted. */
export async function serveDashboard(store: Store, o: { port: string; host: string; token?: string; dbLabel: string }): Promise<never> {
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error("--port must be 0-65535");
  try {
    await buildDashboard();
  } catch (e) {
    console.error(`sitrep serve: the dashboard could not be built (${(e as Error).message}); serving the API only`);
  }
  const token = o.token ?? process.env.SITREP_TOKEN ?? null;
  const { port: bound } = await startServer(store, { port, host: o.host, token, kb: () => loadKnowledge() });
  console.error(`sitrep serve: dashboard and API at http://${o.host}:${bound}/ (store ${o.dbLabel}; ${token ? "ingest allowed with the token" : "read-only"})`);
  return new Promise<never>(() => {}); // until interrupted
}
