// Durations: "four months", "just over a week" (P1W, MORE_THAN), "almost a decade" (P10Y), "48 hours" (PT48H),
// "a six-month ceasefire", "the past three years", "for years" (PXY), "2 1/2 years" (P2Y6M). A rate ("$2
// million a year") is a set, not a duration (sets.ts holds the other sets).
import { matches, wordBefore, type Candidate, type TimeContext } from "./context.ts";
import { durationValue, NUMBER_RE, numberValue, QUANTITY_MOD_RE, quantityMod, UNIT_RE, unitOf } from "./words.ts";

// "the past three years", "the next few days", and "the" alone before a number ("for the nine months"): TimeML
// takes the article into the extent
const SPAN_PREFIX = String.raw`(?:the\s+(?:(?:past|last|next|coming|previous|preceding|first|final|following)\s+)?)`;

export function durations(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower } = ctx;
  // an accounting period closed by a date: "the year ended June 30", "the fiscal year ending tomorrow" ("the quarter
  // ended Sept. 30" names the quarter, a date: see partsOfYears)
  for (const m of matches(/\b(the\s+(?:fiscal\s+|full\s+|financial\s+)?(year|half))\s+(?:ended|ending|that\s+ended|to)\b/, lower)) {
    const value = m[2] === "year" ? "P1Y" : "P6M";
    out.push({ start: m.index, end: m.index + m[1]!.length, type: "DURATION", value, rank: 1 });
  }
  // [modifier] [the past] NUMBER [and a half | 1/2] UNIT [and a half]; hyphenated adjectival forms ("six-month") too
  const re = new RegExp(
    String.raw`\b(?:(${QUANTITY_MOD_RE})\s+)?(${SPAN_PREFIX})?(${NUMBER_RE})(\s+and\s+a\s+half|\s+1/2|-and-a-half)?(\s+|-)(?:(?:straight|consecutive|successive|full|more|additional|extra|whole|long|short)\s+)?(${UNIT_RE})\b(?!-old| old)(\s+and\s+a\s+half\b)?(\s+or\s+so\b)?`,
  );
  for (const m of matches(re, lower)) {
    const [, modText0, prefix, numText, half0, sep, unitText, halfAfter, orSo] = m;
    const half = half0 ?? halfAfter;
    const unit = unitOf(unitText!);
    if (!unit) continue;
    // "over the past year": a preposition before a span, not "more than"
    const modText = prefix && /^(?:over|under)$/.test(modText0 ?? "") ? undefined : modText0;
    let start = modText0 && !modText ? m.index + m[0].indexOf(prefix!) : m.index;
    // "the 10-year bond": the article belongs to the noun, the timex is the adjective
    if (prefix && /^the\s+$/.test(prefix) && sep === "-") start += prefix.length;
    let n = numberValue(numText!);
    // "a second attack": "second" after a/an/one is an ordinal
    if (/^seconds?$/.test(unitText!) && !/^\d/.test(numText!)) continue;
    // a vague quantity needs a plural unit ("several years"); "some day", "many a year" are not durations
    if (n === null && !/s$/.test(unitText!)) continue;
    // "three hour" needs the noun it modifies ("a three hour meeting"), else it is no duration ("three hour hand")
    const modifiesNoun = () => {
      const next = ctx.doc.tokens[ctx.doc.tokenIndexAt(m.index + m[0].length)];
      return !!next && next.pos === "NOUN" && next.start <= m.index + m[0].length + 1;
    };
    if (n !== null && n !== 1 && !/^\d/.test(numText!) && sep !== "-" && !/s$/.test(unitText!) && unitText !== "century" && !modifiesNoun()) continue;
    if (half && n !== null) n += 0.5;
    // ages and ordinals: "a 25-year-old", "his 70 years" (but "their 52-week high" is a span)
    if (sep !== "-" && /^(?:his|her|their|its|my|our|your)$/.test(wordBefore(lower, m.index))) continue;
    const value = durationValue(n, unit);
    // a rate: "$2 million a year", "four flights a week" recur every such unit (a SET), they last no time
    const type = !modText && !prefix && /^an?$/.test(numText!) && sep !== "-" && isRate(ctx, m.index) ? "SET" : "DURATION";
    // "two years or so" is about two years
    out.push({ start, end: m.index + m[0].length, type, value, mod: modText ? quantityMod(modText) : orSo ? "APPROX" : undefined, rank: 1 });
  }
  // "half an hour", "half a century", "a half-hour", "a quarter-century"
  for (const m of matches(new RegExp(String.raw`\b(?:(?:a\s+)?half\s+(?:a|an)\s+|(?:an?\s+)?(half|quarter)[\s-])(${UNIT_RE})\b(?!-old| old)`), lower)) {
    const unit = unitOf(m[2]!);
    if (unit) out.push({ start: m.index, end: m.index + m[0].length, type: "DURATION", value: durationValue(m[1] === "quarter" ? 0.25 : 0.5, unit), rank: 1 });
  }
  // "a yearlong siege", "weeklong talks"
  for (const m of matches(/\b(decade|year|month|week|day)long\b/, lower)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: "DURATION", value: durationValue(1, unitOf(m[1]!)!), rank: 0 });
  }
  // "the past year", "the coming week" (one period, counted back or ahead); "the last week of June" is not
  for (const m of matches(/\bthe\s+(?:past|last|coming|next|previous)\s+(day|week|month|year|decade|century)\b(?!\s+of\b)(?!'s)/, lower)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: "DURATION", value: durationValue(1, unitOf(m[1]!)!), rank: 0 });
  }
  // bare plural units after a cue: "for years", "in recent months", "within hours", "over the past weeks"
  const bare = new RegExp(String.raw`\b(?:for|within|(?:in|over)\s+(?:recent|coming|the\s+past|the\s+last|the\s+coming|the\s+next))\s+(seconds|minutes|hours|days|weeks|months|years|decades)\b`);
  for (const m of matches(bare, lower)) {
    const unit = unitOf(m[1]!)!;
    // the timex leaves out the preposition: "for [years]", "in [recent months]", "over [the past weeks]"
    const start = m.index + /^\S+\s+/.exec(m[0])![0].length;
    out.push({ start, end: m.index + m[0].length, type: "DURATION", value: durationValue(null, unit), rank: 0 });
  }
  // "the first hours of the war", "the last days", and spans a verb of time takes ("spent years", "took months")
  const spans = /\b(?:(the\s+(?:first|last|past|next|coming|final|previous)\s+)|(?:spent|spend|spends|spending|took|take|takes|taking|lasted|last|lasts|waited|wait|waiting)\s+)(seconds|minutes|hours|days|weeks|months|years|decades)\b(?!\s+(?:ago|later|earlier|old)\b)/;
  for (const m of matches(spans, lower)) {
    const start = m[1] ? m.index : m.index + m[0].length - m[2]!.length;
    out.push({ start, end: m.index + m[0].length, type: "DURATION", value: durationValue(null, unitOf(m[2]!)!), rank: 0 });
  }
  // "the best year in decades.", "over the years": some such span
  for (const m of matches(/\b(?:in\s+(years|months|weeks|decades)(?=\s*[.,;:)"']|\s+(?:and|but)\b)|(?:over|through)\s+(the\s+years))\b/, lower)) {
    const w = m[1] ?? m[2]!;
    const start = m.index + m[0].length - w.length;
    out.push({ start, end: m.index + m[0].length, type: "DURATION", value: durationValue(null, unitOf(w.replace(/^the\s+/, ""))!), rank: 0 });
  }
  // "a decade-long war", "months-long talks", "weeks of protests", "years of fighting", "hours after the attack"
  for (const m of matches(/\b(?:(decade|year|month|week|day|hour)|(decades|years|months|weeks|days|hours))(?:-long\b|(?=\s+(?:of\s+[a-z]|(?:after|before|later|earlier)\b)))/, lower)) {
    const unit = unitOf(m[1] ?? m[2]!)!;
    // these open a clause or follow after/for/amid/just; "the first days of" is a part of something
    if (m[2] && !/-long$/.test(m[0]) && !/^(?:after|for|amid|following|despite|with|just|only|mere|barely|within|[.;:,"(]|)$/.test(wordBefore(lower, m.index))) continue;
    if (m[1] && !/-long$/.test(m[0])) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: "DURATION", value: durationValue(m[1] ? 1 : null, unit), rank: 0 });
  }
  return out;
}

/** "a year" after an amount or a plural noun is a rate ("$2 million a year", "700 seats a week"). */
function isRate(ctx: TimeContext, at: number): boolean {
  const prev = ctx.doc.tokens[ctx.doc.tokenIndexAt(at) - 1];
  if (!prev || prev.end > at) return false;
  return prev.pos === "NUM" || /^(?:million|billion|thousand|hundred|dollars?|cents?|times)$/.test(prev.key) || (prev.pos === "NOUN" && prev.key !== prev.lemma && /s$/.test(prev.key));
}
