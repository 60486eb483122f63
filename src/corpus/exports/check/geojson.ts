// GeoJSON rules, from RFC 7946: a FeatureCollection of Features, each with a geometry (here a Point) whose
// position is [longitude, latitude] in WGS 84 degrees, no "crs" member (removed by §4); plus this project's
// own: every feature says how precise its place and date are.
import { Findings, type CheckReport } from "./report.ts";

/** Place precisions (from the most to the least precise) and date precisions a feature may carry. */
export const PLACE_PRECISIONS = new Set(["site", "city", "admin2", "admin1", "region", "country"]);
export const DATE_PRECISIONS = new Set(["day", "week", "month", "year", "decade", "unknown"]);

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);
const isPosition = (p: unknown): p is number[] => Array.isArray(p) && (p.length === 2 || p.length === 3) && p.every((x) => typeof x === "number" && Number.isFinite(x));

export function checkGeojson(text: string): CheckReport {
  const f = new Findings();
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    f.add(0, "file", "json.syntax", `not JSON: ${(e as Error).message}`);
    return f.report("geojson", 0);
  }
  if (!isObject(doc) || doc.type !== "FeatureCollection") {
    f.add(0, "type", "collection.type", 'the top-level object is a "FeatureCollection" (§3.3)');
    return f.report("geojson", 0);
  }
  if (!Array.isArray(doc.features)) {
    f.add(0, "features", "collection.features", "a FeatureCollection has a features array (§3.3)");
    return f.report("geojson", 0);
  }
  if ("crs" in doc) f.add(0, "crs", "crs.removed", 'RFC 7946 has no "crs" member: coordinates are WGS 84 (§4)');
  const ids = new Map<string, number>();
  doc.features.forEach((x: unknown, i: number) => {
    const n = i + 1;
    const bad = (field: string, rule: string, message: string) => f.add(n, field, rule, message);
    if (!isObject(x) || x.type !== "Feature") return bad("type", "feature.type", 'a feature is an object of type "Feature" (§3.2)');
    if (x.id != null) {
      if (typeof x.id !== "string" && typeof x.id !== "number") bad("id", "feature.id", "a feature id is a string or a number (§3.2)");
      else if (ids.has(String(x.id))) bad("id", "feature.id_unique", `${x.id} repeats feature ${ids.get(String(x.id))}`);
      else ids.set(String(x.id), n);
    }
    const g = x.geometry;
    if (!isObject(g) || g.type !== "Point") bad("geometry", "geometry.point", "each event is a Point geometry (§3.1.2)");
    else if (!isPosition(g.coordinates)) bad("geometry.coordinates", "position.numbers", "a position is two or three numbers (§3.1.1)");
    else {
      const [lon, lat] = g.coordinates as [number, number];
      if (Math.abs(lon!) > 180) bad("geometry.coordinates", "position.longitude", `longitude ${lon} (first) is not in -180..180 (§3.1.1: [longitude, latitude])`);
      if (Math.abs(lat!) > 90) bad("geometry.coordinates", "position.latitude", `latitude ${lat} (second) is not in -90..90 (§3.1.1: [longitude, latitude])`);
    }
    const p = x.properties;
    if (p !== null && !isObject(p)) return bad("properties", "feature.properties", "properties is an object or null (§3.2)");
    if (!p || !PLACE_PRECISIONS.has(p.placePrecision as string)) bad("properties.placePrecision", "precision.place", `placePrecision ${JSON.stringify(p?.placePrecision)} is not one of ${[...PLACE_PRECISIONS].join(", ")}`);
    if (!p || !DATE_PRECISIONS.has(p.precision as string)) bad("properties.precision", "precision.date", `precision ${JSON.stringify(p?.precision)} is not one of ${[...DATE_PRECISIONS].join(", ")}`);
  });
  return f.report("geojson", doc.features.length);
}
