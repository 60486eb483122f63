// Quotation-mark spans: pairs of opening and closing marks within a paragraph. Curly marks say which way they
// face; straight ones are read from their neighbours (a mark after a space opens, one before a space closes).
// Single marks count only outside double ones (inside they are nested quotes, part of the outer quote), and
// only when they cannot be apostrophes ("Iran's", "the militias' bases").

export interface MarkSpan {
  /** offset of the opening mark */
  open: number;
  /** offset of the closing mark, or the paragraph end when the quote runs on into the next paragraph */
  close: number;
  /** the quoted text between the marks */
  innerStart: number;
  innerEnd: number;
  /** no closing mark before the paragraph ended (a quote continued in the next paragraph) */
  unclosed: boolean;
  single: boolean;
}

const OPENING_DOUBLE = new Set(["\u201c", "\u201e", "\u00ab"]);
const CLOSING_DOUBLE = new Set(["\u201d", "\u00bb"]);
const OPENING_SINGLE = new Set(["\u2018", "\u201a"]);

/** Paragraph spans: text between blank lines or indented line starts (wire copy wraps lines inside paragraphs). */
export function paragraphs(norm: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const re = /\n[ \t\r]*\n|\n(?=[ \t]{2,})/g;
  let start = 0;
  for (let m = re.exec(norm); m; m = re.exec(norm)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: norm.length });
  return out.filter((p) => norm.slice(p.start, p.end).trim());
}

type Facing = "open" | "close" | "either";

/** Which way a straight mark faces, from the characters either side. */
function facing(norm: string, i: number, paraStart: number, paraEnd: number): Facing {
  const before = i > paraStart ? norm[i - 1]! : " ";
  const after = i + 1 < paraEnd ? norm[i + 1]! : " ";
  const spaceBefore = /[\s([{\-\/]/.test(before);
  const spaceAfter = /[\s.,;:!?)\]}\-]/.test(after);
  if (spaceBefore && !spaceAfter) return "open";
  if (!spaceBefore && spaceAfter) return "close";
  return "either";
}

function innerSpan(norm: string, open: number, close: number): { innerStart: number; innerEnd: number } {
  let innerStart = open + 1, innerEnd = close;
  while (innerStart < innerEnd && /\s/.test(norm[innerStart]!)) innerStart++;
  while (innerEnd > innerStart && /[\s,;:]/.test(norm[innerEnd - 1]!)) innerEnd--;
  return { innerStart, innerEnd };
}

/** Double-quoted spans of one paragraph. */
function doubleSpans(text: string, norm: string, start: number, end: number): MarkSpan[] {
  const out: MarkSpan[] = [];
  let open = -1;
  for (let i = start; i < end; i++) {
    if (norm[i] !== '"') continue;
    const ch = text[i]!;
    const face: Facing = OPENING_DOUBLE.has(ch) ? "open" : CLOSING_DOUBLE.has(ch) ? "close" : facing(norm, i, start, end);
    if (open < 0) {
      if (face !== "close") open = i;
    } else if (face !== "open" || ch === '"') {
      out.push({ open, close: i, ...innerSpan(norm, open, i), unclosed: false, single: false });
      open = -1;
    } else {
      open = i; // a curly opening mark while a quote is open: the earlier one was never closed
    }
  }
  if (open >= 0) out.push({ open, close: end, ...innerSpan(norm, open, end), unclosed: true, single: false });
  return out;
}

/** Single-quoted spans of one paragraph, outside its double-quoted spans. */
function singleSpans(text: string, norm: string, start: number, end: number, doubles: MarkSpan[]): MarkSpan[] {
  const out: MarkSpan[] = [];
  const insideDouble = (i: number) => doubles.some((d) => i > d.open && i < d.close);
  let open = -1;
  for (let i = start; i < end; i++) {
    if (norm[i] !== "'" || insideDouble(i)) continue;
    const before = i > start ? norm[i - 1]! : " ";
    const after = i + 1 < end ? norm[i + 1]! : " ";
    const opens = (OPENING_SINGLE.has(text[i]!) || text[i] === "'") && /[\s(\[]/.test(before) && /[\p{L}\p{N}]/u.test(after);
    const closes = !OPENING_SINGLE.has(text[i]!) && /[\p{L}\p{N}.,!?]/u.test(before) && /[\s.,;:!?)\]]/.test(after);
    if (open < 0 && opens) open = i;
    else if (open >= 0 && closes) {
      const span = { open, close: i, ...innerSpan(norm, open, i), unclosed: false, single: true };
      // a quote is at least two words; "the 'surge'" or a stray apostrophe is not
      if (/\S\s+\S/.test(norm.slice(span.innerStart, span.innerEnd))) out.push(span);
      open = -1;
    }
  }
  return out;
}

/** Every quotation-mark span of the text, in order. */
export function quotationSpans(text: string, norm: string): MarkSpan[] {
  const out: MarkSpan[] = [];
  for (const p of paragraphs(norm)) {
    const doubles = doubleSpans(text, norm, p.start, p.end);
    out.push(...doubles, ...singleSpans(text, norm, p.start, p.end, doubles));
  }
  return out.sort((a, b) => a.open - b.open);
}
