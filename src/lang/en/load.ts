// Reads the shipped syntax model from data/ (Node only); cached per process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../../package-root.ts";
import { EnglishSyntax } from "./syntax.ts";

export const SYNTAX_MODEL_FILE = join(PACKAGE_ROOT, "data", "syntax-en.bin");

let cached: EnglishSyntax | null = null;

export function loadSyntaxBytes(file = SYNTAX_MODEL_FILE): Uint8Array {
  try {
    // a view of the file's buffer, not a copy of its 20 MB
    const b = readFileSync(file);
    return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
  } catch (e) {
    throw new Error(`cannot read the syntax model ${file}: ${(e as Error).message} (npm run train:syntax builds it)`);
  }
}

export function loadSyntax(file = SYNTAX_MODEL_FILE): EnglishSyntax {
  if (file === SYNTAX_MODEL_FILE && cached) return cached;
  const syntax = EnglishSyntax.fromBytes(loadSyntaxBytes(file));
  if (file === SYNTAX_MODEL_FILE) cached = syntax;
  return syntax;
}
