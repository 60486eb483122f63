// One event per real event in an article. Two kinds of merge:
//  * within a clause: mentions of one act by a verb and a noun ("assassinated X in a drone strike", "attacks
//    ... targeting US interests") — same type family, no conflicting actors;
//  * across the article: a definite nominal ("the strikes", "the US strikes on Sunday", "such attack") or a
//    sourceless passive that adds no new actor corefers with the earlier event of its type, and gives it what it
//    lacked (a date from an explicit timex, a place, casualties).
import type { Actor } from "../../schema.ts";
import type { Draft } from "./draft.ts";

const family = (code: string) => {
  const r = Number(code.slice(0, 2));
  return r >= 18 ? "ASSAULT" : r === 14 ? "PROTEST" : r === 4 ? "CONSULT" : r === 16 ? "SANCTION" : String(r);
};

function actorConflict(a: Actor | null, b: Actor | null): boolean {
  if (!a || !b) return false;
  if (a.entity && b.entity && a.entity === b.entity) return false;
  if (a.country && b.country) return a.country !== b.country;
  if (a.entity && b.entity) return a.entity !== b.entity;
  return false;
}

// the same entity, or the same country and no other sector ("Iran" and "Iran's
// government" are one party; its police and its government are two)
const sameActor = (a: Actor | null, b: Actor | null) => !!a && !!b && (!!a.entity && a.entity === b.entity || !!a.country && a.country === b.country && (!a.sector || !b.sector || a.sector === b.sector));

const explicitDate = (d: Draft) => !!d.date && d.date.basis.endsWith("timex");

function dateConflict(a: Draft, b: Draft): boolean {
  if (!explicitDate(a) || !explicitDate(b)) return false;
  const x = a.date!.value ?? "", y = b.date!.value ?? "";
  return !(x.startsWith(y) || y.startsWith(x));
}

/** Moves what `later` knows and `earlier` lacks onto `earlier`. */
function absorb(earlier: Draft, later: Draft): void {
  earlier.source ??= later.source;
  earlier.target ??= later.target;
  if (explicitDate(later) && !explicitDate(earlier)) earlier.date = later.date;
  earlier.location ??= later.location;
  earlier.fatalities ??= later.fatalities;
  earlier.injuries ??= later.injuries;
  earlier.victims ??= later.victims;
  if (!earlier.cue.mode && later.cue.mode) earlier.cue = later.cue;
  // the more specific code of the same family wins ("190" → "195")
  if (later.code.length > earlier.code.length || later.code.startsWith(earlier.code.slice(0, 2)) && earlier.code.endsWith("0") && !later.code.endsWith("0")) earlier.code = later.code;
  earlier.confidence = Math.min(0.95, Math.max(earlier.confidence, later.confidence) + 0.05);
  later.mergedInto = earlier;
}

const headWords = (a: Actor | null) => new Set((a?.text ?? a?.name ?? "").toLowerCase().split(/[^a-z]+/).filter((w) => w.length > 3));

/** An earlier act by the same verb and the same party (the same entity), on the same target or on none named
 * in one of them: one act told twice in the article. */
function restated(candidates: Draft[], d: Draft): Draft | undefined {
  const sameEntity = (a: Actor | null, b: Actor | null) => !!a?.entity && a.entity === b?.entity;
  return [...candidates].reverse().find((e) => e.kind === "verb" && e.lemma === d.lemma && sameEntity(e.source, d.source) &&
    (!d.target || !e.target || sameEntity(e.target, d.target)));
}

export function dedupe(drafts: Draft[]): Draft[] {
  // 1. same clause, same family
  for (let i = 0; i < drafts.length; i++) {
    const a = drafts[i]!;
    if (a.mergedInto) continue;
    for (let j = i + 1; j < drafts.length; j++) {
      const b = drafts[j]!;
      // (drafts come in sentence order: the sentence's own are next to each other)
      if (b.sentence !== a.sentence) break;
      if (b.mergedInto || family(a.code) !== family(b.code)) continue;
      const within = (x: Draft, y: Draft) => x.clause.from >= y.clause.from && x.clause.to <= y.clause.to;
      // a coordinated or participial continuation ("attacked X, killing 6") tells more of the same act
      const continues = (b.clause.kind === "coord" || b.clause.kind === "participle") && b.head >= a.run.from && b.head < a.run.to && !actorConflict(a.source, b.source);
      const sameClause = within(a, b) || within(b, a) || continues;
      if (!sameClause || a.modality !== b.modality) continue;
      if (actorConflict(a.source, b.source) || actorConflict(a.target, b.target) || dateConflict(a, b)) continue;
      absorb(a, b);
    }
  }
  // 2. across sentences: definite nominals and sourceless passives corefer with an earlier event of their family
  const kept: Draft[] = [];
  // per family, the events kept so far: an antecedent is the family's lead event or one of its recent ones (a
  // bound that keeps a long document linear)
  const byFamily = new Map<string, Draft[]>();
  const RECENT = 60;
  for (const d of drafts) {
    if (d.mergedInto) continue;
    const same = byFamily.get(family(d.code)) ?? [];
    const pool = same.length > RECENT + 1 ? [same[0]!, ...same.slice(-RECENT)] : same;
    const candidates = pool.filter((e) => e.sentence < d.sentence && e.modality === d.modality && !actorConflict(e.source, d.source) && !actorConflict(e.target, d.target) && !dateConflict(e, d));
    let ante: Draft | undefined;
    // one statement told across sentences: same speaker, same addressee, same kind of speech act
    const verbal = (c: string) => Number(c.slice(0, 2)) <= 5 || Number(c.slice(0, 2)) >= 10 && Number(c.slice(0, 2)) <= 13;
    if (d.kind === "verb" && verbal(d.code) && d.source && d.target) {
      ante = [...pool].reverse().find((e) => e.sentence >= d.sentence - 2 && e.sentence < d.sentence && e.code.slice(0, 2) === d.code.slice(0, 2) && sameActor(e.source, d.source) && sameActor(e.target, d.target));
    }
    if (ante) { /* found above */ } else if (d.kind === "noun" && d.definite && !(d.source && d.target)) {
      // prefer an event named by the same word, else the article's first (lead) event of the family
      ante = [...candidates].reverse().find((e) => e.lemma === d.lemma) ?? candidates[0];
    } else if (d.kind === "verb" && d.source?.entity && (ante = restated(candidates, d))) {
      /* found: the same act by the same party told again ("Mohamed was arrested by police ... Police arrested and
       * questioned the student") */
    } else if (d.kind === "verb" && !d.source && d.target) {
      const words = headWords(d.target);
      ante = [...candidates].reverse().find((e) => [...headWords(e.target)].some((w) => words.has(w)));
    }
    if (ante) absorb(ante, d);
    else {
      kept.push(d);
      same.push(d);
      byFamily.set(family(d.code), same);
    }
  }
  return kept;
}
