// GeoNames codes of an event's place, for the formats that carry them (ACLED admin1, GDELT ADM1Code, PLOVER
// geonameid): the gazetteer entry the place was resolved to, found again by country and coordinates (places keep
// the gazetteer's coordinates), and the first-level unit it lies in. Reads data/gazetteer.json once; Node only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../package-root.ts";
import type { LocationRef } from "../records.ts";

export interface PlaceCodes {
  geonameId: number;
  /** GeoNames' admin1 key, "CO.02" (country alpha-2, the unit's code: FIPS 10-4 for most countries) */
  admin1Key: string;
  /** the first-level unit's name ("Antioquia"), when the gazetteer has it */
  admin1Name: string | null;
}

type Row = [number, string, string, number, number, number, string, string, string[], string];

let index: { byPoint: Map<string, Row>; admins: Map<string, Row> } | null = null;
const pointKey = (country: string, lat: number, lon: number) => `${country}:${lat.toFixed(3)}:${lon.toFixed(3)}`;

function load() {
  const rows = (JSON.parse(readFileSync(join(PACKAGE_ROOT, "data", "gazetteer.json"), "utf8")) as { entries: Row[] }).entries;
  const byPoint = new Map<string, Row>(), admins = new Map<string, Row>();
  for (const r of rows) {
    const key = pointKey(r[2], r[3], r[4]);
    // the most populous entry at a point (a city before a district of the same name and centre)
    const seen = byPoint.get(key);
    if (!seen || r[5] > seen[5]) byPoint.set(key, r);
    if (r[6] === "admin1" && r[7] && !admins.has(r[7])) admins.set(r[7], r);
  }
  return { byPoint, admins };
}

/** The place's GeoNames codes, or undefined when it is not a gazetteer place (a country, an unknown point). */
export function placeCodes(l: LocationRef | null | undefined): PlaceCodes | undefined {
  if (!l?.country || l.lat == null || l.lon == null || l.precision === "country") return undefined;
  index ??= load();
  const row = index.byPoint.get(pointKey(l.country, l.lat, l.lon));
  if (!row) return undefined;
  const admin1Key = row[7];
  const unit = admin1Key ? index.admins.get(admin1Key)?.[1] : undefined;
  return { geonameId: row[0], admin1Key, admin1Name: unit ? unitName(unit) : null };
}

/** A unit's name as event datasets write it: GeoNames' "Antioquia department", "Lima Province" are Antioquia, Lima. */
export const unitName = (name: string) => name.replace(/\s+(department|province|region|state|governorate|district|oblast|prefecture|county|municipality)$/i, "").trim();

/** GDELT's ADM1Code: the FIPS country code and the unit's FIPS code ("CO02"), when GeoNames' code for the unit is
 * the 2-character FIPS one (it is for most countries; a few use ISO 3166-2 codes, which GDELT does not). */
export function gdeltAdm1(codes: PlaceCodes | undefined, fipsCountry: string): string {
  const unit = codes?.admin1Key.split(".")[1];
  return unit && /^[A-Z0-9]{2}$/.test(unit) ? `${fipsCountry}${unit}` : "";
}
