// What a format check finds: violations of the format's rules, each at a record and a field, and a report of them.

export interface Violation {
  /** the record: a data row of a CSV/TSV (1 = the first row after any header), a JSON line, a GeoJSON feature; 0 = the file */
  row: number;
  field: string;
  /** the rule's name, short and stable ("event_type.vocabulary") */
  rule: string;
  message: string;
}

export interface CheckReport {
  format: string;
  /** records read */
  rows: number;
  violations: Violation[];
  /** violations per rule, all of them (the list above is capped) */
  byRule: Record<string, number>;
  total: number;
}

/** Collects violations, keeping every count but only the first `keep` in the list. */
export class Findings {
  readonly violations: Violation[] = [];
  readonly byRule: Record<string, number> = {};
  total = 0;
  constructor(private readonly keep = 1000) {}

  add(row: number, field: string, rule: string, message: string): void {
    this.total++;
    this.byRule[rule] = (this.byRule[rule] ?? 0) + 1;
    if (this.violations.length < this.keep) this.violations.push({ row, field, rule, message });
  }

  report(format: string, rows: number): CheckReport {
    return { format, rows, violations: this.violations, byRule: this.byRule, total: this.total };
  }
}

/** A valid calendar day "YYYY-MM-DD" (or "YYYYMMDD" with compact), as [y, m, d]; null otherwise. */
export function calendarDay(s: string, compact = false): [number, number, number] | null {
  const m = compact ? s.match(/^(\d{4})(\d{2})(\d{2})$/) : s.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  if (!m) return null;
  const y = +m[1]!, mo = +m[2]!, d = +m[3]!;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d ? [y, mo, d] : null;
}

/** Years an event record may carry: event data from news starts well after 1900 (GDELT's back file at 1979,
 * ACLED at 1997); a year before 1900 or after the export is a misread (a clock time, a number). */
export const EARLIEST_YEAR = 1900;

export const isInteger = (s: string) => /^-?\d+$/.test(s);
export const isDecimal = (s: string) => /^-?\d+(?:\.\d+)?$/.test(s);
