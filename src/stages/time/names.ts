// Month and weekday names written without a day or year: "in February", "on Sunday", "last Friday",
// "Sunday night", "next March". Resolved against the publication date by the clause's tense. A month name
// needs a temporal cue beside it ("in", "since", "early") or, in mixed-case text, a capital letter; "May" and
// "March" are also a modal, a verb and a noun, so they need a cue and, in mixed case, the capital too.
import { formatDay, formatMonth, type Ymd } from "./calendar.ts";
import { matches, wordBefore, type Candidate, type Direction, type TimeContext } from "./context.ts";
import { dayOfWeekday, yearOfMonth } from "./resolve.ts";
import { MONTHS, MONTH_NAME_RE, WEEKDAYS, WEEKDAY_RE, dayPartSuffix } from "./words.ts";

// words that make the next month name a date: "in May", "since March", "early June", "last August"
const MONTH_CUES = new Set([
  "in", "since", "until", "till", "by", "from", "to", "through", "during", "before", "after", "early", "late", "mid",
  "last", "next", "this", "between", "and", "or", "of", "-", "throughout", "end", "beginning", "start", "middle",
  "around",
]);
const AMBIGUOUS_MONTHS = new Set(["may", "march"]);
// "of" only counts after a part-of-month word ("the end of May"), not "the march of"
const OF_HEADS = /(?:end|beginning|start|middle|month|part|half|course|first|second|third|fourth|last) of\s*$/;

// names that are not the day: the Sunday Times, Good Friday, Black Friday
const WEEKDAY_NOT_DATE_AFTER = new Set(["times", "telegraph", "mail", "express", "mirror", "post", "observer", "herald", "independent", "school", "sermon", "prayers", "mass", "edition", "paper", "papers", "agreement", "accord"]);
const WEEKDAY_NOT_DATE_BEFORE = new Set(["good", "black", "bloody", "holy", "ash", "maundy", "easter", "palm", "cyber"]);

const REL = "(?:(last|next|this|coming|past)\\s+)?";
const PART_OF_DAY = "(?:\\s+(morning|afternoon|evening|night|overnight))?";

/** Month names alone (no day, no year): "in February", "last March". */
export function monthNames(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower, doc, ref } = ctx;
  // "December last year", "June this year" carry their year with them
  const re = new RegExp(String.raw`\b${REL}(${MONTH_NAME_RE})\b(?!\s*\d)(?!-\d)(?:\s+(last|this|next)\s+year\b)?`);
  for (const m of matches(re, lower)) {
    const rel = m[1];
    const name = m[2]!;
    const yearRel = m[3];
    const nameAt = m.index + (rel ? m[0].indexOf(name, rel.length) : 0);
    const before = wordBefore(lower, m.index);
    const tok = doc.tokens[doc.tokenIndexAt(nameAt)];
    const capital = !!tok?.cap && tok.start === nameAt;
    // "the March accession", "the May elections": a capitalised month naming a common noun after it
    const after = tok ? doc.tokens[tok.i + 1] : undefined;
    const attributive = before === "the" && capital && !doc.upperCase && !!after && after.pos === "NOUN" && !after.cap && after.sentence === tok!.sentence;
    const cued = !!rel || !!yearRel || attributive || (before === "of" ? OF_HEADS.test(lower.slice(0, m.index)) : MONTH_CUES.has(before));
    if (AMBIGUOUS_MONTHS.has(name) ? !cued || (!doc.upperCase && !capital) : !(cued || capital)) continue;
    // a first name: "June Carter said" (a capitalised word follows and nothing temporal precedes)
    const next = tok ? doc.tokens[tok.i + 1] : undefined;
    if (!cued && next?.cap && next.sentence === tok!.sentence && next.start - (m.index + m[0].length) <= 1) continue;
    if (tok && tok.pos === "AUX" && !cued) continue; // "may" the modal
    const month = MONTHS[name]!;
    if (!ref) continue;
    const y = yearRel ? ref.y + (yearRel === "last" ? -1 : yearRel === "next" ? 1 : 0)
      : rel ? yearOfNamedMonth(ref, month, rel) : yearOfMonth(ref, month, ctx.direction(m.index, m.index + m[0].length));
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: formatMonth(y, month), precision: "month", rank: 1 });
  }
  return out;
}

function yearOfNamedMonth(ref: Ymd, month: number, rel: string): number {
  if (rel === "last" || rel === "past") return month < ref.m ? ref.y : ref.y - 1;
  if (rel === "next" || rel === "coming") return month > ref.m ? ref.y : ref.y + 1;
  return ref.y;
}

/** Weekday names: "on Sunday", "last Friday", "Sunday night", "this Wednesday". */
export function weekdayNames(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower, ref } = ctx;
  if (!ref) return out;
  const re = new RegExp(String.raw`\b${REL}(${WEEKDAY_RE})(?:'s)?${PART_OF_DAY}\b`);
  for (const m of matches(re, lower)) {
    const rel = m[1];
    const name = m[2]!;
    const nameAt = m.index + (rel ? m[0].indexOf(name, rel.length) : 0);
    const after = /^\s*([a-z]+)/.exec(lower.slice(nameAt + name.length))?.[1] ?? "";
    if (WEEKDAY_NOT_DATE_AFTER.has(after) || WEEKDAY_NOT_DATE_BEFORE.has(wordBefore(lower, nameAt))) continue;
    const wd = WEEKDAYS[name]!;
    let dir: Direction;
    let strict = false;
    if (rel === "last" || rel === "past") [dir, strict] = ["past", true];
    else if (rel === "next" || rel === "coming") [dir, strict] = ["future", true];
    else dir = ctx.direction(m.index, m.index + m[0].length);
    if (rel === "this" && dir === null) dir = "future";
    // a weekday's own thing in a clause without a firm time ("a premium over Thursday's closing price", "up from
    // Friday's close") is one that has been, unless something looks ahead to it ("ahead of Sunday's vote")
    if (!rel && /'s$/.test(m[0]) && (dir === "near" || dir === null) && !/\b(?:ahead of|before|for|until|till|to|awaiting|await|awaits|upcoming|next)\s*$/.test(lower.slice(Math.max(0, m.index - 20), m.index).trimEnd())) dir = "past";
    // "'s" ("Sunday's attack") belongs to the noun phrase, not the timex
    let end = m.index + m[0].length;
    if (/'s$/.test(m[0])) end -= 2;
    const day = formatDay(dayOfWeekday(ref, wd, dir, strict));
    const part = m[3] && m[3] !== "overnight" ? dayPartSuffix(m[3]) : "";
    out.push({ start: m.index, end, type: part ? "TIME" : "DATE", value: day + part, precision: "day", rank: 1 });
  }
  return out;
}
