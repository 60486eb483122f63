// Quoted fragments: words in quotation marks inside a sentence whose verb makes them the subject's own ("Berg
// called the raid "a clear breach of the truce"", "the group vowed "to fight to the last man""). Only fragments of
// three words or more outside every other quote count: one or two words are scare quotes, and a fragment inside
// indirect speech already belongs to that quote.
import type { MarkSpan } from "./marks.ts";
import { subjectBefore, tokenAt, type Ctx } from "./grammar.ts";
import { clauseStart, type Draft } from "./draft.ts";
import { FRAGMENT_VERBS } from "./lexicon.ts";

const VERBS = new Set(FRAGMENT_VERBS);

export function fragmentQuotes(c: Ctx, spans: MarkSpan[], taken: Draft[]): Draft[] {
  const out: Draft[] = [];
  for (const m of spans) {
    if (m.unclosed || m.single) continue;
    if (c.doc.norm.slice(m.innerStart, m.innerEnd).split(/\s+/).filter(Boolean).length < 3) continue;
    if (taken.some((d) => d.start <= m.innerStart && d.end >= m.innerEnd)) continue;
    const openTok = tokenAt(c, m.open);
    const sentence = c.toks[openTok]?.sentence;
    for (let v = openTok - 1; v >= 0 && c.toks[v]!.sentence === sentence && !c.mark[v]; v--) {
      const t = c.toks[v]!;
      if (t.pos !== "VERB" || !(VERBS.has(t.lemma) || c.verbs.has(v))) continue;
      const speaker = subjectBefore(c, v, clauseStart(c, v));
      if (speaker) out.push({ start: m.innerStart, end: m.innerEnd, direct: true, verb: { from: v, to: v + 1, lemma: t.lemma }, speaker, at: speaker.from });
      break;
    }
  }
  return out;
}
