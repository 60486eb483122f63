// What is fuzzed: the extraction core on its own, and each reader in front of it. A case is one generated or
// mutated input for one target; running it reads the input (a reader may refuse it, but only with an InputError),
// extracts every article it yields and checks each document.
import fc from "fast-check";
import type { Article } from "../../src/doc.ts";
import type { Knowledge } from "../../src/knowledge/index.ts";
import { extract } from "../../src/pipeline.ts";
import { decodeText, InputError } from "../../src/ingest/decode.ts";
import { readTextArticle } from "../../src/ingest/frontmatter.ts";
import { readHtmlArticle } from "../../src/ingest/html.ts";
import { isFeed, readFeed } from "../../src/ingest/feed.ts";
import { articleFromJsonLine } from "../../src/ingest/jsonl.ts";
import { isWireFile, splitWire } from "../../src/ingest/wire.ts";
import { readContent } from "../../src/ingest/readers.ts";
import { hostileText, published } from "./hostile.ts";
import { feed, htmlPage, jsonlFile, wireFile } from "./formats.ts";
import { encode, mutateBytes, mutateText, mutationPlan } from "./mutate.ts";
import { loadSeeds, windowOf } from "./seeds.ts";

export const TARGETS = ["core", "text", "html", "feed", "jsonl", "wire", "bytes"] as const;
export type Target = (typeof TARGETS)[number];

/** One input: text for the text targets, bytes (base64 when saved) for the decoder. */
export interface FuzzCase {
  target: Target;
  /** how it was made: generated, or mutated from a seed */
  origin: "generated" | "mutated";
  /** the input's file name (its extension steers the byte reader's choice of reader) */
  name: string;
  text?: string;
  bytes?: Uint8Array;
  published?: string | null;
}

/** What running a case produced: the articles a reader yielded and how each document fared. */
export interface CaseResult {
  refused: string | null;
  /** time the reader took (decoding, parsing, splitting) */
  readMs: number;
  documents: { chars: number; ms: number; violations: string[] }[];
}

/** Thrown for anything a case must never do: a reader throwing something other than an InputError, extract throwing. */
export class FuzzCrash extends Error {
  constructor(readonly where: string, readonly thrown: unknown) {
    super(`${where}: ${thrown instanceof Error ? `${thrown.name}: ${thrown.message}` : String(thrown)}`);
  }
}

const seeds = loadSeeds;
const mutatedText = (texts: () => string[], align?: RegExp) => fc.tuple(windowOf(texts, align), mutationPlan).map(([t, plan]) => mutateText(t, plan));
const mutatedWhole = (texts: () => string[]) => fc.tuple(fc.nat(), mutationPlan).map(([i, plan]) => mutateText(texts()[i % texts().length]!, plan));
const both = (generated: fc.Arbitrary<string>, mutated: fc.Arbitrary<string>) =>
  fc.oneof(generated.map((text) => ({ origin: "generated" as const, text })), mutated.map((text) => ({ origin: "mutated" as const, text })));

const textCase = (target: Target, name: string, arb: fc.Arbitrary<{ origin: FuzzCase["origin"]; text: string }>): fc.Arbitrary<FuzzCase> =>
  fc.tuple(arb, published).map(([{ origin, text }, pub]) => ({ target, origin, name, text, published: pub }));

const articleTexts = () => seeds().articles;
const wireTexts = () => seeds().wire;

/** The arbitrary of each target's cases. */
export function caseArbitrary(target: Target): fc.Arbitrary<FuzzCase> {
  switch (target) {
    case "core": return textCase("core", "core", both(hostileText, fc.oneof(mutatedText(articleTexts), mutatedText(wireTexts))));
    case "text": return textCase("text", "fuzz.txt", both(hostileText.map((t) => `---\ntitle: ${t.slice(0, 40)}\npublished: ${t.slice(40, 50)}\n---\n${t}`), mutatedText(articleTexts)));
    case "html": return textCase("html", "fuzz.html", both(htmlPage, mutatedWhole(() => seeds().html)));
    case "feed": return textCase("feed", "fuzz.xml", both(feed, mutatedWhole(() => seeds().feeds)));
    case "jsonl": return textCase("jsonl", "fuzz.jsonl", both(jsonlFile, mutatedWhole(() => seeds().jsonl)));
    case "wire": return textCase("wire", "fuzz-wire", both(wireFile, mutatedText(wireTexts, /^[A-Z0-9]+-MUC\d-\d{4} /gm)));
    case "bytes":
      return fc.tuple(
        fc.oneof(hostileText, windowOf(wireTexts), htmlPage, feed, jsonlFile, windowOf(articleTexts)),
        fc.nat(4), fc.option(mutationPlan, { nil: undefined }),
        fc.constantFrom("in.txt", "in.md", "in.html", "in.xml", "in.rss", "in.jsonl", "in", "in.dat"),
      ).map(([text, how, plan, name]) => ({ target: "bytes", origin: plan ? "mutated" : "generated", name, bytes: plan ? mutateBytes(encode(text, how), plan) : encode(text, how) }));
  }
}

/** The articles a case's input yields, through the reader its target names. */
function read(c: FuzzCase): Article[] {
  const text = c.text ?? "";
  switch (c.target) {
    case "core": return [{ id: c.name, text, published: c.published ?? null }];
    case "text": return [readTextArticle(text, c.name)];
    case "html": return [readHtmlArticle(text, c.name)];
    case "feed": isFeed(text); return fromItems(readFeed(text, c.name));
    case "jsonl": return text.split(/\r?\n/).filter((l) => l.trim()).flatMap((line, i) => {
      try {
        return [articleFromJsonLine(line, `${c.name}:${i + 1}`)];
      } catch (e) {
        if (e instanceof InputError) return [];
        throw e;
      }
    });
    case "wire": isWireFile(text); return splitWire(text, c.name).map((x) => x.article);
    case "bytes": return fromItems(readContent(decodeText(c.bytes ?? new Uint8Array(), c.name), c.name));
  }
}

const fromItems = (items: { article?: Article }[]) => items.flatMap((x) => (x.article ? [x.article] : []));

/** Articles extracted per case: a feed or wire file is read whole, but extracting its fifth item tests the core
 * no more than its first (the core has its own target) and would make multi-article cases dominate the time. */
const MAX_ARTICLES = 4;

/** Runs one case; throws FuzzCrash for a crash, returns the documents' checks otherwise. */
export function runCase(c: FuzzCase, kb: Knowledge, check: (doc: unknown, text: string) => string[]): CaseResult {
  let articles: Article[];
  const t0 = performance.now();
  try {
    articles = read(c);
  } catch (e) {
    if (e instanceof InputError && e.code) return { refused: e.code, readMs: performance.now() - t0, documents: [] };
    throw new FuzzCrash(`reader (${c.target})`, e);
  }
  const readMs = performance.now() - t0;
  const documents: CaseResult["documents"] = [];
  for (const article of articles.slice(0, MAX_ARTICLES)) {
    const t0 = performance.now();
    let doc: unknown;
    try {
      doc = extract(article, kb);
    } catch (e) {
      throw new FuzzCrash("extract", e);
    }
    documents.push({ chars: article.text.length, ms: performance.now() - t0, violations: check(doc, article.text) });
  }
  return { refused: null, readMs, documents };
}
