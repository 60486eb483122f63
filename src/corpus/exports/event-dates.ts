// The day an export writes for an event, whatever its precision: formats want a calendar day (ACLED event_date,
// GDELT SQLDATE, PLOVER date) and carry the precision, when they can, in a field of its own.
import type { CanonicalEvent } from "../records.ts";
import { dayRange, isoOfDay } from "../dates.ts";

export interface ExportDay {
  /** the first day of the interval the date allows, YYYY-MM-DD */
  first: string;
  /** its last day */
  last: string;
  /** day, week, month, year, decade; "unknown" when only the publication date dates the event */
  precision: string;
  /** the event's own date was missing or impossible, so this is the first report's publication date */
  fromPublication: boolean;
}

/** Years no export writes: news event data starts after 1900, and a date after the export is a misreading. */
const EARLIEST = Date.UTC(1900, 0, 1) / 86_400_000;

/** The day interval of a TIMEX value, with the weekend of an ISO week ("1990-W07-WE": its Saturday and Sunday)
 * that the corpus's day intervals leave undated. */
function interval(value: string | null | undefined): { start: number; end: number; precision: string } | null {
  const weekend = value?.match(/^(\d{4}-W\d{2})-WE$/);
  if (weekend) {
    const week = dayRange(weekend[1]);
    return week ? { start: week.start + 5, end: week.start + 6, precision: "week" } : null;
  }
  return dayRange(value);
}

export function exportDay(e: Pick<CanonicalEvent, "date" | "precision" | "firstSeen">, now: Date): ExportDay | null {
  const latest = Math.floor(now.getTime() / 86_400_000) + 1;
  const sane = (r: { start: number; end: number } | null) => !!r && r.start >= EARLIEST && r.start <= latest;
  const own = interval(e.date);
  if (own && sane(own)) {
    // the store keeps a week or month as its first day beside the precision: the precision says how wide it is
    const precision = PRECISIONS.has(e.precision) && own.start === own.end ? e.precision : own.start === own.end ? "day" : own.precision;
    return { first: isoOfDay(own.start), last: isoOfDay(own.start === own.end ? widen(own.start, precision) : own.end), precision, fromPublication: false };
  }
  const published = interval(e.firstSeen);
  if (published && sane(published)) return { first: isoOfDay(published.start), last: isoOfDay(published.start), precision: "unknown", fromPublication: true };
  return null;
}

const PRECISIONS = new Set(["day", "week", "month", "year", "decade", "unknown"]);

/** The last day of an interval of `precision` starting on `start`. */
function widen(start: number, precision: string): number {
  const d = new Date(start * 86_400_000);
  const y = d.getUTCFullYear(), m = d.getUTCMonth();
  switch (precision) {
    case "week": return start + 6;
    case "month": return Date.UTC(y, m + 1, 1) / 86_400_000 - 1;
    case "year": return Date.UTC(y + 1, 0, 1) / 86_400_000 - 1;
    case "decade": return Date.UTC(y + 10, 0, 1) / 86_400_000 - 1;
    default: return start;
  }
}

/** Counts an event an export leaves out, by reason (the CLI prints them). */
export function skip(ctx: { skipped?: Map<string, number> }, why: string): void {
  ctx.skipped?.set(why, (ctx.skipped.get(why) ?? 0) + 1);
}
