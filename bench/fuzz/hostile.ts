// Generators of hostile text: the pieces a news reader meets at its worst (control characters, bidi and
// zero-width marks, lone surrogate halves, combining marks, very long tokens, huge numbers, upper-case wire copy)
// mixed into words and sentences that look enough like news for the later stages (events, tolls, dates) to run.
import fc from "fast-check";

const WORDS = [
  "the", "a", "of", "in", "on", "said", "told", "killed", "attacked", "army", "rebels", "police", "government",
  "president", "minister", "troops", "bomb", "exploded", "wounded", "people", "soldiers", "civilians", "Monday",
  "yesterday", "today", "last", "week", "January", "June", "1990", "2021", "Iraq", "Syria", "Kabul", "Bogota",
  "United", "States", "Iran-backed", "militia", "strikes", "protest", "arrested", "talks", "agreed", "sanctions",
  "according", "to", "officials", "he", "she", "they", "it", "was", "were", "by", "after", "near", "at", "Mr.",
  "Dr.", "U.S.", "FMLN", "guerrillas", "kidnapped", "threatened", "denied", "not", "will", "would", "may",
  "\"", "'", "“", "”", "«", "»", ",", ".", ";", ":", "--", "—", "(", ")", "[", "]", "?", "!", "...",
];

/** Characters that break naive text handling. */
const NASTY = [
  "\u0000", "\u0001", "\u0007", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f", "\u0085", "\u009c",
  "\u00a0", "\u00ad", "\u034f", "\u061c", "\u180e", "\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2028",
  "\u2029", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2060", "\u2066", "\u2067", "\u2068", "\u2069",
  "\ufeff", "\ufff9", "\ufffd", "\uffff", "\r", "\r\n", "\t", "\n\n", "\u0301", "\u0308\u0308\u0308",
  "ß", "İ", "ﬁ", "ǅ", "Σ", "ς", "Ⅻ", "①", "٣", "۳", "߃", "𝟗", "😀", "👨‍👩‍👧", "🇮🇶", "\ud83d", "\ude00", "\udbff\udfff",
  "مرحبا", "שלום", "日本", "한국", "Привет", "Ελλάδα", "ไทย", "देश",
];

const HUGE_NUMBERS = [
  "1e400", "-1e400", "1.7976931348623157e309", "99999999999999999999999999", "4294967296", "9007199254740993",
  "-0", "NaN", "Infinity", "0x7fffffff", "1,000,000,000,000,000", "12.50", "007", "1/0", "10^100",
  "3,000,000,000 people", "killing 99999999999999999999", "wounding 1e9", "2147483648 dead",
];

const DATELINES = [
  "SAN SALVADOR, 3 JAN 90 (RADIO CADENA YSU) --", "BOGOTA, 99 FEB 89 --", "LIMA, 31 NOV 2090 (EFE) --",
  "ROME (ITALY), 11 JAN 90 --", "7 FEB (REUTER) --", "WASHINGTON (AP) —", "PARIS, 0 JAN 00 --", "X, 1 XYZ 1 --",
];

export const word = fc.constantFrom(...WORDS);
export const nasty = fc.constantFrom(...NASTY);
export const hugeNumber = fc.constantFrom(...HUGE_NUMBERS);
export const lone = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));
export const anyChar = fc.string({ unit: "binary", minLength: 1, maxLength: 4 });
export const controlChar = fc.integer({ min: 0, max: 0x9f }).filter((c) => c < 0x20 || c >= 0x7f).map((c) => String.fromCharCode(c));

/** A very long token, one character repeated up to 8,000 times, or a word repeated into one sentence of up to
 * 2,000 characters. Longer runs only measure again the known superlinear cost of over-long sentences (40,000 dots
 * in one paragraph: 14 s; 5,000 "killed" in one sentence: 194 s), which would take most of a run's time. */
export const longToken = fc.oneof(
  fc.tuple(fc.oneof(fc.constantFrom("a", "A", "9", "-", ".", "'", "\u200b", "é", "😀"), anyChar), fc.integer({ min: 100, max: 8_000 })),
  fc.tuple(fc.constantFrom("Iraq", "killed ", "the ", "Iraq-", "1,"), fc.integer({ min: 100, max: 2_000 })),
).map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));

const piece = fc.oneof(
  { weight: 30, arbitrary: word },
  { weight: 6, arbitrary: nasty },
  { weight: 3, arbitrary: hugeNumber },
  { weight: 2, arbitrary: lone },
  { weight: 3, arbitrary: anyChar },
  { weight: 2, arbitrary: controlChar },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 10_000 }).map(String) },
  { weight: 1, arbitrary: fc.constantFrom(...DATELINES) },
);

const separator = fc.constantFrom(" ", " ", " ", "", "\n", "\n\n", "  ", "\t", ". ");

/** Words, marks and numbers, joined with varied spacing: small documents (most of a run's count), fast to extract. */
export const newsish = (maxPieces = 50) =>
  fc.array(fc.tuple(piece, separator), { maxLength: maxPieces }).map((parts) => parts.map(([p, s]) => p + s).join(""));

/** A hostile document: news-like text, raw unicode, a long token inside text, or upper-case wire copy. */
export const hostileText = fc.oneof(
  { weight: 10, arbitrary: newsish() },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 300 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.oneof(nasty, lone, controlChar), maxLength: 200 }) },
  { weight: 1, arbitrary: fc.tuple(newsish(20), longToken, newsish(20)).map(([a, t, b]) => `${a} ${t} ${b}`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...DATELINES), newsish(60)).map(([d, t]) => `${d} ${t}`.toUpperCase()) },
  { weight: 1, arbitrary: fc.constantFrom("", " ", "\n", ".", "\u200b", "\ud800", "\u0000", "a", "A.", "\"", "--") },
);

/** Publication dates a caller may pass through: valid ISO days at the edges of the calendar, timestamps, none. */
export const published = fc.oneof(
  fc.constant(null),
  fc.constantFrom("2021-06-28", "1990-01-03", "0001-01-01", "9999-12-31", "2020-02-29", "1970-01-01", "2021-06-28T23:59:59+14:00"),
  fc.date({ min: new Date("1900-01-01"), max: new Date("2100-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);
