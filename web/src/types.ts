// The shared contract between the store/HTTP API (issue 4) and the dashboard (issue 5), as the browser sees it.
// Only types: the dashboard never trusts these shapes for safety (all text is rendered as text).

// The records the API returns are the corpus layer's own types (type-only: nothing of src/ is bundled).
export type { ActorRef, CanonicalEvent, ReportRef } from "../../src/corpus/records.ts";
import type { CanonicalEvent, ReportRef } from "../../src/corpus/records.ts";

export interface Span { start: number; end: number; text?: string }

export interface EventPage { total: number; limit: number; offset: number; items: CanonicalEvent[] }
export interface EventDetail { event: CanonicalEvent; reports: ReportRef[]; merge: { reasons: string[] } }

export interface ExtractionDocument {
  document: { id: string; title?: string | null; published?: string | null; source?: string | null; url?: string | null; text: string };
  sentences?: Span[];
  entities: { id: string; name: string; type: string; country: string | null; sector?: string | null; mentions: Span[] }[];
  timexes: (Span & { type: string; value: string })[];
  places: (Span & { name: string; country: string | null; precision: string })[];
  quotes: (Span & { direct: boolean; speaker: { name: string; entity?: string | null } | null; verb?: string })[];
  /** the API adds canonicalId (and index) to each stored event; a plain extraction has neither */
  events: { id: string; index?: number; canonicalId?: string | null; type: string; evidence: Span; trigger?: Span; source: { name: string } | null; target: { name: string } | null; modality?: string; date?: { value: string | null } | null; location?: { name: string } | null }[];
  relations?: unknown[];
}

export interface ActorItem { id: string; name: string; country: string | null; sector: string | null; actorCode: string | null; events: number }
/** goldsteinMean is null for a month whose events have no Goldstein score */
export interface DyadMonth { month: string; events: number; goldsteinSum: number; goldsteinMean: number | null }
export interface TimelineBucket { period: string; type: string; count: number }
/** GET /api/counts: an event whose date does not fit in one period has period null */
export interface CountRow { country: string | null; period: string | null; events: number; fatalities: number; withToll: number }
export interface NetworkNode { id: string; name: string; country: string | null; sector: string | null; events: number }
export interface NetworkEdge { source: string; target: string; kind: "conflict" | "cooperation" | "backs"; weight: number }
export interface MapPoint { id: string | null; lat: number; lon: number; precision: string; type: string; count: number }

export const PLOVER_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "OTHER",
] as const;
export const MODALITIES = ["asserted", "negated", "intended", "threatened", "conditional", "hypothetical", "reported_denied"] as const;
export const ACLED_TYPES = ["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"] as const;
