// ACLED-style CSV: ACLED's 31 columns in ACLED's order (Codebook, 2023 layout) and its conventions. Only events
// ACLED would code get a row: an ACLED event type, a country and a date to the month or better (ACLED's coarsest
// time_precision is 3, a month); the rest are counted in ctx.skipped. Unnamed actors take ACLED's generic names.
import { stringify } from "csv-stringify/sync";
import { spreadsheetSafe } from "../../util/spreadsheet.ts";
import type { ActorRef, CanonicalEvent } from "../records.ts";
import { countryOf, publishersOf, type Exporter } from "./types.ts";
import { exportDay, skip } from "./event-dates.ts";
import { ACLED_COLUMNS, acledDisorderType } from "./check/acled.ts";

export { ACLED_COLUMNS };

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

/** ACLED's names for actors a report does not name (Codebook: "Unidentified Armed Group (Country)",
 * "Protesters (Country)", "Rioters (Country)", "Civilians (Country)"), with their inter codes. */
function unnamedActor1(eventType: string, country: string): [string, number] {
  if (eventType === "Protests") return [`Protesters (${country})`, 6];
  if (eventType === "Riots") return [`Rioters (${country})`, 5];
  return [`Unidentified Armed Group (${country})`, 3];
}

/** time_precision: 1 the day is known, 2 the week, 3 the month (or only the report's date). */
const timePrecision = (p: string) => (p === "day" ? 1 : p === "week" ? 2 : 3);
/** geo_precision: 1 the town or site, 2 a district or region near it, 3 a province or the country. */
const geoPrecision = (p: string | undefined) => (p === "site" || p === "city" ? 1 : p === "admin2" || p === "region" ? 2 : 3);

/** ISO3 + a number (ACLED's event_id_cnty is the country's letters and digits), from the canonical id's hash. */
const eventIdCnty = (iso3: string, e: CanonicalEvent) => `${iso3}${parseInt(e.id.replace(/^ce_/, "").slice(0, 8), 16)}`;

export const exportAcled: Exporter = async function* (events, ctx) {
  yield stringify([ACLED_COLUMNS as unknown as string[]]);
  const now = ctx.now ?? new Date();
  const ts = Math.floor(now.getTime() / 1000);
  for await (const { event: e, reports } of events) {
    const country = ctx.refs.country(countryOf(e));
    const day = exportDay(e, now);
    if (!e.acled) { skip(ctx, "no ACLED event type"); continue; }
    if (!country) { skip(ctx, "no country"); continue; }
    if (!day || day.precision === "year" || day.precision === "decade") { skip(ctx, "no date to the month"); continue; }
    const countryName = country.name;
    const { eventType, subEventType } = e.acled;
    const disorder = acledDisorderType(eventType, subEventType);
    const [actor1, inter1]: [string, number] = e.source ? [e.source.name, interCode(e.source) as number] : unnamedActor1(eventType, countryName);
    let [actor2, inter2]: [string, number | ""] = e.target ? [e.target.name, interCode(e.target)] : ["", ""];
    // violence against civilians has civilians on the other side, named or not
    if (eventType === "Violence against civilians" && !e.target) [actor2, inter2] = [`Civilians (${countryName})`, 7];
    const interaction = inter2 === "" ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2);
    const civilianTargeting = disorder.includes("Political violence") && (eventType === "Violence against civilians" || inter2 === 7) ? "Civilian targeting" : "";
    // without coordinates the event sits at the country's centroid, at geo_precision 3 (ACLED does the same)
    const located = e.location?.lat != null && e.location.lon != null;
    const pubs = publishersOf(reports);
    const lead = reports[0];
    const notes = [lead?.sentence.text.replace(/\s+/g, " ").trim(), e.reports > 1 ? `[${e.reports} reports, ${e.publishers} publishers]` : null].filter(Boolean).join(" ");
    yield stringify([([
      eventIdCnty(country.iso3, e),
      day.first,
      day.first.slice(0, 4),
      timePrecision(day.precision),
      disorder,
      eventType,
      subEventType,
      actor1,
      "",
      inter1,
      actor2,
      "",
      inter2,
      interaction,
      civilianTargeting,
      country.numeric,
      country.acledRegion,
      countryName,
      // the first-level unit: the place itself, else the gazetteer's unit of the place (GeoNames admin1)
      located ? (e.location!.precision === "admin1" ? e.location!.name : (ctx.refs.place(e.location!)?.admin1Name ?? "")) : "",
      "",
      "",
      located ? e.location!.name : countryName,
      located ? e.location!.lat : country.lat,
      located ? e.location!.lon : country.lon,
      located ? geoPrecision(e.location!.precision) : 3,
      pubs.length ? pubs.join("; ") : (lead?.title ?? "Unknown"),
      "",
      notes,
      e.fatalities ?? 0,
      [e.modality === "asserted" ? "" : `modality: ${e.modality}`, day.fromPublication ? "date: report date" : ""].filter(Boolean).join("; "),
      ts,
    ] as unknown[]).map(spreadsheetSafe)]);
  }
};
