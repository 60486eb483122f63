// sitrep serve [--port 8080] [--db FILE] [--token-file F]: the JSON API and the dashboard. Read-only without a token.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { LOCAL_HOSTS } from "../server/guards.ts";
import { openStore, dbLabel } from "../store/open.ts";
import { startServer } from "../server/serve.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { buildDashboard } from "../server/build-web.ts";
import type { Store } from "../store/store.ts";
import { serverExportFormats } from "./export.ts";

export function registerServe(program: Command): void {
  program.command("serve").description("Serve the HTTP API (/api/*, /openapi.json) and the dashboard.")
    .option("--port <n>", "port", "8080")
    .option("--host <h>", "interface to listen on", "127.0.0.1")
    .option("--db <file|url>", "SQLite file or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
    .option("--token <t>", "allow POST /api/ingest with this bearer token (visible to other users in ps: prefer $SITREP_TOKEN or --token-file)")
    .option("--token-file <file>", "read the ingest token from this file (its first line)")
    .option("--allowed-host <name...>", "Host header names to answer besides 127.0.0.1 and localhost (default $SITREP_ALLOWED_HOSTS, comma-separated)")
    .action(async (o: { port: string; host: string; db?: string; token?: string; tokenFile?: string; allowedHost?: string[] }) => {
      await serveDashboard(openStore(o.db), { ...o, dbLabel: dbLabel(o.db) });
    });
}

/** Builds the dashboard if its sources changed, then serves the API and the dashboard until interrupted. */
export async function serveDashboard(store: Store, o: { port: string; host: string; token?: string; tokenFile?: string; allowedHost?: string[]; dbLabel: string }): Promise<never> {
  const port = Number(o.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error("--port must be 0-65535");
  try {
    await buildDashboard();
  } catch (e) {
    console.error(`sitrep serve: the dashboard could not be built (${(e as Error).message}); serving the API only`);
  }
  const token = o.token ?? (o.tokenFile ? readToken(o.tokenFile) : null) ?? process.env.SITREP_TOKEN ?? null;
  const named = o.allowedHost ?? (process.env.SITREP_ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  // on every interface without names to serve, any Host is answered (said on start-up); else only the names given
  const anyHost = (o.host === "0.0.0.0" || o.host === "::") && named.length === 0;
  const allowedHosts = anyHost ? null : [...LOCAL_HOSTS, o.host, ...named];
  if (anyHost) console.error("sitrep serve: listening on every interface without --allowed-host: requests for any host name are answered");
  const { port: bound } = await startServer(store, { port, host: o.host, token, kb: () => loadKnowledge(), allowedHosts, exports: serverExportFormats() });
  console.error(`sitrep serve: dashboard and API at http://${o.host}:${bound}/ (store ${o.dbLabel}; ${token ? "ingest allowed with the token" : "read-only"})`);
  return new Promise<never>(() => {}); // until interrupted
}

function readToken(file: string): string {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new Error(`--token-file ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}`);
  }
  const token = text.split(/\r?\n/)[0]!.trim();
  if (!token) throw new Error(`--token-file ${file}: the file is empty`);
  return token;
}
