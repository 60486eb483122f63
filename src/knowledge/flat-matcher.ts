// A phrase matcher for very large lexicons (the actor base's ~30,000 names): phrases are grouped by their first
// token key, and a match compares the rest of each phrase of that group against the tokens. Far fewer objects
// than a trie of Maps, so it builds in a fraction of the time and garbage; lookups stay cheap because a first
// word starts few phrases. Same matching semantics as PhraseMatcher (longest match, optional veto).
import { phraseKeys, type WordToken } from "../text/tokenize.ts";
import { longestAt, scanMatches, type MatchSource, type PhraseMatch } from "./phrase-matcher.ts";

interface Entry<V> {
  /** keys after the first */
  rest: string[];
  values: V[];
}

export class FlatPhraseMatcher<V> implements MatchSource<V> {
  private readonly byFirst = new Map<string, Entry<V>[]>();
  /** every phrase by its joined keys, for exact lookups and merging repeated phrases */
  private readonly exact = new Map<string, Entry<V>>();
  size = 0;

  add(phrase: string, value: V): void {
    this.addKeys(phraseKeys(phrase), value);
  }

  addKeys(keys: string[], value: V): void {
    if (keys.length === 0) return;
    const joined = keys.join("\u0001");
    const same = this.exact.get(joined);
    if (same) same.values.push(value);
    else {
      const entry: Entry<V> = { rest: keys.slice(1), values: [value] };
      this.exact.set(joined, entry);
      let list = this.byFirst.get(keys[0]!);
      if (!list) this.byFirst.set(keys[0]!, (list = []));
      list.push(entry);
    }
    this.size++;
  }

  lookup(phrase: string): V[] | undefined {
    return this.exact.get(phraseKeys(phrase).join("\u0001"))?.values;
  }

  /** Every match starting at token i, shortest first. */
  matchesAt(tokens: readonly WordToken[], i: number, end: number): PhraseMatch<V>[] {
    const list = this.byFirst.get(tokens[i]!.key);
    if (!list) return [];
    const out: PhraseMatch<V>[] = [];
    for (const e of list) {
      const to = i + 1 + e.rest.length;
      if (to > end) continue;
      let ok = true;
      for (let k = 0; k < e.rest.length && ok; k++) ok = tokens[i + 1 + k]!.key === e.rest[k];
      if (ok) out.push({ from: i, to, start: tokens[i]!.start, end: tokens[to - 1]!.end, values: e.values });
    }
    return out.sort((a, b) => a.to - b.to);
  }

  /** Longest match starting at token i, or null. */
  matchAt(tokens: readonly WordToken[], i: number, end = tokens.length): PhraseMatch<V> | null {
    return longestAt(this, tokens, i, end);
  }

  /** Non-overlapping longest matches, left to right; `accept` may veto a match (then shorter ones are tried). */
  findAll(tokens: readonly WordToken[], from = 0, to = tokens.length, accept?: (m: PhraseMatch<V>) => boolean): PhraseMatch<V>[] {
    return scanMatches(this, tokens, from, to, accept);
  }
}
