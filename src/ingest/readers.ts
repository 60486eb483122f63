// Reading inputs: files by extension (.txt/.md, .html, .jsonl, .xml/.rss/.atom) or, without a known extension,
// by sniffing the content (wire files, feeds, HTML, JSON Lines, plain text); folders recursively. Every bad input
// becomes an error item naming it, never an exception that stops the run.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import type { InputItem } from "./types.ts";
import { decodeText, InputError } from "./decode.ts";
import { readTextArticle } from "./frontmatter.ts";
import { readHtmlArticle } from "./html.ts";
import { isFeed, readFeed } from "./feed.ts";
import { readJsonl } from "./jsonl.ts";
import { isWireFile, splitWire } from "./wire.ts";

const TEXT = new Set([".txt", ".md", ".markdown", ".text"]);
const HTML = new Set([".html", ".htm", ".xhtml"]);
const FEED = new Set([".rss", ".atom", ".xml"]);
const JSONL = new Set([".jsonl", ".ndjson"]);
/** extensions never worth reading in a folder walk (a file named on the command line is still tried) */
const SKIP_IN_FOLDERS = /^(?:\.|key-)|\.(?:db|db-wal|db-shm|json|gz|zip|png|jpe?g|gif|pdf)$/i;

/** The articles of one input's decoded content. */
export function readContent(text: string, name: string): InputItem[] {
  const ext = extname(name).toLowerCase();
  try {
    if (JSONL.has(ext)) return readJsonl(text, name);
    if (FEED.has(ext) || (!TEXT.has(ext) && isFeed(text))) return readFeed(text, name);
    if (HTML.has(ext) || (!TEXT.has(ext) && /^\s*(?:<!doctype html|<html)/i.test(text))) return [{ name, article: readHtmlArticle(text, name) }];
    if (isWireFile(text)) return splitWire(text, name);
    if (!TEXT.has(ext) && /^\s*\{/.test(text)) return readJsonl(text, name);
    return [{ name, article: readTextArticle(text, name) }];
  } catch (e) {
    return [{ name, error: e instanceof InputError ? e.message : `${name}: ${(e as Error).message}` }];
  }
}

export function readFile(path: string): InputItem[] {
  let bytes: Uint8Array;
  try {
    bytes = path === "-" ? readFileSync(0) : readFileSync(path);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return [{ name: path, error: `${path}: ${err.code === "ENOENT" ? "no such file" : err.message}` }];
  }
  try {
    return readContent(decodeText(bytes, path), path === "-" ? "stdin" : path);
  } catch (e) {
    return [{ name: path, error: (e as Error).message }];
  }
}

/** Files under a path: itself, or every readable file of a folder, recursively, in a stable order. */
export function listFiles(path: string): string[] {
  if (path === "-") return ["-"];
  let st;
  try {
    st = statSync(path);
  } catch {
    return [path]; // readFile reports it
  }
  if (!st.isDirectory()) return [path];
  const out: string[] = [];
  for (const name of readdirSync(path).sort()) {
    if (SKIP_IN_FOLDERS.test(name)) continue;
    out.push(...listFiles(join(path, name)));
  }
  return out;
}
