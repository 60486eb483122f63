// Words that point at the present, the past or the future as a whole: TIMEX3's PRESENT_REF ("now", "currently",
// "these days"), PAST_REF ("recently", "in the past") and FUTURE_REF ("in the future"). They place
// nothing on the calendar, so the events stage never dates an event by them (its dates need digits).
import { matches, wordAfter, wordBefore, type Candidate, type TimeContext } from "./context.ts";

const REFERENCES: Array<[RegExp, string]> = [
  [/\b(?:(?:right )?now|currently|presently|nowadays|at present|these days|at the moment)\b/, "PRESENT_REF"],
  // ("previously", "formerly" mostly go unmarked in TimeBank: left out)
  [/\b(?:recently|lately|the past)\b/, "PAST_REF"],
  [/\b(?:the (?:near |distant |foreseeable )?future|future|soon)\b/, "FUTURE_REF"],
];

// "current" before a noun ("the current government", "his current wife") is the present; "then current" the past.
// Not a current account, an electric or ocean current, or current events told as a kind of news.
const CURRENT_NOT_BEFORE = /^(?:accounts?|affairs|events|assets|liabilities|prices|dollars?|value|yield|coupon|issue|ratio|flows?|trends?)$/;

function currentWord(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower, doc } = ctx;
  for (const m of matches(/\b(?:then[\s-]+)?current\b/, lower)) {
    const end = m.index + m[0].length;
    const next = doc.tokens[doc.tokenIndexAt(end)];
    if (!next || next.start > end + 1 || !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos) || CURRENT_NOT_BEFORE.test(next.key)) continue;
    out.push({ start: m.index, end, type: "DATE", value: m[0].startsWith("then") ? "PAST_REF" : "PRESENT_REF", rank: 0 });
  }
  return out;
}

export function referenceWords(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = currentWord(ctx);
  const { lower, doc } = ctx;
  for (const [re, value] of REFERENCES) {
    for (const m of matches(re, lower)) {
      const start = m.index, end = start + m[0].length;
      const word = m[0];
      const before = wordBefore(lower, start);
      // hyphenated compounds ("now-defunct", "future-proof"), "until recently" (the time before it)
      if (lower[end] === "-" || lower[start - 1] === "-" || (value === "PAST_REF" && before === "until")) continue;
      // "as soon as", "soon after": a relation between two times, not the future itself
      if (word === "soon" && (before === "as" || /^(?:after|before|afterwards|thereafter|as)$/.test(wordAfter(lower, end)))) continue;
      if (/^(?:the |)(?:past|future|near|distant|foreseeable)/.test(word) || word === "future") {
        // "the past year", "the future king": a modifier of the noun after it, not the time
        const next = doc.tokens[doc.tokenIndexAt(end)];
        if (next && next.start <= end + 1 && /^(?:NOUN|PROPN|ADJ|NUM)$/.test(next.pos)) continue;
        // bare "future" only as "in future"
        if (word === "future" && before !== "in") continue;
      }
      // "Now" read as a name or a noun (a title, the NOW organisation) is no time; "two years from now" and other
      // longer expressions win over it on length
      const tok = doc.tokens[doc.tokenIndexAt(start)];
      if (tok && tok.start === start && (tok.pos === "PROPN" || tok.pos === "NOUN") && word === "now") continue;
      out.push({ start, end, type: "DATE", value, rank: 0 });
    }
  }
  return out;
}
