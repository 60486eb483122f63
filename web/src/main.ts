// The sitrep dashboard: one page, every view driven by the filters in the URL.
import "./styles.css";
import { h } from "./lib/dom.ts";
import { Store } from "./lib/state.ts";
import { filterBar } from "./views/filters.ts";
import { eventsTable } from "./views/table.ts";
import { timeline } from "./views/timeline.ts";
import { eventMap } from "./views/map.ts";
import { actorNetwork } from "./views/network.ts";
import { countryMultiples } from "./views/countries.ts";
import { detailPanel } from "./views/detail.ts";
import { ingestPanel } from "./views/ingest.ts";
import { downloadControl } from "./views/download.ts";

const store = new Store();
const addButton = h("button", { type: "button", class: "add", id: "open-ingest" }, "+ Add articles");
addButton.addEventListener("click", () => store.set({ panel: store.state.panel === "ingest" ? "" : "ingest" }));
const home = h("a", { class: "brand" }, "sitrep");
home.href = location.pathname;

const app = document.getElementById("app")!;
app.replaceChildren(
  h("header", { class: "top" }, home, h("span", { class: "tagline" }, "news → events, every one linked to its sentences"), downloadControl(store), addButton),
  filterBar(store),
  ingestPanel(store),
  h("main", { class: "grid" }, timeline(store), eventMap(store), actorNetwork(store), countryMultiples(store), eventsTable(store)),
  detailPanel(store),
);
