// GDELT 2.0 event table: its 61 tab-separated columns in the codebook's order, no header (as GDELT publishes them).
// Actor country codes are CAMEO's (ISO 3166 alpha-3); the geography uses FIPS 10-4 country codes as GDELT does.
// Deviations: AvgTone is empty (sitrep has no tone model); ADM2 codes and GNS feature ids are empty (sitrep's
// gazetteer is GeoNames', which has neither); ADM1 codes come from GeoNames where its unit code is FIPS's.
import type { ActorRef, LocationRef } from "../records.ts";
import { numericId, type Exporter } from "./types.ts";
import { spreadsheetSafe } from "../../util/spreadsheet.ts";
import type { ExportRefs } from "./types.ts";
import { exportDay, skip } from "./event-dates.ts";
import { CAMEO_TYPE_CODES, GDELT_COLUMNS, quadClassOfRoot } from "./check/gdelt.ts";

export { GDELT_COLUMNS };

/** GDELT's ADM1Code: the FIPS country code and the unit's FIPS code ("CO02"), when GeoNames' code for the unit is
 * the 2-character FIPS one (it is for most countries; a few use ISO 3166-2 codes, which GDELT does not). */
function gdeltAdm1(admin1Key: string | undefined, fipsCountry: string): string {
  const unit = admin1Key?.split(".")[1];
  return unit && /^[A-Z0-9]{2}$/.test(unit) ? `${fipsCountry}${unit}` : "";
}

/** The CAMEO type code of a sector; PLOVER's JRN is CAMEO's MED (media), PLOVER's MED is CAMEO's HLH (health). */
function cameoType(sector: string | null): string {
  const s = sector === "JRN" ? "MED" : sector;
  return s && CAMEO_TYPE_CODES.has(s) ? s : "";
}

function actor(a: ActorRef | null): (string | number)[] {
  if (!a) return ["", "", "", "", "", "", "", "", "", ""];
  const type = cameoType(a.sector);
  const code = a.actorCode && /^(?:[A-Z0-9]{3})+$/.test(a.actorCode) ? a.actorCode : `${a.country ?? ""}${type}`;
  return [code, a.name.toUpperCase(), a.country ?? "", "", "", "", "", type, "", ""];
}

/** GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1). A place without
 * coordinates is given as its country (type 1, the country's centroid), as GDELT does for country-level matches;
 * for a country GDELT's ADM1Code and FeatureID are the FIPS country code. */
function geo(l: LocationRef | null, refs: ExportRefs): (string | number)[] {
  const country = refs.country(l?.country);
  if (!l || !country) return [0, "", "", "", "", "", "", ""];
  const located = l.lat != null && l.lon != null && l.precision !== "country";
  if (!located) return [1, country.name, country.fips, country.fips, "", country.lat, country.lon, country.fips];
  const us = country.fips === "US";
  const type = l.precision === "admin1" ? (us ? 2 : 5) : us ? 3 : 4;
  return [type, l.name, country.fips, gdeltAdm1(refs.place(l)?.admin1Key, country.fips), "", l.lat!, l.lon!, ""];
}

/** A TSV line: tabs and line breaks inside a field become spaces (GDELT fields are never quoted). */
const tsvLine = (fields: (string | number)[]) => fields.map((f) => String(spreadsheetSafe(typeof f === "string" ? f.replace(/[\t\r\n]+/g, " ").trim() : f))).join("\t") + "\n";

/** FractionDate: the year plus the share of it completed by that day, four decimals (codebook: YYYY.FFFF). */
function fractionDate(ymd: string): number {
  const y = +ymd.slice(0, 4), m = +ymd.slice(4, 6), d = +ymd.slice(6, 8);
  const dayOfYear = (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
  return Math.round((y + dayOfYear / 365) * 10000) / 10000;
}

export const exportGdelt: Exporter = async function* (events, ctx) {
  const now = ctx.now ?? new Date();
  const added = now.toISOString().replace(/\D/g, "").slice(0, 14);
  for await (const { event: e, reports } of events) {
    // SQLDATE is a real day: the first day of the event's interval, else the first report's publication
    const day = exportDay(e, now);
    if (!day) { skip(ctx, "no date"); continue; }
    if (!e.cameo) { skip(ctx, "no CAMEO code"); continue; }
    const ymd = day.first.replace(/-/g, "");
    const cameo = e.cameo ?? "";
    const actorGeo = (a: ActorRef | null) => geo(a && e.location && a.country === e.location.country ? e.location : null, ctx.refs);
    const docs = new Set(reports.map((r) => r.documentId)).size;
    yield tsvLine([
      numericId(e.id), ymd, ymd.slice(0, 6), ymd.slice(0, 4), fractionDate(ymd),
      ...actor(e.source), ...actor(e.target),
      reports.some((r) => r.evidence.start < 600) ? 1 : 0, cameo, cameo.slice(0, 3), cameo.slice(0, 2), cameo ? quadClassOfRoot(cameo.slice(0, 2)) : e.quadClass ?? "", e.goldstein ?? "",
      Math.max(1, e.reports), Math.max(1, e.publishers), Math.max(1, docs), "",
      ...actorGeo(e.source), ...actorGeo(e.target), ...geo(e.location, ctx.refs),
      added, reports.find((r) => r.url)?.url ?? (reports[0] ? `sitrep:document/${reports[0].documentId}` : ""),
    ]);
  }
};
