// Spans sorted by start for lookups by offset in O(log n + k): the spans inside a range, and those covering an
// offset. Stages ask these questions once per event or per word; a scan over a whole layer each time makes
// extraction quadratic in the document's length.

export interface Span {
  start: number;
  end: number;
}

/** The first position in `sorted` (ordered by start) whose item starts at or after `offset`. */
export function firstStartingAt<T extends { start: number }>(sorted: readonly T[], offset: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export class SpanIndex<T extends Span> {
  private readonly sorted: T[];
  private readonly longest: number;

  constructor(items: readonly T[]) {
    this.sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end);
    this.longest = this.sorted.reduce((m, s) => Math.max(m, s.end - s.start), 0);
  }

  private lowerBound(offset: number): number {
    return firstStartingAt(this.sorted, offset);
  }

  /** Spans lying inside [start, end), in order of start. */
  within(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.lowerBound(start); i < this.sorted.length && this.sorted[i]!.start < end; i++) {
      if (this.sorted[i]!.end <= end) out.push(this.sorted[i]!);
    }
    return out;
  }

  /** Spans overlapping [start, end), in order of start. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = this.lowerBound(start - this.longest); i < this.sorted.length && this.sorted[i]!.start < end; i++) {
      if (this.sorted[i]!.end > start) out.push(this.sorted[i]!);
    }
    return out;
  }

  /** Spans holding [start, end): span.start <= start and end <= span.end (an offset alone: the spans over it). */
  covering(start: number, end = start + 1): T[] {
    const out: T[] = [];
    // a span covering `start` starts at most `longest` characters before it
    for (let i = this.lowerBound(start - this.longest); i < this.sorted.length && this.sorted[i]!.start <= start; i++) {
      const s = this.sorted[i]!;
      if (s.end >= end && s.end > start) out.push(s);
    }
    return out;
  }

  /** The span lying inside [start, end) that `accept` takes whose start is nearest `at` (nearestIn). */
  nearest(at: number, start: number, end: number, accept: (s: T) => boolean, rank?: (s: T) => number): T | undefined {
    return nearestIn(this.sorted, at, start, end, accept, rank);
  }
}

/** The span of `sorted` (ordered by start) lying inside [start, end) that `accept` takes whose start is nearest
 * `at`; among equally near ones the lowest `rank`, then the first in `sorted`: what a stable sort of the accepted
 * spans inside the range by distance and rank puts first. Reads outwards from `at`, so only the spans nearer
 * than the answer are looked at (not every span of a long sentence for each event in it). */
export function nearestIn<T extends Span>(sorted: readonly T[], at: number, start: number, end: number, accept: (s: T) => boolean, rank: (s: T) => number = () => 0): T | undefined {
  const lo = firstStartingAt(sorted, start), hi = firstStartingAt(sorted, end), mid = firstStartingAt(sorted, at);
  let l = Math.min(mid, hi) - 1, r = Math.max(mid, lo);
  while (l >= lo || r < hi) {
    const d = Math.min(l >= lo ? at - sorted[l]!.start : Infinity, r < hi ? sorted[r]!.start - at : Infinity);
    // every span at this distance, in order: those starting at at - d (before), then those at at + d (after)
    const group: number[] = [];
    while (l >= lo && at - sorted[l]!.start === d) group.unshift(l--);
    while (r < hi && sorted[r]!.start - at === d) group.push(r++);
    let best: T | undefined, bestRank = Infinity;
    for (const k of group) {
      const s = sorted[k]!;
      if (s.end > end || !accept(s)) continue;
      const rk = rank(s);
      if (rk < bestRank) { best = s; bestRank = rk; }
    }
    if (best) return best;
  }
  return undefined;
}
