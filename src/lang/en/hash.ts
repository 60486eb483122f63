// Feature hashing: strings and small integers mixed into non-zero 32-bit keys (0 marks an empty table slot).

/** FNV-1a over UTF-16 code units. */
export function hashString(s: string): number {
  return hashRange(s, 0, s.length);
}

/** FNV-1a over the code units [from, to) of a string: the hash of that slice, without making it. */
export function hashRange(s: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mixes a template id with up to three values into one feature key (murmur3's finaliser between steps). */
export function mix(template: number, a: number, b = 0, c = 0): number {
  let h = Math.imul(template + 0x9e3779b9, 0x85ebca6b) ^ a;
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) ^ b;
  h = Math.imul(h ^ (h >>> 13), 0x297a2d39) ^ c;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return h >>> 0 || 1;
}

/** A set of non-zero 32-bit keys in one open-addressing typed array: a JS Set would box every key above 2^30 as a
 * heap number, and the name lists hold a million of them. */
export class KeySet {
  private readonly table: Int32Array;
  private readonly mask: number;
  constructor(keys: Uint32Array) {
    let cap = 1024;
    while (cap < keys.length * 2) cap *= 2;
    this.mask = cap - 1;
    this.table = new Int32Array(cap);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]! | 0;
      if (key === 0) continue;
      let s = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
      while (this.table[s] !== 0 && this.table[s] !== key) s = (s + 1) & this.mask;
      this.table[s] = key;
    }
  }

  has(key: number): boolean {
    const k = key | 0;
    let s = (Math.imul(k, 0x9e3779b1) >>> 0) & this.mask;
    for (;;) {
      const t = this.table[s]!;
      if (t === k) return k !== 0;
      if (t === 0) return false;
      s = (s + 1) & this.mask;
    }
  }
}
