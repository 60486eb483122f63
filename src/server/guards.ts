// Guards every request passes before the API or the dashboard sees it: a Host allow-list (a web page cannot reach a
// local server through DNS rebinding), hardening headers on every answer, caps on query parameters, and a constant-
// time check of the ingest token, and rate limits on the expensive routes.
import { createHash, timingSafeEqual } from "node:crypto";
import type { Context, MiddlewareHandler } from "hono";
import { getConnInfo } from "@hono/node-server/conninfo";
import { rateLimiter } from "hono-rate-limiter";
import { SECURITY_HEADERS } from "./static.ts";

/** Hosts a local server answers to, beside the names it is configured with. */
export const LOCAL_HOSTS = ["127.0.0.1", "localhost", "[::1]", "::1"];

/** The host name of a Host header, without its port, lower case ("[::1]:8080" -> "[::1]"). */
export function hostName(header: string): string {
  const h = header.trim().toLowerCase();
  if (h.startsWith("[")) return h.slice(0, h.indexOf("]") + 1);
  return h.replace(/:\d+$/, "");
}

/** Refuses requests whose Host is not allowed (421 with a JSON error); no allow-list means none is enforced. */
export function hostAllowList(allowed: readonly string[] | null): MiddlewareHandler {
  const set = allowed ? new Set(allowed.map((h) => hostName(h))) : null;
  return async (c, next) => {
    if (set) {
      const host = c.req.header("host");
      if (!host || !set.has(hostName(host))) return c.json({ error: `host ${JSON.stringify(host ?? "")} is not served here (start the server with --allowed-host to add it)` }, 421);
    }
    await next();
  };
}

/** The dashboard's hardening headers on every response that lacks them, the API's JSON included. */
export const securityHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!c.res.headers.has(k)) c.res.headers.set(k, v);
};

/** Longest value accepted for a text query parameter (q, actor, place...): search terms, not documents. */
export const MAX_PARAM_CHARS = 200;

/** Refuses query strings with over-long values (400), before any handler or store sees them. */
export const parameterCaps: MiddlewareHandler = async (c, next) => {
  const url = new URL(c.req.url);
  for (const [k, v] of url.searchParams) {
    if (v.length > MAX_PARAM_CHARS) return c.json({ error: `${k} is too long (${v.length} characters; at most ${MAX_PARAM_CHARS})` }, 400);
  }
  await next();
};

/** Compares a presented bearer token with the configured one in constant time (both hashed to equal length). */
export function tokenMatches(presented: string, expected: string): boolean {
  const a = createHash("sha256").update(presented).digest(), b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b);
}

/** Requests a client may make per minute to an expensive route (export, ingest): SITREP_RATE_LIMIT_PER_MIN, 0 for
 *  no limit. A dashboard user exports or uploads a few times a minute; a script looping on them is slowed. */
export const RATE_LIMIT_PER_MIN = Number(process.env.SITREP_RATE_LIMIT_PER_MIN ?? 60);

/** The client's address (the socket's, not a header a client could forge); "local" off a real socket (tests). */
function clientKey(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "local";
  } catch {
    return "local";
  }
}

/** Limits each client to `perMinute` requests a minute on the routes it guards: 429 with Retry-After beyond. */
export function rateLimit(perMinute = RATE_LIMIT_PER_MIN): MiddlewareHandler {
  if (!(perMinute > 0)) return async (_c, next) => next();
  return rateLimiter({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: "draft-6",
    keyGenerator: clientKey,
    handler: (c) => c.json({ error: `more than ${perMinute} requests a minute to this route from one client: wait and try again` }, 429, { "retry-after": "60" }),
  });
}
