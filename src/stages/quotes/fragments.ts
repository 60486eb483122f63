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
    if (isName(c, m, openTok)) continue;
    const sentence = c.toks[openTok]?.sentence;
    // the sentence's main verb is its first such verb: "described the arrest of soldiers accused of ... as "..."
    let main = -1;
    for (let v = openTok - 1; v >= 0 && c.toks[v]!.sentence === sentence && !c.mark[v]; v--) {
      const t = c.toks[v]!;
      if (t.pos === "VERB" && (VERBS.has(t.lemma) || c.verbs.has(v))) main = v;
    }
    if (main < 0) continue;
    const speaker = subjectBefore(c, main, clauseStart(c, main));
    if (speaker) out.push({ start: m.innerStart, end: m.innerEnd, direct: true, verb: { from: main, to: main + 1, lemma: c.toks[main]!.lemma }, speaker, at: speaker.from, fragment: true });
  }
  return out;
}

/** Quoted words that name something: after a determiner ("the "Battle of El Nisperal"") or in title case. */
function isName(c: Ctx, m: MarkSpan, openTok: number): boolean {
  const before = c.toks[openTok - 1];
  if (before && (before.pos === "DET" || ["the", "a", "an", "its", "their", "his", "her"].includes(before.key))) return true;
  if (c.doc.upperCase) return false;
  const words = c.doc.text.slice(m.innerStart, m.innerEnd).split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}
