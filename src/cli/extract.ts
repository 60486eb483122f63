// sitrep extract: files (or JSON Lines on stdin) in, extraction documents out, extracted by a pool of worker threads
// (extractor-pool.ts) in input order; a bad input is reported by name and skipped, and the exit code says one failed.
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { createInterface } from "node:readline";
import type { Command } from "commander";
import { inOrder, openExtractorPool, parseWorkers, PoolError } from "../ingest/extractor-pool.ts";
import { checkDate, decodeText, InputError } from "../ingest/decode.ts";
import { articleFromJsonLine } from "../ingest/jsonl.ts";
import { parse as parseLossless, stringify as stringifyLossless } from "lossless-json";

interface ExtractOptions {
  published?: string;
  title?: string;
  source?: string;
  json?: boolean;
  jsonl?: boolean;
  pretty?: boolean;
  workers?: string;
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
    .option("--workers <n>", "worker threads extracting at once (default: one per core, as memory allows)")
    .action(async (files: string[], opts: ExtractOptions) => {
      process.exitCode = await runExtract(files, opts);
    });
}

/** The batch error line for an input line: its id exactly as written (null when unreadable), a code, a message. */
function errorLine(line: string, e: unknown, name: string): { out: string; message: string } {
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
  return { out: `{"id":${id},"error":${JSON.stringify({ code, message })}}`, message };
}

/** One input's outcome: the line to write and, when it failed, the message for stderr. */
interface Outcome { out: string | null; error?: string }

async function runExtract(files: string[], opts: ExtractOptions): Promise<number> {
  if (files.length === 0 && !opts.jsonl) {
    console.error("sitrep extract: give FILE arguments, or --jsonl to read JSON Lines on stdin (see --help)");
    return 2;
  }
  const pool = openExtractorPool(parseWorkers(opts.workers));
  let failed = 0;
  const done = (_: unknown, o: Outcome) => {
    if (o.out !== null) process.stdout.write(o.out + "\n");
    if (o.error !== undefined) {
      failed++;
      console.error(`sitrep extract: ${o.error}`);
    }
  };
  // a long document at the head holds the output back, not the workers: they run this far ahead of it
  const ahead = pool.size * 32;
  try {
    if (files.length === 0) {
      // one output line per input line, in order: the document, or {"id": <the id as written>, "error": {code, message}}
      let n = 0;
      const lines = (async function* () {
        for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) yield { line, name: `stdin line ${++n}` };
      })();
      await inOrder(lines, ahead, async ({ line, name }): Promise<Outcome> => {
        try {
          if (!line.trim()) throw new InputError(name, "empty line", "empty");
          return { out: await pool.submit(articleFromJsonLine(line, name)) };
        } catch (e) {
          if (e instanceof PoolError) throw e;
          const { out, message } = errorLine(line, e, name);
          return { out, error: message };
        }
      }, done);
      return failed ? 1 : 0;
    }
    const pretty = opts.pretty && !opts.jsonl;
    await inOrder(files, ahead, async (file): Promise<Outcome> => {
      try {
        const bytes = file === "-" ? readFileSync(0) : readFileSync(file);
        const text = decodeText(bytes, file);
        const json = await pool.submit({ id: basename(file), text, published: checkDate(opts.published, file), title: opts.title ?? null, source: opts.source ?? null });
        return { out: pretty ? JSON.stringify(JSON.parse(json), null, 2) : json };
      } catch (e) {
        if (e instanceof PoolError) throw e;
        const err = e as NodeJS.ErrnoException;
        const msg = e instanceof InputError ? e.message : err.code === "ENOENT" ? `${file}: no such file` : err.code === "EISDIR" ? `${file}: is a folder (use sitrep ingest for folders)` : err.code ? `${file}: ${err.message}` : `${file}: extraction failed: ${err.message}`;
        return { out: null, error: msg };
      }
    }, done);
    return failed ? 1 : 0;
  } finally {
    await pool.close();
  }
}
