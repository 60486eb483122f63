// The events table: the current filters, sortable by date or fatalities, paged by the API (never all rows).
import { appLink, h, status } from "../lib/dom.ts";
import { api, latestRequest } from "../lib/api.ts";
import { filterParams, filtersChanged, type State, type Store } from "../lib/state.ts";
import { actorLabel, num, typeColour } from "../lib/format.ts";
import type { CanonicalEvent } from "../types.ts";

const PAGE = 50;

export function eventsTable(store: Store): HTMLElement {
  const summary = h("p", { class: "summary", "aria-live": "polite" });
  const body = h("div", { class: "table-wrap" });
  const pager = h("nav", { class: "pager", "aria-label": "Pages" });
  const root = h("section", { class: "panel table-panel", id: "events" }, h("h2", {}, "Events"), summary, body, pager);
  const nextRequest = latestRequest();

  const sortHeader = (label: string, key: string) => {
    const sort = store.state.sort ?? "-date";
    const active = sort === key || sort === `-${key}`;
    const next = sort === `-${key}` ? key : `-${key}`;
    const arrow = active ? (sort.startsWith("-") ? " ▼" : " ▲") : "";
    const btn = h("button", { type: "button", class: "sort", "data-sort": key, "aria-sort": active ? (sort.startsWith("-") ? "descending" : "ascending") : null }, label + arrow);
    btn.addEventListener("click", () => store.set({ sort: next, offset: "" }));
    return h("th", { scope: "col" }, btn);
  };

  const row = (e: CanonicalEvent) => {
    const open = appLink(store.href({ event: e.id, doc: "" }), e.type, () => store.set({ event: e.id, doc: "" }));
    const swatch = h("span", { class: "swatch", "aria-hidden": "true" });
    swatch.style.background = typeColour(e.type);
    const loc = e.location ? `${e.location.name} · ${e.location.precision}` : "—";
    const tr = h("tr", { "data-id": e.id, class: store.state.event === e.id ? "selected" : null },
      h("td", {}, e.date ?? "—", e.precision && e.precision !== "day" ? h("small", {}, ` (${e.precision})`) : null),
      h("td", {}, swatch, open, e.mode ? h("small", {}, ` ${e.mode}`) : null),
      h("td", {}, actorLabel(e.source)),
      h("td", {}, actorLabel(e.target)),
      h("td", {}, loc),
      h("td", { class: "num" }, num(e.fatalities)),
      h("td", {}, e.modality),
      h("td", { class: "num", title: `${e.publishers} publisher(s)` }, num(e.reports)),
    );
    // The whole row opens the event; the type cell stays a real link (new tab, keyboard).
    tr.addEventListener("click", (ev) => {
      if (!(ev.target as Element).closest("a")) store.set({ event: e.id, doc: "" });
    });
    return tr;
  };

  const load = async () => {
    const signal = nextRequest();
    const st = store.state;
    const params = filterParams(st);
    params.set("sort", st.sort ?? "-date");
    params.set("limit", st.limit ?? String(PAGE));
    params.set("offset", st.offset ?? "0");
    const t0 = performance.now();
    if (!body.firstChild) status(body, "Loading events…");
    try {
      const page = await api.events(params, signal);
      const ms = Math.round(performance.now() - t0);
      root.dataset.loadMs = String(ms);
      const from = page.total ? page.offset + 1 : 0;
      const to = page.offset + page.items.length;
      summary.textContent = `${num(page.total)} events · showing ${num(from)}–${num(to)} · ${ms} ms`;
      const table = h("table", { class: "events" },
        h("thead", {}, h("tr", {}, sortHeader("Date", "date"), h("th", { scope: "col" }, "Type"), h("th", { scope: "col" }, "Source"),
          h("th", { scope: "col" }, "Target"), h("th", { scope: "col" }, "Location"), sortHeader("Deaths", "fatalities"),
          h("th", { scope: "col" }, "Modality"), h("th", { scope: "col" }, "Reports"))),
        h("tbody", {}, ...page.items.map(row)),
      );
      body.replaceChildren(page.items.length ? table : h("p", { class: "status" }, "No events match these filters."));
      pager.replaceChildren(...pagerButtons(store, page.total, page.offset, page.limit));
      root.dataset.ready = "true";
    } catch (err) {
      if ((err as Error).name === "AbortError") return;
      status(body, `Could not load events: ${(err as Error).message}`, "error");
    }
  };

  store.subscribe((st: State, prev: State) => {
    if (filtersChanged(st, prev) || st.sort !== prev.sort || st.offset !== prev.offset || st.limit !== prev.limit) {
      root.dataset.ready = "false";
      void load();
    } else if (st.event !== prev.event) {
      for (const tr of body.querySelectorAll("tr[data-id]")) tr.classList.toggle("selected", (tr as HTMLElement).dataset.id === st.event);
    }
  });
  void load();
  return root;
}

function pagerButtons(store: Store, total: number, offset: number, limit: number): HTMLElement[] {
  const pages = Math.max(1, Math.ceil(total / limit));
  const page = Math.floor(offset / limit) + 1;
  const go = (p: number) => store.set({ offset: p <= 1 ? "" : String((p - 1) * limit) });
  const prev = h("button", { type: "button", disabled: page <= 1, "data-page": "prev" }, "← Previous");
  const next = h("button", { type: "button", disabled: page >= pages, "data-page": "next" }, "Next →");
  prev.addEventListener("click", () => go(page - 1));
  next.addEventListener("click", () => go(page + 1));
  return [prev, h("span", {}, `page ${page.toLocaleString("en")} of ${pages.toLocaleString("en")}`), next];
}
