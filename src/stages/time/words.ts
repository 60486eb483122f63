// The words of temporal expressions: month and weekday names, number words, calendar units, modifiers.
// Regex sources here are matched against a lower-cased copy of the text.

export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10,
  november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
/** full month names only: abbreviations alone are too ambiguous ("mar", "may") */
export const MONTH_NAME_RE = "january|february|march|april|may|june|july|august|september|october|november|december";

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};
export const WEEKDAY_RE = "sunday|monday|tuesday|wednesday|thursday|friday|saturday";

const UNITS_BELOW_20 = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** Number words, digits, "a"/"an", vague quantities ("several", "a few": value null → X in the value). */
export const NUMBER_RE =
  String.raw`(?<![\d.,])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|(?:` + TENS.slice(2).join("|") + String.raw`)(?:-(?:` + UNITS_BELOW_20.slice(1, 10).join("|") + `))?|` +
  UNITS_BELOW_20.slice(1).join("|") + String.raw`|a hundred|a dozen|dozens of|hundreds of|(?:a )?couple of|a few|few|several|many|some|a|an`;

/** The number a NUMBER_RE match stands for, or null for a vague quantity. */
export function numberValue(s: string): number | null {
  const w = s.trim().replace(/\s+/g, " ");
  if (/^\d/.test(w)) return Number(w.replace(/,/g, ""));
  if (w === "a" || w === "an") return 1;
  if (w === "a couple of" || w === "couple of") return 2;
  if (w === "a dozen") return 12;
  if (w === "a hundred") return 100;
  const below = UNITS_BELOW_20.indexOf(w);
  if (below > 0) return below;
  const [tens, unit] = w.split("-");
  const t = TENS.indexOf(tens ?? "");
  if (t >= 2) return t * 10 + (unit ? UNITS_BELOW_20.indexOf(unit) : 0);
  return null;
}

export interface Unit {
  /** ISO 8601 duration letter; time units go after "T" */
  letter: "S" | "M" | "H" | "D" | "W" | "Y";
  time: boolean;
  /** how many of `letter` one unit is (a decade is 10 years) */
  factor: number;
  precision: "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "century";
}

export const UNITS: Record<string, Unit> = {
  second: { letter: "S", time: true, factor: 1, precision: "second" },
  minute: { letter: "M", time: true, factor: 1, precision: "minute" },
  hour: { letter: "H", time: true, factor: 1, precision: "hour" },
  day: { letter: "D", time: false, factor: 1, precision: "day" },
  week: { letter: "W", time: false, factor: 1, precision: "week" },
  fortnight: { letter: "W", time: false, factor: 2, precision: "week" },
  month: { letter: "M", time: false, factor: 1, precision: "month" },
  year: { letter: "Y", time: false, factor: 1, precision: "year" },
  decade: { letter: "Y", time: false, factor: 10, precision: "decade" },
  century: { letter: "Y", time: false, factor: 100, precision: "century" },
};
export const UNIT_RE = "seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|century|centuries";

export function unitOf(word: string): Unit | undefined {
  const w = word.toLowerCase();
  return UNITS[w === "centuries" ? "century" : w.replace(/s$/, "")];
}

// the next smaller unit a fraction is told in, as TimeML writes "2 1/2 years" (P2Y6M) and "half an hour" (PT30M)
const SMALLER: Partial<Record<Unit["letter"] | "TM", [string, number, boolean]>> = {
  Y: ["M", 12, false], W: ["D", 7, false], D: ["H", 24, true], H: ["M", 60, true], TM: ["S", 60, true],
};

/** An ISO 8601 duration for n units (n null → "X"): P4M, P10Y, PT48H, P2W, PXY, P2Y6M. */
export function durationValue(n: number | null, unit: Unit): string {
  if (n === null && unit.factor === 10) return "PXDE";
  if (n === null && unit.factor === 100) return "PXCE";
  if (n === null) return `P${unit.time ? "T" : ""}X${unit.letter}`;
  const total = n * unit.factor;
  const whole = Math.floor(total), rest = total - whole;
  const smaller = SMALLER[unit.time && unit.letter === "M" ? "TM" : unit.letter];
  if (rest > 0 && smaller && Number.isInteger(+(rest * smaller[1]).toFixed(6))) {
    const part = `${+(rest * smaller[1]).toFixed(6)}${smaller[0]}`;
    const head = whole ? `${whole}${unit.letter}` : "";
    // the smaller part may cross into the time part: "2 1/2 days" is P2DT12H
    if (!unit.time && smaller[2]) return `P${head}T${part}`;
    return `P${unit.time ? "T" : ""}${head}${part}`;
  }
  return `P${unit.time ? "T" : ""}${String(+total.toFixed(2))}${unit.letter}`;
}

/** Modifiers in front of a duration or date and the TIMEX3 mod they give. */
export const QUANTITY_MODS: Array<[RegExp, string]> = [
  [/^(?:just |well |a little |slightly |a bit )?(?:over|more than|upwards of|in excess of)$/, "MORE_THAN"],
  [/^(?:just |a little |slightly )?(?:under|less than|fewer than|almost|nearly|not quite)$/, "LESS_THAN"],
  [/^at least$/, "EQUAL_OR_MORE"],
  [/^(?:up to|at most|no more than)$/, "EQUAL_OR_LESS"],
  [/^(?:about|around|roughly|some|approximately|an estimated|close to)$/, "APPROX"],
];
export const QUANTITY_MOD_RE =
  String.raw`(?:(?:just |well |a little |slightly |a bit )?(?:over|more than|upwards of|in excess of|under|less than|fewer than)|almost|nearly|not quite|at least|up to|at most|no more than|about|around|roughly|some|approximately|an estimated|close to)`;

export function quantityMod(s: string): string | undefined {
  const w = s.trim().replace(/\s+/g, " ");
  for (const [re, mod] of QUANTITY_MODS) if (re.test(w)) return mod;
  return undefined;
}

/** Part-of-period modifiers: "early 2020", "mid-March", "the end of last year". */
export const PART_MOD_RE = String.raw`(?:(?:the )?(?:very )?(?:early|earlier|late|later|mid|middle of|end of|beginning of|start of|turn of|close of)(?: the)?[ -]?)`;

export function partMod(s: string): string | undefined {
  const w = s.toLowerCase();
  if (/\b(?:early|beginning|start)\b/.test(w)) return "START";
  if (/\b(?:late|end|close|turn)\b/.test(w)) return "END";
  if (/\b(?:mid|middle)\b/.test(w)) return "MID";
  return undefined;
}

export const SEASONS: Record<string, string> = { spring: "SP", summer: "SU", autumn: "FA", fall: "FA", winter: "WI" };

/** TIMEX3's parts of the day: "Saturday night" is 1991-02-23TNI, a TIME. */
const DAY_PARTS: Record<string, string> = { morning: "MO", afternoon: "AF", evening: "EV", night: "NI", tonight: "NI" };

/** The TIMEX3 part-of-day suffix ("TMO") for a phrase naming one ("yesterday morning", "tonight"), or "". */
export function dayPartSuffix(phrase: string): string {
  const m = /\b(morning|afternoon|evening|night|tonight)\b/.exec(phrase.toLowerCase());
  return m ? `T${DAY_PARTS[m[1]!]}` : "";
}
