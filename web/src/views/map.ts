// The map: event locations on an offline basemap (Natural Earth countries from the world-atlas package, drawn
// with d3-geo; no tiles, no network). Each marker shows how precise the place is; dense points cluster. Clicking
// a cluster zooms the filters to its area (bbox); clicking a single event opens it.
import { geoNaturalEarth1, geoPath, geoGraticule10, type GeoPermissibleObjects } from "d3-geo";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { FeatureCollection } from "geojson";
import world from "world-atlas/countries-110m.json";
import { h, s, status } from "../lib/dom.ts";
import { api, latestRequest } from "../lib/api.ts";
import { filterParams, filtersChanged, type Store } from "../lib/state.ts";
import { cluster } from "../lib/cluster.ts";
import { typeColour } from "../lib/format.ts";
import type { MapPoint } from "../types.ts";

const HEIGHT = 360;
/** Cluster markers are at most 2·MAX_R wide and their centres at least DISTANCE apart: they never overlap. */
const MAX_R = 16;
const DISTANCE = 2 * MAX_R + 2;
const topo = world as unknown as Topology<{ countries: GeometryCollection }>;
const countries = feature(topo, topo.objects.countries) as unknown as FeatureCollection;

/** Marker radius and style per place precision: the vaguer the place, the larger and fainter the mark. */
const PRECISION: Record<string, { r: number; cls: string; label: string }> = {
  site: { r: 3, cls: "p-site", label: "exact site" },
  city: { r: 4.5, cls: "p-city", label: "city" },
  admin2: { r: 6, cls: "p-admin", label: "district" },
  admin1: { r: 7, cls: "p-admin", label: "province" },
  region: { r: 8, cls: "p-region", label: "region" },
  country: { r: 9, cls: "p-country", label: "country centroid" },
};

export function eventMap(store: Store): HTMLElement {
  const chart = h("div", { class: "chart map" });
  const legend = h("div", { class: "legend" }, ...["site", "city", "region", "country"].map((p) =>
    h("span", { class: "legend-item" }, markerSwatch(p), PRECISION[p]!.label)), h("span", { class: "legend-item" }, clusterSwatch(), "cluster (count)"));
  const zoomOut = h("button", { type: "button", class: "zoom-out" }, "Whole world");
  zoomOut.addEventListener("click", () => store.set({ bbox: "" }));
  const info = h("span", { class: "summary" });
  const root = h("section", { class: "panel map-panel", id: "map" }, h("header", {}, h("h2", {}, "Map"), info, zoomOut), chart, legend);
  const nextRequest = latestRequest();
  let points: MapPoint[] = [];

  const load = async () => {
    const signal = nextRequest();
    const st = store.state;
    const params = filterParams(st);
    params.set("zoom", String(zoomFor(parseBbox(st.bbox))));
    root.dataset.ready = "false";
    const t0 = performance.now();
    try {
      points = (await api.map(params, signal)).points;
      draw();
      info.textContent = `${points.reduce((n, p) => n + p.count, 0).toLocaleString("en")} located events · ${Math.round(performance.now() - t0)} ms`;
      root.dataset.ready = "true";
    } catch (err) {
      if ((err as Error).name !== "AbortError") status(chart, `Could not load the map: ${(err as Error).message}`, "error");
    }
  };

  const draw = () => {
    const width = Math.max(320, chart.clientWidth || 640);
    const bbox = parseBbox(store.state.bbox);
    const projection = geoNaturalEarth1();
    // The corners as points, not a polygon: a spherical polygon's winding would decide whether it means the box
    // or everything outside it.
    const target: GeoPermissibleObjects = bbox
      ? { type: "MultiPoint", coordinates: [[bbox[0], bbox[1]], [bbox[2], bbox[1]], [bbox[2], bbox[3]], [bbox[0], bbox[3]], [(bbox[0] + bbox[2]) / 2, bbox[3]], [(bbox[0] + bbox[2]) / 2, bbox[1]]] }
      : { type: "Sphere" };
    projection.fitExtent([[6, 6], [width - 6, HEIGHT - 6]], target);
    const path = geoPath(projection);
    const svg = s("svg", { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: "img", "aria-label": "Map of event locations" });
    const clip = s("clipPath", { id: "map-clip" }, s("rect", { x: 0, y: 0, width, height: HEIGHT }));
    svg.append(s("defs", {}, clip));
    const base = s("g", { class: "basemap", "clip-path": "url(#map-clip)" },
      s("path", { class: "sphere", d: path({ type: "Sphere" }) ?? "" }),
      s("path", { class: "graticule", d: path(geoGraticule10()) ?? "" }),
      ...countries.features.map((f) => s("path", { class: "country", d: path(f) ?? "" }, s("title", {}, String(f.properties?.name ?? "")))),
    );
    svg.append(base);

    const screen = [];
    for (const p of points) {
      const xy = projection([p.lon, p.lat]);
      if (!xy || xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > HEIGHT) continue;
      screen.push({ x: xy[0], y: xy[1], count: p.count, item: p });
    }
    const marks = s("g", { class: "markers" });
    for (const c of cluster(screen, DISTANCE)) {
      const only = c.items.length === 1 ? c.items[0]! : null;
      if (only && only.count === 1 && only.id) {
        const pr = PRECISION[only.precision] ?? PRECISION.city!;
        const m = s("circle", { class: `marker ${pr.cls}`, cx: c.x, cy: c.y, r: pr.r, fill: typeColour(only.type), stroke: typeColour(only.type), "data-id": only.id, tabindex: 0 },
          s("title", {}, `${only.type} · ${pr.label}`));
        const open = () => store.set({ event: only.id!, doc: "" });
        m.addEventListener("click", open);
        m.addEventListener("keydown", (e) => (e as KeyboardEvent).key === "Enter" && open());
        marks.append(m);
      } else {
        const r = Math.min(MAX_R, 8 + Math.sqrt(c.count) * 0.8);
        const g = s("g", { class: "cluster", tabindex: 0, "data-count": c.count },
          s("circle", { cx: c.x, cy: c.y, r }),
          s("text", { x: c.x, y: c.y + 4, "text-anchor": "middle" }, c.count > 999 ? `${Math.round(c.count / 100) / 10}k` : String(c.count)),
          s("title", {}, `${c.count.toLocaleString("en")} events: click to zoom`));
        const zoom = () => {
          const lons = c.items.map((p) => p.lon);
          const lats = c.items.map((p) => p.lat);
          const pad = 1;
          store.set({ bbox: [Math.min(...lons) - pad, Math.min(...lats) - pad, Math.max(...lons) + pad, Math.max(...lats) + pad].map((v) => v.toFixed(2)).join(",") });
        };
        g.addEventListener("click", zoom);
        g.addEventListener("keydown", (e) => (e as KeyboardEvent).key === "Enter" && zoom());
        marks.append(g);
      }
    }
    svg.append(marks);
    chart.replaceChildren(svg);
  };

  store.subscribe((st, prev) => {
    if (filtersChanged(st, prev)) void load();
  });
  addEventListener("resize", () => points.length && draw());
  void load();
  return root;
}

/** A web-map style zoom level for the server's clustering: 1 for the world, one more per halving of the span. */
export function zoomFor(bbox: [number, number, number, number] | null): number {
  if (!bbox) return 1;
  const span = Math.max(bbox[2] - bbox[0], (bbox[3] - bbox[1]) * 2, 0.01);
  return Math.max(1, Math.min(14, Math.round(Math.log2(360 / span))));
}

export function parseBbox(v: string | undefined): [number, number, number, number] | null {
  if (!v) return null;
  const n = v.split(",").map(Number);
  return n.length === 4 && n.every(Number.isFinite) ? (n as [number, number, number, number]) : null;
}

function markerSwatch(precision: string): SVGSVGElement {
  const pr = PRECISION[precision]!;
  return s("svg", { width: 22, height: 22, class: "swatch-svg", "aria-hidden": "true" }, s("circle", { class: `marker ${pr.cls}`, cx: 11, cy: 11, r: pr.r, fill: "#555", stroke: "#555" }));
}

function clusterSwatch(): SVGSVGElement {
  return s("svg", { width: 22, height: 22, class: "swatch-svg", "aria-hidden": "true" }, s("g", { class: "cluster" }, s("circle", { cx: 11, cy: 11, r: 9 })));
}
