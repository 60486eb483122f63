// Clock times and named times of the day, and the day they fall on. TIMEX3 gives a clock time its day:
// "10 p.m. Wednesday" is 1998-02-11T22:00, and a bare "at 6 a.m." is on the day the narrative is on. Here:
// "noon Thursday", "midnight", "mid-afternoon yesterday", "4 in the morning", and the pass that dates them all.
import type { Timex } from "../../schema.ts";
import { addDays, formatDay, parseYmd, type Ymd } from "./calendar.ts";
import { matches, type Candidate, type TimeContext } from "./context.ts";
import { dayOfWeekday } from "./resolve.ts";
import { numberValue, WEEKDAYS, WEEKDAY_RE } from "./words.ts";
import { nearestIn } from "../../util/span-index.ts";

const DAY_WORD = String.raw`(?:${WEEKDAY_RE}|yesterday|today|tomorrow)`;

// times of the day with a name: the clock reading or TIMEX3's part of the day
const NAMED: Record<string, string> = { noon: "T12:00", midday: "T12:00", midnight: "T24:00", "mid-morning": "TMO", "mid-afternoon": "TAF" };

const HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";

/** "noon Thursday", "Thursday noon", "at midnight", "mid-afternoon yesterday", "4 in the morning", "ten at night". */
export function namedTimes(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower } = ctx;
  const named = new RegExp(String.raw`\b(?:(${DAY_WORD})\s+)?(noon|midday|midnight|mid[- ]?(?:morning|afternoon|day))\b(?:\s+(${DAY_WORD})\b)?`);
  for (const m of matches(named, lower)) {
    const clock = NAMED[m[2]!.replace(/^mid[- ]?(morning|afternoon)$/, "mid-$1").replace(/^mid[- ]day$/, "midday")];
    if (!clock) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: "TIME", value: clock, precision: clock.includes(":") ? "minute" : "hour", rank: 2 });
  }
  const hourIn = new RegExp(String.raw`\b(\d{1,2}|${HOUR_WORDS})(?:\s+o'clock)?\s+(in\s+the\s+(morning|afternoon|evening)|at\s+night)\b`);
  for (const m of matches(hourIn, lower)) {
    let h = numberValue(m[1]!) ?? -1;
    if (h < 1 || h > 12) continue;
    const part = m[3] ?? "night";
    if (part === "morning") h %= 12;
    else if (h < 12 && !(part === "night" && h < 5)) h += 12;
    out.push({ start: m.index, end: m.index + m[0].length, type: "TIME", value: `T${String(h).padStart(2, "0")}:00`, precision: "minute", rank: 2 });
  }
  return out;
}

// a timex that names a day: a date, or a clock time already given its day
const isDay = (t: Timex) => (t.type === "DATE" || t.type === "TIME") && /^\d{4}-\d{2}-\d{2}(?:T|$)/.test(t.value);

/** The day a day word inside a clock time's own text names ("10 p.m. Wednesday", "noon yesterday"). */
function ownDay(ctx: TimeContext, t: Timex, ref: Ymd): Ymd | null {
  const m = new RegExp(String.raw`\b(${DAY_WORD})\b`).exec(ctx.lower.slice(t.start, t.end));
  if (!m) return null;
  const w = m[1]!;
  if (w === "yesterday") return addDays(ref, -1);
  if (w === "today") return ref;
  if (w === "tomorrow") return addDays(ref, 1);
  return dayOfWeekday(ref, WEEKDAYS[w]!, ctx.direction(t.start, t.end));
}

/**
 * Gives each clock time without a day ("T22:00") the day it falls on: a day word in its own text, else the
 * nearest day in its sentence ("at 10:35 a.m. (0735 GMT) Friday"), else the last day told before it (the
 * narrative's day), else the publication date.
 */
export function dateClockTimes(ctx: TimeContext, timexes: Timex[]): Timex[] {
  const { doc, ref } = ctx;
  const undated = (t: Timex) => t.type === "TIME" && t.value.startsWith("T");
  const withDay = (t: Timex, day: Ymd | null) => (day ? { ...t, value: formatDay(day) + t.value } : t);
  // first the ones that say their day, which then date their neighbours
  const own = timexes.map((t) => (undated(t) && ref ? withDay(t, ownDay(ctx, t, ref)) : t));
  // the days, in text order (the timexes come sorted by start), searched by offset rather than read whole for
  // each clock time; `last` is the last day told before the current one
  const days = own.filter(isDay);
  let last: Timex | undefined;
  return own.map((t) => {
    const before = last;
    if (isDay(t)) last = t;
    if (!undated(t)) return t;
    const sentence = doc.sentences[doc.tokens[doc.tokenIndexAt(t.start)]?.sentence ?? -1];
    const nearest = sentence ? nearestIn(days, t.start, sentence.start, sentence.end, () => true) : undefined;
    const told = nearest ?? before;
    return withDay(t, told ? parseYmd(told.value) : ref);
  });
}
