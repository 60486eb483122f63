// Indirect speech: a reporting verb and the clause it reports. After the verb: "Kirby said (that) ...", "told
// reporters (on Monday) that ...", "vowed to ...", "accused Washington of ...". Before it: "The strikes were
// defensive, officials said." With "according to X": the rest of the sentence. A clause stops where another
// report by the same speaker starts (", warning that ...", ", adding ...").
import {
  hasFrame, isCommaTok, isStop, key, nounPhraseAfter, nounPhraseBefore, normText, onlyAdverbialsTo, pos, skipAddressee, skipAdverbials,
  speakerKind, subjectAfter, subjectBefore, throughDocument, type Ctx, type SpeakerSpan, type VerbHit,
} from "./grammar.ts";
import { clauseStart, sentenceEnd, trimmed, verbOf, type Draft } from "./draft.ts";
import { CLAUSE_ENDING_PARTICIPLES as ENDINGS } from "./lexicon.ts";
import { parsedSubjectAt } from "./clausal.ts";

const CLAUSE_ENDING_PARTICIPLES = new Set(ENDINGS);
const ASIDE_OPENERS = new Set(["SCONJ", "ADP", "PUNCT", "ADV"]);
const CLAUSE_OPENERS = new Set(["DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ", "X"]);

/** Indirect quotes of the document; `quoted(offset)` says whether an offset lies inside direct speech. */
export function indirectQuotes(c: Ctx, quoted: (offset: number) => boolean, usedVerbs: Set<number>): Draft[] {
  const out: Draft[] = [];
  for (const v of [...c.verbs.values()].sort((a, b) => a.from - b.from)) {
    if (usedVerbs.has(v.from) || quoted(c.toks[v.from]!.start)) continue;
    const d = reportedAfter(c, v) ?? reportedBefore(c, v);
    if (d) out.push(d);
    else out.push(...parenthetical(c, v));
  }
  out.push(...accordingTo(c, quoted));
  return out;
}

/**
 * A participle after a comma ("..., warning that") or a second verb of one subject ("said that ... and added
 * that ..."): its speaker is the sentence's.
 */
function isParticiple(c: Ctx, v: VerbHit): boolean {
  let p = v.from - 1;
  while (p > 0 && pos(c, p) === "ADV") p--;
  if (key(c, p) === "and" || key(c, p) === "but") return true;
  if (!/ing$/.test(key(c, v.from))) return false;
  p = v.from - 1;
  return isCommaTok(c, p) || normText(c, p) === "-" || (key(c, p) === "and" && isCommaTok(c, p - 1)) || key(c, p) === "before" || key(c, p) === "after";
}

/** "Reuters quoted the minister as saying ..." / "the minister was quoted as saying ...": the one quoted speaks. */
function quotedAs(c: Ctx, v: VerbHit, lo: number): SpeakerSpan | null {
  if (key(c, v.from - 1) !== "as") return null;
  for (let q = v.from - 2; q >= lo && q >= v.from - 12; q--) {
    if (key(c, q) !== "quoted" && key(c, q) !== "cited") continue;
    const np = nounPhraseAfter(c, q + 1, v.from - 1);
    if (np && np.to === v.from - 1) return { ...np, kind: speakerKind(c, np.from, np.to) };
    let s = q - 1;
    while (s >= lo && (pos(c, s) === "AUX" || pos(c, s) === "ADV")) s--;
    const subj = s < q - 1 ? nounPhraseBefore(c, s + 1, lo) : null;
    if (subj) return { ...subj, kind: speakerKind(c, subj.from, subj.to) };
    if (s < q - 1 && pos(c, s) === "PRON") return { from: s, to: s + 1, kind: "pronoun" };
    return null;
  }
  return null;
}

/** `X said (that) CLAUSE`, `X told reporters CLAUSE`, `..., warning that CLAUSE`. */
function reportedAfter(c: Ctx, v: VerbHit): Draft | null {
  const hi = sentenceEnd(c, v.from);
  if (invertedSubject(c, v, hi)) return null;
  const comp = complement(c, v, hi);
  if (!comp) return null;
  const lo = clauseStart(c, v.from);
  const span = trimmed(c, c.toks[comp.from]!.start, c.toks[comp.to - 1]!.end);
  if (span.end <= span.start) return null;
  const quotedBy = quotedAs(c, v, lo);
  if (quotedBy) return { ...span, direct: false, verb: verbOf(v), speaker: quotedBy, at: quotedBy.from };
  if (isParticiple(c, v)) {
    const sentenceStart = c.doc.sentences[c.toks[v.from]!.sentence]!.tokenStart;
    return { ...span, direct: false, verb: verbOf(v), speaker: sentenceSubject(c, sentenceStart, v.from), inherit: "sentence", at: v.from };
  }
  // a verb with its clause after it has its subject before it ("said the minister" is only ever inverted); where
  // the surface reading finds none ("Jane Ruiz, 59, of Ashton, Md., who ..., said"), the parse's subject
  const speaker = subjectBefore(c, v.from, lo) ?? parsedSubjectAt(c, v.from);
  return { ...span, direct: false, verb: verbOf(v), speaker, at: speaker?.from ?? v.from };
}

/** ", said Victor Cha, who served as ...": after a comma or a closing quotation mark, a verb followed by a name
 * and then a comma or the sentence's end has its subject after it; what follows describes the speaker. */
function invertedSubject(c: Ctx, v: VerbHit, hi: number): boolean {
  if (!isCommaTok(c, v.from - 1) && !c.mark[v.from - 1]) return false;
  // ("Ana Ruiz, the camp director, said tents ...": a subject before the verb makes what follows its clause)
  if (subjectBefore(c, v.from, clauseStart(c, v.from))) return false;
  const s = subjectAfter(c, v.to, hi);
  if (!s || s.kind === "pronoun") return false;
  const end = s.role ? s.role.to : s.to;
  return end >= hi || isStop(c, end) || isCommaTok(c, end);
}

/** The reported clause after a verb, as a token range, or null when what follows is not one. */
function complement(c: Ctx, v: VerbHit, hi: number): { from: number; to: number } | null {
  let j = skipAdverbials(c, v.to, hi);
  if (hasFrame(v, "of")) {
    // "accused the government of rigging the vote": the accused, then "of" and the charge
    const np = nounPhraseAfter(c, j, hi);
    if (!np) return null;
    let k = np.from;
    while (k < np.to && key(c, k) !== "of") k++;
    if (k >= np.to && key(c, k) !== "of") return null;
    return clauseTo(c, j, hi, true);
  }
  if (hasFrame(v, "object")) {
    const a = skipAddressee(c, j, hi);
    const next = skipAdverbials(c, a, hi);
    // "urged Washington (not) to withdraw": the addressee and what it was asked to do
    const inf = key(c, next) === "not" ? next + 1 : next;
    if (a > j && key(c, inf) === "to" && pos(c, inf + 1) === "VERB") return clauseTo(c, j, hi, true);
    const onlyObject = !hasFrame(v, "clause");
    // "warned Iran that ..." takes the addressee; "warned the US was ..." does not
    if (a > j && (onlyObject || key(c, next) === "that")) {
      j = next;
    }
  }
  if (j >= hi) return null;
  if (normText(c, j) === ":" && !c.mark[j + 1]) j++;
  let hadThat = false;
  if (key(c, j) === "that" && !(pos(c, j) === "DET" && !c.doc.upperCase && pos(c, j + 1) === "NOUN" && pos(c, j + 2) !== "AUX" && pos(c, j + 2) !== "VERB")) {
    j++;
    hadThat = true;
    if (isCommaTok(c, j)) j++; // "said that, because of ..., the army"
  }
  if (j >= hi) return null;
  // a quotation right after the verb is direct speech, found by the direct finder
  if (c.mark[j] && !hadThat) return null;
  if (key(c, j) === "to" && hasFrame(v, "to") && pos(c, j + 1) === "VERB") return clauseTo(c, j, hi, true);
  const clause = clauseTo(c, j, hi, hadThat);
  if (clause || v.entry.lemma !== "say" || isCommaTok(c, v.from - 1) || c.mark[v.from - 1]) return clause;
  // "said" takes hardly any object but a clause: a run of four words or more with no comma is one, even when
  // the tagger missed its verb ("the sweeps target smugglers")
  const run = clauseTo(c, j, hi, true);
  if (run && run.to - run.from >= 4 && CLAUSE_OPENERS.has(pos(c, j))) {
    for (let i = run.from; i < run.to; i++) if (isCommaTok(c, i)) return null;
    return run;
  }
  return null;
}

/** The clause from token `from` to the sentence end or the start of another report; null if it is no clause. */
function clauseTo(c: Ctx, from: number, hi: number, introduced: boolean): { from: number; to: number } | null {
  let k = from;
  for (; k < hi; k++) {
    if (isStop(c, k) && !insideMarks(c, from, k)) break;
    if (isCommaTok(c, k) && startsAnotherReport(c, k + 1)) break;
  }
  const n = k - from;
  if (introduced) return n >= 2 ? { from, to: k } : null;
  if (n < 3 || !(CLAUSE_OPENERS.has(pos(c, from)) || key(c, from) === "there" || c.mark[from])) return null;
  // a clause has a finite verb of its own ("the strikes were defensive"); "the attack on Monday" has none
  for (let i = from + 1; i < Math.min(k, from + 16); i++) {
    const p = pos(c, i);
    if (p !== "AUX" && (p !== "VERB" || /ing$/.test(key(c, i)))) continue;
    // "a plan to destabilise", "an intensification and blamed": an infinitive or a second verb of the
    // reporting clause, not the reported clause's own; "strikes, but officials have": another clause
    if (/^(to|and|or|but)$/.test(key(c, i - 1))) return null;
    for (let j = from; j < i; j++) if (isCommaTok(c, j) && /^(but|and|or|yet|so)$/.test(key(c, j + 1))) return null;
    return { from, to: k };
  }
  return null;
}

/** An odd number of quotation marks between two tokens: `k` lies inside quoted words. */
function insideMarks(c: Ctx, from: number, k: number): boolean {
  let n = 0;
  for (let i = from; i < k; i++) if (c.mark[i] && c.doc.norm[c.toks[i]!.start] === '"') n++;
  return n % 2 === 1;
}

/** After a comma: ", warning that", ", adding", ", according to", ", he said". */
function startsAnotherReport(c: Ctx, i: number): boolean {
  if (c.mark[i]) i++; // '..., " adding that': the comma closed a quotation
  if (key(c, i) === "according" && key(c, i + 1) === "to") return true;
  const v = c.verbs.get(i) ?? ((key(c, i) === "and" || key(c, i) === "but") ? c.verbs.get(i + 1) : undefined);
  if (v && /ing$/.test(key(c, v.from))) return true;
  // ", calling it ...", ", without giving details": the speaker's own comment on the report, not part of it
  if (CLAUSE_ENDING_PARTICIPLES.has(key(c, i))) return true;
  if (key(c, i) === "without" && /ing$/.test(key(c, i + 1))) return true;
  // ", he said", ", officials said": a trailing attribution ends the clause
  for (let j = i; j < i + 8 && j < c.toks.length && !isStop(c, j) && !isCommaTok(c, j); j++) {
    const w = c.verbs.get(j);
    if (w && j > i) {
      const s = subjectBefore(c, j, i);
      return !!s && s.from === i;
    }
  }
  return false;
}

/** `The strikes were defensive, officials said.` / `..., said the minister.`: the clause comes first. */
function reportedBefore(c: Ctx, v: VerbHit): Draft | null {
  if (isParticiple(c, v)) return null;
  const hi = sentenceEnd(c, v.from);
  const lo = clauseStart(c, v.from);
  let speaker: SpeakerSpan | null = null;
  let comma: number;
  let after = v.to;
  // "..., said the minister.": a comma right before the verb and a subject after it that ends the sentence
  const inverted = isCommaTok(c, v.from - 1) ? subjectAfter(c, v.to, hi) : null;
  if (inverted && onlyAdverbialsTo(c, inverted.role ? inverted.role.to : inverted.to, hi)) {
    speaker = inverted;
    comma = v.from - 1;
    after = inverted.role ? inverted.role.to : inverted.to;
  } else {
    speaker = subjectBefore(c, v.from, lo);
    if (!speaker || !isCommaTok(c, speaker.from - 1)) return null;
    comma = speaker.from - 1;
  }
  if (hasFrame(v, "object")) after = skipAddressee(c, skipAdverbials(c, after, hi), hi);
  // the attribution ends the report: what follows is an aside (", the third raid this month", "because ...")
  const rest = skipAdverbials(c, after, hi);
  if (!onlyAdverbialsTo(c, after, hi) && !ASIDE_OPENERS.has(pos(c, rest)) && !/ing$/.test(key(c, rest))) return null;
  const s = c.doc.sentences[c.toks[v.from]!.sentence]!;
  const from = s.tokenStart;
  // quoted speech before the comma was taken by the direct finder
  if (c.mark[comma - 1] || c.mark[from]) return null;
  const clause = clauseTo(c, from, comma, false);
  if (!clause) return null;
  const span = trimmed(c, c.toks[from]!.start, c.toks[comma - 1]!.end);
  return { ...span, direct: false, verb: verbOf(v), speaker, at: speaker.from };
}

/**
 * An attribution set inside the sentence it reports: "The museum, Mr. Obama said, would make visitors face hard
 * truths." The report is the sentence around it, in two parts, as attribution corpora mark it; both are the
 * speaker's. The sentence must go on as a clause after the second comma (a verb comes first, so "..., he said,
 * adding ..." and lists are left alone).
 */
function parenthetical(c: Ctx, v: VerbHit): Draft[] {
  if (isParticiple(c, v)) return [];
  const hi = sentenceEnd(c, v.from);
  const speaker = subjectBefore(c, v.from, clauseStart(c, v.from));
  if (!speaker || !isCommaTok(c, speaker.from - 1)) return [];
  let after = v.to;
  if (hasFrame(v, "object")) after = skipAddressee(c, skipAdverbials(c, after, hi), hi);
  after = skipAdverbials(c, after, hi);
  if (!isCommaTok(c, after)) return [];
  const comma = speaker.from - 1;
  const s = c.doc.sentences[c.toks[v.from]!.sentence]!;
  const from = s.tokenStart, rest = after + 1;
  let k = rest;
  while (k < hi && !isStop(c, k)) k++;
  // a finite verb opens what follows ("would make", "is", "celebrated"): the sentence's own predicate
  const opener = pos(c, rest) === "ADV" ? rest + 1 : rest;
  if (!(pos(c, opener) === "AUX" || (pos(c, opener) === "VERB" && !/ing$/.test(key(c, opener))))) return [];
  if (comma - from < 1 || k - rest < 2) return [];
  for (let i = from; i < k; i++) if (c.mark[i]) return [];
  const left = trimmed(c, c.toks[from]!.start, c.toks[comma - 1]!.end);
  const right = trimmed(c, c.toks[rest]!.start, c.toks[k - 1]!.end);
  const base = { direct: false, verb: verbOf(v), speaker, at: speaker.from };
  return [{ ...left, ...base }, { ...right, ...base }];
}

/** The subject of the sentence's main clause, for a participle's report ("Iran condemned ..., saying ..."). */
function sentenceSubject(c: Ctx, lo: number, v: number): SpeakerSpan | null {
  for (let i = lo; i < v; i++) {
    const p = pos(c, i);
    if (p === "VERB" || p === "AUX") {
      return subjectBefore(c, i, lo);
    }
  }
  return null;
}

/** "according to X, CLAUSE" / "CLAUSE, according to X": the rest of the sentence is X's. */
function accordingTo(c: Ctx, quoted: (offset: number) => boolean): Draft[] {
  const out: Draft[] = [];
  for (let i = 0; i + 1 < c.toks.length; i++) {
    if (key(c, i) !== "according" || key(c, i + 1) !== "to" || quoted(c.toks[i]!.start)) continue;
    const s = c.doc.sentences[c.toks[i]!.sentence]!;
    const hi = s.tokenEnd;
    const speaker = accordingSource(c, i + 2, hi);
    if (!speaker) continue;
    const verb = { from: i, to: i + 2, lemma: "according to" };
    const first = skipBracketTags(c, s.tokenStart);
    const afterSource = skipAdverbials(c, sourceEnd(c, speaker, hi), hi);
    let clause: { from: number; to: number } | null;
    if (first === i && isCommaTok(c, afterSource)) {
      clause = clauseTo(c, afterSource + 1, hi, true); // According to the army, ...
    } else if (isCommaTok(c, i - 1) && (afterSource >= hi || isStop(c, afterSource))) {
      clause = clauseTo(c, first, i - 1, true); // ..., according to the army.
    } else {
      clause = { from: first, to: hi }; // The attacks, according to the army, took place ...: the whole sentence
    }
    if (!clause || clause.to <= clause.from) continue;
    const span = trimmed(c, c.toks[clause.from]!.start, c.toks[clause.to - 1]!.end);
    if (span.end > span.start) out.push({ ...span, direct: false, verb, speaker, at: speaker.from });
  }
  return out;
}

/** The source after "according to": "the army", "a statement from the ministry" → "the ministry". */
function accordingSource(c: Ctx, from: number, hi: number): SpeakerSpan | null {
  const np = nounPhraseAfter(c, from, hi);
  if (!np) {
    if (pos(c, from) === "PRON") return { from, to: from + 1, kind: "pronoun" };
    return null;
  }
  return throughDocument(c, { ...np, kind: speakerKind(c, np.from, np.to) }, hi);
}

/** Where the source phrase ends, with its trailing role or document words ("statements made by an officer"). */
function sourceEnd(c: Ctx, speaker: SpeakerSpan, hi: number): number {
  let j = speaker.role ? speaker.role.to : speaker.to;
  while (j < hi && !isCommaTok(c, j) && !isStop(c, j) && !c.time[j] && j - speaker.to < 6 && pos(c, j) !== "VERB" && pos(c, j) !== "AUX") j++;
  return j;
}

/** Skips wire tags like "[TEXT]" at a sentence start. */
function skipBracketTags(c: Ctx, i: number): number {
  while (normText(c, i) === "[") {
    let j = i + 1;
    while (j < c.toks.length && j - i < 8 && normText(c, j) !== "]") j++;
    if (normText(c, j) !== "]") break;
    i = j + 1;
  }
  return i;
}
