// Casualties: fatalities and injuries where the text gives or plainly implies a number ("killed a civilian
// contractor" = 1, "killing 6 civilians, including 2 women" = 6, "two people were wounded" = 2, "several" =
// unknown), and the kind of victims (civilians, soldiers, police, militants ...).
import type { Doc } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import { nounPhraseLeft, nounPhraseRight, type Span } from "./phrases.ts";

const KILL = new Set(["kill", "slay", "murder", "assassinate", "execute", "behead", "massacre", "slaughter", "shoot_dead"]);
const INJURE = new Set(["injure", "wound", "hurt", "maim"]);
const VAGUE = new Set(["several", "many", "some", "dozens", "scores", "hundreds", "thousands", "numerous", "others", "few", "multiple"]);

export interface Effects {
  fatalities: number | null;
  injuries: number | null;
  victims: string | null;
}

// "at least nine", "more than 20", "some 30", "nearly 100": a bound or estimate still gives the count
const APPROXIMATORS = new Set(["at", "least", "most", "more", "than", "about", "nearly", "almost", "around", "roughly", "approximately", "over", "up", "to", "some", "an", "estimated", "as", "many"]);

const isCount = (doc: Doc, kb: Knowledge, k: number) => {
  const t = doc.tokens[k];
  return !!t && (/^\d[\d,]*$/.test(t.key) || kb.lexicon.numbers.has(t.key) && t.key !== "a" && t.key !== "an");
};

/** The token after an approximator run ("at least", "more than") that a number follows, else `k`. */
function skipApproximator(doc: Doc, kb: Knowledge, k: number, to: number): number {
  let j = k;
  while (j < to && j < k + 3 && APPROXIMATORS.has(doc.tokens[j]!.key)) j++;
  return j > k && isCount(doc, kb, j) ? j : k;
}

/** The count a phrase gives: "6 civilians", "a civilian contractor", "two women", "at least 12 people"; null if vague. */
function countOf(doc: Doc, kb: Knowledge, s: Span): { n: number | null; victims: string | null } {
  let n: number | null = null;
  let victims: string | null = null;
  let sawCount = false;
  const persons = doc.mentionsIn(doc.tokens[s.from]!.start, doc.tokens[s.to - 1]!.end).filter((m) => doc.entityById(m.entity)?.type === "PERSON");
  for (let k = s.from; k < s.to; k++) {
    const t = doc.tokens[k]!;
    if (k > s.from && (t.key === "including" || t.key === "," || t.key === "among")) break;
    if (!sawCount) {
      if (VAGUE.has(t.key) && !isCount(doc, kb, k + 1)) { sawCount = true; n = null; continue; }
      const digits = /^\d[\d,]*$/.test(t.key) ? Number(t.key.replace(/,/g, "")) : NaN;
      if (Number.isFinite(digits)) { n = digits; sawCount = true; continue; }
      const w = kb.lexicon.numbers.get(t.key);
      if (w !== undefined) { n = w; sawCount = true; continue; }
    }
    const v = kb.lexicon.victims.get(t.key);
    if (v) victims = v;
  }
  if (!sawCount && persons.length) n = new Set(persons.map((p) => p.entity)).size;
  return { n, victims };
}

/** Casualties stated around a trigger in token range [from, to) of a sentence (the clause and what follows it). */
export function effectsIn(doc: Doc, kb: Knowledge, from: number, to: number): Effects {
  const out: Effects = { fatalities: null, injuries: null, victims: null };
  for (let k = from; k < to; k++) {
    const t = doc.tokens[k]!;
    const kill = KILL.has(t.lemma) || t.key === "dead" || t.key === "died" || t.lemma === "die";
    const injure = INJURE.has(t.lemma) || t.key === "injured" || t.key === "wounded";
    if (!kill && !injure) continue;
    let c: { n: number | null; victims: string | null } = { n: null, victims: null };
    const prevBe = ["was", "were", "been", "be", "are", "is"].includes(doc.tokens[k - 1]?.key ?? "");
    if (t.key === "dead" || t.lemma === "die" || prevBe || doc.tokens[k - 1]?.pos === "NUM") {
      // "6 civilians were killed", "12 people died", "left 5 dead", "3 killed"
      const end = prevBe ? k - 2 : k - 1;
      const np = nounPhraseLeft(doc, end, from);
      if (np) c = countOf(doc, kb, np);
    }
    if (c.n === null && !prevBe && t.lemma !== "die" && t.key !== "dead") {
      const np = nounPhraseRight(doc, skipApproximator(doc, kb, k + 1, to), to);
      if (np) c = countOf(doc, kb, np.members.length > 1 ? { from: np.from, to: np.to } : np);
      if (np && np.members.length > 1 && c.n === null) c.n = np.members.length;
    }
    if (kill && out.fatalities === null) out.fatalities = c.n;
    if (injure && !kill && out.injuries === null) out.injuries = c.n;
    out.victims ??= c.victims;
  }
  return out;
}
