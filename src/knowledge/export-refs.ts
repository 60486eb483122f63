// Reference data the export formats need (ExportRefs in src/corpus/exports/types.ts): ISO 3166-1 numeric codes
// (ACLED `iso`), FIPS 10-4 codes (GDELT's geography), ACLED's region of each country, country centroids and
// GeoNames ids; the GeoNames id and first-level unit of a gazetteer place; the CAMEO event codes and the PLOVER
// categories' quad classes. Reads data/countries.json, data/export-codes.json (scripts/knowledge/export-codes.ts),
// data/gazetteer.json and data/ontology.json, each once and only when asked; Node only.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";

export interface ExportCountry {
  iso3: string;
  iso2: string;
  name: string;
  /** ISO 3166-1 numeric (0 for Kosovo, which has none) */
  numeric: number;
  /** FIPS 10-4 */
  fips: string;
  /** ACLED's region */
  acledRegion: string;
  lat: number;
  lon: number;
  geonameId: number | null;
}

export interface PlaceCodes {
  geonameId: number;
  /** GeoNames' admin1 key, "CO.02" (country alpha-2 and the unit's code: FIPS 10-4 for most countries) */
  admin1Key: string;
  /** the first-level unit's name as event datasets write it ("Antioquia"), when the gazetteer has it */
  admin1Name: string | null;
}

// data/countries.json has the UN sub-regions; ACLED groups them differently (ACLED Codebook, "region"): Iran and
// Turkey in the Middle East, the Caucasus with Central Asia, Mexico in Central America, one Europe, one Oceania.
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

const read = (file: string) => JSON.parse(readFileSync(join(PACKAGE_ROOT, "data", file), "utf8"));

interface CountryJson { iso3: string; iso2: string; name: string; region?: string; lat: number; lon: number; geonameId: number | null }

function loadCountries(): Map<string, ExportCountry> {
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

/** A gazetteer row: [geonameId, name, country, lat, lon, population, kind, admin1, alternates, flags]. */
type Row = [number, string, string, number, number, number, string, string, string[], string];
const pointKey = (country: string, lat: number, lon: number) => `${country}:${lat.toFixed(3)}:${lon.toFixed(3)}`;

function loadPlaces(): { byPoint: Map<string, Row>; admins: Map<string, Row> } {
  const byPoint = new Map<string, Row>(), admins = new Map<string, Row>();
  for (const r of read("gazetteer.json").entries as Row[]) {
    const key = pointKey(r[2], r[3], r[4]);
    // the most populous entry at a point (a city before a district of the same name and centre)
    const seen = byPoint.get(key);
    if (!seen || r[5] > seen[5]) byPoint.set(key, r);
    if (r[6] === "admin1" && r[7] && !admins.has(r[7])) admins.set(r[7], r);
  }
  return { byPoint, admins };
}

/** A unit's name as event datasets write it: GeoNames' "Antioquia department", "Lima Province" are Antioquia, Lima. */
export const unitName = (name: string) => name.replace(/\s+(department|province|region|state|governorate|district|oblast|prefecture|county|municipality)$/i, "").trim();

let countries: Map<string, ExportCountry> | null = null;
let places: ReturnType<typeof loadPlaces> | null = null;
let cameo: Set<string> | null = null;
let quads: Record<string, number> | null = null;

export const exportRefs = {
  country(iso3: string | null | undefined): ExportCountry | undefined {
    countries ??= loadCountries();
    return iso3 ? countries.get(iso3) : undefined;
  },
  countries(): ExportCountry[] {
    countries ??= loadCountries();
    return [...countries.values()];
  },
  /** The GeoNames codes of a place the gazetteer resolved (places keep its coordinates), found again by country
   * and coordinates; undefined for a country-level place or a point the gazetteer does not have. */
  place(l: { country: string | null; lat: number | null; lon: number | null; precision: string }): PlaceCodes | undefined {
    if (!l.country || l.lat == null || l.lon == null || l.precision === "country") return undefined;
    places ??= loadPlaces();
    const row = places.byPoint.get(pointKey(l.country, l.lat, l.lon));
    if (!row) return undefined;
    const unit = row[7] ? places.admins.get(row[7])?.[1] : undefined;
    return { geonameId: row[0], admin1Key: row[7], admin1Name: unit ? unitName(unit) : null };
  },
  /** The CAMEO event codes (data/ontology.json, from the CAMEO manual). */
  cameoCodes(): Set<string> {
    cameo ??= new Set(Object.keys((read("ontology.json") as { cameo: object }).cameo));
    return cameo;
  },
  /** PLOVER category → quad category (data/ontology.json: the manual's sixteen with POLECAT's REQUEST for DEMAND;
   * the manual's DEMAND and INVESTIGATE too). */
  ploverQuads(): Record<string, number> {
    quads ??= { DEMAND: 3, INVESTIGATE: 2, ...Object.fromEntries(Object.entries((read("ontology.json") as { ploverTypes: Record<string, { quadClass: number }> }).ploverTypes).map(([k, v]) => [k, v.quadClass])) };
    return quads;
  },
};
