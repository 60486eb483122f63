// A plain CSV of the events (no field's format: the columns of `sitrep events --format csv` plus coordinates and
// precisions), for spreadsheets. Cells that could start a formula are neutralised.
import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "../../util/spreadsheet.ts";
import type { Exporter } from "./types.ts";

export const TABLE_COLUMNS = [
  "id", "date", "date_precision", "type", "mode", "source", "source_country", "target", "target_country", "place", "country",
  "latitude", "longitude", "place_precision", "fatalities", "injuries", "modality", "acled_event_type", "cameo", "reports", "publishers", "confidence",
] as const;

export const exportTable: Exporter = async function* (events) {
  yield stringify([TABLE_COLUMNS as unknown as string[]]);
  for await (const { event: e } of events) {
    yield stringify([([
      e.id, e.date ?? "", e.precision, e.type, e.mode ?? "", e.source?.name ?? "", e.source?.country ?? "", e.target?.name ?? "", e.target?.country ?? "",
      e.location?.name ?? "", e.location?.country ?? "", e.location?.lat ?? "", e.location?.lon ?? "", e.location?.precision ?? "",
      e.fatalities ?? "", e.injuries ?? "", e.modality, e.acled?.eventType ?? "", e.cameo ?? "", e.reports, e.publishers, e.confidence,
    ] as unknown[]).map(spreadsheetSafe)]);
  }
};
