// Event detail: the canonical event, why its reports were merged, and every report with its source sentence
// highlighted; "Read the document" opens the full article in the reader with the same sentence highlighted.
import { h, link, status } from "../lib/dom.ts";
import { api } from "../lib/api.ts";
import { rebase, type Mark } from "../lib/segments.ts";
import { actorLabel, num } from "../lib/format.ts";
import { markedText } from "./marked.ts";
import { documentReader } from "./reader.ts";
import type { Store } from "../lib/state.ts";
import type { EventDetail, ReportRef } from "../types.ts";

export function detailPanel(store: Store): HTMLElement {
  const body = h("div", { class: "detail-body" });
  const close = h("button", { type: "button", class: "close", "aria-label": "Close" }, "×");
  close.addEventListener("click", () => store.set({ event: "", doc: "" }));
  const root = h("aside", { class: "detail", id: "detail", hidden: true, "aria-label": "Event detail" }, close, body);
  let current: EventDetail | null = null;
  let seq = 0;

  const show = async () => {
    const { event: id, doc } = store.state;
    root.hidden = !id && !doc;
    root.dataset.ready = "false";
    if (root.hidden) return;
    const mine = ++seq;
    status(body, "Loading…");
    try {
      if (id && current?.event.id !== id) current = await api.event(id);
      if (!id) current = null;
      if (mine !== seq) return;
      const parts: HTMLElement[] = [];
      if (current) parts.push(eventSummary(current), reportsList(store, current));
      if (doc) {
        const stored = await api.document(doc);
        if (mine !== seq) return;
        const report = current?.reports.find((r) => r.documentId === doc);
        const back = h("button", { type: "button", class: "linkish back" }, "← back to the event");
        back.addEventListener("click", () => store.set({ doc: "" }));
        parts.splice(0, parts.length, ...(current ? [back] : []),
          documentReader(stored, { sentence: report?.sentence, evidence: report?.evidence, trigger: report?.trigger }, (cid) => store.set({ event: cid, doc: "" })));
      }
      body.replaceChildren(...parts);
      root.dataset.ready = "true";
      body.querySelector(".m-sentence")?.scrollIntoView({ block: "center" });
    } catch (err) {
      if (mine === seq) status(body, `Could not load: ${(err as Error).message}`, "error");
    }
  };

  store.subscribe((st, prev) => {
    if (st.event !== prev.event || st.doc !== prev.doc) void show();
  });
  void show();
  return root;
}

function eventSummary(d: EventDetail): HTMLElement {
  const e = d.event;
  const row = (k: string, v: string | HTMLElement) => [h("dt", {}, k), h("dd", {}, v)];
  const loc = e.location
    ? `${e.location.name}${e.location.country ? `, ${e.location.country}` : ""} — ${e.location.precision}${e.location.lat !== null && e.location.lon !== null ? ` (${e.location.lat.toFixed(2)}, ${e.location.lon.toFixed(2)})` : ""}`
    : "—";
  const reasons = d.merge?.reasons ?? [];
  return h("section", { class: "event-summary" },
    h("h2", {}, `${e.type}${e.mode ? ` · ${e.mode}` : ""}`),
    h("p", { class: "dyad-line" }, h("strong", {}, actorLabel(e.source)), " → ", h("strong", {}, actorLabel(e.target))),
    h("dl", {},
      ...row("Date", `${e.date ?? "unknown"} (${e.precision})`),
      ...row("Place", loc),
      ...row("Modality", e.modality),
      ...row("CAMEO / Goldstein / quad", `${e.cameo ?? "—"} / ${e.goldstein ?? "—"} / ${e.quadClass ?? "—"}`),
      ...row("ACLED", e.acled ? `${e.acled.eventType} — ${e.acled.subEventType}` : "—"),
      ...row("Killed / injured", `${num(e.fatalities)} / ${num(e.injuries)}`),
      // a calibrated probability (data/confidence.json), combined over independent publishers
      ...row("Confidence", h("span", { title: "The calibrated probability that this event is right, combined over its independent publishers" }, `${Math.round(e.confidence * 100)}%`)),
      ...row("Reports", `${e.reports} from ${e.publishers} publisher(s), first seen ${e.firstSeen}`),
    ),
    h("h3", {}, "Why these reports were merged"),
    reasons.length ? h("ul", { class: "merge-reasons" }, ...reasons.map((r) => h("li", {}, r))) : h("p", { class: "merge-reasons" }, "A single report: nothing was merged."),
  );
}

function reportsList(store: Store, d: EventDetail): HTMLElement {
  return h("section", { class: "reports" }, h("h3", {}, `Reports (${d.reports.length})`),
    h("ol", {}, ...d.reports.map((r) => reportItem(store, r))));
}

function reportItem(store: Store, r: ReportRef): HTMLElement {
  const sentence = r.sentence?.text ?? "";
  const marks: Mark[] = [];
  if (r.evidence) marks.push({ start: r.evidence.start, end: r.evidence.end, kind: "evidence" });
  if (r.trigger) marks.push({ start: r.trigger.start, end: r.trigger.end, kind: "trigger", label: "trigger" });
  const local = rebase(marks, r.sentence?.start ?? 0);
  const read = h("button", { type: "button", class: "read-doc", "data-doc": r.documentId }, "Read the document");
  read.addEventListener("click", () => store.set({ doc: r.documentId }));
  return h("li", { class: "report" },
    h("p", { class: "report-meta" }, h("strong", {}, r.title || "(untitled)"), " · ", r.source ?? "unknown source", r.published ? ` · ${r.published}` : "", r.url ? " · " : "", r.url ? link(r.url, "original") : null),
    h("blockquote", { class: "sentence m-sentence" }, markedText(sentence, local)),
    read);
}
