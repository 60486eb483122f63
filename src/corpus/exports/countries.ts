// Country codes and regions the export formats use: ISO 3166-1 numeric (ACLED `iso`), FIPS 10-4 (GDELT's
// geography), ACLED's regions, and the country's centroid and GeoNames id. Reads data/countries.json and
// data/export-codes.json (scripts/knowledge/export-codes.ts) once; Node only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../package-root.ts";

export interface ExportCountry {
  iso3: string;
  iso2: string;
  name: string;
  /** ISO 3166-1 numeric (0 for Kosovo, which has none; ACLED writes 0) */
  numeric: number;
  /** FIPS 10-4 */
  fips: string;
  /** one of ACLED_REGIONS */
  acledRegion: string;
  lat: number;
  lon: number;
  geonameId: number | null;
}

/** ACLED's regions (ACLED Codebook, "region"). */
export const ACLED_REGIONS = [
  "Western Africa", "Middle Africa", "Eastern Africa", "Southern Africa", "Northern Africa", "South Asia", "Southeast Asia",
  "East Asia", "Middle East", "Caucasus and Central Asia", "Europe", "North America", "Central America", "South America",
  "Caribbean", "Oceania", "Antarctica",
] as const;

// data/countries.json has the UN sub-regions; ACLED groups them differently (Iran and Turkey in the Middle East,
// the Caucasus with Central Asia, Mexico in Central America, one Europe, one Oceania).
const UN_TO_ACLED: Record<string, string> = {
  "Southern Asia": "South Asia", "South-Eastern Asia": "Southeast Asia", "Eastern Asia": "East Asia", "Western Asia": "Middle East",
  "Central Asia": "Caucasus and Central Asia", "Northern Europe": "Europe", "Southern Europe": "Europe", "Western Europe": "Europe",
  "Eastern Europe": "Europe", "Central Europe": "Europe", "Southeast Europe": "Europe", Polynesia: "Oceania", Micronesia: "Oceania",
  Melanesia: "Oceania", "Australia and New Zealand": "Oceania", Antarctic: "Antarctica",
};
const ACLED_REGION_OF: Record<string, string> = {
  IRN: "Middle East", ARM: "Caucasus and Central Asia", AZE: "Caucasus and Central Asia", GEO: "Caucasus and Central Asia",
  CYP: "Europe", MEX: "Central America", SSD: "Eastern Africa", UMI: "Oceania",
};

interface CountryJson { iso3: string; iso2: string; name: string; region?: string; lat: number; lon: number; geonameId: number | null }

let byIso3: Map<string, ExportCountry> | null = null;

function load(): Map<string, ExportCountry> {
  const read = (f: string) => JSON.parse(readFileSync(join(PACKAGE_ROOT, "data", f), "utf8"));
  const codes = read("export-codes.json").countries as Record<string, { numeric: number; fips: string }>;
  const out = new Map<string, ExportCountry>();
  for (const c of read("countries.json").countries as CountryJson[]) {
    const code = codes[c.iso3];
    if (!code) continue;
    const region = ACLED_REGION_OF[c.iso3] ?? UN_TO_ACLED[c.region ?? ""] ?? c.region ?? "";
    out.set(c.iso3, { iso3: c.iso3, iso2: c.iso2, name: c.name, numeric: code.numeric, fips: code.fips, acledRegion: region, lat: c.lat, lon: c.lon, geonameId: c.geonameId });
  }
  return out;
}

export function exportCountry(iso3: string | null | undefined): ExportCountry | undefined {
  byIso3 ??= load();
  return iso3 ? byIso3.get(iso3) : undefined;
}

export function allExportCountries(): ExportCountry[] {
  byIso3 ??= load();
  return [...byIso3.values()];
}
