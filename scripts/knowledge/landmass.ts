// The centre of a country's main landmass, from Natural Earth's 1:50m country shapes (world-atlas npm package,
// public domain). The world-countries point (CIA World Factbook style) serves most countries; a country whose
// outlying territories pull its overall centre far from a main landmass that holds most of its area (the United
// States: Alaska and Hawaii) gets the main landmass's centre instead, as GeoNames and Wikipedia place it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { geoArea, geoCentroid, geoDistance } from "d3-geo";
import { feature } from "topojson-client";
import type { MultiPolygon, Polygon, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";

const require = createRequire(import.meta.url);
const EARTH_KM = 6371;
/** The main landmass must hold at least this share of the country's area. */
const MAIN_SHARE = 0.8;
/** ... and the whole territory's centre lie at least this far from the main landmass's centre. */
const PULLED_KM = 300;
/** ... and the given point this far from it: nearer points are kept as they are. */
const MOVED_KM = 200;

const polygon = (rings: Position[][]): Polygon => ({ type: "Polygon", coordinates: rings });

/** Country points to use instead of the given ones, by ISO 3166 numeric code, as [lat, lon]. */
export function mainlandCentres(given: Map<string, [number, number]>): Map<string, [number, number]> {
  const file = require.resolve("world-atlas/countries-50m.json");
  const topo = JSON.parse(readFileSync(file, "utf8")) as Topology<{ countries: GeometryCollection }>;
  const out = new Map<string, [number, number]>();
  for (const f of feature(topo, topo.objects.countries).features) {
    const id = String(f.id ?? "");
    const point = given.get(id);
    const g = f.geometry as Polygon | MultiPolygon | null;
    if (!point || !g) continue;
    const rings = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
    // a ring wound the wrong way covers the rest of the globe: not a part
    const parts = rings.map((r) => ({ p: polygon(r), area: geoArea(polygon(r)) })).filter((x) => x.area < 2 * Math.PI);
    parts.sort((a, b) => b.area - a.area);
    const total = parts.reduce((s, x) => s + x.area, 0);
    if (!parts.length || parts[0]!.area < total * MAIN_SHARE) continue;
    const main = geoCentroid(parts[0]!.p);
    const whole = geoCentroid({ type: "MultiPolygon", coordinates: parts.map((x) => x.p.coordinates) });
    const km = (a: [number, number], b: [number, number]) => geoDistance(a, b) * EARTH_KM;
    if (km(main, whole) >= PULLED_KM && km(main, [point[1], point[0]]) >= MOVED_KM) out.set(id, [main[1], main[0]]);
  }
  return out;
}
