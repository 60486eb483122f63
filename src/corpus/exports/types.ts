// What every exporter reads: canonical events with their reports, and the reference data the formats need.
import type { CanonicalEvent, ReportRef } from "../records.ts";

export interface EventWithReports {
  event: CanonicalEvent;
  reports: ReportRef[];
}

export interface RefCountry {
  iso3: string;
  iso2: string;
  name: string;
  /** ISO 3166-1 numeric */
  numeric: number;
  /** FIPS 10-4 */
  fips: string;
  /** one of ACLED_REGIONS */
  acledRegion: string;
  lat: number;
  lon: number;
  geonameId: number | null;
}

/** The reference data of the formats (country codes, GeoNames codes of places, CAMEO codes, PLOVER quads): the
 * knowledge layer has it (src/knowledge/export-refs.ts); the CLI and the server hand it in. */
export interface ExportRefs {
  country(iso3: string | null | undefined): RefCountry | undefined;
  countries(): RefCountry[];
  place(l: { country: string | null; lat: number | null; lon: number | null; precision: string }): { geonameId: number; admin1Key: string; admin1Name: string | null } | undefined;
  cameoCodes(): Set<string>;
  ploverQuads(): Record<string, number>;
}

export interface ExportContext {
  refs: ExportRefs;
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
