// Checks an export file against its format's rules; the format from its name or its first bytes when not given.
import { checkAcled } from "./acled.ts";
import { checkGdelt } from "./gdelt.ts";
import { checkPlover } from "./plover.ts";
import { checkGeojson } from "./geojson.ts";
import type { CheckReport } from "./report.ts";
import type { ExportRefs } from "../types.ts";

/** Each format's checker; `now` bounds the dates and times a file may carry (default: the present). */
export const CHECKERS: Record<string, (text: string, refs: ExportRefs, now?: Date) => CheckReport> = {
  acled: checkAcled, gdelt: checkGdelt, plover: checkPlover, geojson: (text) => checkGeojson(text),
};

/** The export format of a file, from its extension, else its content; null when neither tells. */
export function detectFormat(name: string, text: string): string | null {
  const ext = name.toLowerCase().match(/\.([a-z]+)$/)?.[1];
  if (ext === "geojson") return "geojson";
  if (ext === "jsonl" || ext === "ndjson") return "plover";
  if (ext === "tsv") return "gdelt";
  const head = text.slice(0, 2000).trimStart();
  if (head.startsWith("event_id_cnty,")) return "acled";
  if (/"type"\s*:\s*"FeatureCollection"/.test(head)) return "geojson";
  if (head.startsWith("{")) return "plover";
  if (/^\d+\t\d{8}\t/.test(head)) return "gdelt";
  return null;
}

/** A report for people: the counts per rule, then each violation (up to `show`) with its row and field. */
export function formatReport(r: CheckReport, file: string, show = 50): string {
  const lines = [`${file}: ${r.format}, ${r.rows} records checked, ${r.total === 0 ? "no violations" : `${r.total} violations`}`];
  for (const [rule, n] of Object.entries(r.byRule).sort((a, b) => b[1] - a[1])) lines.push(`  ${String(n).padStart(6)}  ${rule}`);
  for (const v of r.violations.slice(0, show)) lines.push(`  ${v.row === 0 ? "file" : `record ${v.row}`}  ${v.field}: ${v.message} [${v.rule}]`);
  if (r.total > show) lines.push(`  … ${r.total - Math.min(show, r.violations.length)} more (--show N to list more)`);
  return lines.join("\n");
}

export { checkAcled, checkGdelt, checkPlover, checkGeojson };
export type { CheckReport, Violation } from "./report.ts";
