// A typed client for the sitrep HTTP API (the answer types: src/contracts/api.ts, through web/src/types.ts).
import type {
  ActorItem, CountRow, DyadMonth, EventDetail, EventPage, ExtractionDocument, MapPoint, NetworkEdge, NetworkNode, TimelineBucket,
} from "../types.ts";

export class ApiError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

async function getJson<T>(path: string, params?: URLSearchParams, signal?: AbortSignal): Promise<T> {
  const url = params && [...params.keys()].length ? `${path}?${params}` : path;
  const res = await fetch(url, { headers: { accept: "application/json" }, signal });
  if (!res.ok) throw new ApiError(res.status, `${res.status} ${res.statusText} for ${path}: ${await safeText(res)}`);
  return (await res.json()) as T;
}

async function safeText(res: Response): Promise<string> {
  try {
    return (await res.text()).slice(0, 300);
  } catch {
    return "";
  }
}

/** A view's latest request: each call aborts the signal it gave before and returns a new one, so a view only ever
 *  draws the answer to its last load. */
export function latestRequest(): () => AbortSignal {
  let controller: AbortController | undefined;
  return () => {
    controller?.abort();
    controller = new AbortController();
    return controller.signal;
  };
}

export const api = {
  events: (p: URLSearchParams, signal?: AbortSignal) => getJson<EventPage>("/api/events", p, signal),
  event: (id: string) => getJson<EventDetail>(`/api/events/${encodeURIComponent(id)}`),
  document: (id: string) => getJson<ExtractionDocument & Record<string, unknown>>(`/api/documents/${encodeURIComponent(id)}`),
  actors: (q: string, limit = 10) => getJson<{ items: ActorItem[] }>("/api/actors", new URLSearchParams({ q, limit: String(limit) })),
  dyad: (a: string, b: string) => getJson<{ months: DyadMonth[] }>("/api/dyad", new URLSearchParams({ a, b })),
  timeline: (p: URLSearchParams, signal?: AbortSignal) => getJson<{ buckets: TimelineBucket[] }>("/api/timeline", p, signal),
  counts: (p: URLSearchParams, signal?: AbortSignal) => getJson<{ rows: CountRow[] }>("/api/counts", p, signal),
  network: (p: URLSearchParams, signal?: AbortSignal) => getJson<{ nodes: NetworkNode[]; edges: NetworkEdge[] }>("/api/network", p, signal),
  map: (p: URLSearchParams, signal?: AbortSignal) => getJson<{ points: MapPoint[] }>("/api/map", p, signal),

  /** POST /api/ingest: JSON for pasted text, multipart for files. The token is sent only here. */
  async ingest(token: string, body: { text: string; title?: string; published?: string; source?: string; url?: string } | FormData): Promise<unknown> {
    const headers: Record<string, string> = { accept: "application/json" };
    if (token) headers.authorization = `Bearer ${token}`;
    let payload: BodyInit;
    if (body instanceof FormData) payload = body;
    else {
      headers["content-type"] = "application/json";
      payload = JSON.stringify(body);
    }
    const res = await fetch("/api/ingest", { method: "POST", headers, body: payload });
    if (!res.ok) throw new ApiError(res.status, `${res.status} ${res.statusText}: ${await safeText(res)}`);
    return res.json();
  },
};
