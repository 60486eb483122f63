// Text stage: tokens (our shared word tokenizer), parts of speech and lemmas (wink-nlp's English model,
// aligned by offset), sentences (wink's splitter, plus hard breaks at blank lines and after a headline),
// and the headline and dateline of wire copy.
import type { Doc, Sentence, Token } from "../doc.ts";
import { wordTokens } from "../text/tokenize.ts";
import { parseDateline } from "../text/dateline.ts";
import { winkAnalyse } from "../lang/en/wink.ts";
import { lowerSameLength } from "../text/normalize.ts";

/** Offsets where a sentence must end: blank lines, the end of a headline line, the end of a dateline. */
function hardBreaks(text: string): number[] {
  const out: number[] = [];
  const re = /\n[ \t\r]*\n|\n(?=[ \t]{2,})/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m.index);
  // wire section tags at a line's start or after a dateline ("-- [TEXT]", "[EXCERPT]") stand alone: read as part
  // of the sentence they open, the parser makes the tag the sentence's root (a bracketed expansion inside a
  // sentence, "ELN [ARMY OF NATIONAL LIBERATION]", stays)
  const tags = /(?<=(?:^|\n|--)[ \t]*)\[[A-Z][A-Z ]{1,30}\](?=\s)/g;
  for (let m = tags.exec(text); m; m = tags.exec(text)) out.push(m.index, m.index + m[0].length);
  // a first line with no closing punctuation, followed by a line break, is a headline
  const firstNl = text.indexOf("\n");
  if (firstNl > 0 && !/[.!?:"']\s*$/.test(text.slice(0, firstNl))) out.push(firstNl);
  return out;
}

export function textStage(doc: Doc): void {
  const text = doc.norm;
  // Upper-case wire copy is tagged in lower case: the model tags lower case far better than all caps.
  const analysed = winkAnalyse(doc.upperCase ? lowerSameLength(text) : text);
  const words = wordTokens(text);

  // sentence spans: wink's, cut again at hard breaks and at a dateline's end
  const breaks = new Set<number>(hardBreaks(text));
  doc.dateline = parseDateline(doc.text);
  if (doc.dateline) breaks.add(doc.dateline.end);
  const spans: { start: number; end: number }[] = [];
  const sortedBreaks = [...breaks].sort((a, b) => a - b);
  for (const s of analysed.sentences) {
    let start = s.start;
    for (const b of sortedBreaks) {
      if (b <= s.start || b >= s.end) continue;
      if (text.slice(start, b).trim()) spans.push({ start, end: b });
      start = b;
    }
    spans.push({ start, end: s.end });
  }
  // an abbreviation closing a bracket ("Rep. Jane Ruiz (D-Md.) said") ends no sentence when the text goes on in
  // lower case; wink's splitter cuts there
  if (!doc.upperCase) {
    for (let k = spans.length - 1; k > 0; k--) {
      const prev = spans[k - 1]!, cur = spans[k]!;
      if (!text.slice(prev.end, cur.start).trim() && !breaks.has(cur.start) && /\.\)\s*$/.test(text.slice(prev.start, prev.end)) && /^\s*\p{Ll}/u.test(text.slice(cur.start, cur.end))) {
        prev.end = cur.end;
        spans.splice(k, 1);
      }
    }
  }
  // trim spaces so each sentence starts and ends on text
  const sentences: Sentence[] = [];
  for (const sp of spans) {
    let { start, end } = sp;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ index: sentences.length, start, end, tokenStart: 0, tokenEnd: 0, kind: "body" });
  }

  // tokens with the POS and lemma of the wink token they overlap
  const tokens: Token[] = [];
  let w = 0, si = 0;
  for (const t of words) {
    while (w < analysed.tokens.length && analysed.tokens[w]!.end <= t.start) w++;
    const wt = analysed.tokens[w];
    const overlaps = wt && wt.start < t.end && wt.end > t.start;
    while (si < sentences.length - 1 && t.start >= sentences[si]!.end) si++;
    const first = t.text[0] ?? "";
    tokens.push({
      ...t,
      text: doc.text.slice(t.start, t.end),
      i: tokens.length,
      pos: overlaps ? wt.pos : /^\p{P}$/u.test(t.text) ? "PUNCT" : /^\p{N}/u.test(t.text) ? "NUM" : "X",
      lemma: overlaps && wt.start === t.start && wt.end === t.end ? wt.lemma.toLowerCase() : t.key,
      sentence: si,
      cap: !doc.upperCase && first !== first.toLowerCase(),
    });
  }
  // one linear pass: each sentence owns the tokens that start inside it
  let ti = 0;
  for (const s of sentences) {
    while (ti < tokens.length && tokens[ti]!.start < s.start) ti++;
    s.tokenStart = ti;
    while (ti < tokens.length && tokens[ti]!.end <= s.end) tokens[ti++]!.sentence = s.index;
    s.tokenEnd = ti;
  }

  // headline: the first line when it stands alone before a blank line and reads as a title
  const firstLine = /^[ \t]*([^\n]{3,250})\n[ \t\r]*\n/.exec(text);
  if (firstLine && !/[.:]\s*$/.test(firstLine[1]!) && !doc.dateline) {
    const start = text.indexOf(firstLine[1]!);
    doc.headline = { start, end: start + firstLine[1]!.trimEnd().length };
    const hs = sentences.find((s) => s.start === start);
    if (hs) hs.kind = "headline";
  }
  doc.tokens = tokens;
  doc.sentences = sentences;
  if (!doc.published && doc.dateline?.date) doc.published = doc.dateline.date;
}
