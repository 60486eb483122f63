// sitrep serve [--port 8080] [--db FILE] [--token T]: the JSON API and the dashboard. Read-only without a token.
import type { Command } from "commander";
import { openStore, dbPath } from "../store/open.ts";
import { startServer } from "../server/serve.ts";
import { loadKnowledge } from "../knowledge/load.ts";

export function registerServe(program: Command): void {
  program.command("serve").description("Serve the HTTP API (/api/*, /openapi.json) and the dashboard.")
    .option("--port <n>", "port", "8080")
    .option("--host <h>", "interface to listen on", "127.0.0.1")
    .option("--db <file>", "SQLite store (default $SITREP_DB or ./sitrep.db)")
    .option("--token <t>", "allow POST /api/ingest with this bearer token (default $SITREP_TOKEN)")
    .action(async (o: { port: string; host: string; db?: string; token?: string }) => {
      const port = Number(o.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error("--port must be 0-65535");
      const store = openStore(o.db);
      const token = o.token ?? process.env.SITREP_TOKEN ?? null;
      const { port: bound } = await startServer(store, { port, host: o.host, token, kb: () => loadKnowledge() });
      console.error(`sitrep serve: http://${o.host}:${bound}/ (store ${dbPath(o.db)}; ${token ? "ingest allowed with the token" : "read-only"})`);
      await new Promise(() => {}); // until interrupted
    });
}
