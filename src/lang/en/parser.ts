// Labelled dependency parser: greedy arc-eager transitions (Nivre 2003) with the root at the end of the buffer
// (Ballesteros and Nivre 2013), scored by an averaged perceptron over the rich feature set of Zhang and Nivre
// (2011), trained with the dynamic oracle of Goldberg and Nivre (2012) so that it learns to recover from its own
// mistakes. Linear in the sentence length; no search.
import { hashString, mix } from "./hash.ts";
import { normForm } from "./lexical.ts";
import { PerceptronTrainer, SparsePerceptron } from "./perceptron.ts";

export interface ParserData {
  /** dependency labels by id */
  labels: string[];
}

export interface Arc {
  /** 0-based index of the head word, -1 for the root */
  head: number;
  deprel: string;
}

const SHIFT = 0, REDUCE = 1;
const MAX_FEATURES = 96;
const NONE = 0x7fffffff;

/** The parser's state: a stack, a buffer pointer and the arcs so far, with per-word child bookkeeping. */
class State {
  readonly n: number;
  stack: number[] = [];
  /** next buffer word; n is the root, which stays last and is never shifted */
  b = 0;
  heads: Int32Array;
  labels: Int32Array;
  /** leftmost, second-leftmost, rightmost and second-rightmost children, -1 when none */
  l1: Int32Array; l2: Int32Array; r1: Int32Array; r2: Int32Array;
  nLeft: Int32Array; nRight: Int32Array;
  /** label sets of left and right children, as 64-bit masks in two words */
  leftSetLo: Int32Array; leftSetHi: Int32Array; rightSetLo: Int32Array; rightSetHi: Int32Array;

  constructor(n: number) {
    this.n = n;
    const m = n + 1;
    this.heads = new Int32Array(m).fill(-1);
    this.labels = new Int32Array(m).fill(-1);
    this.l1 = new Int32Array(m).fill(-1); this.l2 = new Int32Array(m).fill(-1);
    this.r1 = new Int32Array(m).fill(-1); this.r2 = new Int32Array(m).fill(-1);
    this.nLeft = new Int32Array(m); this.nRight = new Int32Array(m);
    this.leftSetLo = new Int32Array(m); this.leftSetHi = new Int32Array(m);
    this.rightSetLo = new Int32Array(m); this.rightSetHi = new Int32Array(m);
  }

  get done(): boolean {
    return this.b >= this.n && this.stack.length === 0;
  }

  addArc(head: number, dep: number, label: number): void {
    this.heads[dep] = head;
    this.labels[dep] = label;
    const bit = 1 << (label & 31);
    if (dep < head) {
      // children arrive in order: a left child of a buffer word comes from the stack, nearest last
      this.nLeft[head]!++;
      if (label < 32) this.leftSetLo[head]! |= bit; else this.leftSetHi[head]! |= bit;
      if (this.l1[head]! < 0 || dep < this.l1[head]!) { this.l2[head] = this.l1[head]!; this.l1[head] = dep; }
      else if (this.l2[head]! < 0 || dep < this.l2[head]!) this.l2[head] = dep;
    } else {
      this.nRight[head]!++;
      if (label < 32) this.rightSetLo[head]! |= bit; else this.rightSetHi[head]! |= bit;
      if (this.r1[head]! < 0 || dep > this.r1[head]!) { this.r2[head] = this.r1[head]!; this.r1[head] = dep; }
      else if (this.r2[head]! < 0 || dep > this.r2[head]!) this.r2[head] = dep;
    }
  }
}

/** Move classes: SHIFT, REDUCE, LEFT-label (2..L+1), RIGHT-label (L+2..2L+1). */
export class MoveSet {
  readonly nLabels: number;
  readonly nClasses: number;
  readonly rootLabel: number;
  constructor(readonly labels: string[]) {
    this.nLabels = labels.length;
    this.nClasses = 2 + 2 * labels.length;
    this.rootLabel = labels.indexOf("root");
  }
  left(l: number): number { return 2 + l; }
  right(l: number): number { return 2 + this.nLabels + l; }
  isLeft(y: number): boolean { return y >= 2 && y < 2 + this.nLabels; }
  isRight(y: number): boolean { return y >= 2 + this.nLabels; }
  labelOf(y: number): number { return this.isLeft(y) ? y - 2 : y - 2 - this.nLabels; }

  /** The highest-scoring valid move (validity decided once per kind of move, not per label), among those `ok`
   * accepts when given (training asks for the best zero-cost move); -1 when there is none. Ties go to the lower
   * class. */
  best(s: State, scores: Float32Array, ok?: (y: number) => boolean): number {
    const atRoot = s.b >= s.n;
    const s0 = s.stack.length ? s.stack[s.stack.length - 1]! : -1;
    const s0Attached = s0 >= 0 && s.heads[s0]! >= 0;
    let best = -1, top = -Infinity;
    const take = (y: number) => { if ((best < 0 || scores[y]! > top) && (!ok || ok(y))) { best = y; top = scores[y]!; } };
    if (!atRoot) take(SHIFT);
    if (s0Attached) take(REDUCE);
    if (s0 >= 0 && !s0Attached) {
      if (atRoot) take(this.left(this.rootLabel));
      else for (let l = 0; l < this.nLabels; l++) if (l !== this.rootLabel) take(this.left(l));
    }
    if (s0 >= 0 && !atRoot) for (let l = 0; l < this.nLabels; l++) if (l !== this.rootLabel) take(this.right(l));
    return best;
  }

  apply(s: State, y: number): void {
    if (y === SHIFT) { s.stack.push(s.b++); return; }
    if (y === REDUCE) { s.stack.pop(); return; }
    const s0 = s.stack[s.stack.length - 1]!;
    if (this.isLeft(y)) {
      s.addArc(s.b, s0, this.labelOf(y));
      s.stack.pop();
    } else {
      s.addArc(s0, s.b, this.labelOf(y));
      s.stack.push(s.b++);
    }
  }
}

/** Word properties the features read: hashed form and tag, with sentinels for "no word" and the root. */
interface Words {
  form: Uint32Array;
  tag: Uint32Array;
}

const distBucket = (d: number) => (d > 10 ? 10 : d > 5 ? 6 : d);

// (module-level accessors, not closures: the feature function runs twice per word and must not allocate)
const W = (w: Words, i: number) => (i < 0 ? NONE : w.form[i]!);
const T = (w: Words, i: number) => (i < 0 ? NONE : w.tag[i]!);
const L = (s: State, i: number) => (i < 0 ? NONE : s.labels[i]!);

/** Zhang & Nivre (2011) feature templates over the current state. */
function stateFeatures(s: State, w: Words, out: Uint32Array): number {
  const { stack, n } = s;
  const s0 = stack.length ? stack[stack.length - 1]! : -1;
  const s1 = stack.length > 1 ? stack[stack.length - 2]! : -1;
  const b0 = s.b <= n ? s.b : -1;
  const b1 = s.b + 1 <= n ? s.b + 1 : -1;
  const b2 = s.b + 2 <= n ? s.b + 2 : -1;
  const s0h = s0 >= 0 ? s.heads[s0]! : -1;
  const s0h2 = s0h >= 0 && s0h < n ? s.heads[s0h]! : -1;
  const s0l = s0 >= 0 ? s.l1[s0]! : -1, s0l2 = s0 >= 0 ? s.l2[s0]! : -1;
  const s0r = s0 >= 0 ? s.r1[s0]! : -1, s0r2 = s0 >= 0 ? s.r2[s0]! : -1;
  const b0l = b0 >= 0 ? s.l1[b0]! : -1, b0l2 = b0 >= 0 ? s.l2[b0]! : -1;
  const s0w = W(w, s0), s0p = T(w, s0), b0w = W(w, b0), b0p = T(w, b0), b1w = W(w, b1), b1p = T(w, b1), b2w = W(w, b2), b2p = T(w, b2);
  const d = s0 >= 0 && b0 >= 0 ? distBucket(b0 - s0) : NONE;
  const s0vl = s0 >= 0 ? s.nLeft[s0]! : NONE, s0vr = s0 >= 0 ? s.nRight[s0]! : NONE, b0vl = b0 >= 0 ? s.nLeft[b0]! : NONE;
  const s0sl = s0 >= 0 ? mix(0, s.leftSetLo[s0]!, s.leftSetHi[s0]!) : NONE;
  const s0sr = s0 >= 0 ? mix(0, s.rightSetLo[s0]!, s.rightSetHi[s0]!) : NONE;
  const b0sl = b0 >= 0 ? mix(0, s.leftSetLo[b0]!, s.leftSetHi[b0]!) : NONE;
  let k = 0;
  out[k++] = mix(1, 0);
  // single words
  out[k++] = mix(2, s0w); out[k++] = mix(3, s0p); out[k++] = mix(4, s0w, s0p);
  out[k++] = mix(5, b0w); out[k++] = mix(6, b0p); out[k++] = mix(7, b0w, b0p);
  out[k++] = mix(8, b1w); out[k++] = mix(9, b1p); out[k++] = mix(10, b1w, b1p);
  out[k++] = mix(11, b2w); out[k++] = mix(12, b2p); out[k++] = mix(13, b2w, b2p);
  // pairs
  out[k++] = mix(14, s0w, s0p, mix(0, b0w, b0p)); out[k++] = mix(15, s0w, s0p, b0w); out[k++] = mix(16, s0w, b0w, b0p); out[k++] = mix(17, s0w, s0p, b0p);
  out[k++] = mix(18, s0p, b0w, b0p); out[k++] = mix(19, s0w, b0w); out[k++] = mix(20, s0p, b0p); out[k++] = mix(21, b0p, b1p);
  // triples
  out[k++] = mix(22, b0p, b1p, b2p); out[k++] = mix(23, s0p, b0p, b1p); out[k++] = mix(24, T(w, s0h), s0p, b0p); out[k++] = mix(25, s0p, T(w, s0l), b0p);
  out[k++] = mix(26, s0p, T(w, s0r), b0p); out[k++] = mix(27, s0p, b0p, T(w, b0l));
  // distance
  out[k++] = mix(28, s0w, d); out[k++] = mix(29, s0p, d); out[k++] = mix(30, b0w, d); out[k++] = mix(31, b0p, d); out[k++] = mix(32, s0w, b0w, d); out[k++] = mix(33, s0p, b0p, d);
  // valency
  out[k++] = mix(34, s0w, s0vr); out[k++] = mix(35, s0p, s0vr); out[k++] = mix(36, s0w, s0vl); out[k++] = mix(37, s0p, s0vl); out[k++] = mix(38, b0w, b0vl); out[k++] = mix(39, b0p, b0vl);
  // second-order unigrams
  out[k++] = mix(40, W(w, s0h)); out[k++] = mix(41, T(w, s0h)); out[k++] = mix(42, L(s, s0)); out[k++] = mix(43, W(w, s0l)); out[k++] = mix(44, T(w, s0l)); out[k++] = mix(45, L(s, s0l));
  out[k++] = mix(46, W(w, s0r)); out[k++] = mix(47, T(w, s0r)); out[k++] = mix(48, L(s, s0r)); out[k++] = mix(49, W(w, b0l)); out[k++] = mix(50, T(w, b0l)); out[k++] = mix(51, L(s, b0l));
  // third order
  out[k++] = mix(52, W(w, s0h2)); out[k++] = mix(53, T(w, s0h2)); out[k++] = mix(54, L(s, s0h)); out[k++] = mix(55, W(w, s0l2)); out[k++] = mix(56, T(w, s0l2)); out[k++] = mix(57, L(s, s0l2));
  out[k++] = mix(58, W(w, s0r2)); out[k++] = mix(59, T(w, s0r2)); out[k++] = mix(60, L(s, s0r2)); out[k++] = mix(61, W(w, b0l2)); out[k++] = mix(62, T(w, b0l2)); out[k++] = mix(63, L(s, b0l2));
  out[k++] = mix(64, s0p, T(w, s0l), T(w, s0l2)); out[k++] = mix(65, s0p, T(w, s0r), T(w, s0r2)); out[k++] = mix(66, s0p, T(w, s0h), T(w, s0h2)); out[k++] = mix(67, b0p, T(w, b0l), T(w, b0l2));
  // label sets
  out[k++] = mix(68, s0w, s0sr); out[k++] = mix(69, s0p, s0sr); out[k++] = mix(70, s0w, s0sl); out[k++] = mix(71, s0p, s0sl); out[k++] = mix(72, b0w, b0sl); out[k++] = mix(73, b0p, b0sl);
  // the second stack word, and labels with the pair
  out[k++] = mix(74, T(w, s1)); out[k++] = mix(75, W(w, s1), T(w, s1)); out[k++] = mix(76, T(w, s1), s0p, b0p); out[k++] = mix(77, L(s, s0), s0p, b0p);
  out[k++] = mix(78, s0p, L(s, s0l), L(s, s0r)); out[k++] = mix(79, b0p, L(s, b0l), d);
  // word pairs across the buffer front, and the stack top against the second buffer word
  out[k++] = mix(80, b0w, b1w); out[k++] = mix(81, b0w, b1p); out[k++] = mix(82, s0p, b0w, b1p); out[k++] = mix(83, s0w, b1w);
  return k;
}

function wordsOf(forms: readonly string[], tags: readonly string[]): Words {
  const n = forms.length;
  const form = new Uint32Array(n + 1), tag = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    form[i] = hashString(normForm(forms[i]!));
    tag[i] = mix(99, tags[i]!.length, tagHash(tags[i]!));
  }
  form[n] = 0x524f4f54; // the root
  tag[n] = 0x524f4f54;
  return { form, tag };
}

function tagHash(t: string): number {
  let h = 0;
  for (let i = 0; i < t.length; i++) h = Math.imul(h, 31) + t.charCodeAt(i);
  return h >>> 0;
}

export class Parser {
  readonly moves: MoveSet;
  private feats = new Uint32Array(MAX_FEATURES);
  private scores: Float32Array;
  constructor(readonly data: ParserData, readonly model: SparsePerceptron) {
    this.moves = new MoveSet(data.labels);
    this.scores = new Float32Array(this.moves.nClasses);
  }

  /** Heads and labels of one sentence's words, given their tags ("UPOS XPOS"). Always a tree with one root. */
  parse(forms: readonly string[], tags: readonly string[]): Arc[] {
    const n = forms.length;
    const s = new State(n);
    const w = wordsOf(forms, tags);
    const { moves } = this;
    while (!s.done) {
      const k = stateFeatures(s, w, this.feats);
      this.scores.fill(0);
      this.model.score(this.feats, k, this.scores);
      moves.apply(s, moves.best(s, this.scores));
    }
    return toArcs(s, this.data.labels);
  }
}

/** Arcs of a final state; where several words took the root, the first keeps it and the others hang from it. */
function toArcs(s: State, labels: string[]): Arc[] {
  const out: Arc[] = [];
  let root = -1;
  for (let i = 0; i < s.n; i++) {
    const h = s.heads[i]!;
    if (h === s.n || h < 0) {
      if (root < 0) { root = i; out.push({ head: -1, deprel: "root" }); }
      else out.push({ head: root, deprel: "parataxis" });
    } else out.push({ head: h, deprel: labels[s.labels[i]!]! });
  }
  return out;
}

export interface TreeSentence {
  forms: string[];
  /** the tags the parser will see ("UPOS XPOS"): predicted ones in training, so it learns on what it will get */
  tags: string[];
  /** 0-based heads, -1 for the root */
  heads: number[];
  deprels: string[];
}

/** True when no two arcs cross (the arc-eager system and its dynamic oracle need projective trees). */
export function isProjective(heads: readonly number[]): boolean {
  const n = heads.length;
  const h = heads.map((x) => (x < 0 ? n : x));
  for (let i = 0; i < n; i++) {
    const a = Math.min(i, h[i]!), b = Math.max(i, h[i]!);
    for (let j = a + 1; j < b; j++) {
      const c = Math.min(j, h[j]!), d = Math.max(j, h[j]!);
      if (c < a || d > b) return false;
    }
  }
  return true;
}

/** Gold arcs each kind of move makes unreachable (Goldberg and Nivre 2012); a labelled move adds one when it
 * makes a gold arc with the wrong label. */
interface MoveCosts {
  shift: number;
  reduce: number;
  left: number;
  right: number;
  /** the gold label when the left (right) arc is a gold arc, else -1 */
  leftLabel: number;
  rightLabel: number;
}

function moveCosts(s: State, gh: Int32Array, gl: Int32Array): MoveCosts {
  const { stack, n } = s;
  const b0 = s.b;
  const s0 = stack.length ? stack[stack.length - 1]! : -1;
  const c: MoveCosts = { shift: 0, reduce: 0, left: 0, right: 0, leftLabel: -1, rightLabel: -1 };
  // shift: b0's dependents waiting in the stack, and its head in the stack, are lost
  if (b0 < n) {
    for (const k of stack) {
      if (gh[k] === b0 && s.heads[k]! < 0) c.shift++;
      if (gh[b0] === k) c.shift++;
    }
  }
  if (s0 < 0) return c;
  // reduce: s0's dependents still in the buffer are lost
  for (let k = b0; k <= n; k++) if (gh[k] === s0) c.reduce++;
  // left arc: s0 leaves with head b0; its dependents in the buffer and a head beyond b0 are lost
  c.left = c.reduce;
  for (let k = b0 + 1; k <= n; k++) if (gh[s0] === k) c.left++;
  if (gh[s0] === b0) c.leftLabel = gl[s0]!;
  // right arc: b0 takes s0 as head; a head elsewhere and dependents waiting in the stack are lost
  if (b0 < n) {
    if (gh[b0] === s0) c.rightLabel = gl[b0]!;
    else {
      for (const k of stack) if (k !== s0 && gh[b0] === k) c.right++;
      if (gh[b0]! > b0) c.right++;
    }
    for (const k of stack) if (gh[k] === b0 && s.heads[k]! < 0) c.right++;
  }
  return c;
}

function costOf(y: number, c: MoveCosts, moves: MoveSet): number {
  if (y === SHIFT) return c.shift;
  if (y === REDUCE) return c.reduce;
  const l = moves.labelOf(y);
  if (moves.isLeft(y)) return c.left + (c.leftLabel >= 0 && c.leftLabel !== l ? 1 : 0);
  return c.right + (c.rightLabel >= 0 && c.rightLabel !== l ? 1 : 0);
}

/** Trains the parser with the dynamic oracle; from epoch 2 it follows its own prediction 90% of the time. */
export function trainParser(
  sentences: TreeSentence[],
  epochs: number,
  order: (epoch: number) => number[],
  random: () => number,
  log: (msg: string) => void = () => {},
  keep = 1,
): Parser {
  const labelSet = new Set<string>(["root"]);
  for (const s of sentences) for (const l of s.deprels) labelSet.add(l);
  const labels = [...labelSet].sort();
  const moves = new MoveSet(labels);
  const trainer = new PerceptronTrainer(moves.nClasses);
  const feats = new Uint32Array(MAX_FEATURES);
  const scores = new Float32Array(moves.nClasses);
  const projective = sentences.map((s) => isProjective(s.heads));
  log(`parser: ${projective.filter(Boolean).length} of ${sentences.length} training trees are projective; ${labels.length} labels`);
  for (let epoch = 0; epoch < epochs; epoch++) {
    let right = 0, total = 0;
    for (const si of order(epoch)) {
      const sent = sentences[si]!;
      if (!projective[si]) continue;
      const n = sent.forms.length;
      const gh = new Int32Array(n + 1).fill(-1), gl = new Int32Array(n + 1).fill(-1);
      sent.heads.forEach((h, i) => { gh[i] = h < 0 ? n : h; gl[i] = labels.indexOf(sent.deprels[i]!); });
      const w = wordsOf(sent.forms, sent.tags);
      const s = new State(n);
      while (!s.done) {
        const k = stateFeatures(s, w, feats);
        scores.fill(0);
        trainer.score(feats, k, scores);
        const costs = moveCosts(s, gh, gl);
        const guess = moves.best(s, scores);
        let best = moves.best(s, scores, (y) => costOf(y, costs, moves) === 0);
        if (best < 0) best = guess; // no zero-cost move left (cannot happen on a projective tree)
        trainer.update(feats, k, best, guess);
        trainer.tick();
        if (guess === best) right++;
        total++;
        moves.apply(s, epoch > 0 && random() < 0.9 ? guess : best);
      }
    }
    log(`parser epoch ${epoch + 1}: ${((100 * right) / total).toFixed(2)}% of moves right`);
  }
  return new Parser({ labels }, trainer.finish(keep));
}
