// GET /api/export: the filtered events in an export format, streamed chunk by chunk as a download.
import type { EventFilter, Store } from "../store/store.ts";
import { EXPORTERS } from "../corpus/exports/index.ts";

/** The download's file name: sitrep-<format>-<YYYYMMDD>.<ext>. */
export const exportFileName = (format: string, ext: string, now = new Date()) => `sitrep-${format}-${now.toISOString().slice(0, 10).replace(/-/g, "")}.${ext}`;

/** A streamed response with the export, or null for an unknown format. */
export function exportResponse(store: Store, format: string, filter: EventFilter, now = new Date()): Response | null {
  const ex = EXPORTERS[format];
  if (!ex) return null;
  const chunks = ex.run(store.eachEvent(filter), { now })[Symbol.asyncIterator]();
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
