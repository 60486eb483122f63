// Calendar arithmetic on plain UTC dates and the ISO 8601 / TIMEX3 value strings the time stage writes.
// Dates are {y, m, d} records (month 1-12) so nothing depends on the host's time zone.

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const pad = (n: number, w = 2) => String(n).padStart(w, "0");

/** Parses "YYYY-MM-DD" (or a longer timestamp starting so); null when absent or malformed. */
export function parseYmd(iso: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  if (!m) return null;
  const out = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return out.m >= 1 && out.m <= 12 && out.d >= 1 && out.d <= 31 ? out : null;
}

const toUtc = (a: Ymd) => Date.UTC(a.y, a.m - 1, a.d);
const fromUtc = (t: number): Ymd => {
  const d = new Date(t);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() };
};

export const formatDay = (a: Ymd) => `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
export const formatMonth = (y: number, m: number) => `${pad(y, 4)}-${pad(m)}`;
export const formatYear = (y: number) => pad(y, 4);

export function addDays(a: Ymd, n: number): Ymd {
  return fromUtc(toUtc(a) + n * 86400000);
}

/** Adds months, clamping the day to the target month's length. */
export function addMonths(a: Ymd, n: number): Ymd {
  const idx = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(idx / 12), m = (idx % 12) + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 0 = Sunday ... 6 = Saturday */
export function weekday(a: Ymd): number {
  return new Date(toUtc(a)).getUTCDay();
}

/** ISO 8601 week value of the week holding a day: "2021-W26". */
export function isoWeek(a: Ymd): string {
  const dow = (weekday(a) + 6) % 7; // Monday = 0
  const thursday = addDays(a, 3 - dow); // the Thursday of a week decides its year
  const week = 1 + Math.floor((toUtc(thursday) - Date.UTC(thursday.y, 0, 1)) / 86400000 / 7);
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

/** Month index for ordering and nearest-month choices. */
export const monthIndex = (y: number, m: number) => y * 12 + (m - 1);

/** A day is a real calendar day. */
export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
