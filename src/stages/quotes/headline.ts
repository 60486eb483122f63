// A headline that names a speaker and gives their words after a colon ("Pat Molloy: Voters Are Worried About the
// Economy", "Ruiz: 'Be the voice people hear'"), as news sites title interviews and speeches. The name must be all
// of a person or organisation the entity stage found, or a short capitalised name whose last word names a speaker
// of the article, so "Analysis: ..." or "Update: ..." name no one.
import type { Ctx } from "./grammar.ts";
import { tokenAt } from "./grammar.ts";
import type { Draft } from "./draft.ts";

const SPEAKING_TYPES = new Set(["PERSON", "ORG"]);
const QUOTE_MARKS = /^["']/;

/** A short run of capitalised words ("Pat Molloy") whose last word is in the phrase of a speaker found in the body. */
function namesASpeaker(c: Ctx, nameStart: number, nameEnd: number, found: readonly Draft[]): boolean {
  const words = c.doc.norm.slice(nameStart, nameEnd).trim().split(/\s+/);
  if (words.length < 1 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  const last = words[words.length - 1]!.toLowerCase();
  return found.some((d) => {
    if (!d.speaker || c.toks[d.speaker.from]!.start < nameEnd) return false;
    for (let i = d.speaker.from; i < d.speaker.to; i++) if (c.toks[i]!.key === last) return true;
    return false;
  });
}

export function headlineQuotes(c: Ctx, found: readonly Draft[]): Draft[] {
  const { doc } = c;
  const h = doc.headline;
  if (!h) return [];
  const line = doc.norm.slice(h.start, h.end);
  const colon = line.indexOf(":");
  // (a short name before the colon, and words after it)
  if (colon < 3 || colon > 60 || !line.slice(colon + 1).trim()) return [];
  const nameStart = h.start, nameEnd = h.start + colon;
  const named = doc.mentionsIn(nameStart, nameEnd).some((m) => {
    const ent = doc.entityById(m.entity);
    return !!ent && SPEAKING_TYPES.has(ent.type) && m.start <= nameStart && m.end >= nameEnd;
  });
  if (!named && !namesASpeaker(c, nameStart, nameEnd, found)) return [];
  let start = nameEnd + 1, end = h.end;
  while (start < end && /\s/.test(doc.norm[start]!)) start++;
  const direct = QUOTE_MARKS.test(doc.norm[start]!) && QUOTE_MARKS.test(doc.norm[end - 1]!) && end - start > 2;
  if (direct) start++, end--;
  while (end > start && /[\s.,;]/.test(doc.norm[end - 1]!)) end--;
  if (end - start < 3) return [];
  const from = tokenAt(c, nameStart), to = tokenAt(c, nameEnd - 1) + 1;
  return [{ start, end, direct, speaker: { from, to, kind: "name" }, at: from }];
}
