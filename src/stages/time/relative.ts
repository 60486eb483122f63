// Expressions relative to the publication date ("yesterday", "last week", "earlier this month", "three days
// ago") and to the date told just before them ("two days later", "the following week").
import { addDays, addMonths, formatDay, formatMonth, formatYear, isoWeek, parseYmd, weekday, type Ymd } from "./calendar.ts";
import { isTitleCased, matches, wordAfter, wordBefore, type Candidate, type Precision, type Resolved, type TimeContext } from "./context.ts";
import { quarterAYearBefore } from "./periods.ts";
import { dayOfWeekday } from "./resolve.ts";
import { NUMBER_RE, numberValue, QUANTITY_MOD_RE, quantityMod, dayPartSuffix, WEEKDAYS, WEEKDAY_RE } from "./words.ts";

// "more than a year ago" lies before the date it counts to, "less than a year ago" after it
const AGO_MOD: Record<string, string> = { MORE_THAN: "BEFORE", EQUAL_OR_MORE: "ON_OR_BEFORE", LESS_THAN: "AFTER", EQUAL_OR_LESS: "ON_OR_AFTER" };

type Grain = "day" | "week" | "weekend" | "month" | "year";

/** The value of the period of grain `g` that is `n` periods away from a day. */
function periodValue(day: Ymd, g: Grain, n: number): Resolved {
  switch (g) {
    case "day":
      return { value: formatDay(addDays(day, n)), precision: "day" };
    case "week":
      return { value: isoWeek(addDays(day, 7 * n)), precision: "week" };
    case "weekend":
      return { value: `${isoWeek(addDays(day, 7 * n))}-WE`, precision: "week" };
    case "month": {
      const d = addMonths(day, n);
      return { value: formatMonth(d.y, d.m), precision: "month" };
    }
    case "year":
      return { value: formatYear(day.y + n), precision: "year" };
  }
}

const grainOf = (unit: string): Grain | null => {
  const u = unit.replace(/s$/, "");
  return u === "day" || u === "week" || u === "month" || u === "year" || u === "weekend" ? u : /^(?:decade|century|centurie)$/.test(u) ? "year" : null;
};

const PRECISION_RANK: Record<string, number> = { day: 0, week: 1, month: 2, quarter: 3, season: 3, year: 4, decade: 5, century: 6 };

/** The most recent earlier DATE timex precise enough to count `grain`s from, as a day. */
function anchorDay(before: readonly { type: string; value: string; precision?: Precision }[], grain: Grain): Ymd | null {
  for (let i = before.length - 1; i >= 0; i--) {
    const t = before[i]!;
    if (t.type !== "DATE" || !t.precision) continue;
    const need = grain === "weekend" ? "week" : grain;
    if (PRECISION_RANK[t.precision]! > PRECISION_RANK[need]!) continue;
    const day = parseYmd(t.value) ?? parseYmd(`${t.value}-01`) ?? parseYmd(`${t.value}-01-01`);
    if (day) return day;
  }
  return null;
}


/** The earlier date an anaphoric expression counts from; looking back ("the previous day", "two days earlier") with
 *  no date told before, the publication date (the article's "now"); looking ahead or at the same time, none. */
function anchorOrRef(before: Parameters<typeof anchorDay>[0], grain: Grain, sign: number, ref: Ymd | null): Ymd | null {
  return anchorDay(before, grain) ?? (sign < 0 ? ref : null);
}

const NIGHT_PARTS = /^(?:night|evening|morning|afternoon)$/;

export function relativeDates(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower, ref } = ctx;
  const push = (start: number, end: number, r: Resolved | null) => {
    if (r && !isTitleCased(ctx.doc, start, end)) out.push({ start, end, type: "DATE", value: r.value, precision: r.precision, rank: 1 });
  };

  if (ref) {
    // the day itself and its neighbours, with an optional part of the day
    const dayRe = /\b(?:(the day before yesterday|the day after tomorrow)|(today|tonight|yesterday|tomorrow|last night)(?:'s)?(?:\s+(?:morning|afternoon|evening|night))?|this (?:morning|afternoon|evening))\b/;
    for (const m of matches(dayRe, lower)) {
      const w = m[0];
      const shift = /day before yesterday/.test(w) ? -2 : /day after tomorrow/.test(w) ? 2 : /^(?:yesterday|last night)/.test(w) ? -1 : /^tomorrow/.test(w) ? 1 : 0;
      const end = m.index + (m[2] && /'s/.test(w) ? w.indexOf("'s") : w.length);
      const day = periodValue(ref, "day", shift), part = dayPartSuffix(w);
      if (part) out.push({ start: m.index, end, type: "TIME", value: day.value + part, precision: "day", rank: 1 });
      else push(m.index, end, day);
    }
    // this/last/next week, month, year, weekend ("the past week" is a duration, left to durations)
    // ("this past week" and "the past weekend" are the last one)
    for (const m of matches(/(?<!\bthe )\b(this past|the past|this|last|next|past|coming)\s+(week|month|year|weekend)\b/, lower)) {
      const rel = m[1] === "this past" || (m[1] === "the past" && m[2] === "weekend") ? "last" : m[1]!;
      if (rel === "past" || rel === "coming" || rel === "the past") continue;
      const n = rel === "last" ? -1 : rel === "next" ? 1 : 0;
      push(m.index, m.index + m[0].length, periodValue(ref, m[2] as Grain, n));
    }
    // "over the weekend", "at the weekend": the one just gone in past clauses, the coming one otherwise
    for (const m of matches(/\b(?:over|at|during|on|through|throughout)\s+(the\s+weekend)\b/, lower)) {
      const start = m.index + m[0].length - m[1]!.length;
      const dir = ctx.direction(start, m.index + m[0].length);
      const dow = weekday(ref); // Saturday 6, Sunday 0
      const shift = dir === "past" ? (dow === 0 ? -1 : -((dow + 1) % 7)) : dow === 0 ? -1 : 6 - dow;
      push(start, m.index + m[0].length, periodValue(addDays(ref, shift), "weekend", 0));
    }
    // "the end of the year", "the beginning of the month": the current one
    for (const m of matches(/\b(?:the\s+)?(beginning|start|end|middle|rest|remainder|close)\s+of\s+the\s+(year|month|week)\b/, lower)) {
      const r = periodValue(ref, m[2] as Grain, 0);
      const mod = /^(?:beginning|start)$/.test(m[1]!) ? "START" : m[1] === "middle" ? "MID" : m[1] === "end" || m[1] === "close" ? "END" : undefined;
      out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: r.value, precision: r.precision, rank: 1, ...(mod ? { mod } : {}) });
    }
    // "by year-end", "at year's end", "around year end": the end of the current year (a year's end told after a
    // preposition; "year-end bonuses" classify a noun and are left alone)
    for (const m of matches(/\b(?:by|at|before|until|till|around|near|after|toward|towards|through|since|from|for)\s+(year(?:-|\s+|'s\s+)end)\b(?![\s-]+[a-z]+\s+(?!of\b))/, lower)) {
      const start = m.index + m[0].length - m[1]!.length;
      const dir = ctx.direction(start, m.index + m[0].length);
      // since it, or in a past clause ("prices fell sharply after year-end"), the last one
      const y = (/^since\b/.test(m[0]) || dir === "past") && ref.m < 12 ? ref.y - 1 : ref.y;
      out.push({ start, end: m.index + m[0].length, type: "DATE", value: formatYear(y), precision: "year", mod: "END", rank: 1 });
    }
    // "years ago", "some time ago", "long ago": the past
    for (const m of matches(/\b(?:(?:years|months|weeks|days|decades|centuries)|(?:some|a\s+long)\s+time|long)\s+ago\b/, lower)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: "PAST_REF", rank: 0 });
    }
    // "three days ago", "a year ago"
    const agoRe = new RegExp(String.raw`\b(?:(${QUANTITY_MOD_RE})\s+)?(${NUMBER_RE})(?:\s+|-)(days?|weeks?|months?|years?|decades?|century|centuries)(\s+or\s+so)?\s+ago\b`);
    for (const m of matches(agoRe, lower)) {
      const n = numberValue(m[2]!);
      const grain = grainOf(m[3]!);
      // "several years ago", "a few weeks ago": some time back, TIMEX3's PAST_REF
      if (n === null && /s$/.test(m[3]!)) out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: "PAST_REF", rank: 1 });
      if (n === null || !grain || !Number.isInteger(n)) continue;
      const factor = /^decade/.test(m[3]!) ? 10 : /^centur/.test(m[3]!) ? 100 : 1;
      const r = periodValue(ref, grain, -n * factor);
      // "a week or so ago" is about a week ago
      const mod = m[1] ? quantityMod(m[1]) : m[4] ? "APPROX" : undefined;
      const at = m.index;
      // "a year ago" beside a quarter ("third-quarter profit rose from a year ago") is that quarter a year before
      const yearAgo = n === 1 && grain === "year" && factor === 1;
      out.push({
        start: m.index, end: m.index + m[0].length, type: "DATE", rank: 1, ...(mod ? { mod: AGO_MOD[mod] ?? "APPROX" } : {}),
        anchored: (before) => (yearAgo ? quarterAYearBefore(before, at) : null) ?? r,
      });
    }
  }

  // "two days later", "a week earlier": counted from the date told before
  const laterRe = new RegExp(String.raw`\b(?:(?:${QUANTITY_MOD_RE})\s+)?(${NUMBER_RE})(?:\s+|-)(days?|weeks?|months?|years?)\s+(later|earlier|afterwards?|before\s+that|after\s+that)\b`);
  for (const m of matches(laterRe, lower)) {
    const n = numberValue(m[1]!);
    const grain = grainOf(m[2]!);
    if (n === null || !grain || !Number.isInteger(n)) continue;
    const sign = /^(?:earlier|before)/.test(m[3]!) ? -1 : 1;
    const at = m.index;
    out.push({
      start: m.index, end: m.index + m[0].length, type: "DATE", rank: 1,
      anchored: (before) => {
        if (n === 1 && grain === "year" && sign < 0) {
          const q = quarterAYearBefore(before, at);
          if (q) return q;
        }
        const a = anchorOrRef(before, grain, sign, ctx.ref);
        return a ? periodValue(a, grain, sign * n) : null;
      },
    });
  }
  // "the next day", "the following week", "the previous month", "the same day"
  for (const m of matches(/\bthe\s+(next|following|previous|preceding|same)\s+(day|week|month|year|morning|evening|night)\b/, lower)) {
    const unit = /^(?:morning|evening|night)$/.test(m[2]!) ? "day" : m[2]!;
    const grain = grainOf(unit)!;
    const sign = m[1] === "same" ? 0 : /^(?:next|following)$/.test(m[1]!) ? 1 : -1;
    out.push({
      start: m.index, end: m.index + m[0].length, type: "DATE", rank: 1,
      anchored: (before) => {
        const a = anchorOrRef(before, grain, sign, ctx.ref);
        return a ? periodValue(a, grain, sign) : null;
      },
    });
  }
  // "the following Monday", "the previous Friday": from the day told before, else the publication date
  for (const m of matches(new RegExp(String.raw`\bthe\s+(following|next|previous|preceding)\s+(${WEEKDAY_RE})\b`), lower)) {
    const ahead = /^(?:following|next)$/.test(m[1]!);
    const wd = WEEKDAYS[m[2]!]!;
    out.push({
      start: m.index, end: m.index + m[0].length, type: "DATE", rank: 1,
      anchored: (before) => {
        const a = anchorDay(before, "day") ?? ctx.ref;
        return a ? { value: formatDay(dayOfWeekday(a, wd, ahead ? "future" : "past", true)), precision: "day" } : null;
      },
    });
  }
  // "the day before,", "a week after.": counted from the date told before; "the day before the election" counts
  // from an event, not a date, and is left alone
  for (const m of matches(/\b(?:the|a)\s+(day|night|week|month|year)\s+(before|after|earlier|later)(?=\s*(?:[,.;:)\]"']|$|that\b|,))/, lower)) {
    const unit = NIGHT_PARTS.test(m[1]!) ? "day" : m[1]!;
    const grain = grainOf(unit)!;
    const sign = /^(?:before|earlier)$/.test(m[2]!) ? -1 : 1;
    out.push({
      start: m.index, end: m.index + m[0].length, type: "DATE", rank: 1,
      anchored: (before) => {
        const a = anchorOrRef(before, grain, sign, ctx.ref);
        return a ? periodValue(a, grain, sign) : null;
      },
    });
  }
  // "that day", "that night", "that week": the period of the date told before
  for (const m of matches(/\bthat\s+(day|night|morning|afternoon|evening|week|month|year)\b(?!-)/, lower)) {
    const unit = NIGHT_PARTS.test(m[1]!) ? "day" : m[1]!;
    const grain = grainOf(unit)!;
    out.push({
      start: m.index, end: m.index + m[0].length, type: "DATE", rank: 1,
      anchored: (before) => {
        const a = anchorDay(before, grain);
        return a ? periodValue(a, grain, 0) : null;
      },
    });
  }
  // "earlier in the day", "later in the week": the period of the date told before, else the article's own
  for (const m of matches(/\b(?:earlier|later)\s+in\s+the\s+(day|week|month|year)\b/, lower)) {
    const grain = grainOf(m[1]!)!;
    out.push({
      start: m.index, end: m.index + m[0].length, type: "DATE", rank: 1,
      anchored: (before) => {
        const a = anchorDay(before, grain) ?? ctx.ref;
        return a ? periodValue(a, grain, 0) : null;
      },
    });
  }
  if (ctx.ref) out.push(...overnight(ctx, ctx.ref));
  return out;
}

/**
 * "overnight": in a past clause the night just gone (the evening of the day before publication, TIMEX3 "TNI"),
 * else the coming one. Left alone beside a day of its own ("overnight on Saturday", "Friday overnight") and as an
 * adjective ("an overnight curfew").
 */
function overnight(ctx: TimeContext, ref: Ymd): Candidate[] {
  const out: Candidate[] = [];
  const { doc, lower } = ctx;
  for (const m of matches(/\bovernight\b/, lower)) {
    const end = m.index + m[0].length;
    const next = wordAfter(lower, end);
    const prev = wordBefore(lower, m.index);
    if (/^(?:on|into|to|from|between|of|in)$/.test(next) || WEEKDAY_WORDS.test(next) || WEEKDAY_WORDS.test(prev)) continue;
    if (/^(?:an?|the|its|their|his|her)$/.test(prev)) continue;
    const after = doc.tokens[doc.tokenIndexAt(end)];
    if (after && (after.pos === "NOUN" || after.pos === "PROPN") && after.start <= end + 1) continue;
    const past = ctx.direction(m.index, end) === "past";
    out.push({ start: m.index, end, type: "DATE", value: `${formatDay(addDays(ref, past ? -1 : 0))}TNI`, precision: "day", rank: 1 });
  }
  return out;
}

const WEEKDAY_WORDS = /^(?:sunday|monday|tuesday|wednesday|thursday|friday|saturday|yesterday|today|tonight|saturday's|sunday's)$/;
