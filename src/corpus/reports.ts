// Extraction document → report events (one per extracted event) and report references (the traceable sentence,
// evidence and trigger behind each). Pure: the store calls it with documents it has or is adding.
import type { ExtractionDocument, Event, Actor } from "../schema.ts";
import type { ActorRef, ReportEvent, ReportRef } from "./records.ts";
import { dayNumber, dayRange } from "./dates.ts";
import { parseDateline } from "../text/dateline.ts";

/** Where a dateline ("BOGOTA, 5 SEP 89 (AFP) --", "ROME (ITALY), 11 JAN 90 --") ends, or 0. */
export function datelineEnd(text: string): number {
  const d = parseDateline(text);
  if (d) return d.end;
  const m = text.slice(0, 200).match(/^\s*[A-Z][^\n]{0,100}?\s(?:--|\u2014)\s/);
  return m ? m[0].length : 0;
}

/** How many days before publication an undated event may have happened. News mostly reports the last days; a
 *  30-day window was tried on the MUC dev set and only added wrong merges (precision 0.54 → 0.48, recall unchanged). */
export const UNDATED_WINDOW_DAYS = 7;

function actorRef(a: Actor | null | undefined): ActorRef | null {
  if (!a) return null;
  return { name: a.name, country: a.country ?? null, sector: a.sector ?? null, actorCode: a.actorCode ?? null, actorId: null };
}

function publishedDay(published: string | null | undefined): number | null {
  const m = published?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? dayNumber(+m[1]!, +m[2]!, +m[3]!) : null;
}

export function reportEvent(doc: ExtractionDocument, index: number, publisherKey: string): ReportEvent {
  const e: Event = doc.events[index]!;
  const published = doc.document.published ?? null;
  let days = dayRange(e.date?.value ?? null, e.date?.precision);
  // a date taken only from the publication date is a guess: it constrains the event (it happened by then, most
  // likely in the days before), but does not identify it
  const dated = !!days && !/publi|dateline|document/i.test(e.date?.basis ?? "");
  if (!dated) {
    const p = days?.end ?? publishedDay(published);
    days = p == null ? null : { start: p - UNDATED_WINDOW_DAYS, end: p, precision: "unknown" };
  }
  return {
    documentId: doc.document.id,
    eventIndex: index,
    type: e.type,
    mode: e.mode ?? null,
    cameo: e.cameo ?? null,
    goldstein: e.goldstein ?? null,
    quadClass: e.quadClass ?? null,
    acled: e.acled ?? null,
    modality: e.modality,
    dateValue: e.date?.value ?? null,
    datePrecision: days?.precision ?? "unknown",
    days,
    dated,
    location: e.location
      ? { name: e.location.name, country: e.location.country ?? null, lat: e.location.lat ?? null, lon: e.location.lon ?? null, precision: e.location.precision }
      : null,
    // a place taken from the dateline says where the report was filed; the event may be 200 km away
    locationWeak: e.location?.start != null && e.location.start < datelineEnd(doc.document.text),
    source: actorRef(e.source),
    target: actorRef(e.target),
    fatalities: e.fatalities ?? null,
    injuries: e.injuries ?? null,
    confidence: e.confidence,
    published,
    publisherKey,
    evidence: e.evidence.text,
  };
}

/** The sentence holding an offset: from the document's sentence list, else cut at sentence punctuation. */
export function sentenceAround(doc: ExtractionDocument, start: number, end: number): { start: number; end: number; text: string } {
  const text = doc.document.text;
  const s = doc.sentences?.find((x) => x.start <= start && x.end >= start);
  if (s) return { start: s.start, end: Math.max(s.end, Math.min(end, text.length)), text: text.slice(s.start, Math.max(s.end, end)) };
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1]!)) a--;
  while (a < start && /\s/.test(text[a]!)) a++;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b - 1] ?? "")) b++;
  return { start: a, end: b, text: text.slice(a, b) };
}

export function reportRef(doc: ExtractionDocument, index: number): ReportRef {
  const e = doc.events[index]!;
  const d = doc.document;
  return {
    documentId: d.id,
    title: d.title ?? null,
    source: d.source ?? null,
    published: d.published ?? null,
    url: d.url ?? null,
    eventIndex: index,
    sentence: sentenceAround(doc, e.evidence.start, e.evidence.end),
    evidence: { start: e.evidence.start, end: e.evidence.end, text: e.evidence.text },
    ...(e.trigger ? { trigger: { start: e.trigger.start, end: e.trigger.end, text: e.trigger.text } } : {}),
  };
}
