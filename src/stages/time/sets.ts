// Sets, times that recur: "every week", "weekly", "twice a day", "daily" (P1W, P1D ...), "every Thursday"
// (XXXX-WXX-4), "each July" (XXXX-07), "every summer" (XXXX-SU), "Sunday nights" (XXXX-WXX-7TNI), "on weekends".
import { matches, wordBefore, type Candidate, type TimeContext } from "./context.ts";
import {
  dayPartSuffix, durationValue, MONTHS, MONTH_NAME_RE, NUMBER_RE, numberValue, SEASONS, UNIT_RE, unitOf, WEEKDAYS, WEEKDAY_RE,
} from "./words.ts";

const SET_ADVERBS: Record<string, string> = {
  hourly: "PT1H", daily: "P1D", nightly: "P1D", weekly: "P1W", fortnightly: "P2W", monthly: "P1M", quarterly: "P3M",
  annually: "P1Y", annual: "P1Y", yearly: "P1Y", biannual: "P6M", "bi-weekly": "P2W", biweekly: "P2W",
};

export function sets(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower } = ctx;
  // "every week", "each day", "every two weeks", "every other month"
  const every = new RegExp(String.raw`\b(?:every|each)\s+(?:(other)\s+|(${NUMBER_RE})\s+)?(${UNIT_RE}|morning|evening|night|weekend)\b`);
  for (const m of matches(every, lower)) {
    const w = m[3]!;
    // "every morning" is each day's morning (XXXX-XX-XXTMO), "every weekend" each week's (XXXX-WXX-WE)
    if (!m[1] && !m[2] && /^(?:morning|evening|night|weekend)$/.test(w)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: "SET", value: w === "weekend" ? "XXXX-WXX-WE" : `XXXX-XX-XX${dayPartSuffix(w)}`, rank: 1 });
      continue;
    }
    const unit = unitOf(w);
    if (!unit) continue;
    const n = m[1] ? 2 : m[2] ? numberValue(m[2]) : 1;
    if (n === null) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: "SET", value: durationValue(n, unit), rank: 1 });
  }
  // "every Thursday" (XXXX-WXX-4), "each July" (XXXX-07), "every summer" (XXXX-SU), "Tuesday nights", "on Mondays"
  out.push(...calendarSets(ctx));
  // "twice a week", "once a month", "three times a year", "per day"
  const freq = new RegExp(String.raw`\b(?:(?:once|twice|(?:${NUMBER_RE})\s+times)\s+(?:a|an|per|every)|per)\s+(${UNIT_RE})\b`);
  for (const m of matches(freq, lower)) {
    const unit = unitOf(m[1]!);
    if (!unit) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: "SET", value: durationValue(1, unit), rank: 1 });
  }
  const { doc } = ctx;
  for (const m of matches(new RegExp(String.raw`\b(${Object.keys(SET_ADVERBS).join("|")})\b`), lower)) {
    // before a noun it classifies the thing, not the time ("a quarterly dividend", "the annual meeting")
    // but "on a daily basis", and a daily or nightly happening after an article ("a daily rally", "the nightly
    // curfew") recur; a thing's kind is told without one ("daily flights") or is a yearly one ("the annual meeting")
    const next = doc.tokens[doc.tokenIndexAt(m.index) + 1];
    const recurring = /^(?:daily|nightly|weekly|monthly)$/.test(m[1]!) && (/^(?:a|an|the)$/.test(wordBefore(lower, m.index)) || next?.key === "basis");
    if (!recurring && next && (next.pos === "NOUN" || next.pos === "ADJ" || next.pos === "PROPN") && next.start - (m.index + m[0].length) <= 1) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: "SET", value: SET_ADVERBS[m[1]!]!, rank: 1 });
  }
  return out;
}

/** Recurring days, months and seasons: TIMEX3 writes them with X for the year and week ("XXXX-WXX-2TNI"). */
function calendarSets(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower } = ctx;
  const iso = (w: string) => WEEKDAYS[w]! || 7; // ISO weekdays: Monday 1 ... Sunday 7
  const part = "(?:\\s+(mornings?|afternoons?|evenings?|nights?))?";
  const every = new RegExp(String.raw`\b(?:every|each)\s+(?:(${WEEKDAY_RE})${part}|(${MONTH_NAME_RE})|(spring|summer|autumn|fall|winter))\b`);
  for (const m of matches(every, lower)) {
    const [, day, dayPart, month, season] = m;
    const value = day ? `XXXX-WXX-${iso(day)}${dayPart ? dayPartSuffix(dayPart.replace(/s$/, "")) : ""}`
      : month ? `XXXX-${String(MONTHS[month]).padStart(2, "0")}` : `XXXX-${SEASONS[season!]}`;
    out.push({ start: m.index, end: m.index + m[0].length, type: "SET", value, rank: 1 });
  }
  // a weekday in the plural, or with a part of the day in the plural: "on Sundays", "Tuesday nights"
  const plural = new RegExp(String.raw`\b(?:(${WEEKDAY_RE})s|(${WEEKDAY_RE})\s+(mornings|afternoons|evenings|nights))\b`);
  for (const m of matches(/\b(?:on|at|over)\s+(weekends)\b/, lower)) {
    const start = m.index + m[0].length - m[1]!.length;
    out.push({ start, end: m.index + m[0].length, type: "SET", value: "XXXX-WXX-WE", rank: 1 });
  }
  for (const m of matches(plural, lower)) {
    const day = m[1] ?? m[2]!;
    out.push({ start: m.index, end: m.index + m[0].length, type: "SET", value: `XXXX-WXX-${iso(day)}${m[3] ? dayPartSuffix(m[3].replace(/s$/, "")) : ""}`, rank: 1 });
  }
  return out;
}
