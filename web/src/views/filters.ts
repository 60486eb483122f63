// The filter bar: the API's event filters, bound to the URL state. Typing is debounced; selects apply at once.
import { h } from "../lib/dom.ts";
import { api } from "../lib/api.ts";
import type { Store, FilterKey } from "../lib/state.ts";
import { ACLED_TYPES, MODALITIES, PLOVER_TYPES } from "../types.ts";

export function filterBar(store: Store): HTMLElement {
  const inputs = new Map<FilterKey, HTMLInputElement | HTMLSelectElement>();
  let timer: ReturnType<typeof setTimeout> | undefined;

  const apply = (key: FilterKey, value: string, delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(() => store.set({ [key]: value.trim() }), delay);
  };

  const text = (key: FilterKey, label: string, placeholder: string, list?: string) => {
    const input = h("input", { type: "search", name: key, placeholder, "aria-label": label, list: list ?? null, autocomplete: "off" });
    input.addEventListener("input", () => apply(key, input.value, 350));
    input.addEventListener("change", () => apply(key, input.value, 0));
    inputs.set(key, input);
    return h("label", { class: "filter" }, h("span", {}, label), input);
  };
  const date = (key: FilterKey, label: string) => {
    const input = h("input", { type: "date", name: key, "aria-label": label });
    input.addEventListener("change", () => apply(key, input.value, 0));
    inputs.set(key, input);
    return h("label", { class: "filter" }, h("span", {}, label), input);
  };
  const select = (key: FilterKey, label: string, options: readonly string[], blank = "any") => {
    const el = h("select", { name: key, "aria-label": label }, h("option", { value: "" }, blank), ...options.map((o) => h("option", { value: o }, o)));
    el.addEventListener("change", () => apply(key, el.value, 0));
    inputs.set(key, el);
    return h("label", { class: "filter" }, h("span", {}, label), el);
  };

  // Actor suggestions from the store's actor index.
  const actorList = h("datalist", { id: "actor-suggestions" });
  const actorField = text("actor", "Actor", "name or code", "actor-suggestions");
  const actorInput = inputs.get("actor") as HTMLInputElement;
  let suggestTimer: ReturnType<typeof setTimeout> | undefined;
  actorInput.addEventListener("input", () => {
    clearTimeout(suggestTimer);
    const q = actorInput.value.trim();
    if (q.length < 2) return;
    suggestTimer = setTimeout(async () => {
      try {
        const { items } = await api.actors(q, 12);
        actorList.replaceChildren(...items.map((a) => h("option", { value: a.id }, `${a.name} (${a.country ?? "?"} ${a.sector ?? ""}) · ${a.events}`)));
      } catch { /* suggestions are optional */ }
    }, 200);
  });

  const reset = h("button", { type: "button", class: "reset" }, "Clear filters");
  reset.addEventListener("click", () => store.set({ actor: "", country: "", type: "", acled: "", modality: "", minConfidence: "", from: "", to: "", q: "", bbox: "" }));

  const bar = h("form", { class: "filters", role: "search", "aria-label": "Event filters" },
    text("q", "Text", "search words"),
    actorField, actorList,
    text("country", "Country", "ISO3, e.g. IRQ"),
    select("type", "Type", PLOVER_TYPES),
    select("acled", "ACLED", ACLED_TYPES),
    // The store counts only asserted events unless asked: "any" includes threats, denials and plans.
    select("modality", "Modality", ["any", ...MODALITIES.filter((m) => m !== "asserted")], "asserted"),
    // Confidence is a calibrated probability: blank leaves the server's default threshold, 0 shows every event.
    select("minConfidence", "Confidence at least", ["0", "0.5", "0.6", "0.7", "0.8"], "default"),
    date("from", "From"),
    date("to", "To"),
    reset,
  );
  bar.addEventListener("submit", (e) => e.preventDefault());

  // A network click or a suggestion filters by actor id; the box shows that actor's name (the URL keeps the id).
  const actorNames = new Map<string, string>();
  const showActorName = (id: string) => {
    const name = actorNames.get(id);
    if (name) {
      if (store.state.actor === id && document.activeElement !== actorInput) actorInput.value = name, actorInput.title = `${name} (${id})`;
      return;
    }
    api.actors(id, 1).then(({ items }) => {
      const a = items.find((x) => x.id === id);
      if (a) actorNames.set(id, a.name), showActorName(id);
    }).catch(() => { /* the id stays shown */ });
  };

  const sync = () => {
    const st = store.state;
    for (const [key, el] of inputs) {
      if (document.activeElement === el) continue;
      el.value = st[key] ?? "";
    }
    actorInput.title = "";
    if (/^a_[0-9a-f]{12}$/.test(st.actor ?? "")) showActorName(st.actor!);
  };
  sync();
  store.subscribe(sync);
  return bar;
}
