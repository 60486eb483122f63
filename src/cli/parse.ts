// sitrep parse: English sentences in (raw text or CoNLL-U), parts of speech and dependency trees out (CoNLL-U or
// JSON), from the syntax model alone. Start-up matters here: the command loads data/syntax-en.bin and nothing of
// the extraction pipeline or the knowledge (main.ts does not even import the other commands for it), and wink-nlp's
// sentence splitter only for text input. A bad input is named on stderr and skipped; the others are still parsed.
import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { formatConllu, parseConllu, type ConlluSentence, type ConlluWord } from "../lang/en/conllu.ts";
import type { EnglishSyntax } from "../lang/en/syntax.ts";
import type { TextSentence } from "../lang/en/words.ts";

type InputFormat = "text" | "conllu";
type OutputFormat = "conllu" | "json";

interface ParseOptions {
  inputFormat: string;
  format: string;
}

/** One sentence of JSON output. Ids are 1-based and heads follow CoNLL-U: 0 is the root. */
export interface ParsedSentenceJson {
  input: string;
  text?: string;
  words: { id: number; form: string; upos: string; xpos: string; head: number; deprel: string; start?: number; end?: number }[];
}

class BadInput extends Error {}

export function registerParse(program: Command): void {
  program
    .command("parse")
    .description("Tag and parse English sentences with the syntax model: UPOS, XPOS, dependency head and relation per word.\nReads FILEs, or stdin with no FILE or '-'.")
    .argument("[files...]", "text or CoNLL-U files; '-' reads stdin")
    .option("--input-format <format>", "text (sentences and words found here) or conllu (given words, comments and multiword lines kept)", "text")
    .option("--format <format>", "conllu or json (an array of sentences)", "conllu")
    .action(async (files: string[], opts: ParseOptions) => {
      process.exitCode = await runParse(files, opts);
    });
}

async function runParse(files: string[], opts: ParseOptions): Promise<number> {
  const inputFormat = opts.inputFormat.toLowerCase(), format = opts.format.toLowerCase();
  if (inputFormat !== "text" && inputFormat !== "conllu") {
    console.error(`sitrep parse: --input-format must be text or conllu (got "${opts.inputFormat}")`);
    return 2;
  }
  if (format !== "conllu" && format !== "json") {
    console.error(`sitrep parse: --format must be conllu or json (got "${opts.format}")`);
    return 2;
  }
  let syntax: EnglishSyntax;
  try {
    syntax = (await import("../lang/en/load.ts")).loadSyntax();
  } catch (e) {
    console.error(`sitrep parse: ${(e as Error).message}`);
    return 1;
  }
  const textSentences = inputFormat === "text" ? (await import("../lang/en/words.ts")).sentenceWords : null;

  const inputs = files.length ? files : ["-"];
  const multi = inputs.length > 1;
  const json: ParsedSentenceJson[] = [];
  let failed = 0, sentId = 0;
  for (const file of inputs) {
    const name = file === "-" ? "stdin" : file;
    try {
      const text = readInput(file, name);
      let sentences: ConlluSentence[];
      let found: TextSentence[] | null = null;
      if (textSentences) {
        found = textSentences(text);
        if (!found.length) throw new BadInput(`${name}: no words`);
        sentences = found.map((s, i) => textToConllu(text, s, i === 0 && multi ? name : null, ++sentId));
      } else {
        sentences = readConllu(text, name);
      }
      for (const s of sentences) analyse(syntax, s);
      if (format === "conllu") process.stdout.write(formatConllu(sentences) + "\n");
      else
        sentences.forEach((s, i) => {
          if (s.words.length) json.push(toJson(s, name, found?.[i] ?? null));
        });
    } catch (e) {
      failed++;
      const err = e as NodeJS.ErrnoException;
      const msg = e instanceof BadInput ? err.message
        : err.code === "ENOENT" ? `${name}: no such file`
        : err.code === "EISDIR" ? `${name}: is a folder, not a file`
        : `${name}: ${err.message}`;
      console.error(`sitrep parse: ${msg}`);
    }
  }
  if (format === "json") process.stdout.write(json.length ? `[\n${json.map((s) => JSON.stringify(s)).join(",\n")}\n]\n` : "[]\n");
  return failed ? 1 : 0;
}

/** Reads one input as UTF-8 text, refusing empty, binary and undecodable input by name. */
function readInput(file: string, name: string): string {
  const bytes = file === "-" ? readFileSync(0) : readFileSync(file);
  if (bytes.length === 0) throw new BadInput(`${name}: empty input`);
  if (bytes.subarray(0, 8192).includes(0)) throw new BadInput(`${name}: binary data, not text`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new BadInput(`${name}: not valid UTF-8 text`);
  }
  const ctrl = text.slice(0, 8192).match(/[\u0000-\u0008\u000e-\u001f]/g);
  if (ctrl && ctrl.length > 8) throw new BadInput(`${name}: binary data, not text`);
  if (!text.trim()) throw new BadInput(`${name}: empty input`);
  return text;
}

/** Parses and checks CoNLL-U: word ids 1..n in order in every sentence, multiword ranges over existing words. */
function readConllu(text: string, name: string): ConlluSentence[] {
  let sentences: ConlluSentence[];
  try {
    sentences = parseConllu(text);
  } catch (e) {
    throw new BadInput(`${name}: malformed CoNLL-U: ${(e as Error).message}`);
  }
  if (!sentences.some((s) => s.words.length)) throw new BadInput(`${name}: malformed CoNLL-U: no word lines`);
  sentences.forEach((s, k) => {
    const where = () => {
      const id = s.extra.find((x) => x.line.startsWith("# sent_id"))?.line.replace(/^# sent_id\s*=\s*/, "");
      return `sentence ${k + 1}${id ? ` (${id})` : ""}`;
    };
    s.words.forEach((w, i) => {
      if (w.id !== i + 1) throw new BadInput(`${name}: malformed CoNLL-U: ${where()}: word id ${w.id} where ${i + 1} was expected`);
    });
    for (const x of s.extra) {
      const m = /^(\d+)-(\d+)\t/.exec(x.line);
      if (!m) continue;
      const a = Number(m[1]), b = Number(m[2]);
      if (a !== x.before || b <= a || b > s.words.length)
        throw new BadInput(`${name}: malformed CoNLL-U: ${where()}: multiword range ${a}-${b} does not cover the words that follow it`);
    }
  });
  return sentences;
}

/** Fills UPOS, XPOS, HEAD and DEPREL of a sentence's words from the model; the other columns stay. */
function analyse(syntax: EnglishSyntax, s: ConlluSentence): void {
  if (!s.words.length) return;
  const result = syntax.analyse(s.words.map((w) => w.form));
  s.words.forEach((w, i) => {
    const a = result[i]!;
    w.upos = a.upos;
    w.xpos = a.xpos;
    w.head = a.head + 1;
    w.deprel = a.deprel;
  });
}

/** A sentence found in raw text as CoNLL-U: sent_id and text comments, multiword lines for split tokens, SpaceAfter=No. */
function textToConllu(text: string, s: TextSentence, newdoc: string | null, sentId: number): ConlluSentence {
  const extra: ConlluSentence["extra"] = [];
  if (newdoc) extra.push({ before: 1, line: `# newdoc id = ${newdoc.replace(/\s+/g, "_")}` });
  extra.push({ before: 1, line: `# sent_id = ${sentId}` });
  extra.push({ before: 1, line: `# text = ${s.text.replace(/\s+/g, " ")}` });
  // SpaceAfter=No when the next character of the text is not a space (also across sentences, as UD writes it)
  const touches = (end: number) => end < text.length && !/\s/.test(text[end]!);
  const words: ConlluWord[] = [];
  const ws = s.words;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!;
    let j = i;
    while (j + 1 < ws.length && ws[j + 1]!.token === w.token) j++;
    if (j > i) {
      const end = ws[j]!.end;
      extra.push({ before: i + 1, line: [`${i + 1}-${j + 1}`, text.slice(w.start, end), "_", "_", "_", "_", "_", "_", "_", touches(end) ? "SpaceAfter=No" : "_"].join("\t") });
    }
    for (let k = i; k <= j; k++) {
      const x = ws[k]!;
      words.push({ id: k + 1, form: x.form, lemma: "_", upos: "_", xpos: "_", feats: "_", head: -1, deprel: "_", deps: "_", misc: j === i && touches(x.end) ? "SpaceAfter=No" : "_" });
    }
    i = j;
  }
  return { words, extra };
}

/** JSON of a parsed sentence: its text (as written, or from a CoNLL-U "# text =" comment) and its words. */
function toJson(s: ConlluSentence, input: string, found: TextSentence | null): ParsedSentenceJson {
  const textLine = s.extra.find((x) => /^# text\s*=/.test(x.line))?.line;
  const text = found ? found.text : textLine?.replace(/^# text\s*=\s?/, "");
  const offsets = found?.words;
  return {
    input,
    ...(text === undefined ? {} : { text }),
    words: s.words.map((w, i) => ({
      id: w.id, form: w.form, upos: w.upos, xpos: w.xpos, head: w.head, deprel: w.deprel,
      ...(offsets ? { start: offsets[i]!.start, end: offsets[i]!.end } : {}),
    })),
  };
}
