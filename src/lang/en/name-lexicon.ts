// Name lists as features of the entity recogniser: hashed phrases (given names, places, organisations, people,
// demonyms) matched longest-first in a sentence, giving each word its BILOU position in a match of each list. The
// recogniser learns how far to trust each list (a place list says "Harrow", GUM's school says ORGANIZATION) and still
// finds names no list holds from their context; the lists mostly settle a name's TYPE, which context alone often
// cannot ("Norton" person or place). Phrases are stored as 32-bit hashes of their normalised words, so the lists
// cost four bytes a phrase and cannot be read back as text.
import { hashString, KeySet, mix } from "./hash.ts";
import { normForm } from "./lexical.ts";

export interface NameLexiconData {
  /** list names, in feature order */
  lists: string[];
  /** the longest phrase, in words */
  maxWords: number;
  /** phrases per list */
  sizes: number[];
}

/** A phrase's words as matched: normalised forms, with hyphens split off ("al-Ahali" → "al - ahali"). */
export function phraseWords(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .flatMap((w) => w.split(/(-)/))
    .filter((w) => w !== "")
    .map(normForm);
}

function phraseKey(list: number, words: readonly string[]): number {
  let h = mix(900, list);
  for (const w of words) h = mix(901, h, hashString(w));
  return h;
}

export class NameLexicon {
  private sets: KeySet[];
  constructor(readonly data: NameLexiconData, readonly keys: Uint32Array[]) {
    this.sets = keys.map((k) => new KeySet(k));
  }

  /** Builds the lexicon from phrase lists (each phrase: words separated by spaces). */
  static build(lists: Record<string, Iterable<string>>): NameLexicon {
    const names = Object.keys(lists);
    let maxWords = 1;
    const keys = names.map((name, l) => {
      const set = new Set<number>();
      for (const phrase of lists[name]!) {
        const words = phraseWords(phrase);
        if (words.length === 0 || words.length > 8) continue;
        maxWords = Math.max(maxWords, words.length);
        set.add(phraseKey(l, words));
      }
      return Uint32Array.from([...set].sort((a, b) => a - b));
    });
    return new NameLexicon({ lists: names, maxWords, sizes: keys.map((k) => k.length) }, keys);
  }

  /**
   * For each list, each word's position in the longest match covering it (left to right, longest first):
   * 0 none, 1 begin, 2 inside, 3 last, 4 a one-word match. Result[l][i].
   */
  match(forms: readonly string[]): Uint8Array[] {
    // words as phrases are: hyphens in a word split off, so "al-Ahali" and "al - Ahali" both match "al-ahali"
    const pieces: string[] = [];
    const wordOf: number[] = [];
    forms.forEach((f, i) => {
      for (const p of phraseWords(f)) {
        pieces.push(p);
        wordOf.push(i);
      }
    });
    const out = this.sets.map(() => new Uint8Array(forms.length));
    const max = this.data.maxWords;
    // each piece's hash once, not once per list and per phrase length
    const hashes = pieces.map(hashString);
    this.sets.forEach((set, l) => {
      const codes = out[l]!;
      for (let i = 0; i < pieces.length; ) {
        let h = mix(900, l), best = 0;
        for (let k = 1; k <= max && i + k <= pieces.length; k++) {
          h = mix(901, h, hashes[i + k - 1]!);
          if (set.has(h)) best = k;
        }
        // a match must start and end on word boundaries
        if (best > 0 && (i === 0 || wordOf[i - 1] !== wordOf[i]) && (i + best === pieces.length || wordOf[i + best] !== wordOf[i + best - 1])) {
          const first = wordOf[i]!, last = wordOf[i + best - 1]!;
          if (first === last) codes[first] = 4;
          else {
            codes[first] = 1;
            for (let w = first + 1; w < last; w++) codes[w] = 2;
            codes[last] = 3;
          }
          i += best;
        } else i++;
      }
    });
    return out;
  }

  toBytes(): Uint8Array {
    const total = this.keys.reduce((n, k) => n + k.length, 0);
    const out = new Uint8Array(total * 4);
    const dv = new DataView(out.buffer);
    let o = 0;
    for (const k of this.keys) for (let i = 0; i < k.length; i++, o += 4) dv.setUint32(o, k[i]!, true);
    return out;
  }

  static fromBytes(data: NameLexiconData, bytes: Uint8Array): NameLexicon {
    const dv = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    let o = 0;
    const keys = data.sizes.map((n) => {
      const k = new Uint32Array(n);
      for (let i = 0; i < n; i++, o += 4) k[i] = dv.getUint32(o, true);
      return k;
    });
    if (o !== bytes.length) throw new Error(`name lexicon: ${bytes.length} bytes for ${o / 4} phrases`);
    return new NameLexicon(data, keys);
  }
}
