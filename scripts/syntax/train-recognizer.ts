// Trains the entity recogniser (src/lang/en/recognizer.ts) on GUM's entity layer (gum-open_train in
// ../shared/data/ud; names derived from the mentions as gum-entities.ts describes), deterministically (fixed seeds and
// orders: the same treebank and knowledge files give the same section).
// trainRecognizerFromGum() is what the model build calls ("ner" section: recognizer.toSection()); run directly
// (`npx tsx scripts/syntax/train-recognizer.ts`) it trains and prints precision, recall and F1 by type (exact span and
// type) on gum-open_dev and gum-open_test, in their own case and lowercased, with predicted tags (the shipped tagger's
// when data/syntax-en.bin loads, else a tagger trained here as the syntax build trains it) and with gold tags.
//
// Case: sitrep lowercases all-caps documents before tagging, so one training sentence in LOWERCASE_EVERY is
// lowercased (its names kept), and the recogniser learns to find names from words, name lists and tags without
// capitals. 1 in 4 rather than 1 in 8: on gum-open_dev (shipped tagger's tags) 1 in 4 scored 57.2 F1 lowercased
// and 67.0 cased, 1 in 8 56.1 and 67.4 — the same within noise — and 1 in 2 began to cost cased F1 (64.4).
// Tags: the recogniser learns from jackknifed predicted tags (see RecognizerTrainingOptions.tags): on lowercased text
// the tagger rarely says PROPN, and a recogniser trained on gold tags there found a quarter of the names.
// Name lists: sitrepNameLexicon(), baked into the section (hashed), worth 5 F1 on cased and on lowercased text in
// 4-fold cross-validation on gum-open_train (by document); most errors are of type, not span (untyped span F1 is 86
// cased, 82 lowercased there), and the lists help settle types.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join, resolve } from "node:path";
import { readTreebank, seededRandom, shuffled } from "./treebanks.ts";
import { GUM_TYPE_MAP, gumEntitySentences } from "./gum-entities.ts";
import { EntityRecognizer, trainRecognizer, type EntitySentence } from "../../src/lang/en/recognizer.ts";
import { NameLexicon } from "../../src/lang/en/name-lexicon.ts";
import { trainTagger, type TaggedSentence } from "../../src/lang/en/tagger.ts";
import type { ConlluSentence } from "../../src/lang/en/conllu.ts";

const DATA_DIR = join(import.meta.dirname, "..", "..", "data");

/** Titles and honorifics beyond sitrep's political and military ones, as GUM's biographies use them */
const TITLES = "emperor empress tsar czar professor prof. doctor saint st. madam miss master duke duchess earl count countess baron baroness".split(" ");

// Head words of organisation and place names, as sitrep's name finder (src/stages/entities/names.ts) types them
const ORGANIZATION_WORDS = (
  "ministry department council party committee commission agency organisation organization union association bank court " +
  "assembly parliament government office service services bureau authority administration institute foundation federation " +
  "league alliance coalition company corporation group network tribunal fund programme program secretariat directorate " +
  "senate congress cabinet command police navy university college school academy television tv radio news times post " +
  "society chamber syndicate confederation board brigade brigades front army movement forces force militia battalion " +
  "corps guards division regiment squadron church club team inc. ltd corp. museum"
).split(" ");
const PLACE_WORDS = (
  "street road avenue square bridge river sea ocean gulf bay lake mountain mountains valley desert strait island islands " +
  "province district region county city town village airport base camp border crossing mosque cathedral temple stadium " +
  "hotel palace market port harbour harbor peninsula plain plains hills heights coast canal dam field fields park highway " +
  "boulevard plaza neighborhood neighbourhood prison farm estate cape mount hall center centre tower castle station"
).split(" ");

/**
 * The recogniser's name lists, from sitrep's knowledge files in data/ (built by npm run build:knowledge): given names,
 * places (GeoNames and country names, less those that are common English words), organisations and armed groups,
 * people (the actor dictionaries), demonyms, titles and the head words of organisation and place names.
 */
export function sitrepNameLexicon(dir = DATA_DIR): NameLexicon {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, `${name}.json`), "utf8")) as Record<string, unknown>;
  const actors = read("actors") as {
    actors: { type: string; names: string[] }[];
    givenNames: string[];
    femaleNames: string[];
    maleNames: string[];
    titles: { title: string }[];
  };
  const gazetteer = read("gazetteer") as { commonWords: string[]; fields: string[]; entries: unknown[][] };
  const countries = read("countries") as { countries: { name: string; aliases: string[]; demonyms: string[]; capital: string | null }[] };
  const common = new Set(gazetteer.commonWords.map((w) => w.toLowerCase()));
  const nameAt = gazetteer.fields.indexOf("name"), altAt = gazetteer.fields.indexOf("alternates");
  const places: string[] = [];
  for (const e of gazetteer.entries) places.push(e[nameAt] as string, ...((e[altAt] as string[] | undefined) ?? []));
  for (const c of countries.countries) places.push(c.name, ...c.aliases, ...(c.capital ? [c.capital] : []));
  return NameLexicon.build({
    given: [...actors.givenNames, ...actors.femaleNames, ...actors.maleNames],
    place: places.filter((p) => !common.has(p.toLowerCase())),
    organization: actors.actors.filter((a) => a.type !== "PERSON").flatMap((a) => a.names),
    person: actors.actors.filter((a) => a.type === "PERSON").flatMap((a) => a.names),
    demonym: countries.countries.flatMap((c) => c.demonyms),
    // titles are a person's role, outside the name ("President Joe Biden" → "Joe Biden")
    title: actors.titles.map((t) => t.title).concat(TITLES),
    // the head words that type a name ("... Party", "... Bay")
    "organization word": ORGANIZATION_WORDS,
    "place word": PLACE_WORDS,
  });
}

export const RECOGNIZER_EPOCHS = Number(process.env.RECOGNIZER_EPOCHS ?? 8);
/** every n-th training sentence is lowercased (see above) */
export const LOWERCASE_EVERY = 4;
/** the share of weights kept, the largest: most are rare words' with averaged weights near zero */
export const RECOGNIZER_KEEP = Number(process.env.RECOGNIZER_KEEP ?? 0.5);
export const RECOGNIZER_TYPES = ["PERSON", "ORGANIZATION", "PLACE", "OTHER"];

export interface RecognizerTrainingOptions {
  epochs?: number;
  /**
   * The training sentences' tags. The recogniser meets the tagger's tags in use, errors and all — in lowercased text
   * the tagger rarely says PROPN — so by default ("jackknife") it learns from tags predicted by taggers that did not
   * see the sentence's document (JACKKNIFE_FOLDS taggers on the other GUM training documents). "gold" takes the
   * treebank's tags; a function gives the caller's predicted tags of the training sentences (gumTrainingSentences'
   * forms, in order), e.g. from the syntax build's own jackknifed taggers.
   */
  tags?: "jackknife" | "gold" | ((sentences: readonly { forms: readonly string[] }[]) => string[][]);
  /** GUM types → recogniser types (default GUM_TYPE_MAP; map a type to nothing to leave it out) */
  typeMap?: Readonly<Record<string, string>>;
  /** name lists as features (default sitrepNameLexicon(); null for none) */
  lexicon?: NameLexicon | null;
  /** every n-th training sentence is lowercased (default LOWERCASE_EVERY; 0 for none) */
  lowercaseEvery?: number;
  /** the share of weights the model keeps, the largest (default RECOGNIZER_KEEP) */
  keep?: number;
}

export const JACKKNIFE_FOLDS = 4;
export const JACKKNIFE_TAGGER_EPOCHS = 5;

export const lowercased = <S extends { forms: readonly string[] }>(s: S): S => ({ ...s, forms: s.forms.map((f) => f.toLowerCase()) });

/** Each sentence's document number (documents open with a `# newdoc` comment). */
export function documentNumbers(sentences: readonly ConlluSentence[]): number[] {
  let doc = -1;
  return sentences.map((s, i) => (i === 0 || s.extra.some((e) => e.line.startsWith("# newdoc")) ? ++doc : doc));
}

/** The GUM training sentences as the recogniser learns from them (gold tags): every n-th lowercased. */
export function gumTrainingSentences(
  typeMap?: Readonly<Record<string, string>>,
  treebank = readTreebank("gum-open_train"),
  lowercaseEvery = LOWERCASE_EVERY,
): EntitySentence[] {
  return gumEntitySentences(treebank, typeMap).map((s, i) => (lowercaseEvery > 0 && i % lowercaseEvery === lowercaseEvery - 1 ? lowercased(s) : s));
}

/**
 * Tags of the training sentences from taggers that did not see them: the documents fall into JACKKNIFE_FOLDS folds;
 * each fold's sentences (as trained: lowercased ones lowercased) are tagged by a tagger trained on the other folds'
 * gold-tagged, cased sentences.
 */
export function jackknifedTags(treebank: readonly ConlluSentence[], sentences: readonly EntitySentence[], log: (msg: string) => void = () => {}): string[][] {
  const docs = documentNumbers(treebank);
  const gold: TaggedSentence[] = treebank.map((s) => ({ forms: s.words.map((w) => w.form), tags: s.words.map((w) => `${w.upos} ${w.xpos}`) }));
  const out: string[][] = new Array(sentences.length);
  for (let fold = 0; fold < JACKKNIFE_FOLDS; fold++) {
    const rest = gold.filter((_, i) => docs[i]! % JACKKNIFE_FOLDS !== fold);
    const random = seededRandom(200 + fold);
    const tagger = trainTagger(rest, JACKKNIFE_TAGGER_EPOCHS, () => shuffled(rest.length, random));
    let right = 0, total = 0;
    sentences.forEach((s, i) => {
      if (docs[i]! % JACKKNIFE_FOLDS !== fold) return;
      const tags = Array.from(tagger.tagIds(s.forms), (y) => tagger.data.tags[y]!);
      out[i] = tags;
      tags.forEach((t, j) => { total++; if (t === gold[i]!.tags[j]) right++; });
    });
    log(`recogniser: jackknife tagger ${fold + 1}/${JACKKNIFE_FOLDS}, held-out tag accuracy ${((100 * right) / total).toFixed(2)}`);
  }
  return out;
}

export function trainRecognizerFromGum(log: (msg: string) => void = () => {}, options: RecognizerTrainingOptions = {}): EntityRecognizer {
  const epochs = options.epochs ?? RECOGNIZER_EPOCHS;
  const treebank = readTreebank("gum-open_train");
  const lowercaseEvery = options.lowercaseEvery ?? LOWERCASE_EVERY;
  let sentences = gumTrainingSentences(options.typeMap, treebank, lowercaseEvery);
  const tagSource = options.tags ?? "jackknife";
  if (tagSource !== "gold") {
    const tags = tagSource === "jackknife" ? jackknifedTags(treebank, sentences, log) : tagSource(sentences);
    sentences = sentences.map((s, i) => {
      if (tags[i]?.length !== s.forms.length) throw new Error(`recogniser: no tags for training sentence ${i}`);
      return { ...s, tags: tags[i]! };
    });
  }
  const names = sentences.reduce((n, s) => n + s.entities.length, 0);
  log(`recogniser: ${sentences.length} GUM sentences, ${names} names, 1 in ${lowercaseEvery} lowercased, ${typeof tagSource === "string" ? tagSource : "given"} tags`);
  const random = seededRandom(11);
  const types = [...new Set(Object.values(options.typeMap ?? GUM_TYPE_MAP))];
  const lexicon = options.lexicon === undefined ? sitrepNameLexicon() : options.lexicon;
  return trainRecognizer(sentences, epochs, () => shuffled(sentences.length, random), log, {
    ...(lexicon ? { lexicon } : {}),
    keep: options.keep ?? RECOGNIZER_KEEP,
    types: RECOGNIZER_TYPES.filter((t) => types.includes(t)).concat(types.filter((t) => !RECOGNIZER_TYPES.includes(t))),
    about: {
      trainedOn: "gum-open_train",
      sentences: sentences.length,
      names,
      epochs,
      lowercased: lowercaseEvery > 0 ? `1 in ${lowercaseEvery}` : "none",
      tags: typeof tagSource === "string" ? tagSource : "given",
      keep: options.keep ?? RECOGNIZER_KEEP,
    },
  });
}

export interface TypeScore {
  gold: number;
  predicted: number;
  correct: number;
}

/** Exact span-and-type matches by type, plus "ALL". */
export function scoreRecognizer(
  recognizer: EntityRecognizer,
  sentences: readonly EntitySentence[],
): Map<string, TypeScore> {
  const out = new Map<string, TypeScore>();
  const at = (t: string) => {
    let s = out.get(t);
    if (!s) out.set(t, (s = { gold: 0, predicted: 0, correct: 0 }));
    return s;
  };
  at("ALL");
  for (const s of sentences) {
    const found = recognizer.recognize(s.forms, s.tags);
    const key = (e: { start: number; end: number; type: string }) => `${e.start}:${e.end}:${e.type}`;
    const gold = new Set(s.entities.map(key));
    for (const e of s.entities) { at(e.type).gold++; at("ALL").gold++; }
    for (const e of found) {
      at(e.type).predicted++;
      at("ALL").predicted++;
      if (gold.has(key(e))) { at(e.type).correct++; at("ALL").correct++; }
    }
  }
  return out;
}

export function prf(s: TypeScore): { p: number; r: number; f: number } {
  const p = s.predicted ? s.correct / s.predicted : 0, r = s.gold ? s.correct / s.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function formatScores(title: string, scores: Map<string, TypeScore>): string {
  const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
  const lines = [`${title}`, `  ${"type".padEnd(13)} ${"gold".padStart(5)} ${"found".padStart(5)}      P      R     F1`];
  const order = [...scores.keys()].filter((t) => t !== "ALL").sort().concat("ALL");
  for (const t of order) {
    const s = scores.get(t)!, { p, r, f } = prf(s);
    lines.push(`  ${t.padEnd(13)} ${String(s.gold).padStart(5)} ${String(s.predicted).padStart(5)} ${pct(p)} ${pct(r)} ${pct(f)}`);
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const started = Date.now();
  const log = (msg: string) => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${msg}`);
  const recognizer = trainRecognizerFromGum(log);
  const trainSeconds = (Date.now() - started) / 1000;
  const section = recognizer.toSection();
  log(`trained in ${trainSeconds.toFixed(1)} s; "ner" section ${section.bytes.length} bytes (+ ${JSON.stringify(section.meta).length} bytes of meta)`);
  // the section reads back to the same model
  const reread = EntityRecognizer.fromSection({ meta: JSON.parse(JSON.stringify(section.meta)), bytes: section.bytes.slice() });

  // the shipped tagger when the syntax model has been built and reads with this code; else one trained as the
  // syntax build trains it (EWT and GUM training sentences), to score with the tags met in use
  let tag: (forms: readonly string[]) => string[];
  try {
    const { SYNTAX_MODEL_FILE, loadSyntax } = await import("../../src/lang/en/load.ts");
    if (!existsSync(SYNTAX_MODEL_FILE)) throw new Error(`no ${SYNTAX_MODEL_FILE}`);
    const syntax = loadSyntax();
    tag = (forms) => syntax.tags(forms);
    log(`predicted tags from the shipped tagger (${SYNTAX_MODEL_FILE})`);
  } catch (e) {
    log(`the syntax model does not load (${(e as Error).message}): training a tagger on en_ewt-ud-train and gum-open_train`);
    const tagged: TaggedSentence[] = ["en_ewt-ud-train", "gum-open_train"]
      .flatMap((name) => readTreebank(name))
      .map((s) => ({ forms: s.words.map((w) => w.form), tags: s.words.map((w) => `${w.upos} ${w.xpos}`) }));
    const random = seededRandom(1);
    const tagger = trainTagger(tagged, 8, () => shuffled(tagged.length, random));
    tag = (forms) => Array.from(tagger.tagIds(forms), (y) => tagger.data.tags[y]!);
    log("tagger trained");
  }

  for (const split of ["gum-open_dev", "gum-open_test"]) {
    const cased = gumEntitySentences(readTreebank(split));
    const lower = cased.map(lowercased);
    const runs: [string, EntitySentence[]][] = [
      [`${split}, cased, predicted tags`, cased.map((s) => ({ ...s, tags: tag(s.forms) }))],
      [`${split}, lowercased, predicted tags`, lower.map((s) => ({ ...s, tags: tag(s.forms) }))],
      [`${split}, cased, gold tags`, cased],
      [`${split}, lowercased, gold tags`, lower],
    ];
    for (const [title, sentences] of runs) console.log(formatScores(title, scoreRecognizer(reread, sentences)));
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
