// The export formats by name.
import { exportAcled } from "./acled.ts";
import { exportGdelt } from "./gdelt.ts";
import { exportPlover } from "./plover.ts";
import { exportGeojson } from "./geojson.ts";
import { exportTable } from "./table.ts";
import type { Exporter } from "./types.ts";

export const EXPORTERS: Record<string, { run: Exporter; ext: string; mime: string }> = {
  acled: { run: exportAcled, ext: "csv", mime: "text/csv" },
  gdelt: { run: exportGdelt, ext: "tsv", mime: "text/tab-separated-values" },
  plover: { run: exportPlover, ext: "jsonl", mime: "application/x-ndjson" },
  geojson: { run: exportGeojson, ext: "geojson", mime: "application/geo+json" },
  csv: { run: exportTable, ext: "csv", mime: "text/csv" },
};
export type { EventWithReports, ExportContext, Exporter } from "./types.ts";
