// Ingest from the page: paste text or choose files, send them with the write token, and show the extraction at
// once in the reader. The token stays in this tab's sessionStorage and goes only to POST /api/ingest.
import { h, status } from "../lib/dom.ts";
import { api } from "../lib/api.ts";
import type { Store } from "../lib/state.ts";
import { documentReader } from "./reader.ts";
import type { ExtractionDocument } from "../types.ts";

const TOKEN_KEY = "sitrep.token";

export function ingestPanel(store: Store): HTMLElement {
  const token = h("input", { type: "password", name: "token", autocomplete: "off", placeholder: "write token", "aria-label": "Token" });
  token.value = sessionStorage.getItem(TOKEN_KEY) ?? "";
  const title = h("input", { name: "title", placeholder: "title (optional)" });
  const published = h("input", { name: "published", type: "date", "aria-label": "Published" });
  const source = h("input", { name: "source", placeholder: "publisher (optional)" });
  const url = h("input", { name: "url", type: "url", placeholder: "https://… (optional)" });
  const text = h("textarea", { name: "text", rows: 8, placeholder: "Paste an article here…" });
  const files = h("input", { type: "file", name: "files", multiple: true, accept: ".txt,.html,.htm,.md,.json,.jsonl,.pdf,.docx,text/*" });
  const submit = h("button", { type: "submit" }, "Extract and store");
  const result = h("div", { class: "ingest-result", "aria-live": "polite" });
  const form = h("form", { class: "ingest-form" },
    h("label", {}, "Token ", token), h("label", {}, "Title ", title), h("label", {}, "Published ", published),
    h("label", {}, "Source ", source), h("label", {}, "URL ", url), h("label", { class: "wide" }, "Text ", text),
    h("label", { class: "wide" }, "or files ", files), submit);
  const close = h("button", { type: "button", class: "close", "aria-label": "Close" }, "×");
  close.addEventListener("click", () => store.set({ panel: "" }));
  const root = h("section", { class: "panel ingest-panel", id: "ingest", hidden: true }, close, h("h2", {}, "Add articles"), form, result);

  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, token.value);
    const meta = { title: title.value.trim() || undefined, published: published.value || undefined, source: source.value.trim() || undefined, url: url.value.trim() || undefined };
    let body: Parameters<typeof api.ingest>[1];
    if (files.files && files.files.length) {
      const fd = new FormData();
      for (const f of files.files) fd.append("files", f, f.name);
      for (const [k, v] of Object.entries(meta)) if (v) fd.append(k, v);
      body = fd;
    } else if (text.value.trim()) body = { text: text.value, ...meta };
    else return status(result, "Paste some text or choose a file first.", "error");
    submit.disabled = true;
    status(result, "Extracting…");
    const t0 = performance.now();
    try {
      const res = await api.ingest(token.value.trim(), body);
      const docs = extractions(res);
      const ms = Math.round(performance.now() - t0);
      const sum = summaryOf(res);
      const line = sum
        ? `Read ${sum.read}: ${sum.new} new, ${sum.duplicate} already stored, ${sum.failed} failed · ${sum.events} event(s), ${sum.founded} new and ${sum.merged} merged into known events · ${ms} ms`
        : `Stored ${docs.length} document(s), ${docs.reduce((n, d) => n + (d.events?.length ?? 0), 0)} event(s) · ${ms} ms`;
      result.replaceChildren(
        h("p", { class: sum?.failed ? "status error" : "status ok" }, line),
        ...(sum?.failures ?? []).map((f) => h("p", { class: "status error" }, f)),
        ...docs.map((d) => documentReader(d, {}, (cid) => store.set({ event: cid, doc: "", panel: "" }))),
      );
      result.dataset.ready = "true";
      store.refresh(); // the other views reload with the new events
    } catch (err) {
      status(result, `Ingest failed: ${(err as Error).message}`, "error");
    } finally {
      submit.disabled = false;
    }
  });

  const sync = () => (root.hidden = store.state.panel !== "ingest");
  sync();
  store.subscribe(sync);
  return root;
}

/** The API returns a summary plus the extraction(s); accept the shapes it may reasonably take. */
export function extractions(res: unknown): ExtractionDocument[] {
  const isDoc = (v: unknown): v is ExtractionDocument =>
    !!v && typeof v === "object" && "document" in v && typeof (v as ExtractionDocument).document?.text === "string";
  if (isDoc(res)) return [res];
  if (!res || typeof res !== "object") return [];
  const out: ExtractionDocument[] = [];
  for (const key of ["extraction", "extractions", "documents", "results", "items"]) {
    const v = (res as Record<string, unknown>)[key];
    for (const item of Array.isArray(v) ? v : [v]) {
      if (isDoc(item)) out.push(item);
      else if (item && typeof item === "object" && isDoc((item as Record<string, unknown>).extraction)) out.push((item as { extraction: ExtractionDocument }).extraction);
    }
  }
  return out;
}

interface IngestSummary { read: number; new: number; duplicate: number; failed: number; events: number; founded: number; merged: number; failures: string[] }

/** The API's ingest summary, when the response carries one. */
function summaryOf(res: unknown): IngestSummary | null {
  const sum = res && typeof res === "object" ? (res as { summary?: unknown }).summary : null;
  if (!sum || typeof sum !== "object" || typeof (sum as IngestSummary).read !== "number") return null;
  const s = sum as IngestSummary;
  return { ...s, failures: Array.isArray(s.failures) ? s.failures.map(String) : [] };
}
