// A token trie: every multi-word name of a lexicon is inserted once, and a document is scanned in one pass
// taking the longest match at each position. One automaton per lexicon, not one regex per entry.
import { phraseKeys, type WordToken } from "../text/tokenize.ts";

interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  values?: V[];
}

export interface PhraseMatch<V> {
  /** index of the first and one past the last matched token */
  from: number;
  to: number;
  start: number;
  end: number;
  values: V[];
}

export class PhraseMatcher<V> implements MatchSource<V> {
  private root: TrieNode<V> = { next: new Map() };
  size = 0;

  /** Adds a phrase (written as text, e.g. "Kata'ib Hizbollah") with a value. */
  add(phrase: string, value: V): void {
    this.addKeys(phraseKeys(phrase), value);
  }

  addKeys(keys: string[], value: V): void {
    if (keys.length === 0) return;
    let node = this.root;
    for (const k of keys) {
      let n = node.next.get(k);
      if (!n) node.next.set(k, (n = { next: new Map() }));
      node = n;
    }
    (node.values ??= []).push(value);
    this.size++;
  }

  /** The values stored for exactly this phrase, if any. */
  lookup(phrase: string): V[] | undefined {
    let node: TrieNode<V> | undefined = this.root;
    for (const k of phraseKeys(phrase)) {
      node = node.next.get(k);
      if (!node) return undefined;
    }
    return node.values;
  }

  /** The values stored for exactly these token keys, if any. */
  lookupKeys(keys: readonly string[]): V[] | undefined {
    let node: TrieNode<V> | undefined = this.root;
    for (const k of keys) {
      node = node.next.get(k);
      if (!node) return undefined;
    }
    return node.values;
  }

  /** Every match starting at token i, shortest first. */
  matchesAt(tokens: readonly WordToken[], i: number, end = tokens.length): PhraseMatch<V>[] {
    let node: TrieNode<V> | undefined = this.root;
    const found: PhraseMatch<V>[] = [];
    for (let j = i; j < end && node; j++) {
      node = node.next.get(tokens[j]!.key);
      if (node?.values) found.push({ from: i, to: j + 1, start: tokens[i]!.start, end: tokens[j]!.end, values: node.values });
    }
    return found;
  }

  /** Longest match starting at token i, or null. */
  matchAt(tokens: readonly WordToken[], i: number, end = tokens.length): PhraseMatch<V> | null {
    return longestAt(this, tokens, i, end);
  }

  /** Non-overlapping longest matches, left to right. `accept` may veto a match (then shorter ones are tried). */
  findAll(tokens: readonly WordToken[], from = 0, to = tokens.length, accept?: (m: PhraseMatch<V>) => boolean): PhraseMatch<V>[] {
    return scanMatches(this, tokens, from, to, accept);
  }
}

/** What a lexicon index answers at one position; PhraseMatcher (a trie) and FlatPhraseMatcher share the scan. */
export interface MatchSource<V> {
  matchesAt(tokens: readonly WordToken[], i: number, end: number): PhraseMatch<V>[];
}

/** Longest match starting at token i, or null. */
export function longestAt<V>(src: MatchSource<V>, tokens: readonly WordToken[], i: number, end: number): PhraseMatch<V> | null {
  const all = src.matchesAt(tokens, i, end);
  return all[all.length - 1] ?? null;
}

/** Non-overlapping longest matches, left to right; a vetoed match gives way to the next shorter one. */
export function scanMatches<V>(src: MatchSource<V>, tokens: readonly WordToken[], from: number, to: number, accept?: (m: PhraseMatch<V>) => boolean): PhraseMatch<V>[] {
  const out: PhraseMatch<V>[] = [];
  for (let i = from; i < to; ) {
    const all = src.matchesAt(tokens, i, to);
    let m: PhraseMatch<V> | null = null;
    for (let k = all.length - 1; k >= 0 && !m; k--) if (!accept || accept(all[k]!)) m = all[k]!;
    if (m) {
      out.push(m);
      i = m.to;
    } else i++;
  }
  return out;
}
