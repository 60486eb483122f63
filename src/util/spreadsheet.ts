// CSV/TSV cells a spreadsheet would run as a formula: text starting with "=", "+", "-", "@", a tab or a carriage
// return (OWASP's CSV injection guidance). Such text gets a leading apostrophe, which spreadsheets show as text
// and hide; numbers ("-12.5") are left as they are.
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

export function spreadsheetSafe<T>(value: T): T | string {
  if (typeof value !== "string" || !FORMULA_START.test(value) || NUMBER.test(value)) return value;
  return `'${value}`;
}
