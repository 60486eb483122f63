// npm run train:syntax — trains the English tagger, dependency parser and entity recogniser from the UD treebanks
// in ../shared/data/ud (English Web Treebank and GUM's open genres; see NOTICE.md) and writes data/syntax-en.bin.
// Deterministic: fixed seeds and orders, so the same treebanks give the same model file. SECTIONS=ner (or
// SECTIONS=syntax for tagger and parser) retrains only those and keeps the other sections of the existing file;
// each part's training is deterministic, so the result equals a full run's.
// The parser learns from tags predicted by taggers that did not see the sentence (5-fold jackknifing), so in
// training it meets the tagging errors it will meet in use.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { readTreebank, seededRandom, shuffled } from "./syntax/treebanks.ts";
import { trainRecognizerFromGum } from "./syntax/train-recognizer.ts";
import { trainTagger, type TaggedSentence } from "../src/lang/en/tagger.ts";
import { trainParser, type TreeSentence } from "../src/lang/en/parser.ts";
import { readModelFile, writeModelFile, type ModelSection } from "../src/lang/en/model-file.ts";
import { SYNTAX_MODEL_FILE } from "../src/lang/en/load.ts";
import type { ConlluSentence } from "../src/lang/en/conllu.ts";

const TAGGER_EPOCHS = Number(process.env.TAGGER_EPOCHS ?? 8);
const FOLD_EPOCHS = Number(process.env.FOLD_EPOCHS ?? 5);
const PARSER_EPOCHS = Number(process.env.PARSER_EPOCHS ?? 10);
const FOLDS = 5;
// the parser keeps the largest 40% of its weights: within 0.2 UAS of all of them, at a third of the size and time
const PARSER_KEEP = 0.4;
// all-caps wire copy is analysed in lower case (src/stages/syntax.ts): every fourth sentence is also learnt in
// lower case, so case is a cue the models use, not one they depend on
const LOWER_EVERY = 4;
const TREEBANKS = ["en_ewt-ud-train", "gum-open_train"];

const started = Date.now();
const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${msg}`);

const epochOrder = (seed: number, n: number) => {
  const random = seededRandom(seed);
  return (_epoch: number) => shuffled(n, random);
};

/** The tagger on all training sentences, and the parser on jackknifed tags. */
function trainSyntax(): { sections: Record<string, ModelSection>; about: Record<string, unknown> } {
  const train: ConlluSentence[] = TREEBANKS.flatMap((name) => readTreebank(name));
  log(`read ${train.length} training sentences from ${TREEBANKS.join(", ")}`);
  const jointTags = (s: ConlluSentence) => s.words.map((w) => `${w.upos} ${w.xpos}`);
  // training items: each treebank sentence, then lower-cased copies; `origin` is the treebank sentence
  const items = [
    ...train.map((s, origin) => ({ s, origin, lower: false })),
    ...train.flatMap((s, origin) => (origin % LOWER_EVERY === 0 ? [{ s, origin, lower: true }] : [])),
  ];
  const formsOf = (x: (typeof items)[number]) => x.s.words.map((w) => (x.lower ? w.form.toLowerCase() : w.form));
  const tagged: TaggedSentence[] = items.map((x) => ({ forms: formsOf(x), tags: jointTags(x.s) }));

  const tagger = trainTagger(tagged, TAGGER_EPOCHS, epochOrder(1, tagged.length), log);

  const predicted: string[][] = new Array(items.length);
  for (let fold = 0; fold < FOLDS; fold++) {
    // a sentence and its lower-cased copy fall in the same fold
    const inFold = (i: number) => items[i]!.origin % FOLDS === fold;
    const rest = tagged.filter((_, i) => !inFold(i));
    const foldTagger = trainTagger(rest, FOLD_EPOCHS, epochOrder(100 + fold, rest.length));
    let right = 0, total = 0;
    tagged.forEach((s, i) => {
      if (!inFold(i)) return;
      predicted[i] = Array.from(foldTagger.tagIds(s.forms), (y) => foldTagger.data.tags[y]!);
      predicted[i]!.forEach((t, j) => { total++; if (t === s.tags[j]) right++; });
    });
    log(`jackknife fold ${fold + 1}/${FOLDS}: held-out tag accuracy ${((100 * right) / total).toFixed(2)}`);
  }
  const trees: TreeSentence[] = items.map((x, i) => ({
    forms: formsOf(x),
    tags: predicted[i]!,
    heads: x.s.words.map((w) => w.head - 1),
    deprels: x.s.words.map((w) => w.deprel),
  }));
  const parser = trainParser(trees, PARSER_EPOCHS, epochOrder(2, trees.length), seededRandom(7), log, PARSER_KEEP);

  const digest = createHash("sha256");
  for (const s of train) for (const w of s.words) digest.update(`${w.form}\t${w.upos}\t${w.xpos}\t${w.head}\t${w.deprel}\n`);
  return {
    sections: {
      tagger: { meta: tagger.data, bytes: tagger.model.toBytes() },
      parser: { meta: parser.data, bytes: parser.model.toBytes() },
    },
    about: {
      trainedOn: TREEBANKS,
      trainingSentences: train.length,
      lowerCasedCopies: `every ${LOWER_EVERY}th sentence`,
      trainingDigest: digest.digest("hex").slice(0, 16),
      epochs: { tagger: TAGGER_EPOCHS, jackknife: FOLD_EPOCHS, parser: PARSER_EPOCHS },
      parserKeep: PARSER_KEEP,
    },
  };
}

const wanted = new Set((process.env.SECTIONS ?? "syntax,ner").split(","));
let sections: Record<string, ModelSection> = {};
let about: Record<string, unknown> = {
  name: "sitrep English syntax",
  licence: "model derived from UD English-EWT (CC BY-SA 4.0) and GUM open genres (CC BY / CC BY-SA); see NOTICE.md",
};
if (!wanted.has("syntax") || !wanted.has("ner")) {
  if (!existsSync(SYNTAX_MODEL_FILE)) throw new Error(`SECTIONS given but ${SYNTAX_MODEL_FILE} does not exist: run a full training first`);
  const old = readModelFile(new Uint8Array(readFileSync(SYNTAX_MODEL_FILE)));
  sections = { ...old.sections };
  about = { ...(old.about as Record<string, unknown>), ...about };
}
if (wanted.has("syntax")) {
  const trained = trainSyntax();
  sections = { ...sections, ...trained.sections };
  about = { ...about, syntax: trained.about };
}
if (wanted.has("ner")) {
  sections.ner = trainRecognizerFromGum(log).toSection();
  about = { ...about, ner: { trainedOn: ["gum-open_train"], types: ["PERSON", "ORGANIZATION", "PLACE", "OTHER"] } };
}
const file = writeModelFile(sections, about);
writeFileSync(SYNTAX_MODEL_FILE, file);
const mb = (n: number) => (n / 1e6).toFixed(1);
log(`wrote ${SYNTAX_MODEL_FILE}: ${mb(file.length)} MB (${Object.entries(sections).map(([k, v]) => `${k} ${mb(v.bytes.length)}`).join(", ")})`);
