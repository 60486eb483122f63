// The properties every extraction document must have, whatever its input: it validates against the schema, it
// carries the text it was given, and every offset lies inside that text with 0 <= start <= end, where a span also
// carries its text, that text is exactly text.slice(start, end).
import { ExtractionDocument } from "../../src/schema.ts";

type Spanish = { start?: unknown; end?: unknown; text?: unknown };

export function documentViolations(doc: unknown, text: string): string[] {
  const parsed = ExtractionDocument.safeParse(doc);
  if (!parsed.success) {
    return parsed.error.issues.slice(0, 3).map((i) => `schema: ${i.path.join(".") || "(root)"}: ${i.message}`);
  }
  const d = parsed.data;
  const out: string[] = [];
  if (d.document.text !== text) out.push("document.text is not the input text");
  // a value JSON cannot carry (NaN, Infinity, undefined inside arrays) changes on the way out
  const roundTrip = ExtractionDocument.safeParse(JSON.parse(JSON.stringify(d)));
  if (!roundTrip.success) out.push(`schema after JSON: ${roundTrip.error.issues[0]?.path.join(".")}: ${roundTrip.error.issues[0]?.message}`);

  const span = (path: string, s: Spanish | null | undefined, sliceMustMatch: boolean) => {
    if (!s || (s.start === undefined && s.end === undefined)) return;
    const { start, end } = s as { start: number; end: number };
    if (typeof start !== "number" || typeof end !== "number") out.push(`${path}: only one of start and end`);
    else if (!(start >= 0 && start <= end && end <= text.length)) out.push(`${path}: [${start}, ${end}) outside the text (length ${text.length})`);
    else if (sliceMustMatch && typeof s.text === "string" && s.text !== text.slice(start, end))
      out.push(`${path}: text ${JSON.stringify(s.text.slice(0, 40))} is not text.slice(${start}, ${end}) ${JSON.stringify(text.slice(start, end).slice(0, 40))}`);
  };
  const actor = (path: string, a: Spanish & { members?: unknown[] } | null | undefined) => {
    if (!a) return;
    span(path, a, true);
    a.members?.forEach((m, i) => actor(`${path}.members[${i}]`, m as Spanish));
  };

  d.sentences?.forEach((s, i) => span(`sentences[${i}]`, s, false));
  d.entities.forEach((e, i) => e.mentions.forEach((m, j) => span(`entities[${i}].mentions[${j}]`, m, true)));
  d.timexes.forEach((t, i) => span(`timexes[${i}]`, t, true));
  d.places.forEach((p, i) => span(`places[${i}]`, p, true));
  d.quotes.forEach((q, i) => {
    span(`quotes[${i}]`, q, true);
    span(`quotes[${i}].speaker`, q.speaker, false);
  });
  d.events.forEach((e, i) => {
    span(`events[${i}].trigger`, e.trigger, true);
    span(`events[${i}].evidence`, e.evidence, true);
    actor(`events[${i}].source`, e.source);
    actor(`events[${i}].target`, e.target);
    span(`events[${i}].location`, e.location, false);
  });
  d.relations.forEach((r, i) => span(`relations[${i}].evidence`, r.evidence, true));
  return out;
}
