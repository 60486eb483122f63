// Event dates as day intervals: "2021-06-27" is one day, "2021-06" a month, "2021-W26" a week, "2021" a year.
// Two reports can describe one event only if their intervals overlap, whatever precision each allows.
import type { DayRange } from "./records.ts";

const DAY_MS = 86_400_000;

export function dayNumber(y: number, m: number, d: number): number {
  return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function isoOfDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Monday of ISO week 1 of a year. */
function isoWeekOne(year: number): number {
  const jan4 = dayNumber(year, 1, 4);
  const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7; // Monday = 0
  return jan4 - weekday;
}

/** The interval an ISO date value allows, or null when the value is not a calendar date (a duration, a time). */
export function dayRange(value: string | null | undefined, precision?: string | null): DayRange | null {
  if (!value) return null;
  let m: RegExpMatchArray | null;
  if ((m = value.match(/^(\d{4})-(\d{2})-(\d{2})/))) {
    const d = dayNumber(+m[1]!, +m[2]!, +m[3]!);
    return Number.isNaN(d) ? null : { start: d, end: d, precision: "day" };
  }
  if ((m = value.match(/^(\d{4})-W(\d{2})$/))) {
    const start = isoWeekOne(+m[1]!) + (+m[2]! - 1) * 7;
    return { start, end: start + 6, precision: "week" };
  }
  if ((m = value.match(/^(\d{4})-(\d{2})$/))) {
    const start = dayNumber(+m[1]!, +m[2]!, 1);
    return { start, end: dayNumber(+m[1]!, +m[2]! + 1, 1) - 1, precision: "month" };
  }
  if ((m = value.match(/^(\d{4})-(Q[1-4]|SP|SU|FA|AU|WI)$/))) {
    const y = +m[1]!;
    const q = { Q1: 1, Q2: 4, Q3: 7, Q4: 10, SP: 3, SU: 6, FA: 9, AU: 9, WI: 12 }[m[2] as "Q1"]!;
    return { start: dayNumber(y, q, 1), end: dayNumber(y, q + 3, 1) - 1, precision: "month" };
  }
  if ((m = value.match(/^(\d{4})$/))) return { start: dayNumber(+m[1]!, 1, 1), end: dayNumber(+m[1]! + 1, 1, 1) - 1, precision: "year" };
  if ((m = value.match(/^(\d{3})X?$/))) return { start: dayNumber(+m[1]! * 10, 1, 1), end: dayNumber(+m[1]! * 10 + 10, 1, 1) - 1, precision: "decade" };
  void precision;
  return null;
}

/** The first day of the interval a date value allows, as YYYY-MM-DD, for formats that want a day whatever the
 * precision (ACLED event_date, GDELT SQLDATE, PLOVER date; the precision goes in its own field); null when the
 * value is no calendar date. "1990-W07" gives the week's Monday, "198" 1980-01-01. */
export function firstDayOf(value: string | null | undefined): string | null {
  const r = dayRange(value);
  return r ? isoOfDay(r.start) : null;
}

/** Days the two intervals are apart (0 when they overlap). */
export function gapDays(a: DayRange, b: DayRange): number {
  if (a.end < b.start) return b.start - a.end;
  if (b.end < a.start) return a.start - b.end;
  return 0;
}

/** The narrower of two overlapping intervals' intersection (what both reports allow). */
export function intersect(a: DayRange, b: DayRange): DayRange | null {
  const start = Math.max(a.start, b.start), end = Math.min(a.end, b.end);
  if (start > end) return null;
  const width = end - start;
  return { start, end, precision: width === 0 ? "day" : width <= 7 ? "week" : width <= 31 ? "month" : width <= 366 ? "year" : "decade" };
}

/** The ISO value of an interval at its precision ("2021-06-27", "2021-06", "2021"). */
export function isoOfRange(r: DayRange): string {
  const s = isoOfDay(r.start);
  switch (r.precision) {
    case "day": return s;
    case "week": return r.end - r.start === 0 ? s : s; // a week is given by its first day
    case "month": return s.slice(0, 7);
    case "year": return s.slice(0, 4);
    default: return s.slice(0, 3);
  }
}

/** ISO year-week ("2021-W26") of a day, for block keys. */
export function isoWeekOf(day: number): string {
  const weekday = (new Date(day * DAY_MS).getUTCDay() + 6) % 7;
  const thursday = day - weekday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - isoWeekOne(year) + 3) / 7) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}
