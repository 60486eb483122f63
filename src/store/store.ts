// The store interface: everything the CLI, the API and the dashboard ask of a corpus. SQLite (sqlite.ts) and
// PostgreSQL (postgres/) implement it; the merge itself lives in corpus/merge.ts behind a repository port.
import type { Event, ExtractionDocument } from "../schema.ts";
import type { ActorRecord, CanonicalEvent, ReportRef } from "../corpus/records.ts";
import type { AddResult } from "../corpus/merge.ts";

/** A read that ran past the store's time limit (PostgreSQL's statement_timeout): the caller narrows the query. */
export class QueryTimeout extends Error {}

/** The orders events can be listed in (newest first by default). */
export const EVENT_SORTS = ["date", "-date", "fatalities", "-fatalities", "confidence", "reports"] as const;
export type EventSort = (typeof EVENT_SORTS)[number];

export interface EventFilter {
  /** actor id, actor code, or a name (substring, case-insensitive) */
  actor?: string;
  /** ISO3 of where it happened (or of its actors when no place is known) */
  country?: string;
  /** PLOVER type */
  type?: string;
  /** ACLED event type ("Battles", "Explosions/Remote violence" ...) */
  acled?: string;
  /** a modality, or "any"; default "asserted": only asserted events count as having happened */
  modality?: string;
  /** events at or above this confidence (0 to 1); the CLI and the API default to the calibration's threshold */
  minConfidence?: number;
  /** ISO dates, inclusive */
  from?: string;
  to?: string;
  /** place name (substring) */
  place?: string;
  /** [minLon, minLat, maxLon, maxLat] */
  bbox?: [number, number, number, number];
  /** text search in the evidence, actors and places */
  q?: string;
  sort?: EventSort;
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  total: number;
  limit: number;
  offset: number;
  items: T[];
}

export type { AddResult };

/** The stored extraction document; each event carries its index and the canonical event it joined. */
export type StoredDocument = Omit<ExtractionDocument, "events"> & { events: (Event & { index: number; canonicalId: string | null })[] };

export interface EventDetail {
  event: CanonicalEvent;
  reports: ReportRef[];
  merge: { reasons: string[] };
}

export interface StoreStats {
  documents: number;
  reportEvents: number;
  canonicalEvents: number;
  actors: number;
}

export interface DyadMonth {
  month: string;
  events: number;
  goldsteinSum: number;
  goldsteinMean: number | null;
}

/** Events and deaths of one country in one period (ACLED-style counts). An event whose date interval does not fit
 *  in one period of the interval asked (dated only to a year, when months are asked) has period null: it is counted,
 *  but in no period, rather than on the first day of its interval. */
export interface CountRow {
  country: string | null;
  period: string | null;
  events: number;
  /** the sum of the events' tolls (each event's highest reported toll) */
  fatalities: number;
  /** how many of the events have a toll at all */
  withToll: number;
}

export type Interval = "day" | "week" | "month" | "year";

export interface NetworkGraph {
  nodes: { id: string; name: string; country: string | null; sector: string | null; events: number }[];
  edges: { source: string; target: string; kind: "conflict" | "cooperation" | "backs"; weight: number }[];
}

export interface MapPoint {
  id: string;
  lat: number;
  lon: number;
  precision: string;
  type: string;
  count: number;
}

export interface Store {
  hasDocument(id: string): Promise<boolean>;
  /** Adds a document, its report events and their merges, atomically: all of it or nothing. */
  addDocument(doc: ExtractionDocument, opts?: { file?: string }): Promise<AddResult>;
  getDocument(id: string): Promise<StoredDocument | null>;
  events(filter: EventFilter): Promise<Page<CanonicalEvent>>;
  /** every matching event, in pages internally (exports) */
  eachEvent(filter: EventFilter): AsyncIterable<{ event: CanonicalEvent; reports: ReportRef[] }>;
  event(id: string): Promise<EventDetail | null>;
  actors(q?: string, limit?: number): Promise<ActorRecord[]>;
  dyad(a: string, b: string, filter?: EventFilter): Promise<DyadMonth[]>;
  timeline(interval: "day" | "week" | "month" | "year", filter: EventFilter): Promise<{ period: string; type: string; count: number }[]>;
  /** events and fatalities by country and period, countries by events, periods in order */
  counts(interval: Interval, filter: EventFilter): Promise<CountRow[]>;
  network(filter: EventFilter, limit?: number): Promise<NetworkGraph>;
  map(filter: EventFilter, zoom?: number): Promise<MapPoint[]>;
  stats(): Promise<StoreStats>;
  close(): Promise<void>;
}
