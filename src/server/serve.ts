// Starts the HTTP server: the API, ingest wired to the pipeline when a token is given, and the built dashboard.
import { serve as serveNode, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createApi, type IngestUpload } from "./api.ts";
import { staticResponse } from "./static.ts";
import { LOCAL_HOSTS } from "./guards.ts";
import type { Store } from "../store/store.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { ingestItems } from "../app/ingest.ts";
import { decodeText, checkDate, checkText, InputError } from "../ingest/decode.ts";
import { readContent } from "../ingest/readers.ts";
import type { InputItem } from "../ingest/types.ts";
import { openExtractorPool, type ExtractorPool } from "../ingest/extractor-pool.ts";
import type { ExportFormats } from "./export.ts";
import { loadCalibration } from "../knowledge/load.ts";

export interface ServeOptions {
  port?: number;
  host?: string;
  token?: string | null;
  kb?: () => Knowledge;
  /** Host header names served; null answers any (see guards.ts). Default: the local names and `host`. */
  allowedHosts?: readonly string[] | null;
  /** the formats of GET /api/export (the CLI hands in src/corpus/exports') */
  exports?: ExportFormats;
  /** requests a client may make per minute to export and ingest (see guards.ts) */
  rateLimitPerMin?: number;
}

/** Slow clients are cut off: headers within 10 s, the whole request within 60 s (Node's default is 300 s). */
const HEADERS_TIMEOUT_MS = 10_000;
const REQUEST_TIMEOUT_MS = 60_000;

/** Ingests API uploads; returns the summary and the extraction of each new document. Extraction runs on a worker
 *  thread (started with the first upload, loading its own knowledge), so the server's thread keeps answering other
 *  requests while a long document is read; storing stays on this thread, one document at a time. */
export function uploadIngester(store: Store, kb: () => Knowledge) {
  let pool: ExtractorPool | null = null;
  return async (uploads: IngestUpload[]) => {
    pool ??= openExtractorPool(1, { validate: true, threads: true, unref: true });
    const extractions: unknown[] = [];
    const items: InputItem[] = [];
    for (const u of uploads) {
      try {
        if (u.article) items.push({ name: u.name, article: { ...u.article, text: checkText(u.article.text, u.name), published: checkDate(u.article.published, u.name) } });
        else items.push(...readContent(decodeText(u.bytes!, u.name), u.name));
      } catch (e) {
        items.push({ name: u.name, error: e instanceof InputError ? e.message : `${u.name}: ${(e as Error).message}` });
      }
    }
    const summary = await ingestItems(items, store, kb, (_, out) => {
      if (out.status === "new") extractions.push(out.doc);
    }, pool);
    return { summary, extractions };
  };
}

export function startServer(store: Store, opts: ServeOptions = {}): Promise<{ server: ServerType; port: number }> {
  const allowedHosts = opts.allowedHosts === undefined ? [...LOCAL_HOSTS, opts.host ?? "127.0.0.1"] : opts.allowedHosts;
  const api = createApi(store, {
    token: opts.token ?? null, ingest: opts.kb ? uploadIngester(store, opts.kb) : undefined, allowedHosts, exports: opts.exports,
    minConfidence: loadCalibration().threshold, rateLimitPerMin: opts.rateLimitPerMin,
  });
  const app = api.get("*", (c) => staticResponse(c.req.raw) ?? c.json({ error: "not found" }, 404));
  return new Promise((resolve) => {
    const server = serveNode({ fetch: app.fetch, port: opts.port ?? 8080, hostname: opts.host ?? "127.0.0.1" }, (info: AddressInfo) => resolve({ server, port: info.port }));
    const http = server as import("node:http").Server;
    http.headersTimeout = HEADERS_TIMEOUT_MS;
    http.requestTimeout = REQUEST_TIMEOUT_MS;
  });
}
