// Names the trained recogniser finds (src/lang/en/recognizer.ts) that no dictionary or name pattern holds: new
// militias, new ministers, small parties. They enter as candidates below the dictionaries and patterns, so a known
// actor or a pattern's reading of the same words wins; places (the recogniser's, and any name the gazetteer
// knows) are left to the places stage.
import type { Word } from "../../doc.ts";
import { codeOf, type Candidate, type EntityContext } from "./context.ts";
import { modelForm } from "../syntax.ts";

const TYPES: Record<string, Candidate["type"]> = { PERSON: "PERSON", ORGANIZATION: "ORG" };

export function recognisedNames(ctx: EntityContext): Candidate[] {
  const { doc, kb } = ctx;
  if (!doc.words.length) return [];
  const out: Candidate[] = [];
  let i = 0;
  while (i < doc.words.length) {
    const s = doc.words[i]!.sentence;
    const words: Word[] = [];
    for (; i < doc.words.length && doc.words[i]!.sentence === s; i++) words.push(doc.words[i]!);
    const forms = words.map((w) => modelForm(doc, w.form));
    for (const span of kb.syntax.names(forms, words.map((w) => `${w.upos} ${w.xpos}`))) {
      const type = TYPES[span.type];
      if (!type) continue;
      const first = words[span.start]!, last = words[span.end - 1]!;
      // a name cut inside a token ("Iraq" of "Iraq's") still covers whole tokens
      const from = first.token, to = last.token + 1;
      const start = doc.tokens[from]!.start;
      const end = last.end;
      // a name the gazetteer or the country list knows is a place, left to the places stage (the recogniser's
      // "PERSON: Erbil" must not hide the city), as the name patterns leave it
      const text = doc.norm.slice(start, end);
      if (kb.gazetteer.lookup(text).length > 0 || kb.countries.byName(text)) continue;
      out.push({ start, end, from, to, kind: "name", type, name: doc.text.slice(start, end), country: null, sector: null, code: codeOf(null, null), origin: "recognised" });
    }
  }
  return out;
}
