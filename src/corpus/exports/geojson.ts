// GeoJSON (RFC 7946) FeatureCollection: one Point feature ([lon, lat]) per located event, its record as the
// properties, with `placePrecision` (site ... country: "country" is the country's centroid) and the date's `precision`.
import type { Exporter } from "./types.ts";
import { skip } from "./event-dates.ts";

export const exportGeojson: Exporter = async function* (events, ctx) {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for await (const { event: e, reports } of events) {
    if (e.location?.lat == null || e.location.lon == null) { skip(ctx, "no coordinates"); continue; }
    const feature = {
      type: "Feature",
      id: e.id,
      geometry: { type: "Point", coordinates: [e.location.lon, e.location.lat] },
      properties: { ...e, source: e.source?.name ?? null, target: e.target?.name ?? null, place: e.location.name, placePrecision: e.location.precision,
        location: undefined, documents: [...new Set(reports.map((r) => r.documentId))] },
    };
    yield (first ? "\n" : ",\n") + JSON.stringify(feature);
    first = false;
  }
  yield "\n]}\n";
};
