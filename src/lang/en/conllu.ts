// CoNLL-U reading and writing (https://universaldependencies.org/format.html). Sentences keep their comment lines
// and multiword-token lines ("3-4 don't") so a file can be read, analysed and written back with every input id.

export interface ConlluWord {
  /** 1-based word id within the sentence */
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  feats: string;
  /** 0 = root; -1 when not annotated */
  head: number;
  deprel: string;
  deps: string;
  misc: string;
}

/** A line that is not a basic word: a comment, a multiword-token range or an empty node, kept as written. */
export interface ConlluExtraLine {
  /** the word id this line stands before (1-based; words.length + 1 for lines after the last word) */
  before: number;
  line: string;
}

export interface ConlluSentence {
  words: ConlluWord[];
  extra: ConlluExtraLine[];
}

const field = (s: string | undefined): string => (s === undefined || s === "" ? "_" : s);

/** Parses CoNLL-U text. Throws with the line number on a malformed word line. */
export function parseConllu(text: string): ConlluSentence[] {
  const out: ConlluSentence[] = [];
  let cur: ConlluSentence = { words: [], extra: [] };
  const flush = () => {
    if (cur.words.length || cur.extra.length) out.push(cur);
    cur = { words: [], extra: [] };
  };
  const lines = text.split(/\r?\n/);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (!line.trim()) { flush(); continue; }
    if (line.startsWith("#")) { cur.extra.push({ before: cur.words.length + 1, line }); continue; }
    const cols = line.split("\t");
    const id = cols[0] ?? "";
    if (/^\d+[-.]\d+$/.test(id)) { cur.extra.push({ before: cur.words.length + 1, line }); continue; }
    if (!/^\d+$/.test(id) || cols.length < 2) throw new Error(`CoNLL-U line ${n + 1}: not a word line: ${line.slice(0, 80)}`);
    const head = cols[6] === undefined || cols[6] === "_" ? -1 : Number(cols[6]);
    cur.words.push({
      id: Number(id),
      form: cols[1]!,
      lemma: field(cols[2]),
      upos: field(cols[3]),
      xpos: field(cols[4]),
      feats: field(cols[5]),
      head: Number.isFinite(head) ? head : -1,
      deprel: field(cols[7]),
      deps: field(cols[8]),
      misc: field(cols[9]),
    });
  }
  flush();
  return out;
}

/** Writes sentences as CoNLL-U, comments and multiword lines in their places. */
export function formatConllu(sentences: ConlluSentence[]): string {
  const parts: string[] = [];
  for (const s of sentences) {
    let e = 0;
    const lines: string[] = [];
    for (const w of s.words) {
      while (e < s.extra.length && s.extra[e]!.before <= w.id) lines.push(s.extra[e++]!.line);
      lines.push([w.id, w.form, w.lemma, w.upos, w.xpos, w.feats, w.head < 0 ? "_" : w.head, w.deprel, w.deps, w.misc].join("\t"));
    }
    while (e < s.extra.length) lines.push(s.extra[e++]!.line);
    parts.push(lines.join("\n") + "\n");
  }
  return parts.join("\n");
}
