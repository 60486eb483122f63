// Time stage: finds temporal expressions and normalises them TIMEX3-style (type DATE/TIME/DURATION/SET, an
// ISO 8601 value at the precision the text supports) against the publication date, reading relative ones
// ("on Sunday", "in August") by the tense of their clause. Recognisers live in ./time/; this file merges their
// candidates (the longest wins, no overlaps), adds part-of-period modifiers ("early 2020" → START), resolves
// the anaphoric ones ("two days later") in document order, gives clock times their day ("10 p.m. Wednesday" →
// 1998-02-11T22:00), and exports helpers for the events stage.
import type { Doc } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import type { Timex } from "../schema.ts";
import { calendarDates, militaryTimes, pairedDays } from "./time/calendar-dates.ts";
import { dateClockTimes, namedTimes } from "./time/clock.ts";
import { makeContext, type Candidate, type TimeContext } from "./time/context.ts";
import { durations } from "./time/durations.ts";
import { holidays } from "./time/holidays.ts";
import { monthNames, weekdayNames } from "./time/names.ts";
import { accountingPeriods } from "./time/periods.ts";
import { referenceWords } from "./time/references.ts";
import { relativeDates } from "./time/relative.ts";
import { sets } from "./time/sets.ts";
import { spokenClockTimes, spokenDates } from "./time/spoken.ts";
import { bareYears, decadesAndCenturies, partsOfYears } from "./time/years.ts";
import { PART_MOD_RE, partMod } from "./time/words.ts";
import { firstStartingAt } from "../util/span-index.ts";

export { tenseOf, clauseTense, governingVerb, type Tense, type ClauseTense } from "./time/tense.ts";

const RECOGNISERS: Array<(ctx: TimeContext) => Candidate[]> = [
  calendarDates, militaryTimes, pairedDays, namedTimes, spokenClockTimes, spokenDates, holidays, monthNames, weekdayNames, bareYears, decadesAndCenturies, partsOfYears, relativeDates, accountingPeriods, referenceWords, durations, sets,
];

/** Keeps the longest of overlapping candidates (then the higher rank, then the earlier). */
function selectLongest(cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => b.end - b.start - (a.end - a.start) || (b.rank ?? 0) - (a.rank ?? 0) || a.start - b.start);
  const kept: Candidate[] = [];
  // the kept ones by start, to find those overlapping a candidate without reading all: a kept span overlapping c
  // starts after c.start - longest (the first kept is the longest of all)
  const byStart: Candidate[] = [];
  const longest = sorted.length ? sorted[0]!.end - sorted[0]!.start : 0;
  for (const c of sorted) {
    let overlaps = false;
    for (let k = firstStartingAt(byStart, c.start - longest); k < byStart.length && byStart[k]!.start < c.end; k++) {
      if (c.start < byStart[k]!.end) { overlaps = true; break; }
    }
    if (overlaps) continue;
    kept.push(c);
    byStart.splice(firstStartingAt(byStart, c.start), 0, c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

const PART_MOD_BEFORE = new RegExp(`\\b${PART_MOD_RE}$`);

/** Takes in a part-of-period word before a date: "early February" (START), "the end of 2019" (END). */
function withPartModifier(ctx: TimeContext, c: Candidate): Candidate {
  if (c.type !== "DATE" || c.mod) return c;
  const m = PART_MOD_BEFORE.exec(ctx.lower.slice(Math.max(0, c.start - 30), c.start));
  if (!m) return c;
  const mod = partMod(m[0]);
  return { ...c, start: c.start - m[0].length, ...(mod ? { mod } : {}) };
}

/** A timex never starts or ends with white space, a comma or an unopened bracket (chrono keeps the space before
 * "(Xinhua)" in a dateline and the ")" after "(4 a.m. EDT Thursday)"). */
function trimmed(ctx: TimeContext, c: Candidate): Candidate {
  let { start, end } = c;
  while (start < end && /\s/.test(ctx.lower[start]!)) start++;
  for (;;) {
    const last = ctx.lower[end - 1]!;
    if (end > start && (/[\s,]/.test(last) || (last === ")" && !ctx.lower.slice(start, end).includes("(")))) end--;
    else break;
  }
  return start === c.start && end === c.end ? c : { ...c, start, end };
}

export function findTimexes(doc: Doc): Timex[] {
  const ctx = makeContext(doc);
  const cands = RECOGNISERS.flatMap((r) => r(ctx)).map((c) => trimmed(ctx, withPartModifier(ctx, c)));
  const out: Timex[] = [];
  for (const c of selectLongest(cands)) {
    const resolved = c.anchored ? c.anchored(out) : c.value ? { value: c.value, precision: c.precision } : null;
    if (!resolved) continue;
    const t: Timex = { text: doc.text.slice(c.start, c.end), start: c.start, end: c.end, type: c.type, value: resolved.value };
    if (c.mod) t.mod = c.mod;
    if (resolved.precision) t.precision = resolved.precision;
    out.push(t);
  }
  return dateClockTimes(ctx, out);
}

export function timeStage(doc: Doc, _kb: Knowledge): void {
  doc.timexes = findTimexes(doc);
}

/** Timexes inside [start, end) (a clause, a sentence), in text order. */
export function timexesInSpan(doc: Doc, start: number, end: number): Timex[] {
  return doc.timexes.filter((t) => t.start >= start && t.end <= end).sort((a, b) => a.start - b.start);
}
