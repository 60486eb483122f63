// Mutation fuzzing: real texts (the seed article, the bundled wire reports) and generated files, changed by byte
// and character flips, splices, duplications, truncations, deletions and insertions of hostile pieces. Positions
// are fractions of the current length, so one plan applies to any text.
import fc from "fast-check";
import { hugeNumber, nasty } from "./hostile.ts";

/** Mutated texts never grow past this: a mutation plan should stress structure, not memory. */
const MAX_MUTATED = 20_000;

const OPS = ["flip", "insert", "splice", "duplicate", "truncate", "delete", "upper", "swap"] as const;
export interface Mutation {
  op: (typeof OPS)[number];
  a: number;
  b: number;
  /** bit to flip, or how many copies to make */
  k: number;
  piece: string;
}

const insertPiece = fc.oneof(nasty, hugeNumber, fc.constantFrom("<p>", "</div>", "<!--", "&#xD800;", "\"", "\n\n", "--", "DEV-MUC3-0001 (NOSC)\n\n", "{\"text\":", "]]>", "\u0000"));
export const mutationPlan = fc.array(
  fc.record({ op: fc.constantFrom(...OPS), a: fc.double({ min: 0, max: 1, noNaN: true }), b: fc.double({ min: 0, max: 1, noNaN: true }), k: fc.integer({ min: 0, max: 40 }), piece: insertPiece }),
  { minLength: 1, maxLength: 8 },
);

const at = (f: number, n: number) => Math.min(n, Math.floor(f * (n + 1)));

/** Applies a plan to a string, unit by UTF-16 unit (so a flip or a cut can leave half a surrogate pair). */
export function mutateText(text: string, plan: readonly Mutation[]): string {
  let s = text;
  for (const m of plan) {
    const i = at(m.a, s.length), j = at(m.b, s.length);
    const [lo, hi] = i <= j ? [i, j] : [j, i];
    switch (m.op) {
      case "flip":
        if (i < s.length) s = s.slice(0, i) + String.fromCharCode(s.charCodeAt(i) ^ (1 << (m.k % 16))) + s.slice(i + 1);
        break;
      case "insert": s = s.slice(0, i) + m.piece + s.slice(i); break;
      case "splice": s = s.slice(0, i) + s.slice(lo, Math.min(hi, lo + 5000)) + s.slice(i); break;
      case "duplicate": s = s.slice(0, hi) + s.slice(lo, hi).repeat(Math.min(m.k, Math.floor(MAX_MUTATED / Math.max(1, hi - lo)))) + s.slice(hi); break;
      case "truncate": s = s.slice(0, i); break;
      case "delete": s = s.slice(0, lo) + s.slice(hi); break;
      case "upper": s = s.slice(0, lo) + s.slice(lo, hi).toUpperCase() + s.slice(hi); break;
      case "swap": s = s.slice(hi) + s.slice(lo, hi) + s.slice(0, lo); break;
    }
    if (s.length > MAX_MUTATED) s = s.slice(0, MAX_MUTATED);
  }
  return s;
}

/** Applies a plan to bytes (so a flip or a cut can break a UTF-8 sequence or plant a NUL). */
export function mutateBytes(bytes: Uint8Array, plan: readonly Mutation[]): Uint8Array {
  let b = bytes;
  const enc = new TextEncoder();
  for (const m of plan) {
    const i = at(m.a, b.length), j = at(m.b, b.length);
    const [lo, hi] = i <= j ? [i, j] : [j, i];
    switch (m.op) {
      case "flip":
        if (i < b.length) b = Uint8Array.from(b), (b[i] = b[i]! ^ (1 << (m.k % 8)));
        break;
      case "insert": b = concat(b.subarray(0, i), enc.encode(m.piece), b.subarray(i)); break;
      case "splice": b = concat(b.subarray(0, i), b.subarray(lo, Math.min(hi, lo + 5000)), b.subarray(i)); break;
      case "duplicate": {
        const copies = Math.min(m.k, Math.floor(MAX_MUTATED / Math.max(1, hi - lo)));
        b = concat(b.subarray(0, hi), ...Array.from({ length: copies }, () => b.subarray(lo, hi)), b.subarray(hi));
        break;
      }
      case "truncate": b = b.subarray(0, i); break;
      case "delete": b = concat(b.subarray(0, lo), b.subarray(hi)); break;
      case "upper": b = concat(bomFor(m.k), b); break; // bytes have no case: plant a byte-order mark instead
      case "swap": b = concat(b.subarray(hi), b.subarray(lo, hi), b.subarray(0, lo)); break;
    }
    if (b.length > MAX_MUTATED) b = b.subarray(0, MAX_MUTATED);
  }
  return b;
}

function bomFor(k: number): Uint8Array {
  return [Uint8Array.of(0xef, 0xbb, 0xbf), Uint8Array.of(0xff, 0xfe), Uint8Array.of(0xfe, 0xff), Uint8Array.of(0xff)][k % 4]!;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) out.set(p, o), (o += p.length);
  return out;
}

/** Text encoded the ways files arrive: UTF-8 with or without a BOM, UTF-16 either way round, Latin-1. */
export function encode(text: string, how: number): Uint8Array {
  switch (how % 5) {
    case 1: return concat(bomFor(0), new TextEncoder().encode(text));
    case 2: return concat(bomFor(1), Uint8Array.from(Buffer.from(text, "utf16le")));
    case 3: {
      const le = Buffer.from(text, "utf16le");
      for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
      return concat(bomFor(2), Uint8Array.from(le));
    }
    case 4: return Uint8Array.from(Buffer.from(text, "latin1"));
    default: return new TextEncoder().encode(text);
  }
}
