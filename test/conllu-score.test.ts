// The syntax bench's scorer (bench/conllu-score.ts): CoNLL 2018 metrics with gold tokenization, the stripping of
// gold to ID and FORM, and the check that a system gives back every input word.
import { test } from "node:test";
import assert from "node:assert/strict";
import { checkSameWords, scoreConlluText, stripToWords } from "../bench/conllu-score.ts";
import { parseConllu } from "../src/lang/en/conllu.ts";

const row = (id: number | string, form: string, upos: string, head: number, deprel: string, misc = "_") =>
  [id, form, "_", upos, "_", "_", head, deprel, "_", misc].join("\t");

const GOLD = [
  "# sent_id = 1",
  "# text = They don't go.",
  row(1, "They", "PRON", 4, "nsubj"),
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  row(2, "do", "AUX", 4, "aux"),
  row(3, "n't", "PART", 4, "advmod"),
  row(4, "go", "VERB", 0, "root", "SpaceAfter=No"),
  row(5, ".", "PUNCT", 4, "punct"),
  "",
  "# sent_id = 2",
  row(1, "Iraq", "PROPN", 3, "nmod:poss"),
  row(2, "'s", "PART", 1, "case"),
  row(3, "army", "NOUN", 0, "root"),
  "3.1\tis\tbe\tAUX\t_\t_\t_\t_\t3:cop\t_",
  "",
].join("\n");

test("scoreConlluText: UPOS, UAS and LAS over every word, punctuation included, LAS on the universal relation", () => {
  assert.deepEqual(scoreConlluText(GOLD, GOLD), { sentences: 2, words: 8, upos: 1, uas: 1, las: 1 });
  const system = GOLD
    .replace(row(5, ".", "PUNCT", 4, "punct"), row(5, ".", "SYM", 1, "punct")) // wrong tag, wrong head
    .replace(row(1, "Iraq", "PROPN", 3, "nmod:poss"), row(1, "Iraq", "PROPN", 3, "nmod")) // subtype only: still right
    .replace(row(2, "do", "AUX", 4, "aux"), row(2, "do", "AUX", 4, "cop")) // right head, wrong relation
    .replace("3.1\tis\tbe\tAUX\t_\t_\t_\t_\t3:cop\t_\n", ""); // empty nodes do not count
  const s = scoreConlluText(GOLD, system);
  assert.equal(s.words, 8);
  assert.equal(s.upos, 7 / 8);
  assert.equal(s.uas, 7 / 8);
  assert.equal(s.las, 6 / 8);
});

test("scoreConlluText refuses a system with other words than gold", () => {
  assert.throws(() => scoreConlluText(GOLD, GOLD.replace("\tgo\t", "\tgoes\t")), /tokenization differs/);
  assert.throws(() => scoreConlluText(GOLD, GOLD.split("\n\n")[0]!), /gold has 2 sentences/);
});

test("stripToWords keeps ID, FORM, comments and multiword lines; checkSameWords catches lost or moved words", () => {
  const stripped = stripToWords(GOLD);
  const lines = stripped.split("\n");
  assert.equal(lines[0], "# sent_id = 1");
  assert.equal(lines[3], "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_");
  assert.equal(lines[2], "1\tThey\t_\t_\t_\t_\t_\t_\t_\t_");
  assert.ok(!stripped.includes("3.1\t"), "empty nodes are dropped");
  assert.ok(!/PRON|nsubj|SpaceAfter/.test(stripped), "no gold annotation left on word lines");

  const input = parseConllu(stripped);
  checkSameWords(input, parseConllu(GOLD.replace(/^3\.1\t.*\n/m, "")));
  assert.throws(() => checkSameWords(input, parseConllu(stripped.replace(/^2-3\t.*\n/m, ""))), /multiword lines differ/);
  assert.throws(() => checkSameWords(input, parseConllu(stripped.replace("1\tIraq", "2\tIraq"))), /word 1 is 1 "Iraq" in the input but 2 "Iraq"/);
  assert.throws(() => checkSameWords(input, parseConllu(stripped.replace(/^5\t\.\t.*\n/m, ""))), /5 words in, 4 out/);
});
