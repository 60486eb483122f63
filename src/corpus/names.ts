// Name keys for resolving actors and places across documents: case, accents, punctuation and a leading
// article do not make a different actor ("the FMLN", "FMLN", "F.M.L.N.").
import { foldKey } from "../text/normalize.ts";

export function nameKey(name: string): string {
  return foldKey(name)
    .replace(/(?<=\b\w)\.(?=\w\b|\s|$)/g, "")
    .replace(/[^\p{L}\p{N}' ]+/gu, " ")
    .replace(/^(?:the|a|an) /, "")
    .replace(/\s+/g, " ")
    .trim();
}
