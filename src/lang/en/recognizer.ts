// Named-entity recogniser: greedy left-to-right averaged perceptron over BILOU labels (Ratinov and Roth 2009: BILOU
// beats BIO for greedy taggers), in the tagger's style. Each word gets O, or B(egin)/I(nside)/L(ast) of a
// multi-word name, or U(nit) for a one-word name, with the name's type: "Mustafa/B-PERSON al-Kadhimi/L-PERSON
// met/O Nechirvan/B-PERSON Barzani/L-PERSON in/O Erbil/U-PLACE". Features: the previous two labels; the word and its
// neighbours (form, prefixes and suffixes, shape, case) in a window of two; the words' tags ("UPOS XPOS", as the
// tagger predicts them at run time); the first and last word of the capitalised or proper-noun run the word is in
// ("... School", "Cape of ..."); whether the sentence has capitals at all (lowercased all-caps text); and, when the
// model carries name lists (name-lexicon.ts: given names, places, organisations, people, demonyms, titles), the
// word's place in their matches. Decoding keeps to well-formed label sequences (after B or I only I or L of the
// same type; nothing left open at the end of the sentence); training does not (see trainRecognizer).
//
// Trained on GUM's entity layer (scripts/syntax/train-recognizer.ts) with types PERSON, ORGANIZATION, PLACE and OTHER
// (GUM's person, organization and place; its named events, works, languages and other things). Spans are word
// indices of one sentence, end exclusive. The model is the "ner" section of the syntax model file: meta
// RecognizerData, bytes the weights (SparsePerceptron) followed by the name lists' hashed phrases.
import { hashString, mix } from "./hash.ts";
import { END, lexeme, normForm, START, type Lexeme } from "./lexical.ts";
import type { ModelSection } from "./model-file.ts";
import { NameLexicon, type NameLexiconData } from "./name-lexicon.ts";
import { argmax, PerceptronTrainer, SparsePerceptron } from "./perceptron.ts";

/** A name found in a sentence: word indices [start, end) and its type. */
export interface EntitySpan {
  start: number;
  end: number;
  type: string;
}

export interface RecognizerData {
  /** entity types; type k has labels B = 1 + 4k, I = 2 + 4k, L = 3 + 4k, U = 4 + 4k, and 0 is O */
  types: string[];
  /** feature templates' version: a model is read only by the code whose features it was trained with */
  featureVersion: number;
  /** name lists whose matches are features (their hashed phrases follow the weights in the section's bytes) */
  lexicon?: NameLexiconData;
  /** bytes of the weights at the start of the section's bytes (the rest is the lexicon) */
  modelBytes?: number;
  /** training facts (corpus, epochs, sizes), for the record */
  about?: unknown;
}

export const RECOGNIZER_FEATURE_VERSION = 1;
const MAX_FEATURES = 96;
const B = 1, I = 2, L = 3, U = 4;

/** The BILOU part of a label id: 0 for O, else B, I, L or U. */
const part = (y: number) => (y <= 0 ? 0 : ((y - 1) % 4) + 1);
/** The type index of a label id (-1 for O and the sentence-start sentinels). */
const typeOf = (y: number) => (y <= 0 ? -1 : Math.floor((y - 1) / 4));

/** Label names: "O", "B-PERSON", "I-PERSON", ... */
export function labelNames(types: readonly string[]): string[] {
  return ["O", ...types.flatMap((t) => ["B", "I", "L", "U"].map((p) => `${p}-${t}`))];
}

/** Whether label `y` may follow `prev` (-1 at the start) on word i of n. */
function allowed(prev: number, y: number, i: number, n: number): boolean {
  const last = i === n - 1;
  const pp = part(prev);
  if (pp === B || pp === I) {
    // a name is open: continue it with its own type
    if (typeOf(y) !== typeOf(prev)) return false;
    return last ? part(y) === L : part(y) === I || part(y) === L;
  }
  const py = part(y);
  if (py === I || py === L) return false;
  return !(last && py === B);
}

/** BILOU labels of a sentence of n words with the given (non-overlapping) spans. */
export function encodeBilou(n: number, spans: readonly EntitySpan[]): string[] {
  const out: string[] = new Array(n).fill("O");
  for (const s of spans) {
    if (!(s.start >= 0 && s.end <= n && s.start < s.end)) throw new Error(`span [${s.start}, ${s.end}) outside a sentence of ${n} words`);
    for (let i = s.start; i < s.end; i++) if (out[i] !== "O") throw new Error(`spans overlap at word ${i}`);
    if (s.end - s.start === 1) out[s.start] = `U-${s.type}`;
    else {
      out[s.start] = `B-${s.type}`;
      for (let i = s.start + 1; i < s.end - 1; i++) out[i] = `I-${s.type}`;
      out[s.end - 1] = `L-${s.type}`;
    }
  }
  return out;
}

/**
 * Spans of a BILOU (or BIO) label sequence. Lenient with ill-formed sequences: an I or L with no name of its type
 * open starts one, and a name left open ends before the label that breaks it.
 */
export function decodeBilou(labels: readonly string[]): EntitySpan[] {
  const out: EntitySpan[] = [];
  let open: { start: number; type: string } | null = null;
  const close = (end: number) => {
    if (open) out.push({ start: open.start, end, type: open.type });
    open = null;
  };
  labels.forEach((label, i) => {
    const dash = label.indexOf("-");
    const p = dash < 0 ? label : label.slice(0, dash);
    const type = dash < 0 ? "" : label.slice(dash + 1);
    if (p === "B") {
      close(i);
      open = { start: i, type };
    } else if (p === "I" || p === "L") {
      if (!open || open.type !== type) {
        close(i);
        open = { start: i, type };
      }
      if (p === "L") close(i + 1);
    } else if (p === "U") {
      close(i);
      out.push({ start: i, end: i + 1, type });
    } else close(i);
  });
  close(labels.length);
  return out;
}

/** Per-sentence views shared by every word's features. */
interface SentenceView {
  lx: Lexeme[];
  /** prefix of three letters, hashed */
  pre3: number[];
  /** joint tag and UPOS, hashed */
  tag: number[];
  upos: number[];
  /** the sentence has no upper-case letter (lowercased all-caps text): case says nothing */
  caseless: number;
  /** per word, its positions in matches of every name list packed in base 5 (0 without lists) */
  lex: Int32Array;
  /** per list, per word, the position in a match (see NameLexicon.match) */
  lexCodes: Uint8Array[];
  /** per word, the first and last word of the name-like run it is in (-1 outside runs); see nameRuns */
  runStart: Int32Array;
  runEnd: Int32Array;
}

const CONNECTORS = new Set(["of", "for", "and", "the", "de", "du", "del", "la", "le", "al", "bin", "van", "von", "-", "&", "'s", "on"]);

/**
 * Runs of words that may form one name: capitalised or proper-noun words ("PROPN" tag, so runs exist in lowercased
 * text too), joined by connectors ("of", "the", "-", ...) that stand between two such words. The run's first and last
 * words type a name better than its neighbours: "Harrow School", "Cape of Good Hope", "Food Standards Australia New
 * Zealand".
 */
function nameRuns(forms: readonly string[], tags: readonly string[]): { runStart: Int32Array; runEnd: Int32Array } {
  const n = forms.length;
  const named = forms.map((f, i) => /^\p{Lu}/u.test(f) || tags[i]!.startsWith("PROPN"));
  const runStart = new Int32Array(n).fill(-1), runEnd = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; ) {
    if (!named[i]) { i++; continue; }
    let j = i + 1;
    for (;;) {
      if (j < n && named[j]) { j++; continue; }
      // connectors continue the run when a named word follows them
      let k = j;
      while (k < n && !named[k] && CONNECTORS.has(forms[k]!.toLowerCase()) && k - j < 2) k++;
      if (k > j && k < n && named[k]) { j = k; continue; }
      break;
    }
    for (let w = i; w < j; w++) { runStart[w] = i; runEnd[w] = j - 1; }
    i = j;
  }
  return { runStart, runEnd };
}

const TAG_START = hashString("<s>"), TAG_END = hashString("</s>");

function view(forms: readonly string[], tags: readonly string[], lexicon: NameLexicon | null): SentenceView {
  const upos = tags.map((t) => {
    const sp = t.indexOf(" ");
    return hashString(sp < 0 ? t : t.slice(0, sp));
  });
  return {
    lx: forms.map(lexeme),
    pre3: forms.map((f) => hashString(normForm(f).slice(0, 3))),
    tag: tags.map(hashString),
    upos,
    caseless: forms.some((f) => /\p{Lu}/u.test(f)) ? 0 : 1,
    ...lexiconCodes(forms, lexicon),
    ...nameRuns(forms, tags),
  };
}

function lexiconCodes(forms: readonly string[], lexicon: NameLexicon | null): { lex: Int32Array; lexCodes: Uint8Array[] } {
  const lex = new Int32Array(forms.length);
  const lexCodes = lexicon ? lexicon.match(forms) : [];
  for (let l = lexCodes.length - 1; l >= 0; l--) for (let i = 0; i < forms.length; i++) lex[i] = lex[i]! * 5 + lexCodes[l]![i]!;
  return { lex, lexCodes };
}

/** Feature keys of word i given the two previous labels (-1, -2 before the sentence). */
function features(v: SentenceView, i: number, p1: number, p2: number, out: Uint32Array): number {
  const { lx } = v;
  const w = lx[i]!, w1 = lx[i - 1] ?? START, w2 = lx[i - 2] ?? START, n1 = lx[i + 1] ?? END, n2 = lx[i + 2] ?? END;
  const t = v.tag[i]!, u = v.upos[i]!;
  const u1 = i > 0 ? v.upos[i - 1]! : TAG_START, u2 = i > 1 ? v.upos[i - 2]! : TAG_START;
  const t1 = i > 0 ? v.tag[i - 1]! : TAG_START;
  const un1 = i + 1 < lx.length ? v.upos[i + 1]! : TAG_END, un2 = i + 2 < lx.length ? v.upos[i + 2]! : TAG_END;
  const tn1 = i + 1 < lx.length ? v.tag[i + 1]! : TAG_END;
  // the previous label's part and type, so "after a PERSON name" generalises over B/L/U
  const pPart = p1 < 0 ? p1 : part(p1), pType = typeOf(p1);
  let n = 0;
  out[n++] = mix(1, 0);
  out[n++] = mix(2, w.form);
  out[n++] = mix(3, w.suf2);
  out[n++] = mix(4, w.suf3);
  out[n++] = mix(5, w.suf4);
  out[n++] = mix(6, w.pre1);
  out[n++] = mix(7, v.pre3[i]!);
  out[n++] = mix(8, w.shape);
  out[n++] = mix(9, i === 0 ? 1 : 0, w.cap ? 1 : 0, v.caseless);
  out[n++] = mix(10, w1.form);
  out[n++] = mix(11, w2.form);
  out[n++] = mix(12, n1.form);
  out[n++] = mix(13, n2.form);
  out[n++] = mix(14, w1.form, w.form);
  out[n++] = mix(15, w.form, n1.form);
  out[n++] = mix(16, w1.shape);
  out[n++] = mix(17, n1.shape);
  out[n++] = mix(18, w1.shape, w.shape);
  out[n++] = mix(19, w.shape, n1.shape);
  out[n++] = mix(20, n1.suf3);
  out[n++] = mix(21, w1.suf3);
  out[n++] = mix(22, t);
  out[n++] = mix(23, u);
  out[n++] = mix(24, t1);
  out[n++] = mix(25, tn1);
  out[n++] = mix(26, u2);
  out[n++] = mix(27, un2);
  out[n++] = mix(28, u1, u);
  out[n++] = mix(29, u, un1);
  out[n++] = mix(30, u1, u, un1);
  out[n++] = mix(31, t, w.form);
  out[n++] = mix(32, u, w.shape);
  out[n++] = mix(33, u, v.caseless, w.cap ? 1 : 0);
  out[n++] = mix(34, p1);
  out[n++] = mix(35, p2);
  out[n++] = mix(36, p1, p2);
  out[n++] = mix(37, p1, w.form);
  out[n++] = mix(38, p1, u);
  out[n++] = mix(39, p1, w.shape);
  out[n++] = mix(40, p1, u, un1);
  out[n++] = mix(41, pPart, pType, n1.form);
  out[n++] = mix(42, p1, v.caseless, u);
  out[n++] = mix(43, w.hyphen ? 1 : 0, w.digit ? 1 : 0, w.cap ? 1 : 0);
  out[n++] = mix(44, u, n1.form);
  out[n++] = mix(45, w1.form, u);
  out[n++] = mix(46, u1, w.suf3);
  const rs = v.runStart[i]!, re = v.runEnd[i]!;
  if (rs >= 0) {
    const first = lx[rs]!, last = lx[re]!;
    const pos = rs === re ? 4 : i === rs ? 1 : i === re ? 3 : 2;
    out[n++] = mix(100, last.form);
    out[n++] = mix(101, first.form);
    out[n++] = mix(102, pos, Math.min(re - rs, 5));
    out[n++] = mix(103, last.form, pos);
    out[n++] = mix(104, last.suf3);
    out[n++] = mix(105, rs > 0 ? lx[rs - 1]!.form : START.form, pos);
    out[n++] = mix(106, re + 1 < lx.length ? lx[re + 1]!.form : END.form, pos);
    if (v.lexCodes.length) out[n++] = mix(107, v.lex[rs]!, v.lex[re]!);
  } else out[n++] = mix(108, u);
  for (let l = 0; l < v.lexCodes.length; l++) {
    const c = v.lexCodes[l]![i]!;
    if (c === 0) continue;
    out[n++] = mix(60 + l, c);
    out[n++] = mix(70 + l, c, w.cap ? 1 : 0, v.caseless);
    out[n++] = mix(80 + l, c, u);
  }
  if (v.lexCodes.length) {
    const here = v.lex[i]!, before = i > 0 ? v.lex[i - 1]! : -1, after = i + 1 < lx.length ? v.lex[i + 1]! : -1;
    out[n++] = mix(90, here);
    out[n++] = mix(91, before, here);
    out[n++] = mix(92, here, after);
    out[n++] = mix(93, here, p1);
  }
  return n;
}

export class EntityRecognizer {
  readonly labels: string[];
  private model: SparsePerceptron;
  private scores: Float32Array;
  private feats = new Uint32Array(MAX_FEATURES);
  constructor(readonly data: RecognizerData, model: SparsePerceptron, readonly lexicon: NameLexicon | null = null) {
    if (data.featureVersion !== RECOGNIZER_FEATURE_VERSION)
      throw new Error(`entity recogniser model has feature version ${data.featureVersion}, this code reads ${RECOGNIZER_FEATURE_VERSION}: retrain it`);
    this.labels = labelNames(data.types);
    if (model.nClasses !== this.labels.length) throw new Error(`entity recogniser model has ${model.nClasses} classes for ${this.labels.length} labels`);
    this.model = model;
    this.scores = new Float32Array(this.labels.length);
  }

  /** Label ids of one sentence's words (0 = O; see RecognizerData.types). */
  labelIds(forms: readonly string[], tags: readonly string[]): Int32Array {
    if (forms.length !== tags.length) throw new Error(`${forms.length} words but ${tags.length} tags`);
    const v = view(forms, tags, this.lexicon);
    const out = new Int32Array(forms.length);
    let p1 = -1, p2 = -2;
    for (let i = 0; i < forms.length; i++) {
      const n = features(v, i, p1, p2, this.feats);
      this.scores.fill(0);
      this.model.score(this.feats, n, this.scores);
      const y = argmax(this.scores, (y) => allowed(p1, y, i, forms.length));
      out[i] = y;
      p2 = p1;
      p1 = y;
    }
    return out;
  }

  /** Names in one sentence; `tags` are the words' "UPOS XPOS" tags (e.g. "PROPN NNP"), as the tagger gives them. */
  recognize(forms: readonly string[], tags: readonly string[]): EntitySpan[] {
    return decodeBilou(Array.from(this.labelIds(forms, tags), (y) => this.labels[y]!));
  }

  /** The model as the "ner" section of the syntax model file. */
  toSection(): ModelSection {
    const weights = this.model.toBytes();
    if (!this.lexicon) return { meta: { ...this.data, modelBytes: weights.length }, bytes: weights };
    const lexicon = this.lexicon.toBytes();
    const bytes = new Uint8Array(weights.length + lexicon.length);
    bytes.set(weights, 0);
    bytes.set(lexicon, weights.length);
    return { meta: { ...this.data, lexicon: this.lexicon.data, modelBytes: weights.length }, bytes };
  }

  static fromSection(section: ModelSection): EntityRecognizer {
    const meta = section.meta as Partial<RecognizerData> | null;
    if (!meta || !Array.isArray(meta.types) || typeof meta.featureVersion !== "number") throw new Error("not an entity recogniser section");
    const split = meta.modelBytes ?? section.bytes.length;
    const lexicon = meta.lexicon ? NameLexicon.fromBytes(meta.lexicon, section.bytes.subarray(split)) : null;
    return new EntityRecognizer(meta as RecognizerData, SparsePerceptron.fromBytes(section.bytes.subarray(0, split)), lexicon);
  }
}

/** A training sentence: forms, tags ("UPOS XPOS") and its names. */
export interface EntitySentence {
  forms: readonly string[];
  tags: readonly string[];
  entities: readonly EntitySpan[];
}

/**
 * Trains the recogniser; `order(epoch)` gives the sentence order of each epoch (the caller's seeded shuffle). Types are
 * numbered in order of first appearance unless `types` fixes them; `keep` is the share of weights the model keeps
 * (the largest; see PerceptronTrainer.finish).
 */
export function trainRecognizer(
  sentences: readonly EntitySentence[],
  epochs: number,
  order: (epoch: number) => number[],
  log: (msg: string) => void = () => {},
  options: { types?: string[]; about?: unknown; lexicon?: NameLexicon; keep?: number } = {},
): EntityRecognizer {
  const types = options.types ? [...options.types] : [];
  if (!options.types) for (const s of sentences) for (const e of s.entities) if (!types.includes(e.type)) types.push(e.type);
  const labels = labelNames(types);
  const labelIndex = new Map(labels.map((l, y) => [l, y]));
  const gold = sentences.map((s) =>
    encodeBilou(s.forms.length, s.entities).map((l) => {
      const y = labelIndex.get(l);
      if (y === undefined) throw new Error(`label ${l} of no known type`);
      return y;
    }),
  );
  const lexicon = options.lexicon ?? null;
  const views = sentences.map((s) => view(s.forms, s.tags, lexicon));
  const trainer = new PerceptronTrainer(labels.length);
  const feats = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(labels.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let right = 0, total = 0;
    for (const si of order(epoch)) {
      const v = views[si]!, truthLabels = gold[si]!, len = truthLabels.length;
      let p1 = -1, p2 = -2;
      for (let i = 0; i < len; i++) {
        const truth = truthLabels[i]!;
        const n = features(v, i, p1, p2, feats);
        scores.fill(0);
        trainer.score(feats, n, scores);
        // unconstrained in training, so that ill-formed labels are pushed down too (trained under the constraints,
        // the model never learnt them apart from well-formed ones, and its spans ran on: 4 F1 less on gum-open_dev)
        const guess = argmax(scores);
        trainer.update(feats, n, truth, guess);
        trainer.tick();
        if (guess === truth) right++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    log(`recogniser epoch ${epoch + 1}: train label accuracy ${((100 * right) / total).toFixed(2)}`);
  }
  const data: RecognizerData = { types, featureVersion: RECOGNIZER_FEATURE_VERSION, about: options.about };
  if (lexicon) data.lexicon = lexicon.data;
  return new EntityRecognizer(data, trainer.finish(options.keep), lexicon);
}
