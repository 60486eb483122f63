// Server-side clustering for the map: when more points than a map can draw legibly fall in view, points in the
// same grid cell (finer as the zoom grows) become one point with a count.
import type { MapPoint } from "./store.ts";

export const CLUSTER_ABOVE = 500;

export function clusterPoints(points: MapPoint[], zoom = 2, above = CLUSTER_ABOVE): MapPoint[] {
  // points may stand for several events at one place (count): the threshold is on events, not points
  if (points.reduce((n, p) => n + p.count, 0) <= above) return points;
  const cell = 360 / 2 ** (Math.max(0, Math.min(20, zoom)) + 3);
  const cells = new Map<string, { lat: number; lon: number; n: number; types: Map<string, number>; first: MapPoint }>();
  for (const p of points) {
    const k = `${Math.floor(p.lon / cell)}:${Math.floor(p.lat / cell)}`;
    const c = cells.get(k) ?? { lat: 0, lon: 0, n: 0, types: new Map(), first: p };
    c.lat += p.lat * p.count, c.lon += p.lon * p.count, c.n += p.count;
    c.types.set(p.type, (c.types.get(p.type) ?? 0) + p.count);
    cells.set(k, c);
  }
  // a cell holding one event keeps it as it is; a denser one (or one place of several events) becomes a cluster
  return [...cells.entries()].map(([k, c]) => c.n === 1 ? c.first : {
    id: `cluster:${zoom}:${k}`,
    lat: Math.round((c.lat / c.n) * 1e5) / 1e5,
    lon: Math.round((c.lon / c.n) * 1e5) / 1e5,
    precision: "cluster",
    type: [...c.types.entries()].sort((a, b) => b[1] - a[1])[0]![0],
    count: c.n,
  });
}
