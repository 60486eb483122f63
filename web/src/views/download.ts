// Download of the current view: a format picker and a link to GET /api/export with the filters in the URL (every
// matching event, not only the table's page). The link is rebuilt whenever the filters change.
import { h } from "../lib/dom.ts";
import { filterParams, type Store } from "../lib/state.ts";

const FORMATS = [
  ["csv", "CSV (spreadsheet)"],
  ["acled", "ACLED CSV"],
  ["gdelt", "GDELT 2.0 TSV"],
  ["plover", "PLOVER JSON Lines"],
  ["geojson", "GeoJSON"],
] as const;

/** The API URL that downloads the filtered events in a format. */
export function exportHref(format: string, state: Store["state"]): string {
  const params = filterParams(state);
  params.set("format", format);
  return `/api/export?${params}`;
}

export function downloadControl(store: Store): HTMLElement {
  const picker = h("select", { name: "export-format", "aria-label": "Download format" }, ...FORMATS.map(([value, label]) => h("option", { value }, label)));
  const link = h("a", { class: "download", id: "download-view", download: "", title: "Every event of the current filters" }, "Download");
  const update = () => (link.href = exportHref(picker.value, store.state));
  picker.addEventListener("change", update);
  store.subscribe(update);
  update();
  return h("span", { class: "download-view" }, picker, link);
}
