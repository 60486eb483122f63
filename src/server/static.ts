// Serves the built dashboard (web/dist) with a strict Content-Security-Policy and the usual hardening headers.
// The API server calls serveStatic(req, res) for each request (Node's http types) or staticResponse(request)
// (fetch-style Request/Response, e.g. under Hono); both return false/null for anything that is not a dashboard
// file, so the API keeps /api/* and /openapi.json.
import { readFileSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";
import type { IncomingMessage, ServerResponse } from "node:http";

/** No inline script or style, nothing from other origins, no framing, no plugins, no form posts elsewhere. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Headers for every dashboard response; the API may send them with its JSON too. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": CONTENT_SECURITY_POLICY,
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
  "permissions-policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".txt": "text/plain; charset=utf-8",
};

export const DEFAULT_DIST = join(PACKAGE_ROOT, "web", "dist") + sep;

export interface StaticResult {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string;
}

/** Paths the API owns; never answered with the dashboard. */
const isApiPath = (p: string) => p === "/api" || p.startsWith("/api/") || p === "/openapi.json";

/**
 * Resolves a GET/HEAD of a dashboard path to a response, or null when it is not the dashboard's to answer.
 * Unknown extension-less paths get index.html (the dashboard keeps its state in the query string).
 */
export function resolveStatic(method: string, rawPath: string, distDir = DEFAULT_DIST): StaticResult | null {
  if (method !== "GET" && method !== "HEAD") return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(rawPath, "http://local/").pathname);
  } catch {
    return null;
  }
  if (isApiPath(pathname) || pathname.includes("\0")) return null;
  const indexFile = join(distDir, "index.html");
  if (!exists(indexFile)) {
    if (pathname !== "/" && pathname !== "/index.html") return null;
    return { status: 503, headers: { ...SECURITY_HEADERS, "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      body: "The dashboard is not built yet: run `npm run build:web`.\n" };
  }
  let file = normalize(join(distDir, pathname));
  if (!file.startsWith(normalize(distDir + sep)) && file !== normalize(distDir)) return null; // traversal
  if (pathname.endsWith("/") || !exists(file)) {
    if (extname(pathname)) return null; // a missing asset is a 404 for the caller, not the app page
    file = indexFile;
  }
  const ext = extname(file);
  const immutable = file.includes(`${sep}assets${sep}`);
  return {
    status: 200,
    headers: {
      ...SECURITY_HEADERS,
      "content-type": TYPES[ext] ?? "application/octet-stream",
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    },
    body: method === "HEAD" ? "" : readFileSync(file),
  };
}

function exists(file: string): boolean {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Node http handler: answers dashboard GETs and returns true, or returns false and leaves res untouched. */
export function serveStatic(req: IncomingMessage, res: ServerResponse, distDir = DEFAULT_DIST): boolean {
  const r = resolveStatic(req.method ?? "GET", req.url ?? "/", distDir);
  if (!r) return false;
  res.writeHead(r.status, r.headers);
  res.end(r.body);
  return true;
}

/** Fetch-style handler (Hono and friends): a Response for dashboard GETs, otherwise null. */
export function staticResponse(request: Request, distDir = DEFAULT_DIST): Response | null {
  const r = resolveStatic(request.method, new URL(request.url).pathname, distDir);
  if (!r) return null;
  return new Response(typeof r.body === "string" ? r.body : new Uint8Array(r.body), { status: r.status, headers: r.headers });
}
