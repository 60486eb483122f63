// Dates and times as broadcast transcripts read them out: a month or season before a spoken year ("January
// nineteen ninety-seven", "the winter of nineteen ninety-four"), spoken decades ("the nineteen eighties") and
// clock times in words ("six o'clock", "eight thirty p.m.").
import { formatMonth, formatYear } from "./calendar.ts";
import { matches, type Candidate, type TimeContext } from "./context.ts";
import { spokenYears } from "./years.ts";
import { MONTHS, MONTH_NAME_RE, numberValue, SEASONS } from "./words.ts";

const DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];
const HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve";
const MINUTE_WORDS = "o'clock|fifteen|thirty|forty-five|oh-five|ten|twenty|forty|fifty";

export function spokenDates(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower } = ctx;
  const before = new RegExp(String.raw`(?:\b(${MONTH_NAME_RE})(?:\s+of)?|\b(the\s+)?(spring|summer|autumn|fall|winter)\s+of)\s+$`);
  for (const y of spokenYears(ctx)) {
    const m = before.exec(lower.slice(Math.max(0, y.start - 30), y.start));
    if (!m) continue;
    const start = y.start - m[0].length;
    const value = m[1] ? formatMonth(y.year, MONTHS[m[1]]!) : `${formatYear(y.year)}-${SEASONS[m[3]!]}`;
    out.push({ start, end: y.end, type: "DATE", value, precision: m[1] ? "month" : "season", rank: 2 });
  }
  for (const m of matches(/\b(?:the\s+)?nineteen[\s-](twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/, lower)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: `19${DECADE_WORDS.indexOf(m[1]!) + 2}`, precision: "decade", rank: 2 });
  }
  return out;
}

/** "six o'clock", "eight thirty p.m.", "eleven a.m.": a clock time needs o'clock or a.m./p.m. after the words. */
export function spokenClockTimes(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const re = new RegExp(String.raw`\b(${HOUR_WORDS})(?:[\s-](${MINUTE_WORDS}))?(?:\s+(a\.?\s?m\b\.?|p\.?\s?m\b\.?))?`);
  for (const m of matches(re, ctx.lower)) {
    const [, hourWord, minuteWord, ampm] = m;
    if (!ampm && minuteWord !== "o'clock") continue;
    let h = numberValue(hourWord!)!;
    const min = !minuteWord || minuteWord === "o'clock" ? 0 : minuteWord === "oh-five" ? 5 : numberValue(minuteWord) ?? 0;
    if (ampm?.startsWith("p") && h < 12) h += 12;
    if (ampm?.startsWith("a") && h === 12) h = 0;
    out.push({ start: m.index, end: m.index + m[0].length, type: "TIME", value: `T${String(h).padStart(2, "0")}:${String(min).padStart(2, "0")}`, precision: "minute", rank: 2 });
  }
  return out;
}
