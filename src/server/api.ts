// The HTTP API (hono): the store's queries as JSON, with pagination; read-only unless a token is configured,
// and then ingest only with "Authorization: Bearer TOKEN". The server sees the store interface, nothing else,
// except the ingest function it is handed.
import { randomUUID } from "node:crypto";
import { Hono, type Context, type MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import { hostAllowList, parameterCaps, rateLimit, securityHeaders, tokenMatches } from "./guards.ts";
import { EVENT_SORTS, QueryTimeout, type EventFilter, type Store } from "../store/store.ts";
import { parseBbox, parseMinConfidence } from "../store/filters.ts";
import type { Article } from "../doc.ts";
import { OPENAPI } from "./openapi.ts";
import { countryCode } from "../knowledge/country-codes.ts";
import { exportResponse, type ExportFormats } from "./export.ts";

export interface IngestUpload {
  name: string;
  /** raw bytes of an uploaded file, or null for a JSON body */
  bytes: Uint8Array | null;
  article: Article | null;
}

export interface ApiOptions {
  /** ingest is refused unless a token is set and given */
  token?: string | null;
  /** ingests uploads (JSON articles or files) and returns the summary and extractions */
  ingest?: (uploads: IngestUpload[]) => Promise<unknown>;
  /** Host header names served (with the local ones); null serves any (tests on a bare app) */
  allowedHosts?: readonly string[] | null;
  /** the confidence below which events are left out unless a request asks (the calibration's threshold; default 0) */
  minConfidence?: number;
  /** requests a client may make per minute to export and ingest (default SITREP_RATE_LIMIT_PER_MIN or 60; 0: none) */
  rateLimitPerMin?: number;
  /** the formats GET /api/export streams (none: the route answers 400 for every format) */
  exports?: ExportFormats;
}

/** Largest ingest body accepted, and most articles in one request. */
export const MAX_INGEST_BYTES = 20 * 2 ** 20;
export const MAX_INGEST_ARTICLES = 200;

class BadRequest extends Error {}

function int(v: string | undefined, name: string, dflt: number, max: number): number {
  if (v == null || v === "") return dflt;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new BadRequest(`${name} must be a whole number from 0 to ${max}`);
  return n;
}

const SORTS: ReadonlySet<string> = new Set(EVENT_SORTS);

/** The event filter of a request; `minConfidence` when the request names none (the calibration's threshold). */
export function eventFilter(c: Context, defaultMinConfidence = 0): EventFilter {
  const q = (k: string) => c.req.query(k) || undefined;
  const sort = q("sort");
  if (sort && !SORTS.has(sort)) throw new BadRequest(`sort must be one of ${[...SORTS].join(", ")}`);
  for (const k of ["from", "to"]) if (q(k) && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(q(k)!)) throw new BadRequest(`${k} must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  let bbox, minConfidence;
  try {
    bbox = parseBbox(q("bbox"));
    minConfidence = parseMinConfidence(q("minConfidence"), "minConfidence", defaultMinConfidence);
  } catch (e) {
    throw new BadRequest((e as Error).message);
  }
  const countryIn = q("country");
  const country = countryIn ? countryCode(countryIn) : undefined;
  if (country === null) throw new BadRequest(`country "${countryIn}" is unknown: give a name ("El Salvador") or an ISO code (SLV, SV)`);
  return {
    actor: q("actor"), country, type: q("type"), acled: q("acled"), modality: q("modality"), minConfidence, from: q("from"), to: q("to"),
    place: q("place"), bbox, q: q("q"), sort: sort as EventFilter["sort"],
    // deep pages cost a scan of everything before them: past 100,000 events narrow the filter instead
    limit: int(q("limit"), "limit", 50, 1000) || 50, offset: int(q("offset"), "offset", 0, 100_000),
  };
}

/** Ingest jobs run at once at most, and finished jobs kept for polling (the oldest are forgotten). */
const MAX_RUNNING_JOBS = 4;
const KEPT_JOBS = 200;

interface IngestJob { job: string; state: "running" | "done" | "failed"; submitted: string; finished: string | null; result: unknown; error: string | null }

/** The asynchronous ingests of one server, in memory: a job is its uploads' ingest, polled by id. */
class IngestJobs {
  private readonly jobs = new Map<string, IngestJob>();
  private running = 0;

  /** Starts `work` as a job and returns its id, or null when too many are running. */
  start(work: () => Promise<unknown>): string | null {
    if (this.running >= MAX_RUNNING_JOBS) return null;
    const job: IngestJob = { job: randomUUID(), state: "running", submitted: new Date().toISOString(), finished: null, result: null, error: null };
    this.jobs.set(job.job, job);
    this.running++;
    work().then((result) => Object.assign(job, { state: "done", result }), (e: Error) => Object.assign(job, { state: "failed", error: e.message }))
      .finally(() => {
        this.running--;
        job.finished = new Date().toISOString();
        for (const [id, j] of this.jobs) if (this.jobs.size > KEPT_JOBS && j.state !== "running") this.jobs.delete(id);
      });
    return job.job;
  }

  get(id: string): IngestJob | undefined {
    return this.jobs.get(id);
  }
}

export function createApi(store: Store, opts: ApiOptions = {}): Hono {
  const app = new Hono();
  const jobs = new IngestJobs();
  /** a request's event filter, with the server's confidence threshold unless the request names one */
  const filterOf = (c: Context) => eventFilter(c, opts.minConfidence);
  app.use("*", securityHeaders, hostAllowList(opts.allowedHosts ?? null), parameterCaps);

  app.onError((err, c) => {
    if (err instanceof BadRequest) return c.json({ error: err.message }, 400);
    if (err instanceof QueryTimeout) return c.json({ error: err.message }, 503);
    console.error(`sitrep serve: ${err.stack ?? err.message}`);
    return c.json({ error: "internal error" }, 500);
  });
  app.notFound((c) => c.json({ error: `no route ${c.req.method} ${c.req.path}` }, 404));

  app.get("/openapi.json", (c) => c.json(OPENAPI));

  app.get("/api/events", async (c) => c.json(await store.events(filterOf(c))));

  // the events of the current filters in an export format, streamed as a download (no paging: every match)
  const expensive = rateLimit(opts.rateLimitPerMin);
  app.get("/api/export", expensive, (c) => {
    const format = (c.req.query("format") ?? "").toLowerCase();
    const filter = filterOf(c);
    const formats = opts.exports ?? {};
    const response = exportResponse(store, formats, format, { ...filter, limit: undefined, offset: undefined });
    if (!response) throw new BadRequest(`format must be one of ${Object.keys(formats).join(", ") || "(none: this server has no export formats)"}`);
    return response;
  });

  app.get("/api/events/:id", async (c) => {
    const d = await store.event(c.req.param("id"));
    return d ? c.json(d) : c.json({ error: "no such event" }, 404);
  });

  app.get("/api/documents/:id", async (c) => {
    const d = await store.getDocument(c.req.param("id"));
    return d ? c.json(d) : c.json({ error: "no such document" }, 404);
  });

  app.get("/api/actors", async (c) => c.json({ items: await store.actors(c.req.query("q") || undefined, int(c.req.query("limit"), "limit", 50, 1000) || 50) }));

  app.get("/api/dyad", async (c) => {
    const a = c.req.query("a"), b = c.req.query("b");
    if (!a || !b) throw new BadRequest("a and b are required (actor id, actor code, country code or name)");
    const f = filterOf(c);
    return c.json({ a, b, months: await store.dyad(a, b, { ...f, actor: undefined }) });
  });

  app.get("/api/timeline", async (c) => {
    const interval = c.req.query("interval") || "month";
    if (interval !== "day" && interval !== "week" && interval !== "month" && interval !== "year") throw new BadRequest("interval must be day, week, month or year");
    return c.json({ interval, buckets: await store.timeline(interval, filterOf(c)) });
  });

  app.get("/api/counts", async (c) => {
    const interval = c.req.query("interval") || "month";
    if (interval !== "day" && interval !== "week" && interval !== "month" && interval !== "year") throw new BadRequest("interval must be day, week, month or year");
    return c.json({ interval, rows: await store.counts(interval, filterOf(c)) });
  });

  app.get("/api/network", async (c) => c.json(await store.network(filterOf(c), int(c.req.query("limit"), "limit", 100, 1000) || 100)));

  app.get("/api/map", async (c) => c.json({ points: await store.map(filterOf(c), int(c.req.query("zoom"), "zoom", 2, 20)) }));

  app.get("/api/stats", async (c) => c.json(await store.stats()));

  const ingestGate: MiddlewareHandler = async (c, next) => {
    if (!opts.token || !opts.ingest) return c.json({ error: "ingest is disabled: start the server with --token to allow it" }, 403);
    const auth = c.req.header("authorization") ?? "";
    if (!tokenMatches(auth, `Bearer ${opts.token}`)) return c.json({ error: "a valid bearer token is required" }, 401);
    await next();
  };
  const ingestSize = bodyLimit({ maxSize: MAX_INGEST_BYTES, onError: (c) => c.json({ error: `the body is larger than ${MAX_INGEST_BYTES / 2 ** 20} MiB: send fewer articles per request` }, 413) });
  app.post("/api/ingest", ingestGate, expensive, ingestSize, async (c) => {
    const type = c.req.header("content-type") ?? "";
    const uploads: IngestUpload[] = [];
    if (type.startsWith("multipart/form-data")) {
      let body: Record<string, string | File | (string | File)[]>;
      try {
        body = await c.req.parseBody({ all: true });
      } catch {
        throw new BadRequest("malformed multipart body");
      }
      for (const [field, v] of Object.entries(body))
        for (const f of [v].flat()) if (typeof f !== "string") uploads.push({ name: f.name || field, bytes: new Uint8Array(await f.arrayBuffer()), article: null });
      if (!uploads.length) throw new BadRequest("no files in the multipart body");
    } else {
      let body: unknown;
      try {
        body = await c.req.json();
      } catch {
        throw new BadRequest("expected a JSON body {text, title?, published?, source?, url?} or multipart files");
      }
      const list = [body].flat();
      if (list.length > MAX_INGEST_ARTICLES) throw new BadRequest(`at most ${MAX_INGEST_ARTICLES} articles per request (got ${list.length})`);
      for (const [i, x] of list.entries()) {
        const o = (x ?? {}) as Record<string, unknown>;
        if (typeof o.text !== "string" || !o.text.trim()) throw new BadRequest("text is required");
        const s = (k: string) => (typeof o[k] === "string" ? (o[k] as string) : null);
        uploads.push({ name: s("id") ?? `request#${i + 1}`, bytes: null, article: { id: s("id") ?? undefined, text: o.text, title: s("title"), published: s("published"), source: s("source"), url: s("url") } });
      }
    }
    // `?async=1` (or `Prefer: respond-async`): answered at once with a job to poll, the work goes on meanwhile
    if (/^(1|true)$/.test(c.req.query("async") ?? "") || /respond-async/i.test(c.req.header("prefer") ?? "")) {
      const id = jobs.start(() => opts.ingest!(uploads));
      if (!id) return c.json({ error: `${MAX_RUNNING_JOBS} ingest jobs are running: try again when one has finished` }, 503, { "retry-after": "5" });
      return c.json({ job: id, status: `/api/ingest/${id}` }, 202, { location: `/api/ingest/${id}` });
    }
    return c.json((await opts.ingest!(uploads)) as object);
  });

  app.get("/api/ingest/:job", ingestGate, (c) => {
    const job = jobs.get(c.req.param("job"));
    return job ? c.json(job) : c.json({ error: `no ingest job ${c.req.param("job")} (jobs are kept for the last ${KEPT_JOBS})` }, 404);
  });

  return app;
}
