// GET /api/export: the filtered events in an export format, streamed chunk by chunk as a download. The server
// knows no format itself: the formats (src/corpus/exports) are handed in by whoever starts it (the CLI).
import type { EventFilter, Store } from "../store/store.ts";

/** An export format the server can stream. */
export interface ExportFormat {
  ext: string;
  mime: string;
  run(events: ReturnType<Store["eachEvent"]>, now: Date): AsyncIterable<string>;
}
export type ExportFormats = Record<string, ExportFormat>;

/** The download's file name: sitrep-<format>-<YYYYMMDD>.<ext>. */
export const exportFileName = (format: string, ext: string, now = new Date()) => `sitrep-${format}-${now.toISOString().slice(0, 10).replace(/-/g, "")}.${ext}`;

/** A streamed response with the export, or null for a format the server was not given. */
export function exportResponse(store: Store, formats: ExportFormats, format: string, filter: EventFilter, now = new Date()): Response | null {
  const ex = Object.hasOwn(formats, format) ? formats[format] : undefined;
  if (!ex) return null;
  const chunks = ex.run(store.eachEvent(filter), now)[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { value, done } = await chunks.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await chunks.return?.();
    },
  });
  return new Response(body, {
    headers: { "content-type": `${ex.mime}; charset=utf-8`, "content-disposition": `attachment; filename="${exportFileName(format, ex.ext, now)}"`, "cache-control": "no-store" },
  });
}
