// What every exporter reads: canonical events with their reports, and a country lookup for names.
import type { CanonicalEvent, ReportRef } from "../records.ts";

export interface EventWithReports {
  event: CanonicalEvent;
  reports: ReportRef[];
}

export interface ExportContext {
  /** ISO3 → English name and region, when the knowledge has it */
  country?: (iso3: string) => { name: string; region?: string } | undefined;
  /** the export time (fixed in tests) */
  now?: Date;
  /** filled by the exporter: events left out, by reason ("no ACLED event type" → 12) */
  skipped?: Map<string, number>;
}

/** An exporter turns events into text chunks (lines, or one document for GeoJSON). */
export type Exporter = (events: AsyncIterable<EventWithReports>, ctx: ExportContext) => AsyncIterable<string>;

export const publishersOf = (reports: ReportRef[]) => [...new Set(reports.map((r) => r.source).filter((s): s is string => !!s))];

/** Where the event happened, else the country of its target or source. */
export const countryOf = (e: CanonicalEvent) => e.location?.country ?? e.target?.country ?? e.source?.country ?? null;

/** A numeric id from a canonical id's hash (GDELT and ACLED ids are numbers). */
export function numericId(id: string): number {
  return parseInt(id.replace(/^ce_/, "").slice(0, 12), 16);
}
