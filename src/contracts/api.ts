// The HTTP API's answers, as every client sees them: the record types the store returns, gathered in one module
// that the dashboard (web/) imports type-only instead of copying. The OpenAPI description (src/server/openapi.ts)
// documents the same shapes and test/openapi-answers.test.ts holds both to the server's real answers.
import type { ActorRecord, CanonicalEvent, ReportRef } from "../corpus/records.ts";
import type { CountRow, DyadMonth, EventDetail, MapPoint, NetworkGraph, Page, StoreStats } from "../store/store.ts";
import type { Event, ExtractionDocument } from "../schema.ts";

export type { ActorRef, ActorRecord, CanonicalEvent, ReportRef } from "../corpus/records.ts";
export type { CountRow, DyadMonth, EventDetail, MapPoint, StoreStats } from "../store/store.ts";
export type { Span } from "../schema.ts";

/** GET /api/events */
export type EventPage = Page<CanonicalEvent>;
/** GET /api/actors */
export interface ActorPage { items: ActorRecord[] }
/** GET /api/dyad */
export interface DyadAnswer { a: string; b: string; months: DyadMonth[] }
/** GET /api/timeline: one bucket per period and type */
export interface TimelineBucket { period: string; type: string; count: number }
export interface TimelineAnswer { interval: "day" | "week" | "month" | "year"; buckets: TimelineBucket[] }
/** GET /api/counts */
export interface CountsAnswer { interval: string; rows: CountRow[] }
/** GET /api/network */
export type NetworkAnswer = NetworkGraph;
export type NetworkNode = NetworkGraph["nodes"][number];
export type NetworkEdge = NetworkGraph["edges"][number];
/** GET /api/map */
export interface MapAnswer { points: MapPoint[] }
/** GET /api/stats */
export type StatsAnswer = StoreStats;
/** GET /api/events/{id} */
export type EventAnswer = EventDetail;
/** GET /api/documents/{id}: a stored extraction document whose events carry their index and canonical event;
 *  a document extracted in the browser or returned by an ingest has neither. */
export type StoredDocument = Omit<ExtractionDocument, "events"> & { events: (Event & { index?: number; canonicalId?: string | null })[] };
/** Any answer that is an error */
export interface ErrorAnswer { error: string }
