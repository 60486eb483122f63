// Years and parts of years: "in 2018", "the 2015 nuclear accord", "since 2014", "2014-2016", "the 1990s",
// "the '90s", "the 20th century", "summer 2019", "the first quarter of 2020", "the second half of 2019".
// A four-digit number is a year only in a year's context: after in/since/by/until/of/the..., or before a
// singular noun or an event noun ("the 2018 election(s)"); never before a count noun ("2,500 troops",
// "1998 people"), a unit or a percentage, nor after a currency sign or a word that numbers things.
import type { Token } from "../../doc.ts";
import { formatYear } from "./calendar.ts";
import { matches, wordBefore, type Candidate, type TimeContext } from "./context.ts";
import { SEASONS, numberValue } from "./words.ts";

// words after which a four-digit number is a year
const YEAR_CUES = new Set([
  "in", "since", "by", "until", "till", "of", "from", "through", "thru", "during", "before", "after", "early",
  "late", "mid", "year", "years", "summer", "spring", "winter", "autumn", "fall", "circa", "c.", "throughout",
  "the", "its", "his", "her", "their", "our", "this", "that", "fiscal", "'s", "(", "ca", "as",
  "election", "elections", "around", "cup", "olympics", "games", "class", "for", "between", "due", "both",
]);
// amounts are given after these: "about 2000", "nearly 1500"
const AMOUNT_CUES = /^(?:about|some|nearly|almost|over|approximately|roughly|than|least|only|just|another|total|of)$/;
// words before a four-digit clock time ("after 1000", "at 2030", "by 1145")
const CLOCK_CUES = new Set(["at", "after", "before", "by", "until", "till", "around", "about", "from", "since"]);
// after these a number joins a range only when a year came just before ("from 2014 to 2016", "2014-2016");
// "until" and "through" also open a year of their own ("until 1994"), as YEAR_CUES says
const RANGE_CUES = new Set(["to", "and", "or", "-", "/"]);
// nouns that a year-like number counts rather than dates
const NOT_AFTER = /^(?:%|percent|per|pc|km|kms|kilometres?|kilometers?|metres?|meters?|miles?|feet|ft|kg|kilos?|tonnes?|tons?|mw|gw|bpd|barrels?|dollars?|euros?|pounds?|yuan|yen|rupees?|rubles?|roubles?|hours?|hrs|gmt|utc|local|m|b|bn|billion|million|thousand|points?|votes?)$/;
// events and documents that a year can name even in the plural ("the 2018 elections")
const EVENT_NOUNS = new Set([
  "election", "elections", "talks", "protests", "riots", "games", "olympics", "polls", "accords", "agreements",
  "sanctions", "negotiations", "clashes", "attacks", "bombings", "uprisings", "wars", "summits", "midterms",
  "primaries", "reforms", "floods", "earthquakes", "strikes", "killings", "massacres", "demonstrations", "hostilities",
  "budget", "census", "unrest", "crisis", "war", "accord", "deal", "agreement", "invasion", "coup",
  "revolution", "uprising", "ceasefire", "truce", "vote", "referendum", "summit", "attack", "bombing", "law",
  "constitution", "treaty", "report", "study", "survey", "season", "campaign", "offensive", "operation", "conflict",
]);
// words that number things: "resolution 2254", "flight 1920", "No. 2019", "Article 2000"
const NUMBERING_HEADS = /^(?:resolution|resolutions|flight|no|no\.|number|nos|article|route|room|page|chapter|section|code|model|type|unit|battalion|brigade|division|regiment|squad|highway|road|kilometre|km|rule|decree|order|law|bill|act|item|case|file|box|lot|plot|channel|vol|volume|issue|patrol|block|zone|sector|post|base|camp|station|platform|gate|phase|stage|grade|level|class|apartment|suite|building|street|avenue|hill|height|point|#|\$|£|€|¥|usd|us\$|eur|rs)$/;

const CHANGE_VERBS = /^(?:rise|increase|fall|drop|decline|grow|reduce|cut|climb|jump|surge|soar|plunge|slip|shrink|total|number|up|down|estimate)$/;

const isYearNumber = (t: Token | undefined) => !!t && /^\d{4}$/.test(t.key) && +t.key >= 1000 && +t.key <= 2099;

/** Decides whether token i, a four-digit number, is a year here. */
function isYearAt(ctx: TimeContext, i: number): boolean {
  const toks = ctx.doc.tokens;
  const t = toks[i]!;
  const n = Number(t.key);
  const prev = toks[i - 1];
  const next = toks[i + 1];
  const prevKey = prev && prev.sentence === t.sentence ? prev.key : "";
  const nextKey = next && next.sentence === t.sentence ? next.key : "";
  // currency signs and numbering words before, units and percentages after
  const charBefore = ctx.doc.norm[t.start - 1] ?? " ";
  if (/[$£€¥#]/.test(charBefore) || NUMBERING_HEADS.test(prevKey)) return false;
  if (prevKey === "fiscal") return true; // "fiscal 1989 sales"
  if (NOT_AFTER.test(nextKey)) return false;
  // a clock time: wire copy gives times as four digits, "AT 1930 (0030 GMT)", "AFTER 1000": a time in GMT follows,
  // or a medieval year after a word of time would be far less likely than the hour
  const clock = n % 100 < 60 && Math.floor(n / 100) < 24;
  if (clock && (nextKey === "(" && /^\d{4}$/.test(toks[i + 2]?.key ?? "") || n < 1500 && CLOCK_CUES.has(prevKey))) return false;
  // a plural noun after it is what it counts ("1998 people"), unless it names an event ("2018 elections")
  if (next && next.sentence === t.sentence && next.pos === "NOUN" && isPlural(next) && !EVENT_NOUNS.has(next.key)) return false;
  if (next && /^(?:people|men|women|children|police|personnel|staff|cattle|troops)$/.test(nextKey)) return false;
  const modern = n >= 1900 && n <= 2099;
  // "the 2018 election", "2018 elections were ..." but not "carried out 2019 attacks"
  if (EVENT_NOUNS.has(nextKey) && modern && (next!.key === next!.lemma || YEAR_CUES.has(prevKey))) return true;
  if (RANGE_CUES.has(prevKey)) {
    if (isYearNumber(toks[i - 2]) || isYearNumber(toks[i - 3]) || (prevKey === "-" && modern && /^(?:mid|early|late)$/.test(toks[i - 2]?.key ?? ""))) return true;
    // "dates back to 1994", "postponed to 1999": "to" after a word that is no amount and no verb of change opens a
    // year of its own, within a generation of the publication year (a count would follow "up to", "from 500 to")
    const before = toks[i - 2];
    const ref = ctx.ref?.y;
    if (prevKey !== "to" || !before || before.sentence !== t.sentence || ref === undefined || ctx.doc.upperCase) return false;
    if (before.pos === "NUM" || /^(?:up|down|rise|rose|risen|fell|fall|fallen|increase|increased|reduce|reduced|cut|amount|amounted|close|closer|equal|compared|and|or|from|\d.*)$/.test(before.key) || CHANGE_VERBS.test(before.lemma)) return false;
    if (toks.slice(Math.max(0, i - 6), i - 1).some((x) => x.sentence === t.sentence && x.key === "from")) return false;
    return n >= ref - 30 && n <= ref + 10;
  }
  // "2014-2016": the first year of a range
  if ((nextKey === "-" || nextKey === "to" || nextKey === "/") && isYearNumber(toks[i + 2])) return true;
  // "rose by 2000", "fell to 1950", "up from 2010": amounts after verbs of change
  if (/^(?:by|to|from|around|of)$/.test(prevKey) && CHANGE_VERBS.test(toks[i - 2]?.lemma ?? "")) return false;
  if (YEAR_CUES.has(prevKey)) {
    // "the 2015 ..." needs a modern year; "in 1492" may be any
    return modern || !/^(?:the|its|his|her|their|our|this|that|'s)$/.test(prevKey);
  }
  // "June 5, 2019" is chrono's; a year after a comma closing a clause ("..., 2019.") is rare in prose
  if (prevKey === "," && modern && /^(?:[.,;)]|)$/.test(nextKey) && /^(?:\d{1,2}|[a-z]+)$/.test(toks[i - 2]?.key ?? "")) return true;
  // a sentence opening with a year and a verb: "2020 was ..."
  if (modern && (!prev || prev.sentence !== t.sentence) && next && (next.pos === "AUX" || next.pos === "VERB")) return true;
  // a year in parentheses "(2019)"
  if (modern && prevKey === "(" && nextKey === ")") return true;
  // otherwise a number within a generation of the publication year is that year ("1990 earnings", "Mixte's 1989
  // profit") unless an amount word comes before it; numbers counting things were turned away above
  const ref = ctx.ref?.y;
  const countsNext = !!next && next.sentence === t.sentence && next.pos === "NOUN" && isPlural(next);
  if (ref !== undefined && n >= ref - 30 && n <= ref + 10 && !AMOUNT_CUES.test(prevKey) && !countsNext && !ctx.doc.upperCase) return true;
  return false;
}

function isPlural(t: Token): boolean {
  return t.key !== t.lemma && /s$/.test(t.key);
}

/** Years read out in broadcast transcripts: "nineteen ninety-six", "the year two thousand", "two thousand and one". */
export function spokenYears(ctx: TimeContext): Array<{ start: number; end: number; year: number }> {
  const out: Array<{ start: number; end: number; year: number }> = [];
  const spoken = new RegExp(String.raw`\b(?:the year\s+)?(?:nineteen(?:\s+hundred)?(?:\s+and)?\s+(${SPOKEN_TAIL})|two thousand(?:(?:\s+and)?\s+(${SPOKEN_TAIL}))?)\b`);
  for (const m of matches(spoken, ctx.lower)) {
    const tail = m[1] ?? m[2];
    const n = tail ? numberValue(tail.replace(/\s+/g, "-")) : 0;
    if (n === null || (m[1] && n < 10)) continue; // "nineteen five" is no way to say 1905
    const year = (m[1] ? 1900 : 2000) + n;
    if (ctx.ref && year > ctx.ref.y + 10) continue;
    out.push({ start: m.index, end: m.index + m[0].length, year });
  }
  return out;
}

/** Four-digit years in year contexts, and years read out. */
export function bareYears(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = spokenYears(ctx).map(({ start, end, year }) => ({ start, end, type: "DATE" as const, value: formatYear(year), precision: "year" as const, rank: 1 }));
  ctx.doc.tokens.forEach((t, i) => {
    if (!/^\d{4}$/.test(t.key)) return;
    const n = Number(t.key);
    if (n < 1000 || n > 2099 || !isYearAt(ctx, i)) return;
    // "fiscal 1989" and "fiscal year 1990" are one timex
    const toks = ctx.doc.tokens;
    const prev = toks[i - 1];
    const fiscalYear = prev?.key === "year" && toks[i - 2]?.key === "fiscal" && toks[i - 2]!.sentence === t.sentence;
    const start = fiscalYear ? toks[i - 2]!.start : prev && prev.key === "fiscal" && prev.sentence === t.sentence ? prev.start : t.start;
    out.push({ start, end: t.end, type: "DATE", value: formatYear(n), precision: "year", rank: 1 });
  });
  return out;
}

/** "ninety-six", "ninety six", "forty", "eleven" ... "one" */
const SPOKEN_TAIL = String.raw`(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine)\b)?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|one|two|three|four|five|six|seven|eight|nine`;
const DECADE_WORDS = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"];

/** Decades ("the 1990s", "the '90s", "the nineties") and centuries ("the 20th century"). */
export function decadesAndCenturies(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower } = ctx;
  // ("the 1990s", "the 20th century": TimeML takes the article in)
  for (const m of matches(/\b(?:the\s+)?(1[0-9]|20)(\d)0'?s\b/, lower)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: `${m[1]}${m[2]}`, precision: "decade", rank: 1 });
  }
  // two-digit decades need "the", an apostrophe or early/late/mid before them: "the '90s", "the 80s"
  for (const m of matches(/(?<![\d,.])('?)([1-9])0'?s\b/, lower)) {
    const before = wordBefore(lower, m.index);
    if (!m[1] && !/^(?:the|early|late|mid|-|his|her|their)$/.test(before)) continue;
    const d = Number(m[2]);
    const refYY = ctx.ref ? ctx.ref.y % 100 : 99;
    const century = d * 10 <= refYY - 10 && (ctx.ref?.y ?? 2000) >= 2000 ? "20" : "19";
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: `${century}${d}`, precision: "decade", rank: 1 });
  }
  // decades in words: "the nineties", "the early eighties": the latest such decade up to the coming one
  for (const m of matches(/\bthe\s+(?:(?:early|late|mid)[\s-]+)?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/, lower)) {
    const d = DECADE_WORDS.indexOf(m[1]!) + 2;
    const refY = ctx.ref?.y ?? 1999;
    let y = Math.floor(refY / 100) * 100 + d * 10;
    if (y > refY + 10) y -= 100;
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: String(Math.floor(y / 10)), precision: "decade", rank: 1 });
  }
  for (const m of matches(/\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[ -]century\b/, lower)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: String(Number(m[1]) - 1).padStart(2, "0"), precision: "century", rank: 1 });
  }
  return out;
}

/** Seasons, quarters and halves with a year, or with this/last/next: "summer 2019", "last winter". */
export function partsOfYears(ctx: TimeContext): Candidate[] {
  const out: Candidate[] = [];
  const { lower, ref } = ctx;
  const seasonRe = /\b(?:(last|this|next|the|past|coming)\s+)?(?:(?:early|late|mid)[\s-]+)?(spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(\d{4}))?\b/;
  for (const m of matches(seasonRe, lower)) {
    const [, rel, season, year] = m;
    const code = SEASONS[season!]!;
    let y: number | null = year ? Number(year) : null;
    if (y === null) {
      // "in spring" as "in the spring"
      const prep = SEASON_PREPS.test(wordBefore(lower, m.index));
      if (!ref || !(rel || prep)) continue;
      let r = rel ?? "the";
      if (r === "the") {
        // "in the spring" reads by the clause's tense; "the fall of Kabul", "the spring offensive" are no dates
        const after = /^\s*([a-z]+)/.exec(lower.slice(m.index + m[0].length))?.[1] ?? "";
        if (!prep || after === "of") continue;
        const tok = ctx.doc.tokens[ctx.doc.tokenIndexAt(m.index + m[0].length)];
        if (tok && (tok.pos === "NOUN" || tok.pos === "PROPN") && tok.start === m.index + m[0].length + 1) continue;
        const dir = ctx.direction(m.index, m.index + m[0].length);
        // "into the summer" said in the summer is this one; in the past the one gone, ahead the coming one
        const current = SEASON_ORDER[seasonOrdinal(ref.y, ref.m) % 4] === code;
        r = current ? "this" : dir === "past" ? "last" : dir === "future" ? "next" : "this";
      }
      y = yearOfSeason(ref, code, r);
    }
    if (season === "fall" && !year && rel !== "last" && rel !== "this" && rel !== "next") continue;
    const start = rel === "the" ? m.index + 4 : m.index;
    out.push({ start, end: m.index + m[0].length, type: "DATE", value: `${formatYear(y)}-${code}`, precision: "season", rank: 1 });
  }
  const qRe = /\b(?:the\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(quarter|half)\s+of\s+(?:(\d{4})|(this|last|next) year)\b/;
  for (const m of matches(qRe, lower)) {
    const ord = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4, final: 0, last: 0 }[m[1]!]!;
    const half = m[2] === "half";
    const n = ord === 0 ? (half ? 2 : 4) : ord;
    if (half && n > 2) continue;
    const y = m[3] ? Number(m[3]) : ref ? ref.y + (m[4] === "last" ? -1 : m[4] === "next" ? 1 : 0) : null;
    if (y === null) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: `${formatYear(y)}-${half ? "H" : "Q"}${n}`, precision: "quarter", rank: 1 });
  }
  // a quarter without "of": "the third quarter", "third-quarter", "the 1988 third quarter", "fourth quarter 1998";
  // without a year it is the publication year's (company results name the year's quarters, TimeBank follows)
  // ("the fiscal first quarter", "next year's first quarter" too)
  const bareQ = /\b(?:the\s+|(last|this|next)\s+year's\s+)?(?:(\d{4})\s+)?(?:fiscal[\s-]+)?(first|second|third|fourth|1st|2nd|3rd|4th)(?:\s+|-)quarter\b(?:\s+(?:of\s+)?(\d{4})\b)?/;
  for (const m of matches(bareQ, lower)) {
    const n = { first: 1, "1st": 1, second: 2, "2nd": 2, third: 3, "3rd": 3, fourth: 4, "4th": 4 }[m[3]!]!;
    const shift = m[1] === "last" ? -1 : m[1] === "next" ? 1 : 0;
    const y = m[2] ? Number(m[2]) : m[4] ? Number(m[4]) : ref ? ref.y + shift : null;
    if (y === null) continue;
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: `${formatYear(y)}-Q${n}`, precision: "quarter", rank: 0 });
  }
  // the quarter a company has just reported: "the latest quarter", "in the quarter" (the last one completed before
  // publication) and the same quarter a year before ("the year-ago quarter", "the year-earlier quarter")
  if (ref) {
    const done = ref.y * 4 + Math.floor((ref.m - 1) / 3) - 1; // quarters since year 0, the last completed one
    const quarterRe = /\bthe\s+(?:(latest|most\s+recent|just-ended|past|recent)\s+|((?:comparable\s+)?year-(?:ago|earlier))\s+)?quarter\b(?!\s+of\b)/;
    for (const m of matches(quarterRe, lower)) {
      const q = m[2] ? done - 4 : done;
      out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: `${formatYear(Math.floor(q / 4))}-Q${(q % 4) + 1}`, precision: "quarter", rank: 0 });
    }
  }
  // "the second half" (of the year being reported, the publication's): H1/H2
  if (ref) {
    for (const m of matches(/\bthe\s+(first|second)\s+half\b(?!\s+of\b)(?![\s-]+(?:century|decade))/, lower)) {
      out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: `${formatYear(ref.y)}-H${m[1] === "first" ? 1 : 2}`, precision: "quarter", rank: 0 });
    }
  }
  for (const m of matches(/\bq([1-4])\s+(\d{4})\b/, lower)) {
    out.push({ start: m.index, end: m.index + m[0].length, type: "DATE", value: `${m[2]}-Q${m[1]}`, precision: "quarter", rank: 1 });
  }
  return out;
}

const SEASON_PREPS = /^(?:in|by|during|until|till|since|over|through|throughout|before|after|into|of)$/;

// Seasons in order within a year; a winter belongs to the year in which it starts (December).
const SEASON_ORDER = ["SP", "SU", "FA", "WI"];

/** The season ordinal (year * 4 + season) holding a day. */
function seasonOrdinal(y: number, m: number): number {
  if (m <= 2) return (y - 1) * 4 + 3;
  return y * 4 + (m <= 5 ? 0 : m <= 8 ? 1 : m <= 11 ? 2 : 3);
}

/** The year of "last winter", "this summer", "next spring" seen from a day. */
function yearOfSeason(ref: { y: number; m: number }, code: string, rel: string): number {
  const now = seasonOrdinal(ref.y, ref.m);
  const s = SEASON_ORDER.indexOf(code);
  const thisYear = Math.floor(now / 4);
  if (rel === "this") return thisYear;
  if (rel === "last" || rel === "past") return thisYear * 4 + s < now ? thisYear : thisYear - 1;
  return thisYear * 4 + s > now ? thisYear : thisYear + 1;
}
