// ACLED-style CSV: ACLED's column names and conventions (time_precision 1 day / 2 week / 3 month or coarser,
// geo_precision 1 town / 2 region / 3 province or country, interaction codes from the actors' kinds).
import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "../../util/spreadsheet.ts";
import type { ActorRef } from "../records.ts";
import { countryOf, publishersOf, type Exporter } from "./types.ts";
import { firstDayOf } from "../dates.ts";

export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
] as const;

/** ACLED's actor-type codes: 1 state forces, 2 rebels, 3 political militias, 6 protesters, 7 civilians, 8 external/other. */
export function interCode(a: ActorRef | null): number | "" {
  if (!a) return "";
  switch (a.sector) {
    case "GOV": case "MIL": case "COP": case "SPY": return 1;
    case "REB": return 2;
    case "UAF": case "CRM": return 3;
    case "OPP": case "LAB": case "EDU": return 6;
    case "CVL": case "REF": case "MED": case "HLH": case "REL": case "AGR": return 7;
    default: return 8;
  }
}

function disorderType(eventType: string | undefined): string {
  if (!eventType) return "";
  if (/protest|riot/i.test(eventType)) return "Demonstrations";
  if (/strategic/i.test(eventType)) return "Strategic developments";
  return "Political violence";
}

const timePrecision = (p: string) => (p === "day" ? 1 : p === "week" ? 2 : 3);
const geoPrecision = (p: string | undefined) => (p === "site" || p === "city" ? 1 : p === "admin2" || p === "region" ? 2 : 3);

export const exportAcled: Exporter = async function* (events, ctx) {
  yield stringify([ACLED_COLUMNS as unknown as string[]]);
  const ts = Math.floor((ctx.now ?? new Date()).getTime() / 1000);
  for await (const { event: e, reports } of events) {
    const iso3 = countryOf(e);
    const country = iso3 ? ctx.country?.(iso3) : undefined;
    const i1 = interCode(e.source), i2 = interCode(e.target);
    const inter = i1 === "" ? "" : i2 === "" ? i1 * 10 : Math.min(i1, i2) * 10 + Math.max(i1, i2);
    const pubs = publishersOf(reports);
    const lead = reports[0];
    const day = firstDayOf(e.date);
    const notes = [lead?.sentence.text.replace(/\s+/g, " ").trim(), e.reports > 1 ? `[${e.reports} reports, ${e.publishers} publishers]` : null].filter(Boolean).join(" ");
    yield stringify([([
      `${iso3 ?? "XXX"}${e.id.replace(/^ce_/, "").slice(0, 8).toUpperCase()}`,
      day ?? "",
      day ? day.slice(0, 4) : "",
      timePrecision(e.precision),
      disorderType(e.acled?.eventType),
      e.acled?.eventType ?? "",
      e.acled?.subEventType ?? "",
      e.source?.name ?? "",
      "",
      i1,
      e.target?.name ?? "",
      "",
      i2,
      inter,
      i2 === 7 && /violence|explosion|battle/i.test(e.acled?.eventType ?? "") ? "Civilian targeting" : "",
      "",
      country?.region ?? "",
      country?.name ?? iso3 ?? "",
      e.location?.precision === "admin1" ? e.location.name : "",
      "",
      "",
      e.location?.name ?? "",
      e.location?.lat ?? "",
      e.location?.lon ?? "",
      e.location ? geoPrecision(e.location.precision) : "",
      pubs.join("; "),
      pubs.length > 1 ? "Multiple" : "",
      notes,
      e.fatalities ?? 0,
      e.modality === "asserted" ? "" : `modality: ${e.modality}`,
      ts,
    ] as unknown[]).map(spreadsheetSafe)]);
  }
};
