// Output of the query commands: an aligned table for people, JSON or CSV for programs.
import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "../util/spreadsheet.ts";

export type Format = "table" | "json" | "csv";

export function checkFormat(f: string | undefined): Format {
  const v = (f ?? "table").toLowerCase();
  if (v !== "table" && v !== "json" && v !== "csv") throw new Error(`--format must be table, json or csv (got "${f}")`);
  return v;
}

const cell = (v: unknown) => (v == null ? "" : typeof v === "object" ? JSON.stringify(v) : typeof v === "string" ? spreadsheetSafe(v) : String(v));

export function table(rows: object[], columns: string[], maxWidth = 48): string {
  const clip = (s: string) => (s.length > maxWidth ? s.slice(0, maxWidth - 1) + "…" : s);
  const cells = rows.map((r) => columns.map((c) => clip(cell((r as Record<string, unknown>)[c]).replace(/\s+/g, " "))));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((r) => r[i]!.length)));
  const line = (xs: string[]) => xs.map((x, i) => x.padEnd(widths[i]!)).join("  ").trimEnd();
  return [line(columns), line(widths.map((w) => "-".repeat(w))), ...cells.map(line)].join("\n");
}

export function csv(rows: object[], columns: string[]): string {
  return stringify([columns, ...rows.map((r) => columns.map((c) => cell((r as Record<string, unknown>)[c])))]);
}

export function render(rows: object[], columns: string[], format: Format, json: unknown = rows): string {
  if (format === "json") return JSON.stringify(json, null, 2);
  if (format === "csv") return csv(rows, columns).trimEnd();
  return rows.length ? table(rows, columns) : "(none)";
}
