// The timeline: events per period stacked by type, the Goldstein line of a chosen dyad on a second axis, and a
// brush whose period becomes the from/to filter of every other view. The timeline itself ignores from/to so the
// whole span stays visible around the selection.
import { scaleLinear, scaleTime } from "d3-scale";
import { line } from "d3-shape";
import { brushX, type D3BrushEvent } from "d3-brush";
import { select } from "d3-selection";
import { h, s, status } from "../lib/dom.ts";
import { api, latestRequest } from "../lib/api.ts";
import { filterParams, filtersChanged, type State, type Store } from "../lib/state.ts";
import { isoDay, parseDay, periodRange } from "../lib/periods.ts";
import { typeColour } from "../lib/format.ts";
import type { DyadMonth, TimelineBucket } from "../types.ts";

const HEIGHT = 220;
const M = { top: 12, right: 44, bottom: 24, left: 44 };
const DAY = 86_400_000;

export function timeline(store: Store): HTMLElement {
  const interval = h("select", { name: "interval", "aria-label": "Interval" }, ...["day", "week", "month", "year"].map((v) => h("option", { value: v }, v)));
  interval.addEventListener("change", () => store.set({ interval: interval.value === "month" ? "" : interval.value }));
  const dyadA = h("input", { name: "dyad-a", size: 4, placeholder: "USA", "aria-label": "Dyad actor A" });
  const dyadB = h("input", { name: "dyad-b", size: 4, placeholder: "IRN", "aria-label": "Dyad actor B" });
  const dyadForm = h("form", { class: "dyad" }, h("span", {}, "Goldstein dyad"), dyadA, h("span", {}, "–"), dyadB, h("button", { type: "submit" }, "Show"));
  dyadForm.addEventListener("submit", (e) => {
    e.preventDefault();
    const a = dyadA.value.trim().toUpperCase();
    const b = dyadB.value.trim().toUpperCase();
    store.set({ dyad: a && b ? `${a}-${b}` : "" });
  });
  const clearBrush = h("button", { type: "button", class: "clear-brush" }, "Clear period");
  clearBrush.addEventListener("click", () => store.set({ from: "", to: "" }));
  const chart = h("div", { class: "chart" });
  const legend = h("div", { class: "legend" });
  const tip = h("p", { class: "summary tip", "aria-live": "polite" });
  const root = h("section", { class: "panel timeline-panel", id: "timeline" },
    h("header", {}, h("h2", {}, "Timeline"), h("label", {}, "per ", interval), dyadForm, clearBrush), chart, tip, legend);

  let buckets: TimelineBucket[] = [];
  let dyad: DyadMonth[] = [];
  const nextRequest = latestRequest();

  const load = async () => {
    const signal = nextRequest();
    const st = store.state;
    const params = filterParams(st);
    params.delete("from");
    params.delete("to");
    params.set("interval", st.interval ?? "month");
    root.dataset.ready = "false";
    try {
      const [tl, dy] = await Promise.all([
        api.timeline(params, signal),
        st.dyad ? api.dyad(...(st.dyad.split("-", 2) as [string, string])).catch(() => ({ months: [] })) : Promise.resolve({ months: [] }),
      ]);
      buckets = tl.buckets;
      dyad = dy.months;
      draw();
      root.dataset.ready = "true";
    } catch (err) {
      if ((err as Error).name !== "AbortError") status(chart, `Could not load the timeline: ${(err as Error).message}`, "error");
    }
  };

  const draw = () => {
    const st = store.state;
    const width = Math.max(360, chart.clientWidth || 900);
    // Period → stacked bars, one column per period, types in a fixed order.
    const byPeriod = new Map<string, { start: Date; end: Date; counts: Map<string, number>; total: number }>();
    const types = new Map<string, number>();
    for (const b of buckets) {
      const r = periodRange(b.period);
      if (!r) continue;
      let p = byPeriod.get(b.period);
      if (!p) byPeriod.set(b.period, (p = { start: r[0], end: r[1], counts: new Map(), total: 0 }));
      p.counts.set(b.type, (p.counts.get(b.type) ?? 0) + b.count);
      p.total += b.count;
      types.set(b.type, (types.get(b.type) ?? 0) + b.count);
    }
    const periods = [...byPeriod.values()].sort((a, b) => +a.start - +b.start);
    if (!periods.length && !dyad.length) {
      chart.replaceChildren(h("p", { class: "status" }, "No dated events yet."));
      legend.replaceChildren();
      return;
    }
    const dyadPoints = dyad.flatMap((m) => {
      const r = periodRange(m.month);
      return r && m.goldsteinMean !== null ? [{ m, mean: m.goldsteinMean, r }] : [];
    });
    let lo = Math.min(...periods.map((p) => +p.start), ...dyadPoints.map((d) => +d.r[0]));
    let hi = Math.max(...periods.map((p) => +p.end), ...dyadPoints.map((d) => +d.r[1]));
    // At least a few periods wide, so one or two bars read as bars and not as the whole chart.
    const periodMs = periods.length ? +periods[0]!.end - +periods[0]!.start : DAY * 30;
    if (hi - lo < 6 * periodMs) {
      const pad = (6 * periodMs - (hi - lo)) / 2;
      lo -= pad;
      hi += pad;
    }
    const x = scaleTime().domain([new Date(lo), new Date(Math.max(hi, lo + DAY))]).range([M.left, width - M.right]);
    const y = scaleLinear().domain([0, Math.max(1, ...periods.map((p) => p.total))]).nice().range([HEIGHT - M.bottom, M.top]);
    const g = scaleLinear().domain([-10, 10]).range([HEIGHT - M.bottom, M.top]);
    const order = [...types.keys()].sort((a, b) => types.get(b)! - types.get(a)!);

    const svg = s("svg", { width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: "img", "aria-label": "Events per period by type" });
    // One path per type (not one rect per period and type): a decade of days stays a few dozen DOM nodes.
    const shapes = new Map<string, string[]>(order.map((t) => [t, []]));
    for (const p of periods) {
      let acc = 0;
      const x0 = x(p.start);
      const w = Math.max(1, x(p.end) - x0 - 1);
      for (const t of order) {
        const c = p.counts.get(t);
        if (!c) continue;
        const top = y(acc + c);
        shapes.get(t)!.push(`M${x0.toFixed(1)},${top.toFixed(1)}h${w.toFixed(1)}V${Math.max(y(acc), top + 0.5).toFixed(1)}h${(-w).toFixed(1)}Z`);
        acc += c;
      }
    }
    const bars = s("g", { class: "bars" }, ...order.map((t) => s("path", { d: shapes.get(t)!.join(""), fill: typeColour(t), "data-type": t })));
    // Hovering shows the period under the pointer, with its counts by type.
    svg.addEventListener("mousemove", (ev) => {
      const at = x.invert(ev.clientX - svg.getBoundingClientRect().left);
      const p = periods.find((q) => q.start <= at && at < q.end);
      tip.textContent = p ? `${isoDay(p.start)}${+p.end - +p.start > DAY ? ` to ${isoDay(new Date(+p.end - DAY))}` : ""}: ${p.total} events — ${order.filter((t) => p.counts.get(t)).map((t) => `${t} ${p.counts.get(t)}`).join(", ")}` : "";
    });
    svg.addEventListener("mouseleave", () => (tip.textContent = ""));
    svg.append(bars, axisX(x), axisY(y, M.left, "left"));
    if (dyadPoints.length) {
      const path = line<(typeof dyadPoints)[number]>()
        .x((d) => x(new Date((+d.r[0] + +d.r[1]) / 2)))
        .y((d) => g(d.mean))(dyadPoints);
      svg.append(s("line", { class: "zero", x1: M.left, x2: width - M.right, y1: g(0), y2: g(0) }));
      svg.append(s("path", { class: "goldstein", d: path ?? "" }));
      for (const d of dyadPoints) {
        svg.append(s("circle", { class: "goldstein-dot", cx: x(new Date((+d.r[0] + +d.r[1]) / 2)), cy: g(d.mean), r: 3 },
          s("title", {}, `${d.m.month}: mean Goldstein ${d.mean.toFixed(1)} over ${d.m.events} events`)));
      }
      svg.append(axisY(g, width - M.right, "right"));
    }

    // Brushing a period sets from/to for every other view.
    const brushG = s("g", { class: "brush" });
    svg.append(brushG);
    const brush = brushX().extent([[M.left, M.top], [width - M.right, HEIGHT - M.bottom]]).on("end", (ev: D3BrushEvent<unknown>) => {
      if (!ev.sourceEvent) return; // moved by code, not the user
      if (!ev.selection) return store.set({ from: "", to: "" });
      const [a, b] = ev.selection as [number, number];
      store.set({ from: isoDay(x.invert(a)), to: isoDay(new Date(+x.invert(b) - 1)) });
    });
    const sel = select(brushG as SVGGElement).call(brush);
    const from = parseDay(st.from);
    const to = parseDay(st.to);
    if (from || to) sel.call(brush.move, [x(from ?? x.domain()[0]!), x(to ? new Date(+to + DAY) : x.domain()[1]!)]);

    chart.replaceChildren(svg);
    legend.replaceChildren(...order.map((t) => {
      const sw = h("span", { class: "swatch" });
      sw.style.background = typeColour(t);
      const b = h("button", { type: "button", class: "legend-item", "data-type": t, "aria-pressed": st.type === t ? "true" : "false" }, sw, `${t} ${types.get(t)}`);
      b.addEventListener("click", () => store.set({ type: st.type === t ? "" : t }));
      return b;
    }), ...(dyadPoints.length ? [h("span", { class: "legend-goldstein" }, `— Goldstein mean ${st.dyad} (right axis, −10…+10)`)] : []));
  };

  const sync = (st: State) => {
    interval.value = st.interval ?? "month";
    const [a, b] = (st.dyad ?? "").split("-");
    if (document.activeElement !== dyadA) dyadA.value = a ?? "";
    if (document.activeElement !== dyadB) dyadB.value = b ?? "";
  };
  sync(store.state);
  store.subscribe((st, prev) => {
    sync(st);
    const periodMoved = st.from !== prev.from || st.to !== prev.to;
    const otherFilters = FILTERS_BUT_PERIOD.some((k) => (st[k] ?? "") !== (prev[k] ?? ""));
    if (otherFilters || st.interval !== prev.interval || st.dyad !== prev.dyad || (filtersChanged(st, prev) && !periodMoved)) void load();
    else if (periodMoved) draw(); // only the period moved: the bars stay, the brush follows
  });
  addEventListener("resize", () => buckets.length && draw());
  void load();
  return root;
}

const FILTERS_BUT_PERIOD = ["actor", "country", "type", "acled", "modality", "minConfidence", "q", "bbox"] as const;

function axisX(x: ReturnType<typeof scaleTime<number>>): SVGGElement {
  const g = s("g", { class: "axis" });
  const fmt = x.tickFormat(6);
  for (const t of x.ticks(6)) {
    g.append(s("line", { x1: x(t), x2: x(t), y1: HEIGHT - M.bottom, y2: HEIGHT - M.bottom + 4 }));
    g.append(s("text", { x: x(t), y: HEIGHT - 6, "text-anchor": "middle" }, fmt(t)));
  }
  return g;
}

function axisY(y: ReturnType<typeof scaleLinear<number>>, at: number, side: "left" | "right"): SVGGElement {
  const g = s("g", { class: `axis axis-${side}` });
  for (const t of y.ticks(4)) {
    g.append(s("text", { x: side === "left" ? at - 6 : at + 6, y: y(t) + 4, "text-anchor": side === "left" ? "end" : "start" }, String(t)));
  }
  return g;
}
