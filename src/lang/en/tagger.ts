// Part-of-speech tagger: greedy left-to-right averaged perceptron (Collins 2002; the design of Honnibal's
// "A good POS tagger in 200 lines"), predicting UD's UPOS and the Penn XPOS together as one tag, so "VERB VBN"
// (a participle) and "VERB VBD" stay apart for the parser. Frequent unambiguous words take their tag from a
// dictionary built in training.
import { hashString, mix } from "./hash.ts";
import { END, lexeme, normForm, START, type Lexeme } from "./lexical.ts";
import { argmax, PerceptronTrainer, SparsePerceptron } from "./perceptron.ts";

export interface Tag {
  upos: string;
  xpos: string;
}

export interface TaggerData {
  /** joint tags "UPOS XPOS", by class id */
  tags: string[];
  /** normalised form → class id, for words that always carry one tag */
  dictionary: Record<string, number>;
  /** normalised form → hash of its ambiguity class (the tags it took at least 5% of the time in training), for
   * words seen 5 times or more: "that" may be DET, PRON or SCONJ, and the tagger learns which from context */
  ambiguity: Record<string, number>;
}

const MAX_FEATURES = 40;

/** Feature keys of word i given the two previous predicted tags and every word's ambiguity class (0: unknown). */
function features(lx: Lexeme[], amb: Uint32Array, i: number, p1: number, p2: number, out: Uint32Array): number {
  const w = lx[i]!, w1 = lx[i - 1] ?? START, w2 = lx[i - 2] ?? START, n1 = lx[i + 1] ?? END, n2 = lx[i + 2] ?? END;
  let n = 0;
  out[n++] = mix(1, 0);
  out[n++] = mix(2, w.form);
  out[n++] = mix(3, w.suf1);
  out[n++] = mix(4, w.suf2);
  out[n++] = mix(5, w.suf3);
  out[n++] = mix(6, w.suf4);
  out[n++] = mix(7, w.pre1);
  out[n++] = mix(8, w.shape);
  out[n++] = mix(9, p1);
  out[n++] = mix(10, p2);
  out[n++] = mix(11, p1, p2);
  out[n++] = mix(12, p1, w.form);
  out[n++] = mix(13, w1.form);
  out[n++] = mix(14, w1.suf3);
  out[n++] = mix(15, w2.form);
  out[n++] = mix(16, n1.form);
  out[n++] = mix(17, n1.suf3);
  out[n++] = mix(18, n1.shape);
  out[n++] = mix(19, n2.form);
  out[n++] = mix(20, w.form, n1.form);
  out[n++] = mix(21, w1.form, w.form);
  out[n++] = mix(22, p1, w.suf3);
  out[n++] = mix(23, i === 0 ? 1 : 0, w.cap ? 1 : 0, w.shape);
  out[n++] = mix(24, w.hyphen ? 1 : 0, w.digit ? 1 : 0);
  out[n++] = mix(25, w1.shape, w.shape);
  out[n++] = mix(26, n1.suf1);
  const a = amb[i]!, a1 = i + 1 < amb.length ? amb[i + 1]! : 1, a0 = i > 0 ? amb[i - 1]! : 1;
  out[n++] = mix(27, a);
  out[n++] = mix(28, a, p1);
  out[n++] = mix(29, a, a1);
  out[n++] = mix(30, a1);
  out[n++] = mix(31, a0, a);
  out[n++] = mix(32, a, w.suf3);
  return n;
}

export class Tagger {
  private dict: Map<string, number>;
  private amb: Map<string, number>;
  private scores: Float32Array;
  private feats = new Uint32Array(MAX_FEATURES);
  constructor(readonly data: TaggerData, readonly model: SparsePerceptron) {
    this.dict = new Map(Object.entries(data.dictionary));
    this.amb = new Map(Object.entries(data.ambiguity));
    this.scores = new Float32Array(data.tags.length);
  }

  /** Tag class ids of one sentence's words. */
  tagIds(forms: readonly string[]): Int32Array {
    const lx = forms.map(lexeme);
    const norms = forms.map(normForm);
    const amb = Uint32Array.from(norms, (f) => this.amb.get(f) ?? 0);
    const out = new Int32Array(forms.length);
    let p1 = -1, p2 = -2;
    for (let i = 0; i < forms.length; i++) {
      let y = this.dict.get(norms[i]!);
      if (y === undefined) {
        const n = features(lx, amb, i, p1, p2, this.feats);
        this.scores.fill(0);
        this.model.score(this.feats, n, this.scores);
        y = argmax(this.scores);
      }
      out[i] = y;
      p2 = p1;
      p1 = y;
    }
    return out;
  }

  tag(forms: readonly string[]): Tag[] {
    return [...this.tagIds(forms)].map((y) => splitTag(this.data.tags[y]!));
  }
}

export function splitTag(joint: string): Tag {
  const sp = joint.indexOf(" ");
  return { upos: joint.slice(0, sp), xpos: joint.slice(sp + 1) };
}

export interface TaggedSentence {
  forms: string[];
  /** joint tags "UPOS XPOS" */
  tags: string[];
}

/** Trains the tagger; `order(epoch)` gives the sentence order of each epoch (the caller's seeded shuffle). */
export function trainTagger(
  sentences: TaggedSentence[],
  epochs: number,
  order: (epoch: number) => number[],
  log: (msg: string) => void = () => {},
): Tagger {
  const tagIndex = new Map<string, number>();
  const counts = new Map<string, Map<string, number>>();
  for (const s of sentences)
    s.tags.forEach((t, i) => {
      if (!tagIndex.has(t)) tagIndex.set(t, tagIndex.size);
      const f = normForm(s.forms[i]!);
      const m = counts.get(f) ?? new Map<string, number>();
      m.set(t, (m.get(t) ?? 0) + 1);
      counts.set(f, m);
    });
  const tags = [...tagIndex.keys()];
  // a word seen 20 times or more with one tag at least 99.5% of the time is tagged from the dictionary
  const dictionary: Record<string, number> = {};
  const ambiguity: Record<string, number> = {};
  for (const [f, m] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const total = [...m.values()].reduce((a, b) => a + b, 0);
    const [top, n] = [...m].sort((a, b) => b[1] - a[1])[0]!;
    if (total >= 20 && n / total >= 0.995) dictionary[f] = tagIndex.get(top)!;
    if (total >= 5) ambiguity[f] = hashString([...m].filter(([, c]) => c / total >= 0.05).map(([t]) => t).sort().join("|"));
  }
  const trainer = new PerceptronTrainer(tags.length);
  const feats = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(tags.length);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let right = 0, total = 0;
    for (const si of order(epoch)) {
      const s = sentences[si]!;
      const lx = s.forms.map(lexeme);
      const amb = Uint32Array.from(s.forms, (f) => ambiguity[normForm(f)] ?? 0);
      let p1 = -1, p2 = -2;
      for (let i = 0; i < lx.length; i++) {
        const truth = tagIndex.get(s.tags[i]!)!;
        let guess = dictionary[normForm(s.forms[i]!)];
        if (guess === undefined) {
          const n = features(lx, amb, i, p1, p2, feats);
          scores.fill(0);
          trainer.score(feats, n, scores);
          guess = argmax(scores);
          trainer.update(feats, n, truth, guess);
          trainer.tick();
        }
        if (guess === truth) right++;
        total++;
        p2 = p1;
        p1 = guess;
      }
    }
    log(`tagger epoch ${epoch + 1}: train accuracy ${((100 * right) / total).toFixed(2)}`);
  }
  return new Tagger({ tags, dictionary, ambiguity }, trainer.finish());
}
