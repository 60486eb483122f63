// The document reader: the full article with the event's sentence highlighted and actors, dates, places and
// quotes marked, then the quotes with their speakers and the events coded from the document. Used for stored
// documents (from the API) and for a fresh extraction after ingest.
import { h, link } from "../lib/dom.ts";
import type { Mark } from "../lib/segments.ts";
import { markedText } from "./marked.ts";
import type { ExtractionDocument, Span } from "../types.ts";

export interface Highlight { sentence?: Span; evidence?: Span; trigger?: Span }

export function documentMarks(doc: ExtractionDocument, hl: Highlight = {}): Mark[] {
  const marks: Mark[] = [];
  for (const q of doc.quotes ?? []) marks.push({ start: q.start, end: q.end, kind: "quote", label: q.speaker ? `quote: ${q.speaker.name}` : "quote (speaker unknown)" });
  if (hl.sentence) marks.push({ start: hl.sentence.start, end: hl.sentence.end, kind: "sentence", label: "the event's sentence" });
  if (hl.evidence) marks.push({ start: hl.evidence.start, end: hl.evidence.end, kind: "evidence" });
  if (hl.trigger) marks.push({ start: hl.trigger.start, end: hl.trigger.end, kind: "trigger", label: "trigger" });
  for (const e of doc.entities ?? []) {
    const label = `${e.name} · ${e.type}${e.country ? ` ${e.country}` : ""}${e.sector ? ` ${e.sector}` : ""}`;
    for (const m of e.mentions ?? []) marks.push({ start: m.start, end: m.end, kind: "actor", label });
  }
  for (const t of doc.timexes ?? []) marks.push({ start: t.start, end: t.end, kind: "date", label: `${t.type} ${t.value}` });
  for (const p of doc.places ?? []) marks.push({ start: p.start, end: p.end, kind: "place", label: `${p.name}${p.country ? `, ${p.country}` : ""} (${p.precision})` });
  return marks;
}

export function documentReader(doc: ExtractionDocument, hl: Highlight, openEvent?: (canonicalId: string) => void): HTMLElement {
  const meta = doc.document;
  const text = typeof meta.text === "string" ? meta.text : "";
  const paragraphs = h("div", { class: "doc-text" });
  // Paragraph by paragraph keeps the reading width sane; marks are re-based onto each paragraph.
  const marks = documentMarks(doc, hl);
  let offset = 0;
  for (const para of text.split(/(\n\s*\n)/)) {
    const start = offset;
    offset += para.length;
    if (!para.trim()) continue;
    const local = marks.filter((m) => m.end > start && m.start < offset).map((m) => ({ ...m, start: m.start - start, end: m.end - start }));
    const p = markedText(para, local, "p");
    p.dataset.start = String(start);
    paragraphs.append(p);
  }

  const quotes = (doc.quotes ?? []).map((q) => h("li", {}, h("q", {}, q.text ?? text.slice(q.start, q.end)), " — ",
    h("strong", { class: "speaker" }, q.speaker?.name ?? "unattributed"), q.verb ? ` (${q.verb})` : "", q.direct ? "" : " · indirect"));
  const events = (doc.events ?? []).map((e, i) => {
    const label = `${e.type}: ${e.source?.name ?? "?"} → ${e.target?.name ?? "?"}${e.date?.value ? ` · ${e.date.value}` : ""}${e.location ? ` · ${e.location.name}` : ""}${e.modality && e.modality !== "asserted" ? ` · ${e.modality}` : ""}`;
    const cid = e.canonicalId;
    const item = h("li", { "data-index": e.index ?? i }, label);
    if (cid && openEvent) {
      const b = h("button", { type: "button", class: "linkish" }, "open event");
      b.addEventListener("click", () => openEvent(cid));
      item.append(" ", b);
    }
    item.append(h("blockquote", {}, e.evidence?.text ?? text.slice(e.evidence?.start ?? 0, e.evidence?.end ?? 0)));
    return item;
  });

  return h("article", { class: "reader" },
    h("h3", { class: "doc-title" }, meta.title || "(untitled document)"),
    h("p", { class: "doc-meta" }, [meta.source, meta.published].filter(Boolean).join(" · "), meta.url ? " · " : "", meta.url ? link(meta.url, "original") : null),
    h("p", { class: "key" }, h("mark", { class: "m-sentence" }, "event sentence"), " ", h("mark", { class: "m-actor" }, "actor"), " ",
      h("mark", { class: "m-date" }, "date"), " ", h("mark", { class: "m-place" }, "place"), " ", h("mark", { class: "m-quote" }, "quote"), " ",
      h("mark", { class: "m-trigger" }, "trigger")),
    paragraphs,
    h("h4", {}, `Quotes (${quotes.length})`), quotes.length ? h("ul", { class: "quotes" }, ...quotes) : h("p", {}, "No quotes found."),
    h("h4", {}, `Events coded from this document (${events.length})`), events.length ? h("ol", { class: "doc-events" }, ...events) : h("p", {}, "No events."),
  );
}
