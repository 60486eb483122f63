// Countries named other than by name: a demonym ("Iraqi bases", "the Iranians") and a capital standing for its
// government ("Tehran insists", "Washington's allies"). A capital is a metonym only when it acts — it has a
// possessive or a verb follows — and no preposition puts it on the map ("in Tehran", "to Washington").
import type { Candidate, EntityContext } from "./context.ts";
import type { CountryHit } from "./dictionary.ts";
import { isPossessive, spanText } from "./context.ts";

export function countryMetonyms(ctx: EntityContext, hits: CountryHit[]): Candidate[] {
  const { tokens, doc } = ctx;
  const out: Candidate[] = [];
  for (const h of hits) {
    const rec = h.value.country;
    const base = { start: h.start, end: h.end, from: h.from, to: h.to, type: "GPE" as const, name: rec.name, country: rec.iso3, sector: null, code: rec.iso3, origin: "countries" as const };
    if (h.value.kind === "demonym") {
      // an ethnic group is its own referent, of the country it lives in, not that country's state
      if (h.ethnic) out.push({ ...base, kind: "demonym", type: "NORP", name: spanText(doc, h.start, h.end), country: h.ethnic.home, code: h.ethnic.home });
      else out.push({ ...base, kind: "demonym" });
      continue;
    }
    if (h.value.kind !== "capital") continue;
    if (doc.dateline?.place && h.start >= doc.dateline.place.start && h.end <= doc.dateline.place.end) continue;
    const prev = tokens[h.from - 1], next = tokens[h.to];
    if (prev && (prev.pos === "ADP" || /^(?:in|at|to|from|near|into|outside|around|across|via|toward|towards)$/.test(prev.key))) continue;
    const acts = isPossessive(tokens[h.to - 1]) || (next && (next.pos === "VERB" || next.pos === "AUX") && !/^(?:-|based)$/.test(next.key));
    const coordinated = next && /^(?:and)$/.test(next.key) && tokens[h.to + 1] && /^(?:VERB|AUX)$/.test(tokens[h.to + 2]?.pos ?? "");
    if (acts || coordinated) out.push({ ...base, kind: "metonym", sector: "GOV", code: `${rec.iso3}GOV` });
  }
  return out;
}
