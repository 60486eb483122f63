// Syndicated copies: the same wire story run by several outlets is one source, not five. MinHash over word
// 3-shingles estimates how much two texts share; locality-sensitive bands (16 bands of 4 hashes) find the
// candidates in the store without comparing every pair, and the estimate then decides.
export const SIGNATURE_SIZE = 64;
const ROWS_PER_BAND = 4;
/** Estimated Jaccard similarity of shingles above which two texts are copies of one story. */
export const NEAR_DUPLICATE_SIMILARITY = 0.7;

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: spreads a seed-mixed hash into an independent-looking one */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const SEEDS = Array.from({ length: SIGNATURE_SIZE }, (_, i) => mix(0x9e3779b9 * (i + 1)));

export function minhash(text: string): number[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  const n = Math.max(1, words.length - 2);
  for (let i = 0; i < n; i++) {
    const base = fnv1a(words.slice(i, i + 3).join(" "));
    for (let k = 0; k < SIGNATURE_SIZE; k++) {
      const h = mix(base ^ SEEDS[k]!);
      if (h < sig[k]!) sig[k] = h;
    }
  }
  return sig;
}

export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let k = 0; k < SIGNATURE_SIZE; k++) if (a[k] === b[k]) same++;
  return same / SIGNATURE_SIZE;
}

/** Band keys for the store's lookup table: "band index:hash of its rows". */
export function bandKeys(sig: number[]): string[] {
  const out: string[] = [];
  for (let b = 0; b < SIGNATURE_SIZE / ROWS_PER_BAND; b++)
    out.push(`${b}:${fnv1a(sig.slice(b * ROWS_PER_BAND, (b + 1) * ROWS_PER_BAND).join(","))}`);
  return out;
}

/** A wire credit naming two agencies, the one that filed first ("ACAN-EFE", "ACAN - EFE", "AP/Reuters"): the first
 * is the outlet, the second the agency it draws on, so all three spellings of ACAN's copy are one publisher. */
const CREDIT_PAIR = /^\s*([A-Za-z][A-Za-z.&]{1,9})\s*(?:\s-\s|[-/])\s*[A-Z][A-Za-z.&]{1,9}\s*$/;

/** A publisher key: the outlet's folded name (the first agency of a wire credit); without one, the document itself
 * is its own source. */
export function publisherKeyOf(source: string | null | undefined, documentId: string): string {
  const credit = CREDIT_PAIR.exec(source ?? "");
  const name = credit && /^[A-Z.&]+$/.test(credit[1]!) ? credit[1]! : (source ?? "");
  const k = name.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return k ? `pub:${k}` : `doc:${documentId.slice(0, 16)}`;
}
