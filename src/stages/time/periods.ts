// The accounting periods of company reports: "fiscal 1989", "the current fiscal year", "the current quarter",
// "the full year", and the comparisons with a year before ("the year-ago period", "year-earlier results"), which
// TimeML dates at the grain of the period being reported: the same quarter a year before when a quarter is in
// focus, else the year before.
import { formatYear } from "./calendar.ts";
import { matches, type Candidate, type Resolved, type TimeContext } from "./context.ts";

/** Quarterly results compare with the same quarter a year before: the quarter told last, when it was told within
 * the paragraph or two before ("Third-quarter profit ... up from $7 million a year earlier"). Other such
 * comparisons, bare years ("1989") and durations told since do not change the quarter being reported; a date of
 * its own (a month, a day) does. */
export function quarterAYearBefore(before: readonly { start: number; value: string; text: string }[], at: number): Resolved | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]!;
    if (at - t.start >= QUARTER_REACH) return null;
    if (/\byear[\s-](?:ago|earlier)\b/i.test(t.text) || /^\d{4}$/.test(t.value) || t.value.startsWith("P")) continue;
    const m = /^(\d{4})-Q([1-4])$/.exec(t.value);
    return m ? { value: `${formatYear(Number(m[1]) - 1)}-Q${m[2]}`, precision: "quarter" } : null;
  }
  return null;
}
const QUARTER_REACH = 1500;

export function accountingPeriods(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower, ref } = ctx;
  if (!ref) return out;
  // "the year-ago period", "the year-earlier quarter", and the adjective alone ("year-earlier net income")
  const yearAgo = /\b(the\s+(?:comparable\s+)?)?year-(?:ago|earlier)(\s+(?:period|quarter))?\b(?!\s+(?:nine|six|three)\b)/;
  // the last quarter completed before publication, a year before: what "the year-ago quarter" is with no other in focus
  const done = ref.y * 4 + Math.floor((ref.m - 1) / 3) - 1 - 4;
  for (const m of matches(yearAgo, lower)) {
    // "the" belongs to the timex only when the period noun does too ("the year-ago period", not "the year-ago results")
    const start = m[1] && !m[2] ? m.index + m[1].length : m.index;
    const at = m.index;
    const fallback: Resolved = /quarter/.test(m[2] ?? "")
      ? { value: `${formatYear(Math.floor(done / 4))}-Q${(done % 4) + 1}`, precision: "quarter" }
      : { value: formatYear(ref.y - 1), precision: "year" };
    out.push({ start, end: m.index + m[0].length, type: "DATE", rank: 1, anchored: (before) => quarterAYearBefore(before, at) ?? fallback });
  }
  // "the current year", "the current fiscal year", "the full year", "the fiscal year" (not one closed by a date,
  // which is a duration): the publication's year; "the current quarter", "the current month"
  const current = /\bthe\s+(?:(current|full|present)\s+)?(?:(fiscal|financial)\s+)?(year|quarter|month)\b(?!\s+(?:ended|ending|that\s+ended|to|of|ago|earlier)\b)(?!-)/;
  for (const m of matches(current, lower)) {
    const [, which, fiscal, unit] = m;
    if (!which && !fiscal) continue;
    if (unit !== "year" && which !== "current" && which !== "present") continue;
    const value = unit === "year" ? formatYear(ref.y)
      : unit === "quarter" ? `${formatYear(ref.y)}-Q${Math.floor((ref.m - 1) / 3) + 1}`
      : `${formatYear(ref.y)}-${String(ref.m).padStart(2, "0")}`;
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value, precision: unit === "month" ? "month" : unit === "quarter" ? "quarter" : "year", rank: 1 });
  }
  return out;
}
