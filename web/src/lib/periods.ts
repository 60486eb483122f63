// Timeline periods as the API names them ("2021-06-28", "2021-W26", "2021-06", "2021") to UTC date ranges.

const DAY = 86_400_000;

/** Start (inclusive) and end (exclusive) of a period, or null when it cannot be read. */
export function periodRange(period: string): [Date, Date] | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(period);
  if (m) {
    const start = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!);
    return [new Date(start), new Date(start + DAY)];
  }
  m = /^(\d{4})-W(\d{1,2})$/.exec(period);
  if (m) {
    // ISO week 1 holds January 4th; weeks start on Monday.
    const jan4 = Date.UTC(+m[1]!, 0, 4);
    const dow = (new Date(jan4).getUTCDay() + 6) % 7;
    const start = jan4 - dow * DAY + (+m[2]! - 1) * 7 * DAY;
    return [new Date(start), new Date(start + 7 * DAY)];
  }
  m = /^(\d{4})-(\d{2})$/.exec(period);
  if (m) return [new Date(Date.UTC(+m[1]!, +m[2]! - 1, 1)), new Date(Date.UTC(+m[1]!, +m[2]!, 1))];
  m = /^(\d{4})$/.exec(period);
  if (m) return [new Date(Date.UTC(+m[1]!, 0, 1)), new Date(Date.UTC(+m[1]! + 1, 0, 1))];
  return null;
}

/** YYYY-MM-DD of a date in UTC (what the API's from/to take). */
export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** Parses YYYY-MM-DD as a UTC date. */
export function parseDay(s: string | undefined): Date | null {
  if (!s) return null;
  const r = periodRange(s);
  return r ? r[0] : null;
}
