// Centres of first-level administrative units from the @countrystatecity/countries npm package
// (dr5hn/countries-states-cities-database, ODbL 1.0), keyed by ISO 3166-2 code ("US-TX"). Its points lie near a
// unit's geographic centre, where gazetteers and encyclopaedias place it; the population-weighted mean of a unit's
// towns, the fallback, leans towards its cities (Texas by 230 km).
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

interface State { iso3166_2?: string | null; latitude?: string | null; longitude?: string | null }

export function adminCentres(): Map<string, [number, number]> {
  const dir = join(dirname(require.resolve("@countrystatecity/countries")), "data"); // the entry lies in dist/
  const out = new Map<string, [number, number]>();
  for (const country of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    let states: State[];
    try {
      states = JSON.parse(readFileSync(join(dir, country, "states.json"), "utf8")) as State[];
    } catch {
      continue; // a territory without units
    }
    for (const s of states) {
      const lat = Number(s.latitude), lon = Number(s.longitude);
      if (!s.iso3166_2 || !s.latitude || !s.longitude || !Number.isFinite(lat) || !Number.isFinite(lon)) continue;
      if (!out.has(s.iso3166_2)) out.set(s.iso3166_2, [lat, lon]);
    }
  }
  return out;
}
