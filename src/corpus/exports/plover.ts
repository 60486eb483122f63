// PLOVER JSON Lines: one event per line with PLOVER's field names (event, mode, context, actor, recipient) plus the
// evidence that makes it traceable: each report's document, publisher, sentence and offsets.
import type { Exporter } from "./types.ts";
import { firstDayOf } from "../dates.ts";

export const exportPlover: Exporter = async function* (events) {
  for await (const { event: e, reports } of events) {
    yield JSON.stringify({
      id: e.id,
      // PLOVER's date is a day (YYYY-MM-DD); the precision says how much of it the text gave
      date: firstDayOf(e.date),
      date_precision: e.precision,
      event: e.type,
      mode: e.mode,
      context: [],
      actor: e.source?.name ?? null,
      actor_country: e.source?.country ?? null,
      actor_code: e.source?.actorCode ?? null,
      recipient: e.target?.name ?? null,
      recipient_country: e.target?.country ?? null,
      recipient_code: e.target?.actorCode ?? null,
      location: e.location,
      modality: e.modality,
      fatalities: e.fatalities,
      injuries: e.injuries,
      cameo: e.cameo,
      goldstein: e.goldstein,
      quad_class: e.quadClass,
      acled: e.acled,
      confidence: e.confidence,
      num_reports: e.reports,
      num_publishers: e.publishers,
      first_seen: e.firstSeen,
      sources: reports.map((r) => ({ document: r.documentId, title: r.title, publisher: r.source, published: r.published, url: r.url, event_index: r.eventIndex, sentence: r.sentence, evidence: r.evidence })),
    }) + "\n";
  }
};
