// Corpus records: what the corpus layer makes of extraction documents, and what the store keeps and returns.
// CanonicalEvent and ReportRef are the shared contract with the API and the dashboard (issue 4 / issue 5).
import type { Modality, PloverType } from "../schema.ts";

export interface ActorRef {
  name: string;
  country: string | null;
  sector: string | null;
  actorCode: string | null;
  /** the corpus-wide actor id (resolved across documents), or null before resolution */
  actorId: string | null;
  /** a report's actor: its lookup keys (corpus/actors.ts), so that two reports compare by what their documents
   *  say, not by which actor ids an ingest order happened to make first */
  keys?: string[];
}

export interface LocationRef {
  name: string;
  country: string | null;
  lat: number | null;
  lon: number | null;
  precision: string;
}

export interface CanonicalEvent {
  /** stable: "ce_" + a hash of its first report */
  id: string;
  type: string;
  mode: string | null;
  cameo: string | null;
  goldstein: number | null;
  quadClass: number | null;
  acled: { eventType: string; subEventType: string } | null;
  source: ActorRef | null;
  target: ActorRef | null;
  /** ISO at the precision below */
  date: string | null;
  precision: string;
  location: LocationRef | null;
  modality: string;
  fatalities: number | null;
  injuries: number | null;
  confidence: number;
  /** how many report events merged into it */
  reports: number;
  /** distinct publishers (syndicated copies count once) */
  publishers: number;
  /** published date of the first report */
  firstSeen: string;
}

export interface ReportRef {
  documentId: string;
  title: string | null;
  source: string | null;
  published: string | null;
  url: string | null;
  eventIndex: number;
  sentence: { start: number; end: number; text: string };
  evidence: { start: number; end: number; text: string };
  trigger?: { start: number; end: number; text: string };
}

/** A day interval [start, end] in days since 1970-01-01, inclusive, with the precision it came from. */
export interface DayRange {
  start: number;
  end: number;
  precision: string;
}

/** One event as one document reports it, reduced to what merging and summarising need. */
export interface ReportEvent {
  documentId: string;
  eventIndex: number;
  type: PloverType;
  mode: string | null;
  cameo: string | null;
  goldstein: number | null;
  quadClass: number | null;
  acled: { eventType: string; subEventType: string } | null;
  modality: Modality;
  /** ISO value as the document gives it */
  dateValue: string | null;
  datePrecision: string;
  /** the interval the date allows; when the event has no date, a window before publication */
  days: DayRange | null;
  /** whether `days` came from the event's own date (true) or only from the publication date (false) */
  dated: boolean;
  location: LocationRef | null;
  /** the location is only the dateline's (where the report was filed), not where the event happened */
  locationWeak?: boolean;
  source: ActorRef | null;
  target: ActorRef | null;
  fatalities: number | null;
  injuries: number | null;
  confidence: number;
  published: string | null;
  /** independent-source key of the document: its publisher, or its syndication original's */
  publisherKey: string;
  /** a short text for search: the evidence sentence */
  evidence: string;
}

/** Why a report joined (or founded) a canonical event. */
export interface MergeDecision {
  score: number;
  reasons: string[];
}

export interface ActorRecord {
  id: string;
  name: string;
  country: string | null;
  sector: string | null;
  actorCode: string | null;
  events: number;
}
