// Scoring a parser's CoNLL-U against gold the way the CoNLL 2018 shared task's conll18_ud_eval.py does when the
// system keeps the gold tokenization: every syntactic word (words inside multiword tokens included, empty nodes
// left out) is aligned with the gold word of the same id, so precision, recall and F1 are one number per metric.
// UPOS: the UPOS is right. UAS: the head is right. LAS: the head and the universal part of the relation (before
// ':') are right. Punctuation counts like any other word.
import { parseConllu, type ConlluSentence } from "../src/lang/en/conllu.ts";

export interface SyntaxScores {
  sentences: number;
  words: number;
  upos: number;
  uas: number;
  las: number;
}

/** Universal dependency relation: "nmod:poss" → "nmod", as conll18_ud_eval.py compares them. */
export const universalDeprel = (d: string) => d.split(":")[0]!;

/**
 * Checks that a system file gives back exactly the words of its input, in order: the same sentences, the same word
 * ids and forms, and the same comment and multiword lines. Throws naming the first difference.
 */
export function checkSameWords(input: ConlluSentence[], output: ConlluSentence[]): void {
  if (input.length !== output.length) throw new Error(`the input has ${input.length} sentences, the output ${output.length}`);
  input.forEach((s, k) => {
    const o = output[k]!;
    const where = `sentence ${k + 1}`;
    if (s.words.length !== o.words.length) throw new Error(`${where}: ${s.words.length} words in, ${o.words.length} out`);
    s.words.forEach((w, i) => {
      const x = o.words[i]!;
      if (w.id !== x.id || w.form !== x.form) throw new Error(`${where}: word ${i + 1} is ${w.id} "${w.form}" in the input but ${x.id} "${x.form}" in the output`);
    });
    const lines = (t: ConlluSentence) => t.extra.map((e) => `${e.before}\u0000${e.line}`).join("\n");
    if (lines(s) !== lines(o)) throw new Error(`${where}: comment or multiword lines differ between input and output`);
  });
}

/** Scores system sentences against gold sentences of the same words (gold tokenization). */
export function scoreSyntax(gold: ConlluSentence[], system: ConlluSentence[]): SyntaxScores {
  if (gold.length !== system.length) throw new Error(`gold has ${gold.length} sentences, the system ${system.length}`);
  let words = 0, upos = 0, uas = 0, las = 0;
  gold.forEach((g, k) => {
    const s = system[k]!;
    if (g.words.length !== s.words.length) throw new Error(`sentence ${k + 1}: gold has ${g.words.length} words, the system ${s.words.length}`);
    g.words.forEach((gw, i) => {
      const sw = s.words[i]!;
      if (gw.form !== sw.form) throw new Error(`sentence ${k + 1}, word ${i + 1}: gold "${gw.form}", system "${sw.form}" (tokenization differs)`);
      words++;
      if (gw.upos === sw.upos) upos++;
      if (gw.head === sw.head) {
        uas++;
        if (universalDeprel(gw.deprel) === universalDeprel(sw.deprel)) las++;
      }
    });
  });
  const ratio = (n: number) => (words ? n / words : 0);
  return { sentences: gold.length, words, upos: ratio(upos), uas: ratio(uas), las: ratio(las) };
}

/** Scores CoNLL-U texts. */
export function scoreConlluText(gold: string, system: string): SyntaxScores {
  return scoreSyntax(parseConllu(gold), parseConllu(system));
}

/**
 * A gold file reduced to what a parser may see: word lines keep ID and FORM (every other column "_"); comments
 * and multiword-token lines are kept as they are; empty nodes (enhanced dependencies only) are dropped.
 */
export function stripToWords(conllu: string): string {
  const out: string[] = [];
  for (const line of conllu.split(/\r?\n/)) {
    if (!line || line.startsWith("#")) { out.push(line); continue; }
    const cols = line.split("\t");
    const id = cols[0]!;
    if (/^\d+\.\d+$/.test(id)) continue;
    if (/^\d+-\d+$/.test(id)) { out.push(line); continue; }
    out.push([id, cols[1] ?? "_", "_", "_", "_", "_", "_", "_", "_", "_"].join("\t"));
  }
  return out.join("\n");
}
