// Averaged perceptron over hashed features: the learner behind the tagger, the parser and the entity recogniser.
// A feature is a 32-bit hash (see hash.ts); each feature owns a sparse row of class weights. Training keeps dense
// rows in a growable table; the trained model keeps only the non-zero averaged weights, quantised to 16 bits, and
// scores by walking each feature's row — small on disk and fast to read.

/** Open-addressing table from a non-zero 32-bit key to a row number. */
class KeyTable {
  keys: Uint32Array;
  rows: Int32Array;
  size = 0;
  constructor(capacity: number) {
    let cap = 1024;
    while (cap < capacity * 2) cap *= 2;
    this.keys = new Uint32Array(cap);
    this.rows = new Int32Array(cap).fill(-1);
  }
  get(key: number): number {
    const mask = this.keys.length - 1;
    for (let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === 0) return -1;
    }
  }
  /** the row of `key`, inserting it with `row` when absent */
  getOrAdd(key: number, row: number): number {
    if ((this.size + 1) * 2 > this.keys.length) this.grow();
    const mask = this.keys.length - 1;
    for (let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask; ; i = (i + 1) & mask) {
      const k = this.keys[i]!;
      if (k === key) return this.rows[i]!;
      if (k === 0) {
        this.keys[i] = key;
        this.rows[i] = row;
        this.size++;
        return row;
      }
    }
  }
  private grow(): void {
    const { keys, rows } = this;
    const next = new KeyTable(keys.length);
    for (let i = 0; i < keys.length; i++) if (keys[i] !== 0) next.getOrAdd(keys[i]!, rows[i]!);
    this.keys = next.keys;
    this.rows = next.rows;
  }
}

const CHUNK_ROWS = 1 << 15;

/** Training-time weights: dense rows per feature, averaged with the "w - u/c" trick (one pass, no timestamps). */
export class PerceptronTrainer {
  readonly nClasses: number;
  private table = new KeyTable(1 << 20);
  private w: Float32Array[] = [];
  private u: Float64Array[] = [];
  private rowCount = 0;
  /** number of instances seen: the clock of the averaging */
  private c = 1;

  constructor(nClasses: number) {
    this.nClasses = nClasses;
  }

  /** Adds the current weights of `n` features to `scores` (length nClasses, zeroed by the caller). */
  score(feats: Uint32Array, n: number, scores: Float32Array): void {
    const k = this.nClasses;
    for (let f = 0; f < n; f++) {
      const r = this.table.get(feats[f]!);
      if (r < 0) continue;
      const chunk = this.w[r >>> 15]!;
      const base = (r & (CHUNK_ROWS - 1)) * k;
      for (let y = 0; y < k; y++) scores[y]! += chunk[base + y]!;
    }
  }

  private row(key: number): number {
    const r = this.table.getOrAdd(key, this.rowCount);
    if (r === this.rowCount) {
      if ((r & (CHUNK_ROWS - 1)) === 0) {
        this.w.push(new Float32Array(CHUNK_ROWS * this.nClasses));
        this.u.push(new Float64Array(CHUNK_ROWS * this.nClasses));
      }
      this.rowCount++;
    }
    return r;
  }

  /** One perceptron step: `truth` up, `guess` down, by `delta`, on every feature. */
  update(feats: Uint32Array, n: number, truth: number, guess: number, delta = 1): void {
    if (truth === guess) return;
    const k = this.nClasses;
    const c = this.c;
    for (let f = 0; f < n; f++) {
      const r = this.row(feats[f]!);
      const w = this.w[r >>> 15]!, u = this.u[r >>> 15]!;
      const base = (r & (CHUNK_ROWS - 1)) * k;
      w[base + truth]! += delta;
      u[base + truth]! += c * delta;
      w[base + guess]! -= delta;
      u[base + guess]! -= c * delta;
    }
  }

  /** Advances the averaging clock: call once per training instance. */
  tick(): void {
    this.c++;
  }

  /** The averaged model. Only the largest `keep` share of weights (by magnitude) is kept: most averaged weights are
   * near zero, and dropping them shrinks the model and speeds scoring at a small cost in accuracy. */
  finish(keep = 1): SparsePerceptron {
    const k = this.nClasses, c = this.c;
    const { keys: tk, rows: tr } = this.table;
    // rows in key order, so the file is the same whatever the table's insertion history
    const order: number[] = [];
    for (let i = 0; i < tk.length; i++) if (tk[i] !== 0) order.push(i);
    order.sort((a, b) => tk[a]! - tk[b]!);
    const average = (r: number, y: number) => {
      const base = (r & (CHUNK_ROWS - 1)) * k;
      return this.w[r >>> 15]![base + y]! - this.u[r >>> 15]![base + y]! / c;
    };
    const magnitudes: number[] = [];
    for (const i of order) for (let y = 0; y < k; y++) {
      const a = Math.abs(average(tr[i]!, y));
      if (a > 0) magnitudes.push(a);
    }
    const sorted = Float64Array.from(magnitudes).sort();
    const threshold = keep >= 1 || !sorted.length ? Number.MIN_VALUE : sorted[Math.floor((1 - keep) * (sorted.length - 1))]!;
    const maxAbs = sorted.length ? sorted[sorted.length - 1]! : 1;
    const keys: number[] = [];
    const starts: number[] = [0];
    const cls: number[] = [];
    const ws: number[] = [];
    for (const i of order) {
      const before = cls.length;
      for (let y = 0; y < k; y++) {
        const avg = average(tr[i]!, y);
        if (Math.abs(avg) < threshold) continue;
        cls.push(y);
        ws.push(avg);
      }
      if (cls.length > before) {
        keys.push(tk[i]!);
        starts.push(cls.length);
      }
    }
    // 16-bit weights: one scale for the model keeps relative sizes exact to 1/32767 of the largest
    const scale = maxAbs / 32767;
    // rows in the order of their home slot in the loader's table, so loading fills the table front to back
    const mask = tableSize(keys.length) - 1;
    const home = (key: number) => (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
    const rows = keys.map((_, r) => r).sort((a, b) => home(keys[a]!) - home(keys[b]!) || keys[a]! - keys[b]!);
    const outKeys = new Uint32Array(rows.length), outStarts = new Uint32Array(rows.length + 1);
    const outCls = new Uint8Array(cls.length), q = new Int16Array(cls.length);
    let j = 0;
    rows.forEach((r, i) => {
      outKeys[i] = keys[r]!;
      for (let e = starts[r]!; e < starts[r + 1]!; e++, j++) {
        outCls[j] = cls[e]!;
        q[j] = Math.round(ws[e]! / scale);
      }
      outStarts[i + 1] = j;
    });
    return new SparsePerceptron(k, outKeys, outStarts, outCls, q, scale);
  }
}

/** A trained model: per feature key, a sparse row of (class, weight). In memory each feature owns a 16-byte slot
 * of an open-addressing table: its key and, for the nine rows in ten that have at most three weights, the weights
 * themselves, each packing class and 16-bit weight into one int (class << 16 | weight); a longer row's slot points
 * into a shared array instead. So scoring a feature mostly touches one cache line. Scores add up as exact integers
 * and are scaled once. */
export class SparsePerceptron {
  /** [key, a, b, c] per slot: a >= 0: up to three packed weights (0 = none); a < 0: row in `entries` [-a - 1, b) */
  private slots: Int32Array;
  private mask: number;
  private entries: Int32Array;
  private sums: Int32Array;
  constructor(
    readonly nClasses: number,
    readonly keys: Uint32Array,
    readonly starts: Uint32Array,
    readonly classes: Uint8Array,
    readonly quantised: Int16Array,
    readonly scale: number,
  ) {
    const cap = tableSize(keys.length);
    const mask = (this.mask = cap - 1);
    const slots = (this.slots = new Int32Array(cap * 4));
    const n = keys.length;
    let long = 0;
    for (let r = 0; r < n; r++) {
      const len = starts[r + 1]! - starts[r]!;
      if (len > 3) long += len;
    }
    const entries = (this.entries = new Int32Array(long));
    // (one plain loop, no closures: this runs for a million rows at every start-up)
    let e = 0;
    for (let r = 0; r < n; r++) {
      const key = keys[r]!;
      let i = (Math.imul(key, 0x9e3779b1) >>> 0) & mask;
      while (slots[i << 2] !== 0) i = (i + 1) & mask;
      const o = i << 2, a = starts[r]!, b = starts[r + 1]!;
      slots[o] = key | 0;
      if (b - a <= 3) {
        for (let j = a; j < b; j++) slots[o + 1 + j - a] = (classes[j]! << 16) | (quantised[j]! & 0xffff);
      } else {
        slots[o + 1] = -(e + 1);
        for (let j = a; j < b; j++) entries[e++] = (classes[j]! << 16) | (quantised[j]! & 0xffff);
        slots[o + 2] = e;
      }
    }
    this.sums = new Int32Array(nClasses);
  }

  /** Adds the weights of `n` features to `scores` (length nClasses, zeroed by the caller). */
  score(feats: Uint32Array, n: number, scores: Float32Array): void {
    const { slots, entries, sums, mask } = this;
    sums.fill(0);
    for (let f = 0; f < n; f++) {
      const key = feats[f]! | 0;
      let o = ((Math.imul(key, 0x9e3779b1) >>> 0) & mask) * 4;
      for (;;) {
        const k = slots[o]!;
        if (k === key) {
          const a = slots[o + 1]!;
          if (a < 0) {
            for (let j = -a - 1, e = slots[o + 2]!; j < e; j++) {
              const x = entries[j]!;
              sums[x >>> 16]! += (x << 16) >> 16;
            }
          } else if (a !== 0) {
            sums[a >>> 16]! += (a << 16) >> 16;
            const b = slots[o + 2]!;
            if (b !== 0) {
              sums[b >>> 16]! += (b << 16) >> 16;
              const c = slots[o + 3]!;
              if (c !== 0) sums[c >>> 16]! += (c << 16) >> 16;
            }
          }
          break;
        }
        if (k === 0) break;
        o = (o + 4) & (mask * 4 + 3);
      }
    }
    const scale = this.scale;
    for (let y = 0; y < sums.length; y++) scores[y]! += sums[y]! * scale;
  }

  /** Binary form: header of counts and scale, then keys, row starts, classes, weights (little-endian). */
  toBytes(): Uint8Array {
    const nRows = this.keys.length, nnz = this.classes.length;
    const size = 16 + nRows * 4 + (nRows + 1) * 4 + nnz + (nnz % 2) + nnz * 2;
    const buf = new ArrayBuffer(size);
    const dv = new DataView(buf);
    dv.setUint32(0, this.nClasses, true);
    dv.setUint32(4, nRows, true);
    dv.setUint32(8, nnz, true);
    dv.setFloat32(12, this.scale, true);
    let o = 16;
    for (let i = 0; i < nRows; i++, o += 4) dv.setUint32(o, this.keys[i]!, true);
    for (let i = 0; i <= nRows; i++, o += 4) dv.setUint32(o, this.starts[i]!, true);
    new Uint8Array(buf, o, nnz).set(this.classes);
    o += nnz + (nnz % 2);
    for (let i = 0; i < nnz; i++, o += 2) dv.setInt16(o, this.quantised[i]!, true);
    return new Uint8Array(buf);
  }

  static fromBytes(bytes: Uint8Array): SparsePerceptron {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const nClasses = dv.getUint32(0, true), nRows = dv.getUint32(4, true), nnz = dv.getUint32(8, true);
    const scale = dv.getFloat32(12, true);
    const keysAt = 16, startsAt = keysAt + nRows * 4, classesAt = startsAt + (nRows + 1) * 4, weightsAt = classesAt + nnz + (nnz % 2);
    if (weightsAt + nnz * 2 > bytes.byteLength) throw new Error("perceptron section truncated");
    // on a little-endian machine with an aligned buffer the arrays are views, not copies
    const aligned = LITTLE_ENDIAN && bytes.byteOffset % 4 === 0;
    const u32 = (at: number, n: number) => {
      if (aligned) return new Uint32Array(bytes.buffer, bytes.byteOffset + at, n);
      const a = new Uint32Array(n);
      for (let i = 0; i < n; i++) a[i] = dv.getUint32(at + i * 4, true);
      return a;
    };
    let q: Int16Array;
    if (aligned) q = new Int16Array(bytes.buffer, bytes.byteOffset + weightsAt, nnz);
    else {
      q = new Int16Array(nnz);
      for (let i = 0; i < nnz; i++) q[i] = dv.getInt16(weightsAt + i * 2, true);
    }
    return new SparsePerceptron(nClasses, u32(keysAt, nRows), u32(startsAt, nRows + 1), bytes.subarray(classesAt, classesAt + nnz), q, scale);
  }
}

/** Slots of the loader's open-addressing table for n keys: a power of two, at most half full. */
function tableSize(n: number): number {
  let cap = 1024;
  while (cap < n * 2) cap *= 2;
  return cap;
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** Index of the highest score among classes allowed by `ok` (all when omitted); -1 when none is allowed. */
export function argmax(scores: Float32Array, ok?: (y: number) => boolean): number {
  let best = -1, bestScore = -Infinity;
  for (let y = 0; y < scores.length; y++) {
    if (ok && !ok(y)) continue;
    if (scores[y]! > bestScore) { bestScore = scores[y]!; best = y; }
  }
  return best;
}
