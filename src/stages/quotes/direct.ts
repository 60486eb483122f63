// Direct speech: a quotation-mark span attributed by a reporting verb after it ("...," Kirby said / said Kirby /
// he told reporters) or before it (Kirby said: "..."). A full-sentence quote with no attribution of its own is a
// continuation of the quote before it (or, when it runs on into the next paragraph, of the one after). Quoted
// words inside a sentence ("the strikes were “defensive”") are not quotes of their own: indirect speech holds them.
import type { MarkSpan } from "./marks.ts";
import {
  hasFrame, isAbbrevStop, isCommaTok, isStop, key, normText, skipAddressee, skipAdverbials, subjectAfter, subjectBefore, tokenAt,
  type Ctx, type SpeakerSpan, type VerbHit,
} from "./grammar.ts";
import { clauseStart, verbOf, type Draft } from "./draft.ts";
import { RELATIVE_PRONOUNS } from "./lexicon.ts";
import { parsedSubjectAt } from "./clausal.ts";

interface Attribution {
  verb: VerbHit;
  speaker: SpeakerSpan | null;
}

export function directQuotes(c: Ctx, spans: MarkSpan[]): Draft[] {
  const out: Draft[] = [];
  for (const m of spans) {
    if (m.innerEnd <= m.innerStart) continue;
    const openTok = tokenAt(c, m.open);
    const closeTok = m.unclosed ? -1 : tokenAt(c, m.close);
    const opensClause = startsClause(c, m);
    const attr = (!m.unclosed && opensClause ? attributionAfter(c, m, closeTok) : null) ?? attributionBefore(c, m, openTok);
    const base = { start: m.innerStart, end: m.innerEnd, direct: true };
    const signed = !attr && !m.unclosed && opensClause && endsClause(c, m) ? signature(c, closeTok) : null;
    if (attr) {
      out.push({ ...base, verb: verbOf(attr.verb), speaker: attr.speaker, at: attr.speaker?.from ?? attr.verb.from });
    } else if (signed) {
      out.push({ ...base, speaker: signed, at: signed.from });
    } else if (opensClause && endsClause(c, m) && words(c, m) >= 2) {
      out.push({ ...base, speaker: null, inherit: m.unclosed ? "next" : "previous", at: openTok });
    }
  }
  return out;
}

const words = (c: Ctx, m: MarkSpan) => c.doc.norm.slice(m.innerStart, m.innerEnd).split(/\s+/).filter(Boolean).length;

/** The quote opens a paragraph, a sentence or a clause after a colon or dash: it is speech, not quoted words. */
/** Whether the line break at i follows another line break with only spaces between (a blank line): read backwards
 * from i, not by a regular expression over the whole text before it, which made long documents quadratic. */
function blankLineBefore(n: string, i: number): boolean {
  let k = i - 1;
  while (k >= 0 && (n[k] === " " || n[k] === "\t" || n[k] === "\r")) k--;
  return k >= 0 && n[k] === "\n";
}

function startsClause(c: Ctx, m: MarkSpan): boolean {
  const n = c.doc.norm;
  let i = m.open - 1;
  while (i >= 0 && (n[i] === " " || n[i] === "\t")) i--;
  if (i < 0) return true;
  // a new paragraph (a line break alone is only wrapping in wire copy)
  if (n[i] === "\n") return blankLineBefore(n, i) || /^[ \t]{2,}/.test(n.slice(i + 1, m.open)) || !c.doc.upperCase;
  if (/[.!?:\-]/.test(n[i]!)) return true;
  // after a quote that ended its sentence ("...win." "And ...")
  if (n[i] === '"' && /[.!?]/.test(n[i - 1] ?? "")) return true;
  // a dateline or headline before it
  const s = c.doc.sentenceAt(m.open);
  return !!s && s.start >= m.open;
}

/** The quote ends its sentence: a stop inside or just after the closing mark, or the paragraph's end. */
function endsClause(c: Ctx, m: MarkSpan): boolean {
  if (m.unclosed) return true;
  const n = c.doc.norm;
  if (/[.!?]/.test(n[m.close - 1] ?? "")) return true;
  const after = n.slice(m.close + 1).match(/^[ \t]*(\S|$)/);
  return !after || after[1] === "" || /[.!?\n]/.test(after[1]!);
}

/** `"...," Kirby said` / `"...," said Kirby` / `"..." he told reporters`: the attribution right after the quote. */
function attributionAfter(c: Ctx, m: MarkSpan, closeTok: number): Attribution | null {
  const n = c.doc.norm;
  const last = n[m.close - 1] ?? "";
  // a quote ending with a full stop ended its sentence; a question or exclamation may still run on ("?" he asked)
  if (last === ".") return null;
  let k = closeTok + 1;
  if (k < c.toks.length && isCommaTok(c, k)) k++;
  else if (/[?!]/.test(last) && c.toks[k]?.cap && !c.verbs.has(k) && c.toks[k]?.pos !== "PRON" && !nameThenVerb(c, k)) return null;
  else if (!/[,?!]/.test(last) && normText(c, k) !== "") {
    // "..." he said — a quote with no comma needs its attribution at once (a pronoun, a name and a verb)
    if (isStop(c, k) || c.mark[k]) return null;
  }
  if (k >= c.toks.length || isStop(c, k) || c.mark[k]) return null;
  let hi = k;
  while (hi < c.toks.length && hi - k < 25 && !isStop(c, hi) && !c.mark[hi] && !paragraphBreakBefore(c, hi)) hi++;
  let relative = false;
  for (let v = k; v < hi; v++) {
    // a relative clause between commas describes the speaker ("Carl Benton, who drove the bus, said")
    if (isCommaTok(c, v)) relative = RELATIVE_PRONOUNS.includes(key(c, v + 1));
    const verb = c.verbs.get(v) ?? c.quoteVerbs.get(v);
    if (!verb || relative) {
      // another verb first: the sentence goes on about something else (a capitalised "verb" is a name: "Lynch
      // said"; a participle after a comma describes the speaker: "Scott Ruiz, one of the governors suing the EPA, said")
      const participle = /(ing|ed)$/.test(key(c, v)) && [...Array(v - k).keys()].some((d) => isCommaTok(c, k + d));
      if (!relative && !participle && c.toks[v]!.pos === "VERB" && !(c.toks[v]!.cap && !c.doc.upperCase)) return null;
      continue;
    }
    if (v === k) return { verb, speaker: subjectAfter(c, verb.to, hi) };
    const subj = subjectBefore(c, v, k);
    if (subj && subj.from === k) return { verb, speaker: subj };
    // the parse's subject where the surface reading stops short of the name: '"...," Jane Ruiz, 59, of Ashton, said'
    const parsed = parsedSubjectAt(c, v);
    return parsed && parsed.from === k ? { verb, speaker: parsed } : null;
  }
  return null;
}

/** `"...?" Clinton said.`: a short capitalised name and a reporting verb right after a question or exclamation
 * attribute it, where a capital alone would open the next sentence. */
function nameThenVerb(c: Ctx, k: number): boolean {
  let j = k;
  while (j < c.toks.length && j - k < 4 && (c.toks[j]!.cap || isAbbrevStop(c, j)) && !c.verbs.has(j)) j++;
  return j > k && c.verbs.has(j) && c.toks[j]!.sentence === c.toks[k]!.sentence;
}

/** `"..." ― Maria Lopez, student`: a quote signed with a dash and a name, as web features and epigraphs print
 * them. The name is one to four capitalised words right after the dash; a comma and a description may follow,
 * and nothing else before the paragraph ends. */
function signature(c: Ctx, closeTok: number): SpeakerSpan | null {
  let k = closeTok + 1;
  if (normText(c, k) === ".") k++;
  let dashes = 0;
  while (k < c.toks.length && /^-+$/.test(normText(c, k)) && !paragraphBreakBefore(c, k)) k++, dashes++;
  if (!dashes || k >= c.toks.length || paragraphBreakBefore(c, k)) return null;
  const from = k;
  while (k < c.toks.length && k - from < 4 && c.toks[k]!.cap && /^\p{L}/u.test(normText(c, k)) && !paragraphBreakBefore(c, k)) k++;
  if (k === from) return null;
  const to = k;
  // what follows the name: the paragraph's end, or a comma and a short description, or a full stop
  if (k < c.toks.length && !paragraphBreakBefore(c, k)) {
    const next = normText(c, k);
    if (next === ",") {
      let j = k + 1;
      while (j < c.toks.length && j - k < 15 && !paragraphBreakBefore(c, j)) j++;
      if (j < c.toks.length && !paragraphBreakBefore(c, j)) return null;
    } else if (next !== "." && next !== '"') return null;
  }
  return { from, to, kind: "name" };
}

/** A blank line or an indented new line lies between token i-1 and token i. */
function paragraphBreakBefore(c: Ctx, i: number): boolean {
  const gap = c.doc.norm.slice(c.toks[i - 1]!.end, c.toks[i]!.start);
  return /\n[ \t\r]*\n|\n[ \t]{2,}/.test(gap);
}

/** `Kirby said: "..."` / `He told reporters, "..."` / `she added "..."`: the attribution right before the quote. */
function attributionBefore(c: Ctx, m: MarkSpan, openTok: number): Attribution | null {
  let i = openTok - 1;
  if (i >= 0 && /^[:,]$/.test(normText(c, i))) i--;
  // with no colon or comma the quoted words may be an object ("announce "the names""): speech runs to the end
  else if (!endsClause(c, m)) return null;
  const lo = Math.max(clauseStart(c, Math.max(i, 0)), openTok - 16);
  for (let v = i; v >= lo; v--) {
    const verb = c.verbs.get(v) ?? c.quoteVerbs.get(v);
    if (!verb) continue;
    let j = skipAdverbials(c, verb.to, openTok);
    if (hasFrame(verb, "object")) j = skipAdverbials(c, skipAddressee(c, j, openTok), openTok);
    if (j < openTok && /^[:,]$/.test(normText(c, j))) j++;
    if (j !== openTok) return null;
    const speaker = subjectBefore(c, v, clauseStart(c, v)) ?? subjectAfter(c, verb.to, openTok);
    return { verb, speaker };
  }
  return null;
}
