// Written calendar dates and clock times, found by chrono-node: "30 December", "June 27, 2021", "3 JAN 90",
// "January 2020", "2021-06-27", "10:30 a.m.". chrono reads the lower-cased text (it is case-sensitive for some
// patterns, and wire copy is all caps); we keep only results with a digit or a month name in them and decide
// the missing year ourselves from the clause's tense. Bare months, weekdays and casual words ("yesterday") are
// left to the other recognisers, which resolve them by tense rather than by chrono's nearest-date guess.
import * as chrono from "chrono-node";
import { formatDay, formatMonth, isValidDay } from "./calendar.ts";
import type { Candidate, TimeContext } from "./context.ts";
import { yearOfDay } from "./resolve.ts";
import { MONTHS, MONTH_NAME_RE } from "./words.ts";

const LEADING_PREP = /^(?:(?:on|in|at|since|from|by|of|the|until|till|during|before|after)\s+)+/;
const HAS_MONTH = new RegExp(String.raw`\b(?:${MONTH_NAME_RE}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b`);
// a clock time needs a.m./p.m., a colon ("14:00") or o'clock: "at 5" alone is too often a score or a count
const CLOCK = /\d\s*(?:a\.?m\b\.?|p\.?m\b\.?)|\d{1,2}:\d{2}|o'clock/;

// chrono's casual English parser without the parsers whose results we drop anyway (relative phrases, casual
// words, bare weekdays): a speed-up only, so a bundler that renames classes merely loses the speed-up
const DROPPED_PARSERS = new Set([
  "ENCasualDateParser", "ENCasualTimeParser", "ENRelativeDateFormatParser", "ENTimeUnitCasualRelativeFormatParser",
  "ENTimeUnitWithinFormatParser", "ENTimeUnitAgoFormatParser", "ENTimeUnitLaterFormatParser", "ENEndOfCurrentMonthParser",
]);
let parser: chrono.Chrono | null = null;
function dateParser(): chrono.Chrono {
  if (parser) return parser;
  parser = chrono.casual.clone();
  parser.parsers = parser.parsers.filter((p) => !DROPPED_PARSERS.has(p.constructor.name));
  return parser;
}

const RANGE_SPLIT = /^(.*?\S)\s*(?:\bto\b|\buntil\b|\btill\b|\bthrough\b|\bthru\b|\band\b|-|–)\s*(\S.*)$/;

const ORDINAL_WORD = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)\b/;

/** "may first", "march third" in mixed-case text need the capital of a month ("we may first ask"). */
function ambiguousMonth(ctx: TimeContext, start: number, text: string): boolean {
  const m = /\b(may|march)\b/.exec(text);
  if (!m || ctx.doc.upperCase) return false;
  return !/^[A-Z]/.test(ctx.doc.norm.slice(start + m.index, start + m.index + 1));
}

const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b/;

const pad = (n: number) => String(n).padStart(2, "0");

/** chrono over the text a run of whole sentences at a time: its refiners read the text before each result, which
 * over a whole long document is quadratic. Results carry offsets into the whole text. */
function parseInChunks(ctx: TimeContext, refDate: Date): { r: chrono.ParsedResult; index: number }[] {
  const CHUNK = 4000;
  const sentences = ctx.doc.sentences;
  const out: { r: chrono.ParsedResult; index: number }[] = [];
  const parse = (from: number, to: number) => {
    for (const r of dateParser().parse(ctx.lower.slice(from, to), refDate)) out.push({ r, index: r.index + from });
  };
  if (!sentences.length) { parse(0, ctx.lower.length); return out; }
  let from = 0;
  for (const s of sentences) {
    if (s.end - from > CHUNK && s.start > from) {
      parse(from, s.start);
      from = s.start;
    }
  }
  parse(from, ctx.lower.length);
  return out;
}

export function calendarDates(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  // chrono needs some reference; relative results are discarded, so any date does when there is none
  const refDate = ctx.ref ? new Date(Date.UTC(ctx.ref.y, ctx.ref.m - 1, ctx.ref.d, 12)) : new Date(Date.UTC(2000, 0, 1, 12));
  for (const { r, index } of parseInChunks(ctx, refDate)) {
    let text = r.text;
    let start = index;
    const lead = LEADING_PREP.exec(text);
    if (lead) {
      start += lead[0].length;
      text = text.slice(lead[0].length);
    }
    // a range ("Sept. 14 to Thursday", "March 3 to March 5") is two timexes in TimeML: the first here, the second
    // as its own date when it has a day number, else left to the weekday and month recognisers
    const range = r.end ? RANGE_SPLIT.exec(text) : null;
    if (range) {
      const second = range[2]!;
      const secondStart = start + text.length - second.length;
      text = range[1]!;
      const e = r.end!;
      const m2 = e.get("month"), d2 = e.get("day");
      if (/\d/.test(second) && e.isCertain("day") && m2 !== null && d2 !== null) {
        const y2 = e.isCertain("year") ? e.get("year") : r.start.isCertain("year") ? r.start.get("year") : ctx.ref ? yearOfDay(ctx.ref, m2, d2, ctx.direction(secondStart, secondStart + second.length)) : null;
        if (y2 !== null && isValidDay(y2, m2, d2)) out.push({ start: secondStart, end: secondStart + second.length, type: "DATE", value: formatDay({ y: y2, m: m2, d: d2 }), precision: "day", rank: 2 });
      } else if (CLOCK.test(second) && e.isCertain("hour")) {
        out.push({ start: secondStart, end: secondStart + second.length, type: "TIME", value: `T${pad(e.get("hour")!)}:${pad(e.get("minute") ?? 0)}`, precision: "minute", rank: 2 });
      }
    }
    let end = start + text.length;
    const c = r.start;
    const month = c.isCertain("month") ? c.get("month") : null;
    const day = c.isCertain("day") ? c.get("day") : null;
    let year = c.isCertain("year") ? c.get("year") : null;
    // "on 23 September 28 bodies were found": a two-digit "year" that would put a past-tense date years after the
    // report is a count that follows the date, not part of it
    const twoDigit = /[\s,]+\d{2}$/.exec(text);
    if (year !== null && twoDigit && ctx.ref && year > ctx.ref.y + 1 && ctx.direction(start, end) !== "future") {
      text = text.slice(0, twoDigit.index);
      end = start + text.length;
      year = null;
    }
    const hour = c.isCertain("hour") ? c.get("hour") : null;
    const named = HAS_MONTH.test(text);
    // only written dates and clock times: relative phrases ("8 days ago"), casual words and bare names are
    // resolved elsewhere, and "5/6" without a year is a score or a fraction as often as a date
    // ... or a month with a day read out as an ordinal word ("March eighth", "the first of May": transcripts)
    const spokenDay = !/\d/.test(text) && named && day !== null && ORDINAL_WORD.test(text) && !ambiguousMonth(ctx, start, text);
    if (!spokenDay && (!/\d/.test(text) || !(named || NUMERIC_DATE.test(text) || CLOCK.test(text)))) continue;

    let date: string | null = null;
    let precision: Candidate["precision"];
    if (month !== null && day !== null) {
      const y = year ?? (ctx.ref ? yearOfDay(ctx.ref, month, day, ctx.direction(start, end)) : null);
      if (y !== null && isValidDay(y, month, day)) {
        date = formatDay({ y, m: month, d: day });
        precision = "day";
      }
    } else if (month !== null && year !== null && named) {
      date = formatMonth(year, month);
      precision = "month";
    }
    if (hour !== null && CLOCK.test(text)) {
      const minute = c.get("minute") ?? 0;
      out.push({ start, end, type: "TIME", value: `${precision === "day" ? date : ""}T${pad(hour)}:${pad(minute)}`, precision: "minute", rank: 2 });
    } else if (date) {
      // drop a clock reading chrono took along that we do not trust ("on 5 jan 90 at 5")
      const trimmed = hour !== null ? trimTrailingClock(text) : text;
      out.push({ start, end: start + trimmed.length, type: "DATE", value: date, precision, rank: 2 });
    }
  }
  return out;
}

function trimTrailingClock(text: string): string {
  const m = /\s+(?:at\s+)?\d{1,2}(?:[.:]\d{2})?\s*$/.exec(text);
  return m ? text.slice(0, m.index) : text;
}

/** Military clock times of wire copy: "at 1400", "2030 hours", "0400 hrs" (T14:00). */
export function militaryTimes(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const re = /\b(?:(at(?:\s+(?:about|around|approximately))?|by|until|till|from|since|around|about|before|after)\s+)?([01]\d|2[0-3])([0-5]\d)(?:\s*(hours|hrs|gmt|utc|local time))?\b/g;
  for (let m = re.exec(ctx.lower); m; m = re.exec(ctx.lower)) {
    const [, prep, hh, mm, suffix] = m;
    const n = Number(hh! + mm!);
    // "at 1400" alone is a time unless it could be a year ("at 2000" stays unread)
    if (!suffix && (!prep || !prep.startsWith("at") || (n >= 1900 && n <= 2099))) continue;
    if (/[\d,.]/.test(ctx.lower[m.index - 1] ?? "")) continue;
    const start = prep ? m.index + m[0].indexOf(hh! + mm!) : m.index;
    out.push({ start, end: m.index + m[0].length, type: "TIME", value: `T${hh}:${mm}`, precision: "minute", rank: 3 });
  }
  return out;
}

/** The first day of a pair sharing one month: "14 and 15 May", "3-4 JAN 90" (chrono reads only the second). */
export function pairedDays(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:,|and|or|to|through|&|-)\s*(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAME_RE}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b\.?(?:,?\s+(\d{4}|\d{2})\b)?`, "g");
  for (let m = re.exec(ctx.lower); m; m = re.exec(ctx.lower)) {
    const [, d1, d2, monthName, yearText] = m;
    const month = MONTHS[monthName!]!;
    const day = Number(d1);
    if (Number(d2) <= day) continue;
    let y: number | null = null;
    if (yearText) y = yearText.length === 4 ? Number(yearText) : Number(yearText) + (Number(yearText) >= 30 ? 1900 : 2000);
    // the year the second day gets (read from its own span, as calendarDates reads it)
    else if (ctx.ref) y = yearOfDay(ctx.ref, month, Number(d2), ctx.direction(m.index + m[0].indexOf(d2!, d1!.length), m.index + m[0].length));
    if (y === null || !isValidDay(y, month, day)) continue;
    out.push({ start: m.index, end: m.index + d1!.length, type: "DATE", value: formatDay({ y, m: month, d: day }), precision: "day", rank: 1 });
  }
  // the second day of a pair after the month: "April 24 and 25" (chrono reads only the first); the pair must close
  // the phrase, so "April 24 and 25 people" stays a count
  const after = new RegExp(String.raw`\b(${MONTH_NAME_RE}|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:and|or|&)\s*(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?(?=\s*(?:[.,;:)]|$|(?:in|at|on|when|to|for|with|while|after|before)\b))`, "g");
  for (let m = after.exec(ctx.lower); m; m = after.exec(ctx.lower)) {
    const [, monthName, d1, d2, yearText] = m;
    const month = MONTHS[monthName!]!;
    const day = Number(d2);
    if (day <= Number(d1)) continue;
    const at = m.index + m[0].lastIndexOf(d2!, yearText ? m[0].length - yearText.length - 1 : m[0].length);
    const y = yearText ? Number(yearText) : ctx.ref ? yearOfDay(ctx.ref, month, Number(d1), ctx.direction(m.index, at)) : null;
    if (y === null || !isValidDay(y, month, day)) continue;
    out.push({ start: at, end: at + d2!.length, type: "DATE", value: formatDay({ y, m: month, d: day }), precision: "day", rank: 1 });
  }
  return out;
}
