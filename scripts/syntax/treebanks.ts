// The UD English treebanks in ../shared/data/ud, read into sentences (gzip CoNLL-U).
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { parseConllu, type ConlluSentence } from "../../src/lang/en/conllu.ts";
export { seededRandom } from "../../src/util/random.ts";

export const UD_DIR = join(import.meta.dirname, "..", "..", "..", "shared", "data", "ud");

export function readTreebank(name: string, dir = UD_DIR): ConlluSentence[] {
  return parseConllu(gunzipSync(readFileSync(join(dir, `${name}.conllu.gz`))).toString("utf8"));
}

/** A seeded Fisher-Yates shuffle of 0..n-1. */
export function shuffled(n: number, random: () => number): number[] {
  const a = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}
