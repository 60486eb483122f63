// "The death toll rose to 40.": a toll told in a sentence of its own, with no violent event there, belongs to
// the latest asserted violent event told before it; a larger toll updates a smaller one. Runs after dedupe so
// the toll lands on the event that is kept.
import type { Doc } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import type { Draft } from "./draft.ts";
import { effectsIn } from "./effects.ts";

const violent = (d: Draft) => Number(d.code.slice(0, 2)) >= 18;

export function carryTolls(doc: Doc, kb: Knowledge, drafts: Draft[]): void {
  // the sentences holding a violent draft, looked up instead of a pass over every draft for each sentence
  const violentIn = new Set<number>();
  for (const d of drafts) if (violent(d)) violentIn.add(d.sentence);
  for (const s of doc.sentences) {
    if (s.kind !== "body") continue;
    let toll = false;
    for (let k = s.tokenStart; k < s.tokenEnd && !toll; k++) toll = doc.tokens[k]!.key === "toll";
    if (!toll || violentIn.has(s.index)) continue;
    const e = effectsIn(doc, kb, s.tokenStart, s.tokenEnd);
    if (e.fatalities === null && e.injuries === null) continue;
    const last = drafts.findLast((d) => d.sentence < s.index && violent(d) && d.modality === "asserted");
    if (!last) continue;
    if (e.fatalities !== null && (last.fatalities === null || e.fatalities > last.fatalities)) last.fatalities = e.fatalities;
    if (e.injuries !== null && (last.injuries === null || e.injuries > last.injuries)) last.injuries = e.injuries;
  }
}
