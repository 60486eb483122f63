// Countries as small multiples: for the busiest countries of the current filters, events and deaths in total and a
// bar per period (the timeline's interval) on one shared time axis, so countries compare at a glance. Events whose
// date does not fit in one period are counted apart, never drawn on their first day. A country's name filters
// every view by it.
import { h, s, status } from "../lib/dom.ts";
import { api, latestRequest } from "../lib/api.ts";
import { filterParams, filtersChanged, type State, type Store } from "../lib/state.ts";
import { num } from "../lib/format.ts";
import type { CountRow } from "../types.ts";

/** How many countries get a row. */
const SHOWN = 12;
const W = 220, H = 30;

export function countryMultiples(store: Store): HTMLElement {
  const summary = h("p", { class: "summary", "aria-live": "polite" });
  const body = h("div", { class: "multiples" });
  const root = h("section", { class: "panel countries-panel", id: "countries" }, h("h2", {}, "Countries"), summary, body);
  const nextRequest = latestRequest();

  const load = async () => {
    const signal = nextRequest();
    const st = store.state;
    const params = filterParams(st);
    const interval = st.interval ?? "month";
    params.set("interval", interval);
    if (!body.firstChild) status(body, "Loading countries…");
    try {
      const { rows } = await api.counts(params, signal);
      draw(rows, interval);
      root.dataset.ready = "true";
    } catch (err) {
      if ((err as Error).name !== "AbortError") status(body, `Could not load countries: ${(err as Error).message}`, "error");
    }
  };

  const draw = (rows: CountRow[], interval: string) => {
    const periods = [...new Set(rows.map((r) => r.period).filter((p): p is string => p != null))].sort();
    const countries = [...new Set(rows.map((r) => r.country))];
    const peak = Math.max(1, ...rows.filter((r) => r.period != null).map((r) => r.events));
    const shown = countries.slice(0, SHOWN);
    summary.textContent = `${num(countries.length)} ${countries.length === 1 ? "country" : "countries"} · events per ${interval} on one scale (peak ${num(peak)})` +
      (countries.length > SHOWN ? ` · the ${SHOWN} busiest shown` : "");
    if (!shown.length) {
      body.replaceChildren(h("p", { class: "status" }, "No events match these filters."));
      return;
    }
    const bar = W / Math.max(1, periods.length);
    body.replaceChildren(...shown.map((country) => {
      const mine = rows.filter((r) => r.country === country);
      const events = mine.reduce((n, r) => n + r.events, 0), deaths = mine.reduce((n, r) => n + r.fatalities, 0);
      const loose = mine.find((r) => r.period == null)?.events ?? 0;
      const svg = s("svg", { viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "img", "aria-label": `${country ?? "unknown"}: events per ${interval}` });
      for (const r of mine) {
        if (r.period == null) continue;
        const x = periods.indexOf(r.period) * bar, y = H - (r.events / peak) * H;
        svg.append(s("rect", { x: x.toFixed(1), y: y.toFixed(1), width: Math.max(1, bar - 0.5).toFixed(1), height: (H - y).toFixed(1), class: "bar" },
          s("title", {}, `${r.period}: ${num(r.events)} events, ${num(r.fatalities)} deaths`)));
      }
      const name = country
        ? h("button", { type: "button", class: "country", "data-country": country, title: `Filter by ${country}` }, country)
        : h("span", { class: "country" }, "unknown");
      if (country) name.addEventListener("click", () => store.set({ country }));
      return h("div", { class: "multiple", "data-country": country ?? "" }, name, h("div", {}, svg,
        h("div", { class: "figures" }, h("span", { "data-events": events }, `${num(events)} events`), " · ",
          h("span", { "data-deaths": deaths }, `${num(deaths)} deaths`),
          loose ? h("span", { title: `dated too coarsely for one ${interval}` }, ` · ${num(loose)} in no single ${interval}`) : null)));
    }));
  };

  store.subscribe((st: State, prev: State) => {
    if (filtersChanged(st, prev) || st.interval !== prev.interval) {
      root.dataset.ready = "false";
      void load();
    }
  });
  void load();
  return root;
}
