// Second-level administrative units (provinces of the Philippines, English counties, French departments, Kenyan
// counties...) from the @countrystatecity/countries npm package (dr5hn/countries-states-cities-database, ODbL 1.0):
// every ISO 3166-2 unit it lists that the first-level table (iso3166-2-db) lacks, with its centre. Only kinds of
// unit news names as places; municipalities, villages and quarters are left to GeoNames' populated places.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

export interface AdminUnit {
  /** ISO 3166-2 code, "PH-PAN" */
  code: string;
  name: string;
  lat: number;
  lon: number;
}

/** Unit types kept: regional units that news calls by name ("Pangasinan", "Dorset", "the Somme"). */
const KEPT_TYPES = new Set([
  "province", "district", "county", "two-tier county", "department", "metropolitan department", "unitary authority",
  "council area", "london borough", "metropolitan district", "governorate", "prefecture", "region", "state",
  "autonomous region", "autonomous province", "division", "canton", "parish", "metropolitan city", "union territory",
  "administrative region", "autonomous community", "arctic region", "regional unit",
]);

interface State { name?: string; iso3166_2?: string | null; latitude?: string | null; longitude?: string | null; type?: string | null }

export function adminUnits(known: Set<string>): AdminUnit[] {
  const dir = join(dirname(require.resolve("@countrystatecity/countries")), "data");
  const out: AdminUnit[] = [];
  for (const country of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    let states: State[];
    try {
      states = JSON.parse(readFileSync(join(dir, country, "states.json"), "utf8")) as State[];
    } catch {
      continue;
    }
    for (const s of states) {
      const lat = Number(s.latitude), lon = Number(s.longitude);
      if (!s.name || !s.iso3166_2 || known.has(s.iso3166_2) || !KEPT_TYPES.has(s.type ?? "")) continue;
      if (!s.latitude || !s.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      out.push({ code: s.iso3166_2, name: s.name, lat, lon });
    }
  }
  return out;
}
