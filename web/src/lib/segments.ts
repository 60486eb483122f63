// Cuts a text into runs that each carry the set of marks covering them, so overlapping and nested annotations
// (an actor inside the highlighted sentence inside a quote) render as flat, non-overlapping elements.
// Pure: no DOM, tested in node.

export interface Mark {
  start: number;
  end: number;
  /** what the mark is: sentence, evidence, trigger, actor, date, place, quote ... (becomes a CSS class) */
  kind: string;
  /** a short explanation shown on hover (entity name, ISO date, coordinates) */
  label?: string;
}

export interface Segment {
  start: number;
  end: number;
  text: string;
  marks: Mark[];
}

/** Marks outside the text or empty are dropped; offsets are clamped to the text. */
export function segment(text: string, marks: Mark[]): Segment[] {
  const valid = marks
    .map((m) => ({ ...m, start: Math.max(0, Math.min(text.length, m.start)), end: Math.max(0, Math.min(text.length, m.end)) }))
    .filter((m) => Number.isFinite(m.start) && Number.isFinite(m.end) && m.end > m.start);
  const cuts = new Set<number>([0, text.length]);
  for (const m of valid) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    if (end <= start) continue;
    out.push({ start, end, text: text.slice(start, end), marks: valid.filter((m) => m.start <= start && m.end >= end) });
  }
  return out;
}

/** Re-bases marks given in document offsets onto an excerpt that starts at `offset`. */
export function rebase(marks: Mark[], offset: number): Mark[] {
  return marks.map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }));
}
