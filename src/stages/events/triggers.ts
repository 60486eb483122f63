// Triggers: verbs of the PETRARCH lexicon with the pattern that selects their CAMEO code (the words before the
// verb and the object/prepositional phrases after it), and nominal triggers ("air strikes", "talks").
import type { Doc } from "../../doc.ts";
import type { Knowledge } from "../../knowledge/index.ts";
import type { NominalEntry, PatternElement, VerbEntry } from "../../knowledge/lexicon.ts";
import type { Span } from "./phrases.ts";

const PARTICLES = new Set(["up", "down", "off", "out", "in", "on", "back", "over", "away", "forward", "together", "aside", "around"]);
/** Function words PETRARCH writes bare ("HEAD * TO"): a sense of the verb it was written for, not of its synonyms. */
const FUNCTION_WORDS = new Set([...PARTICLES, "to", "for", "with", "from", "into", "at", "by", "as", "of", "against", "about"]);

export interface VerbCoding {
  entry: VerbEntry;
  /** token range of the verb words ("drive ... out" spans its object) */
  from: number;
  to: number;
  /** the chosen CAMEO code; null: no event */
  code: string | null;
  /** a pattern (not the bare verb's default) chose the code */
  specific: boolean;
  /** tokens the pattern matched after the verb (a nominal trigger there is part of this event) */
  matched: Span[];
}

export interface NominalTrigger extends Span {
  entry: NominalEntry;
  /** index of the trigger's last token */
  head: number;
}

/** Matches one pattern side's elements in order within [from, to); returns the matched spans or null. */
function matchSide(doc: Doc, kb: Knowledge, els: readonly PatternElement[], from: number, to: number, objectOnly: boolean): { spans: Span[]; exact: number } | null {
  const spans: Span[] = [];
  let cursor = from;
  let exact = 0;
  for (const [prep, noun] of els) {
    let found = false;
    for (let k = cursor; k < to && !found; k++) {
      const t = doc.tokens[k]!;
      if (prep) {
        // a bare preposition ("* TO") follows the verb or its object directly, before any other phrase
        if (!noun && k > cursor && (t.pos === "VERB" || t.pos === "ADP" && t.key !== prep[0] && t.key !== "of")) break;
        if (t.key !== prep[0] || !prep.every((p, x) => doc.tokens[k + x]?.key === p)) continue;
        const after = k + prep.length;
        // (a time is no argument: "attacked the base for three hours" is no "attacked X for ...")
        // ("for the third time", "for a week")
        const next = doc.tokens[after];
        const timeAhead = [after, after + 1, after + 2].some((j) => { const x = doc.tokens[j]; return !!x && (x.key === "time" || x.key === "times" || doc.timexesOver(x.start, x.end).length > 0); });
        if (!noun && next && (next.pos === "NUM" || timeAhead)) break;
        if (!noun) { spans.push({ from: k, to: after }); cursor = after; found = true; break; }
        for (let j = after; j < Math.min(to, after + 5); j++) {
          if (doc.tokens[j]!.pos === "VERB") break;
          const e = kb.lexicon.matchSeq(noun, doc.tokens, j, to);
          if (e >= 0) {
            spans.push({ from: k, to: e });
            if (doc.tokens[e - 1]!.key === noun[noun.length - 1]) exact++;
            cursor = e; found = true; break;
          }
        }
      } else if (noun) {
        // an object noun: before any preposition other than "of", and before another verb
        // ("more than 500 hackers": "than" counts the object)
        if (objectOnly && k > cursor && (t.pos === "ADP" && t.key !== "of" && t.key !== "than" || t.pos === "VERB")) break;
        const e = kb.lexicon.matchSeq(noun, doc.tokens, k, to);
        if (e >= 0) {
          spans.push({ from: k, to: e });
          if (doc.tokens[e - 1]!.key === noun[noun.length - 1]) exact++;
          cursor = e; found = true;
        }
      }
    }
    if (!found) return null;
  }
  return { spans, exact };
}

/**
 * Codes the verb at token v: every lexicon entry for it, every pattern of the entry's block; the pattern
 * matching most elements wins (exact word forms break ties), else the entry's own code.
 */
export function codeVerb(doc: Doc, kb: Knowledge, v: number, subject: Span | null, clauseEnd: number): VerbCoding | null {
  // ("going to die", "has to leave": a "to" before a verb marks its infinitive, it is not the preposition of "go to")
  // ("committed to opening": a gerund after it is the preposition's object)
  const infinitive = (k: number) => !!doc.tokens[k] && !doc.tokens[k]!.cap && doc.uposOf(k) === "VERB" && !/(?:ing|ed)$/.test(doc.tokens[k]!.key);
  const all = kb.lexicon.verbsAt(doc.tokens, v).filter(({ entry, to }) => !(entry.after?.at(-1) === "to" && infinitive(to)));
  if (all.length === 0) return null;
  // a phrasal verb found in the text ("called off") is that verb, not the bare verb's senses ("call on")
  const phrasal = all.filter((e) => (e.entry.after?.length ?? 0) + (e.entry.before?.length ?? 0) > 0);
  const entries = phrasal.length ? phrasal : all;
  let best: { score: number; coding: VerbCoding } | null = null;
  for (const { entry, from, to } of entries) {
    for (const p of kb.lexicon.patterns(entry.block)) {
      if (p.pre.length === 0 && p.post.length === 0) continue;
      // a lone actor noun ("* GOVERNMENT") was PETRARCH's noun/verb disambiguation, not a meaning: skip it
      // (sitrep's own patterns mean what they say: "strengthen forces")
      if (p.pre.length === 0 && p.post.length === 1 && !p.post[0]![0] && p.post[0]![1]?.length === 1 && kb.lexicon.actorNouns.has(p.post[0]![1][0]!) && !entry.block.startsWith("SITREP_")) continue;
      const own = p.v ? p.v.some((w) => w === doc.tokens[v]!.lemma || w === doc.tokens[v]!.key || w.startsWith(entry.lemma)) : false;
      // (checked before matching: these say nothing of the text)
      // a pattern of bare prepositions or particles ("* (TO)", "* OFF") says too little to be specific
      const hasNoun = p.pre.length > 0 || p.post.some(([, n]) => n && n.length > 0 && !(n.length === 1 && PARTICLES.has(n[0]!)));
      // a bare preposition is a sense of the verb it was written for ("welcome to", "call on"), not of its synonyms
      if (!hasNoun && p.v && !own) continue;
      // ("ordered X to appear" is not "head to")
      const bare = p.pre.length === 0 && p.post.every(([, n]) => !n || n.length === 1 && FUNCTION_WORDS.has(n[0]!));
      if (bare && p.v && !own) continue;
      // a pattern that names only the subject ("TROOPS *": troops seizing a town occupy it) is likewise the sense
      // of the verb it was written for, not of its synonyms (troops arresting suspects arrest them)
      if (p.pre.length > 0 && !p.post.some(([, n]) => n && n.length > 0) && p.v && !own) continue;
      const pre = p.pre.length ? (subject ? matchSide(doc, kb, p.pre, subject.from, subject.to, false) : null) : { spans: [], exact: 0 };
      if (!pre) continue;
      const post = matchSide(doc, kb, p.post, to, clauseEnd, true);
      if (!post) continue;
      const score = p.pre.length + p.post.reduce((n, [a, b]) => n + (a ? 1 : 0) + (b ? b.length : 0), 0) + 0.1 * (pre.exact + post.exact) + ((entry.after?.length ?? 0) + (entry.before?.length ?? 0)) * 0.5 + (own ? 0.3 : 0) + (entry.block.startsWith("SITREP_") ? 0.4 : 0) + 0.2 * p.post.filter(([, n]) => n && n.length > 0).length;
      // (sitrep's own patterns correct PETRARCH's and win a tie: "called off a strike" eases dissent, not fighting;
      // what is acted on says more than who acts: "police seized weapons" confiscates, it does not arrest)
      if (!best || score > best.score) best = { score, coding: { entry, from, to, code: p.code, specific: hasNoun, matched: [...pre.spans, ...post.spans] } };
    }
  }
  if (best) return best.coding;
  // no pattern: the longest entry's own code (multi-word verbs first)
  const { entry, from, to } = entries[0]!;
  const withCode = entries.find((e) => e.entry.code !== null && (e.entry.after?.length ?? 0) + (e.entry.before?.length ?? 0) >= (entry.after?.length ?? 0) + (entry.before?.length ?? 0)) ?? entries[0]!;
  // an own-coded entry beats a synonym block's inherited code
  const own = entries.find((e) => e.entry.code !== null && e.entry.own && (e.entry.after?.length ?? 0) + (e.entry.before?.length ?? 0) >= (entry.after?.length ?? 0) + (entry.before?.length ?? 0));
  const pick = own ?? withCode;
  return { entry: pick.entry, from: pick.from ?? from, to: pick.to ?? to, code: pick.entry.code, specific: false, matched: [] };
}

const EVENT_HEADS = new Set(["mission", "missions", "effort", "efforts", "process", "campaign", "campaigns", "operation", "operations", "bid", "attempt", "attempts", "initiative", "spree", "wave", "series", "round", "rounds"]);

/** Nominal triggers of a sentence: phrases of the nominal lexicon whose last word is used as a noun. */
/** "Fighting broke out between ...", "Heavy shelling continued": an -ing word opening its sentence (past an adjective
 * or a determiner) before a finite verb is that verb's subject, a noun, whatever a tagger read. */
export function gerundSubject(doc: Doc, k: number, lo: number): boolean {
  const T = doc.tokens;
  if (!/ing$/.test(T[k]?.key ?? "")) return false;
  // (a capitalised first adjective is often read as a name: "Heavy fighting")
  if (!(k === lo || k - 1 === lo && ["ADJ", "DET", "PROPN"].includes(T[k - 1]!.pos))) return false;
  return /^VB[DZPN]$/.test(doc.wordOfToken(k + 1)?.xpos ?? "");
}

export function nominalTriggers(doc: Doc, kb: Knowledge, from: number, to: number): NominalTrigger[] {
  const out: NominalTrigger[] = [];
  for (const m of kb.lexicon.nominals.findAll(doc.tokens, from, to, (m) => {
    const last = doc.tokens[m.to - 1]!;
    // "invasion forces", "attack helicopters", "protest leaders": an event noun modifying another noun names no event
    const next = doc.tokens[m.to];
    // ("mediation effort", "peace mission" are the event itself; "talks today" is a date)
    if (next && m.to < to && next.pos === "NOUN" && !EVENT_HEADS.has(next.key) && !kb.lexicon.nominals.matchAt(doc.tokens, m.to) && !doc.timexesOver(next.start, next.end).length) return false;
    // "the Ceasefire Monitoring Committee": a word inside a longer name names the body, not an event
    const first = doc.tokens[m.from]!;
    // "in March 1998": a word of a date is no event ("March" is a month, not a march)
    if (doc.timexesOver(first.start, first.end).length) return false;
    if (doc.mentionsIn(first.start, last.end).some((x) => (x.kind === "name" || x.kind === "alias") && x.start <= first.start && last.end <= x.end && x.end - x.start > last.end - first.start)) return false;
    return last.pos === "NOUN" || last.pos === "PROPN" || m.to - m.from > 1 && last.pos !== "VERB" || doc.upperCase && last.pos !== "VERB" || gerundSubject(doc, m.to - 1, from);
  })) {
    out.push({ from: m.from, to: m.to, head: m.to - 1, entry: m.values[0]! });
  }
  return out;
}

/** The weapon cue nearest to token i within [from, to): mode (and weapon name). */
export function weaponCue(doc: Doc, kb: Knowledge, i: number, from: number, to: number): { mode: string; weapon?: string } | null {
  let best: { d: number; mode: string; weapon?: string } | null = null;
  for (const m of kb.lexicon.weapons.findAll(doc.tokens, from, to)) {
    // (a chemical agent or a suicide bomber names the method whatever carried it: "helicopters dropped barrels of
    // chlorine gas" is a chemical attack)
    const d = Math.abs(m.from - i) - (kb.lexicon.decisiveModes.has(m.values[0]!.mode) ? 1000 : 0);
    if (!best || d < best.d) best = { d, mode: m.values[0]!.mode, ...(m.values[0]!.weapon ? { weapon: m.values[0]!.weapon } : {}) };
  }
  return best ? { mode: best.mode, ...(best.weapon ? { weapon: best.weapon } : {}) } : null;
}
