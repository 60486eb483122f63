// ACLED CSV rules, from the ACLED Codebook (2023 layout, after the column changes of 20 March 2023: 31 columns,
// disorder_type / civilian_targeting / tags added, data_id / event_id_no_cnty / iso3 removed).
import { parse } from "csv-parse/sync";
import type { ExportRefs } from "../types.ts";
import { EARLIEST_YEAR, Findings, calendarDay, isDecimal, isInteger, type CheckReport } from "./report.ts";

/** ACLED's 31 columns in ACLED's order. */
export const ACLED_COLUMNS = [
  "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
  "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
  "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
  "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
] as const;

/** ACLED's regions (Codebook, "region"). */
export const ACLED_REGIONS = [
  "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "South Asia", "Southeast Asia",
  "East Asia", "Middle East", "Caucasus and Central Asia", "Europe", "North America", "Central America", "South America",
  "Caribbean", "Oceania", "Antarctica",
] as const;

/** ACLED's event types and their sub-event types (Codebook, "Event types and sub-event types"). */
export const ACLED_EVENT_TYPES: Record<string, readonly string[]> = {
  Battles: ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
  "Explosions/Remote violence": ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
  "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
  Protests: ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
  Riots: ["Violent demonstration", "Mob violence"],
  "Strategic developments": ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
};

/** disorder_type of a sub-event type (Codebook: political violence, demonstrations, or both for excessive force
 * against protesters; violent demonstrations are demonstrations, mob violence political violence). */
export function acledDisorderType(eventType: string, subEventType: string): string {
  if (eventType === "Strategic developments") return "Strategic developments";
  if (subEventType === "Excessive force against protesters") return "Political violence; Demonstrations";
  if (eventType === "Protests" || subEventType === "Violent demonstration") return "Demonstrations";
  return "Political violence";
}

/** inter codes: 1 state forces, 2 rebel groups, 3 political militias, 4 identity militias, 5 rioters,
 * 6 protesters, 7 civilians, 8 external/other forces (Codebook, "Actor types"). */
const INTER = /^[1-8]$/;
/** source_scale terms; several join with "-" ("National-International"). */
const SOURCE_SCALES = new Set(["Local partner", "New media", "Subnational", "National", "Regional", "International", "Other"]);

export function checkAcled(text: string, refs: ExportRefs, now = new Date()): CheckReport {
  const f = new Findings();
  let records: string[][];
  try {
    records = parse(text, { relax_column_count: true, skip_empty_lines: true, bom: true }) as string[][];
  } catch (e) {
    f.add(0, "file", "csv.syntax", `not parseable as CSV: ${(e as Error).message}`);
    return f.report("acled", 0);
  }
  const header = records[0] ?? [];
  if (header.join(",") !== ACLED_COLUMNS.join(",")) {
    const missing = ACLED_COLUMNS.filter((c) => !header.includes(c));
    f.add(0, "header", "header.columns", missing.length ? `missing ACLED columns: ${missing.join(", ")}` : `columns not in ACLED's order (expected ${ACLED_COLUMNS.join(",")})`);
  }
  const countries = refs.countries();
  const byNumeric = new Map(countries.map((c) => [c.numeric, c]));
  const latestTimestamp = Math.floor(now.getTime() / 1000) + 86_400;
  const ids = new Map<string, number>();
  const rows = records.slice(1);
  rows.forEach((cells, i) => {
    const n = i + 1;
    if (cells.length !== ACLED_COLUMNS.length) {
      f.add(n, "row", "row.columns", `${cells.length} cells, ACLED rows have ${ACLED_COLUMNS.length}`);
      return;
    }
    // cells by ACLED's positions: a wrong header is one violation, not one per cell
    const r = Object.fromEntries(ACLED_COLUMNS.map((h, j) => [h, cells[j] ?? ""])) as Record<(typeof ACLED_COLUMNS)[number], string>;
    const bad = (field: string, rule: string, message: string) => f.add(n, field, rule, message);

    // identity: ISO3 of the country followed by a number, unique in the file
    if (!/^[A-Z]{3}\d+$/.test(r.event_id_cnty)) bad("event_id_cnty", "event_id_cnty.format", `"${r.event_id_cnty}" is not a country code followed by digits`);
    else if (ids.has(r.event_id_cnty)) bad("event_id_cnty", "event_id_cnty.unique", `"${r.event_id_cnty}" repeats row ${ids.get(r.event_id_cnty)}`);
    else ids.set(r.event_id_cnty, n);

    // when: event_date as ACLED's API writes it (YYYY-MM-DD), year its year, time_precision 1 day / 2 week / 3 month
    const day = calendarDay(r.event_date);
    if (!day) bad("event_date", "event_date.format", `"${r.event_date}" is not a calendar date YYYY-MM-DD`);
    else {
      if (day[0] < EARLIEST_YEAR || Date.UTC(day[0], day[1] - 1, day[2]) > now.getTime() + 86_400_000) bad("event_date", "event_date.range", `${r.event_date} is before ${EARLIEST_YEAR} or after the export`);
      if (r.year !== String(day[0])) bad("year", "year.matches_date", `year ${r.year} is not the year of ${r.event_date}`);
    }
    if (!/^[123]$/.test(r.time_precision)) bad("time_precision", "time_precision.code", `"${r.time_precision}" is not 1, 2 or 3`);

    // what: event_type and sub_event_type from ACLED's vocabulary, disorder_type the one they imply
    const subs = ACLED_EVENT_TYPES[r.event_type];
    if (!subs) bad("event_type", "event_type.vocabulary", `"${r.event_type}" is not an ACLED event type`);
    else if (!subs.includes(r.sub_event_type)) bad("sub_event_type", "sub_event_type.vocabulary", `"${r.sub_event_type}" is not a sub-event type of ${r.event_type}`);
    else {
      const disorder = acledDisorderType(r.event_type, r.sub_event_type);
      if (r.disorder_type !== disorder) bad("disorder_type", "disorder_type.matches_type", `"${r.disorder_type}" should be "${disorder}" for ${r.sub_event_type}`);
      if (r.event_type === "Violence against civilians" && r.civilian_targeting !== "Civilian targeting") bad("civilian_targeting", "civilian_targeting.vac", "violence against civilians is always civilian targeting");
      if (r.civilian_targeting && !disorder.includes("Political violence")) bad("civilian_targeting", "civilian_targeting.scope", "civilian targeting applies to political violence only");
    }
    if (r.civilian_targeting !== "" && r.civilian_targeting !== "Civilian targeting") bad("civilian_targeting", "civilian_targeting.value", `"${r.civilian_targeting}" is not empty or "Civilian targeting"`);

    // who: actor1 always, inter codes 1-8, interaction the two codes smallest first (one code × 10 without actor2)
    if (!r.actor1.trim()) bad("actor1", "actor1.required", "every ACLED event has an actor1");
    if (!INTER.test(r.inter1)) bad("inter1", "inter.code", `inter1 "${r.inter1}" is not 1-8`);
    if (r.actor2.trim() ? !INTER.test(r.inter2) : r.inter2 !== "" && r.inter2 !== "0") bad("inter2", "inter.code", `inter2 "${r.inter2}" does not fit actor2 "${r.actor2}"`);
    if (INTER.test(r.inter1)) {
      const a = +r.inter1, b = INTER.test(r.inter2) ? +r.inter2 : 0;
      const expected = b ? Math.min(a, b) * 10 + Math.max(a, b) : a * 10;
      if (r.interaction !== String(expected)) bad("interaction", "interaction.matches_inter", `interaction "${r.interaction}" should be ${expected}`);
    }

    // where: numeric ISO code, ACLED region of that country, coordinates, geo_precision 1-3
    const country = isInteger(r.iso) ? byNumeric.get(+r.iso) : undefined;
    if (!country) bad("iso", "iso.numeric", `"${r.iso}" is not an ISO 3166-1 numeric country code`);
    else {
      if (r.region !== country.acledRegion) bad("region", "region.of_country", `"${r.region}" is not ACLED's region of ${country.name} (${country.acledRegion})`);
      if (/^[A-Z]{3}\d+$/.test(r.event_id_cnty) && r.event_id_cnty.slice(0, 3) !== country.iso3) bad("event_id_cnty", "event_id_cnty.country", `${r.event_id_cnty} does not start with ${country.iso3}, the ISO3 of iso ${r.iso}`);
    }
    if (!(ACLED_REGIONS as readonly string[]).includes(r.region)) bad("region", "region.vocabulary", `"${r.region}" is not an ACLED region`);
    if (!r.country.trim()) bad("country", "country.required", "country is empty");
    if (!r.location.trim()) bad("location", "location.required", "location is empty");
    if (!isDecimal(r.latitude) || Math.abs(+r.latitude) > 90) bad("latitude", "latitude.range", `"${r.latitude}" is not a latitude in -90..90`);
    if (!isDecimal(r.longitude) || Math.abs(+r.longitude) > 180) bad("longitude", "longitude.range", `"${r.longitude}" is not a longitude in -180..180`);
    if (!/^[123]$/.test(r.geo_precision)) bad("geo_precision", "geo_precision.code", `"${r.geo_precision}" is not 1, 2 or 3`);

    // sources, fatalities, timestamp
    if (!r.source.trim()) bad("source", "source.required", "every ACLED event names its sources");
    if (r.source_scale && !r.source_scale.split("-").every((s) => SOURCE_SCALES.has(s))) bad("source_scale", "source_scale.vocabulary", `"${r.source_scale}" is not made of ACLED's source scales`);
    if (!/^\d+$/.test(r.fatalities)) bad("fatalities", "fatalities.count", `"${r.fatalities}" is not a whole number ≥ 0`);
    if (!/^\d+$/.test(r.timestamp) || +r.timestamp < 946_684_800 || +r.timestamp > latestTimestamp) bad("timestamp", "timestamp.unix", `"${r.timestamp}" is not a Unix time (seconds) between 2000 and now`);
  });
  return f.report("acled", rows.length);
}
