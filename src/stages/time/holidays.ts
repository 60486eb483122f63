// Holidays with a fixed or computable day: "Christmas", "New Year's Eve", "Thanksgiving", "Easter", "Labor Day".
// TimeML dates them like any day ("last Thanksgiving" → 1999-11-25); the year comes from the text ("Christmas
// 1998", "last Easter") or, like a day of a month, from the clause's tense.
import { addDays, formatDay, weekday, type Ymd } from "./calendar.ts";
import { matches, type Candidate, type TimeContext } from "./context.ts";
import { yearOfDay } from "./resolve.ts";

type DayOf = (y: number) => Ymd;

/** The n-th (1-based; -1 the last) weekday `wd` (0 = Sunday) of a month. */
function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = addDays(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }, -1);
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/** Western Easter Sunday (the anonymous Gregorian computus). */
function easter(y: number): Ymd {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

const fixed = (m: number, d: number): DayOf => (y) => ({ y, m, d });

// the names as they are written (lower case), longest first where one holds another
const HOLIDAYS: Array<[string, DayOf]> = [
  ["christmas eve", fixed(12, 24)],
  ["christmas day", fixed(12, 25)],
  ["christmas", fixed(12, 25)],
  ["new year's eve", fixed(12, 31)],
  ["new year's day", fixed(1, 1)],
  ["independence day", fixed(7, 4)],
  ["fourth of july", fixed(7, 4)],
  ["halloween", fixed(10, 31)],
  ["valentine's day", fixed(2, 14)],
  ["veterans day", fixed(11, 11)],
  ["boxing day", fixed(12, 26)],
  ["bastille day", fixed(7, 14)],
  ["thanksgiving day", (y) => nthWeekday(y, 11, 4, 4)],
  ["thanksgiving", (y) => nthWeekday(y, 11, 4, 4)],
  ["memorial day", (y) => nthWeekday(y, 5, 1, -1)],
  ["labor day", (y) => nthWeekday(y, 9, 1, 1)],
  ["martin luther king day", (y) => nthWeekday(y, 1, 1, 3)],
  ["presidents' day", (y) => nthWeekday(y, 2, 1, 3)],
  ["columbus day", (y) => nthWeekday(y, 10, 1, 2)],
  ["good friday", (y) => addDays(easter(y), -2)],
  ["easter monday", (y) => addDays(easter(y), 1)],
  ["easter sunday", easter],
  ["easter", easter],
];

// "Easter Island", "Christmas Island", "Independence Day celebrations" are fine, islands and risings are no days
const NOT_BEFORE = /^\s+(?:island|islands|rising|uprising|offensive|tree|trees|card|cards|lights)\b/;

export function holidays(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower, ref } = ctx;
  const names = HOLIDAYS.map(([n]) => n.replace(/'/g, "['’]?").replace(/ /g, "\\s+")).join("|");
  const re = new RegExp(String.raw`\b(?:(last|next|this)\s+)?(${names})\b(?:,?\s+(\d{4})\b)?`);
  for (const m of matches(re, lower)) {
    const [, rel, name, yearText] = m;
    if (NOT_BEFORE.test(lower.slice(m.index + m[0].length))) continue;
    const dayOf = HOLIDAYS.find(([n]) => new RegExp(`^${n.replace(/'/g, "['’]?").replace(/ /g, "\\s+")}$`).test(name!))![1];
    let y: number | null = yearText ? Number(yearText) : null;
    if (y === null && ref) {
      const thisYear = dayOf(ref.y);
      const before = thisYear.m * 32 + thisYear.d < ref.m * 32 + ref.d;
      if (rel === "last") y = before ? ref.y : ref.y - 1;
      else if (rel === "next") y = before ? ref.y + 1 : ref.y;
      else if (rel === "this") y = ref.y;
      else y = yearOfDay(ref, thisYear.m, thisYear.d, ctx.direction(m.index, m.index + m[0].length));
    }
    if (y === null) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: formatDay(dayOf(y)), precision: "day", rank: 1 });
  }
  return out;
}
