// Placing a month, a day of a month or a weekday written without a year on the calendar, relative to the
// publication date and the clause's direction: past clauses take the last one (today included), future ones
// the next one, present-tense clauses the nearer one; without a cue weekdays look back (news reports the past
// week) and months and days take the nearest.
import { addDays, monthIndex, weekday, type Ymd } from "./calendar.ts";
import type { Direction } from "./context.ts";

/** The year of a month named without one. */
export function yearOfMonth(ref: Ymd, month: number, dir: Direction): number {
  if (dir === "past") return month <= ref.m ? ref.y : ref.y - 1;
  if (dir === "future") return month >= ref.m ? ref.y : ref.y + 1;
  const now = monthIndex(ref.y, ref.m);
  let best = ref.y, bestDist = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const dist = Math.abs(monthIndex(y, month) - now);
    // ties go to the past: news more often reports than announces
    if (dist < bestDist || (dist === bestDist && y < best)) [best, bestDist] = [y, dist];
  }
  return best;
}

/** A day this close to the publication date on the "wrong" side of it is still this year's: a past-tense clause
 * about a date three weeks ahead ("the dividend was set for Nov. 17") misreads the tense more often than it means
 * eleven months ago. */
const NEAR_DAYS = 45;
const DAY_MS = 86_400_000;

/** The year of a day of a month named without one ("on 30 December"). */
export function yearOfDay(ref: Ymd, month: number, day: number, dir: Direction): number {
  const key = (m: number, d: number) => m * 32 + d;
  const here = key(ref.m, ref.d), there = key(month, day);
  const refT = Date.UTC(ref.y, ref.m - 1, ref.d);
  const nearThisYear = Math.abs(Date.UTC(ref.y, month - 1, day) - refT) <= NEAR_DAYS * DAY_MS;
  if (dir === "past") return there <= here || nearThisYear ? ref.y : ref.y - 1;
  if (dir === "future") return there >= here || nearThisYear ? ref.y : ref.y + 1;
  let best = ref.y, bestDist = Infinity;
  for (const y of [ref.y - 1, ref.y, ref.y + 1]) {
    const dist = Math.abs(Date.UTC(y, month - 1, day) - refT);
    if (dist < bestDist || (dist === bestDist && y < best)) [best, bestDist] = [y, dist];
  }
  return best;
}

/**
 * The day of a weekday: `strict` excludes the reference day itself ("last Sunday", "next Sunday").
 * Without a direction, weekdays refer to the past week.
 */
export function dayOfWeekday(ref: Ymd, wd: number, dir: Direction, strict = false): Ymd {
  const today = weekday(ref);
  let ahead = (wd - today + 7) % 7;
  if (strict && ahead === 0) ahead = 7;
  let back = (today - wd + 7) % 7;
  if (strict && back === 0) back = 7;
  if (dir === "future" || (dir === "near" && ahead < back)) return addDays(ref, ahead);
  return addDays(ref, -back);
}
