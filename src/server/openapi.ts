// The OpenAPI 3.1 description served at /openapi.json.
import { EVENT_SORTS } from "../store/store.ts";

/** An object whose every documented property is present and which has no other (the answers are tested against it). */
const closed = (properties: Record<string, object>, optional: string[] = []) =>
  ({ type: "object", properties, required: Object.keys(properties).filter((k) => !optional.includes(k)), additionalProperties: false });
const filterParams = [
  ["actor", "actor id, actor code, country code or name"],
  ["country", "where it happened: a country name or ISO 3166 code (\"El Salvador\", SLV, SV); unknown names answer 400"],
  ["type", "PLOVER event type"],
  ["acled", "ACLED event type"],
  ["modality", "asserted (default), negated, intended, threatened, conditional, hypothetical, reported_denied, or any"],
  ["minConfidence", "events at or above this confidence, 0 to 1 (default: the calibration's threshold, 0 when none is set; 0 shows every event)"],
  ["from", "ISO date, inclusive"],
  ["to", "ISO date, inclusive"],
  ["place", "place name contains"],
  ["bbox", "minLon,minLat,maxLon,maxLat"],
  ["q", "text search in evidence, actors and places (case-insensitive substring; three characters or more use a trigram index)"],
].map(([name, description]) => ({ name, in: "query", required: false, description, schema: { type: "string" } }));
const page = [
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 1000, default: 50 } },
  { name: "offset", in: "query", schema: { type: "integer", minimum: 0, default: 0 } },
];
const actorRef = { type: ["object", "null"], additionalProperties: false, properties: { name: { type: "string" }, country: { type: ["string", "null"] }, sector: { type: ["string", "null"] }, actorCode: { type: ["string", "null"] }, actorId: { type: ["string", "null"] } } };
const span = { type: "object", properties: { start: { type: "integer" }, end: { type: "integer" }, text: { type: "string" } } };
const json = (schema: object, description = "OK") => ({ description, content: { "application/json": { schema } } });
const error = json({ $ref: "#/components/schemas/Error" }, "Error");

export const OPENAPI = {
  openapi: "3.1.0",
  info: { title: "sitrep API", version: "0.1.0", description: "Canonical events merged from news reports, with the evidence behind each. Read-only unless the server has a token; only asserted events are returned unless modality says otherwise." },
  paths: {
    "/api/events": { get: { summary: "Canonical events", parameters: [...filterParams, { name: "sort", in: "query", schema: { enum: [...EVENT_SORTS] } }, ...page],
      responses: { 200: json(closed({ total: { type: "integer" }, limit: { type: "integer" }, offset: { type: "integer" }, items: { type: "array", items: { $ref: "#/components/schemas/CanonicalEvent" } } })), 400: error } } },
    "/api/events/{id}": { get: { summary: "One event, its reports and why they merged", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: { 200: json(closed({ event: { $ref: "#/components/schemas/CanonicalEvent" }, reports: { type: "array", items: { $ref: "#/components/schemas/ReportRef" } }, merge: closed({ reasons: { type: "array", items: { type: "string" } } }) })), 404: error } } },
    "/api/documents/{id}": { get: { summary: "A stored extraction document (shared/spec/document-json.md); each event carries index and canonicalId", parameters: [{ name: "id", in: "path", required: true, schema: { type: "string" } }],
      responses: { 200: json({ type: "object" }), 404: error } } },
    "/api/actors": { get: { summary: "Actors resolved across documents", parameters: [{ name: "q", in: "query", schema: { type: "string" } }, page[0]],
      responses: { 200: json(closed({ items: { type: "array", items: closed({ id: { type: "string" }, name: { type: "string" }, country: { type: ["string", "null"] }, sector: { type: ["string", "null"] }, actorCode: { type: ["string", "null"] }, events: { type: "integer" } }) } })) } } },
    "/api/dyad": { get: { summary: "Events between two actors by month, with Goldstein sums and means", parameters: [{ name: "a", in: "query", required: true, schema: { type: "string" } }, { name: "b", in: "query", required: true, schema: { type: "string" } }, ...filterParams.filter((p) => p.name !== "actor")],
      responses: { 200: json(closed({ a: { type: "string" }, b: { type: "string" }, months: { type: "array", items: closed({ month: { type: "string" }, events: { type: "integer" }, goldsteinSum: { type: "number" }, goldsteinMean: { type: ["number", "null"] } }) } })), 400: error } } },
    "/api/timeline": { get: { summary: "Event counts by period and type", parameters: [{ name: "interval", in: "query", schema: { enum: ["day", "week", "month", "year"], default: "month" } }, ...filterParams],
      responses: { 200: json(closed({ interval: { enum: ["day", "week", "month", "year"] }, buckets: { type: "array", items: closed({ period: { type: "string" }, type: { type: "string" }, count: { type: "integer" } }) } })) } } },
    "/api/counts": { get: { summary: "Events and fatalities by country and period; an event whose date does not fit in one period has period null", parameters: [{ name: "interval", in: "query", schema: { enum: ["day", "week", "month", "year"], default: "month" } }, ...filterParams],
      responses: { 200: json(closed({ interval: { type: "string" }, rows: { type: "array", items: closed({ country: { type: ["string", "null"] }, period: { type: ["string", "null"] }, events: { type: "integer" }, fatalities: { type: "integer" }, withToll: { type: "integer" } }) } })), 400: error } } },
    "/api/network": { get: { summary: "Actor network: conflict, cooperation and backing edges", parameters: [...filterParams, page[0]],
      responses: { 200: json(closed({ nodes: { type: "array", items: closed({ id: { type: "string" }, name: { type: "string" }, country: { type: ["string", "null"] }, sector: { type: ["string", "null"] }, events: { type: "integer" } }) }, edges: { type: "array", items: closed({ source: { type: "string" }, target: { type: "string" }, kind: { enum: ["conflict", "cooperation", "backs"] }, weight: { type: "integer" } }) } })) } } },
    "/api/map": { get: { summary: "Located events; clustered server-side when dense", parameters: [...filterParams, { name: "zoom", in: "query", schema: { type: "integer", minimum: 0, maximum: 20 } }],
      responses: { 200: json(closed({ points: { type: "array", items: closed({ id: { type: "string" }, lat: { type: "number" }, lon: { type: "number" }, precision: { type: "string" }, type: { type: "string" }, count: { type: "integer" } }) } })) } } },
    "/api/export": { get: { summary: "Every event of the filters (no paging) as a download: ACLED CSV, GDELT 2.0 TSV, PLOVER JSON Lines, GeoJSON or a plain CSV",
      parameters: [{ name: "format", in: "query", required: true, schema: { enum: ["acled", "gdelt", "plover", "geojson", "csv"] } }, ...filterParams],
      responses: { 200: { description: "The export, streamed, with a Content-Disposition file name", content: { "text/csv": {}, "text/tab-separated-values": {}, "application/x-ndjson": {}, "application/geo+json": {} } }, 400: error, 429: error } } },
    "/api/stats": { get: { summary: "Counts of documents, report events, canonical events and actors", responses: { 200: json(closed({ documents: { type: "integer" }, reportEvents: { type: "integer" }, canonicalEvents: { type: "integer" }, actors: { type: "integer" } })) } } },
    "/api/ingest": { post: { summary: "Ingest articles (requires the server's bearer token)", security: [{ bearer: [] }],
      parameters: [{ name: "async", in: "query", required: false, description: "1: answer 202 at once with a job to poll at /api/ingest/{job} (also Prefer: respond-async)", schema: { enum: ["1", "true"] } }],
      requestBody: { content: {
        "application/json": { schema: { type: "object", required: ["text"], properties: { text: { type: "string" }, title: { type: "string" }, published: { type: "string", format: "date" }, source: { type: "string" }, url: { type: "string" } } } },
        "multipart/form-data": { schema: closed({ files: { type: "array", items: { type: "string", format: "binary" } } }) } } },
      responses: { 200: json(closed({ summary: { type: "object" }, extractions: { type: "array" } })), 202: json(closed({ job: { type: "string" }, status: { type: "string" } }), "Accepted: the job to poll"), 400: error, 401: error, 403: error, 429: error, 503: error } } },
    "/api/ingest/{job}": { get: { summary: "An asynchronous ingest: running, done (with the result a synchronous ingest answers) or failed (with its error); the last 200 are kept", security: [{ bearer: [] }],
      parameters: [{ name: "job", in: "path", required: true, schema: { type: "string" } }],
      responses: { 200: json(closed({ job: { type: "string" }, state: { enum: ["running", "done", "failed"] }, submitted: { type: "string" }, finished: { type: ["string", "null"] }, result: {}, error: { type: ["string", "null"] } })), 401: error, 403: error, 404: error } } },
  },
  components: {
    securitySchemes: { bearer: { type: "http", scheme: "bearer" } },
    schemas: {
      Error: closed({ error: { type: "string" } }),
      CanonicalEvent: closed({
        id: { type: "string" }, type: { type: "string" }, mode: { type: ["string", "null"] }, cameo: { type: ["string", "null"] }, goldstein: { type: ["number", "null"] },
        quadClass: { type: ["integer", "null"] }, acled: { type: ["object", "null"], properties: { eventType: { type: "string" }, subEventType: { type: "string" } } },
        source: actorRef, target: actorRef, date: { type: ["string", "null"] }, precision: { type: "string" },
        location: { type: ["object", "null"], properties: { name: { type: "string" }, country: { type: ["string", "null"] }, lat: { type: ["number", "null"] }, lon: { type: ["number", "null"] }, precision: { type: "string" } } },
        modality: { type: "string" }, fatalities: { type: ["integer", "null"] }, injuries: { type: ["integer", "null"] }, confidence: { type: "number" },
        reports: { type: "integer" }, publishers: { type: "integer" }, firstSeen: { type: "string" } }),
      ReportRef: closed({ documentId: { type: "string" }, title: { type: ["string", "null"] }, source: { type: ["string", "null"] }, published: { type: ["string", "null"] },
        url: { type: ["string", "null"] }, eventIndex: { type: "integer" }, sentence: span, evidence: span, trigger: span }, ["trigger"]),
    },
  },
};
