// sitrep extract: files (or JSON Lines on stdin) in, extraction documents out. One process for any number of
// documents; a bad input is reported on stderr by name and skipped, and the exit code says that one failed.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { extract } from "../pipeline.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { checkDate, decodeText, InputError } from "../ingest/decode.ts";
import { articleFromJsonLine } from "../ingest/jsonl.ts";
import { parse as parseLossless, stringify as stringifyLossless } from "lossless-json";
import type { Article } from "../doc.ts";

interface ExtractOptions {
  published?: string;
  title?: string;
  source?: string;
  json?: boolean;
  jsonl?: boolean;
  pretty?: boolean;
}

export function registerExtract(program: Command): void {
  program
    .command("extract")
    .description("Extract entities, dates, places, quotes and events from articles.\nWith no FILE and --jsonl, reads JSON Lines {\"id\",\"text\",\"published\",\"title\"?} on stdin.")
    .argument("[files...]", "text files (.txt/.md); '-' reads one article from stdin")
    .option("--published <date>", "publication date YYYY-MM-DD (anchors relative dates)")
    .option("--title <title>", "article title")
    .option("--source <name>", "publisher")
    .option("--json", "print one JSON document per input (the default)")
    .option("--jsonl", "JSON Lines: one document per line; with no FILE, read JSON Lines on stdin")
    .option("--pretty", "indent the JSON")
    .action(async (files: string[], opts: ExtractOptions) => {
      process.exitCode = await runExtract(files, opts);
    });
}

/** The batch error line for an input line: its id exactly as written (null when unreadable), a code, a message;
 * the same message goes to stderr. */
function writeError(line: string, e: unknown, name: string): void {
  const input = e instanceof InputError;
  const message = input ? (e as Error).message : `${name}: extraction failed: ${(e as Error).message}`;
  const code = input ? (e as InputError).code : "extraction_failed";
  let id = "null";
  try {
    const parsed = parseLossless(line) as { id?: unknown } | null;
    if (parsed && typeof parsed === "object" && parsed.id !== undefined) id = stringifyLossless(parsed.id) ?? "null";
  } catch {
    // unreadable line: no id to give back
  }
  process.stdout.write(`{"id":${id},"error":${JSON.stringify({ code, message })}}\n`);
  console.error(`sitrep extract: ${message}`);
}

async function runExtract(files: string[], opts: ExtractOptions): Promise<number> {
  const kb = loadKnowledge();
  let failed = 0;
  const write = (obj: unknown) => process.stdout.write(JSON.stringify(obj, null, opts.pretty && !opts.jsonl ? 2 : undefined) + "\n");
  const run = (article: Article, name: string) => {
    try {
      write(extract(article, kb));
    } catch (e) {
      failed++;
      console.error(`sitrep extract: ${e instanceof InputError ? e.message : `${name}: extraction failed: ${(e as Error).message}`}`);
    }
  };

  if (files.length === 0) {
    if (!opts.jsonl) {
      console.error("sitrep extract: give FILE arguments, or --jsonl to read JSON Lines on stdin (see --help)");
      return 2;
    }
    // one output line per input line, in order: the document, or {"id": <the id as written>, "error": {code, message}}
    let n = 0;
    const rl = createInterface({ input: process.stdin, crlfDelay: Infinity });
    for await (const line of rl) {
      n++;
      const name = `stdin line ${n}`;
      let article: Article;
      try {
        if (!line.trim()) throw new InputError(name, "empty line", "empty");
        article = articleFromJsonLine(line, name);
      } catch (e) {
        failed++;
        writeError(line, e, name);
        continue;
      }
      try {
        process.stdout.write(JSON.stringify(extract(article, kb)) + "\n");
      } catch (e) {
        failed++;
        writeError(line, e, name);
      }
    }
    return failed ? 1 : 0;
  }

  for (const file of files) {
    try {
      const bytes = file === "-" ? readFileSync(0) : readFileSync(file);
      const text = decodeText(bytes, file);
      run({ id: basename(file), text, published: checkDate(opts.published, file), title: opts.title ?? null, source: opts.source ?? null }, file);
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      const msg = e instanceof InputError ? e.message : err.code === "ENOENT" ? `${file}: no such file` : err.code === "EISDIR" ? `${file}: is a folder (use sitrep ingest for folders)` : `${file}: ${err.message}`;
      console.error(`sitrep extract: ${msg}`);
    }
  }
  return failed ? 1 : 0;
}
