// The actor network: actors as nodes (colour = sector, label = name and country, size = events), edges for
// conflict, cooperation and sponsorship ("backs"), width by event count. The force layout runs to rest before
// drawing (no animation: cheaper and stable). Clicking an actor filters everything by that actor.
import { forceCenter, forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import { h, s, status } from "../lib/dom.ts";
import { api, latestRequest } from "../lib/api.ts";
import { filterParams, filtersChanged, type Store } from "../lib/state.ts";
import { sectorColour } from "../lib/format.ts";
import type { NetworkEdge, NetworkNode } from "../types.ts";

const HEIGHT = 360;
const EDGE_KINDS = ["conflict", "cooperation", "backs"] as const;

type Node = NetworkNode & SimulationNodeDatum;
type Link = { source: Node; target: Node; kind: NetworkEdge["kind"]; weight: number };

export function actorNetwork(store: Store): HTMLElement {
  const chart = h("div", { class: "chart network" });
  const legend = h("div", { class: "legend" }, ...EDGE_KINDS.map((k) => h("span", { class: `legend-item edge-${k}` }, h("span", { class: "edge-swatch" }), k)));
  const info = h("span", { class: "summary" });
  const root = h("section", { class: "panel network-panel", id: "network" }, h("header", {}, h("h2", {}, "Actor network"), info), chart, legend);
  const nextRequest = latestRequest();

  const load = async () => {
    const signal = nextRequest();
    const params = filterParams(store.state);
    params.set("limit", "60");
    root.dataset.ready = "false";
    try {
      const net = await api.network(params, signal);
      draw(net.nodes, net.edges);
      info.textContent = `${net.nodes.length} actors · ${net.edges.length} links`;
      root.dataset.ready = "true";
    } catch (err) {
      if ((err as Error).name !== "AbortError") status(chart, `Could not load the network: ${(err as Error).message}`, "error");
    }
  };

  const draw = (rawNodes: NetworkNode[], rawEdges: NetworkEdge[]) => {
    const width = Math.max(320, chart.clientWidth || 640);
    if (!rawNodes.length) return chart.replaceChildren(h("p", { class: "status" }, "No actors for these filters."));
    const nodes: Node[] = rawNodes.map((n) => ({ ...n }));
    const byId = new Map(nodes.map((n) => [n.id, n]));
    const links: Link[] = rawEdges.flatMap((e) => {
      const a = byId.get(e.source);
      const b = byId.get(e.target);
      return a && b && a !== b ? [{ source: a, target: b, kind: e.kind, weight: e.weight }] : [];
    });
    const maxEvents = Math.max(1, ...nodes.map((n) => n.events));
    const maxWeight = Math.max(1, ...links.map((l) => l.weight));
    const radius = (n: Node) => 5 + 14 * Math.sqrt(n.events / maxEvents);
    const sim = forceSimulation(nodes)
      .force("link", forceLink<Node, Link>(links).distance(70).strength(0.4))
      .force("charge", forceManyBody().strength(-160))
      .force("collide", forceCollide<Node>((n) => radius(n) + 4))
      .force("center", forceCenter(width / 2, HEIGHT / 2))
      .force("x", forceX(width / 2).strength(0.05))
      .force("y", forceY(HEIGHT / 2).strength(0.08))
      .stop();
    // Keep nodes inside the box on every tick (not only at the end), so collision still separates those at the edge.
    for (let i = 0; i < 300; i++) {
      sim.tick();
      for (const n of nodes) {
        const r = radius(n);
        n.x = Math.max(r + 2, Math.min(width - r - 2, n.x ?? 0));
        n.y = Math.max(r + 2, Math.min(HEIGHT - r - 14, n.y ?? 0)); // room for the label below
      }
    }

    const svg = s("svg", { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: "img", "aria-label": "Network of actors" });
    svg.append(s("defs", {}, s("marker", { id: "arrow", viewBox: "0 0 10 10", refX: 10, refY: 5, markerUnits: "userSpaceOnUse", markerWidth: 9, markerHeight: 9, orient: "auto-start-reverse" }, s("path", { d: "M0,0L10,5L0,10z", class: "arrow" }))));
    const edges = s("g", { class: "edges" });
    for (const l of links) {
      edges.append(s("line", { class: `edge edge-${l.kind}`, x1: l.source.x!, y1: l.source.y!, x2: l.target.x!, y2: l.target.y!,
        "stroke-width": 1 + 5 * (l.weight / maxWeight), "marker-end": "url(#arrow)" },
        s("title", {}, `${l.source.name} → ${l.target.name}: ${l.kind}, ${l.weight} events`)));
    }
    const active = store.state.actor;
    const groups = s("g", { class: "nodes" });
    for (const n of nodes) {
      const g = s("g", { class: `node${active === n.id ? " active" : ""}`, tabindex: 0, "data-id": n.id, transform: `translate(${n.x},${n.y})` },
        s("circle", { r: radius(n), fill: sectorColour(n.sector) }),
        s("text", { y: radius(n) + 11, "text-anchor": "middle" }, n.country ? `${n.name} (${n.country})` : n.name),
        s("title", {}, `${n.name} · ${n.country ?? "?"} ${n.sector ?? ""} · ${n.events} events · click to filter`));
      const pick = () => store.set({ actor: active === n.id ? "" : n.id });
      g.addEventListener("click", pick);
      g.addEventListener("keydown", (e) => (e as KeyboardEvent).key === "Enter" && pick());
      groups.append(g);
    }
    svg.append(edges, groups);
    chart.replaceChildren(svg);
  };

  store.subscribe((st, prev) => {
    if (filtersChanged(st, prev)) void load();
  });
  void load();
  return root;
}
