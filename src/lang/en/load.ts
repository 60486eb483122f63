// Reads the shipped syntax model from data/ (Node only); cached per process.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { EnglishSyntax } from "./syntax.ts";

export const SYNTAX_MODEL_FILE = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..", "..", "data", "syntax-en.bin");

let cached: EnglishSyntax | null = null;

export function loadSyntaxBytes(file = SYNTAX_MODEL_FILE): Uint8Array {
  try {
    return new Uint8Array(readFileSync(file));
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
