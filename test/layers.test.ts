// The layer check: imports may only point down the design's layers (README, Design). Read from the sources' import
// lines, so a new import that crosses a layer the wrong way fails here. The few crossings that exist today are
// listed with the reason they remain; removing one is welcome, adding one is an error.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative } from "node:path";

const ROOT = join(import.meta.dirname, "..");

/** Which layers each layer may import (besides itself). */
const MAY_IMPORT: Record<string, string[]> = {
  util: [], "package-root": [], schema: [],
  text: ["util"],
  lang: ["util", "text", "package-root"],
  doc: ["util", "text", "schema"],
  knowledge: ["util", "text", "lang", "schema", "package-root"],
  output: ["doc", "schema", "util", "text"],
  stages: ["doc", "knowledge", "lang", "text", "schema", "util", "output"],
  pipeline: ["stages", "doc", "knowledge", "output", "schema", "lang"],
  corpus: ["schema", "text", "util"],
  store: ["schema", "util", "text", "corpus"],
  ingest: ["pipeline", "doc", "knowledge", "output", "schema", "text", "util", "package-root", "lang"],
  queue: ["doc", "output", "util"],
  app: ["ingest", "pipeline", "store", "queue", "corpus", "knowledge", "doc", "schema", "output", "util", "text"],
  server: ["app", "ingest", "store", "knowledge", "doc", "schema", "util", "package-root"],
  cli: ["app", "queue", "ingest", "store", "server", "knowledge", "lang", "corpus", "pipeline", "doc", "schema", "util", "text", "output", "package-root"],
  contracts: ["schema", "corpus", "store"],
  web: ["contracts"],
};

/** Crossings that exist today, each with why it stays for now. */
const KNOWN: Record<string, string> = {
  "text -> doc": "the dateline type lives on the Doc",
};

function layerOf(file: string): string | null {
  const rel = relative(ROOT, file).split("/");
  if (rel[0] === "web" && rel[1] === "src") return "web";
  if (rel[0] !== "src") return null;
  return rel.length > 2 ? rel[1]! : rel[1]!.replace(/\.ts$/, "");
}

function* tsFiles(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* tsFiles(p);
    else if (e.name.endsWith(".ts")) yield p;
  }
}

function crossings(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const dir of [join(ROOT, "src"), join(ROOT, "web", "src")]) {
    for (const file of tsFiles(dir)) {
      const from = layerOf(file)!;
      for (const m of readFileSync(file, "utf8").matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
        const to = layerOf(normalize(join(dirname(file), m[1]!)));
        if (!to || to === from) continue;
        const key = `${from} -> ${to}`;
        out.set(key, [...(out.get(key) ?? []), relative(ROOT, file)]);
      }
    }
  }
  return out;
}

test("imports point down the layers: stages never reach the store, the server or the CLI; the web only the contracts", () => {
  const wrong: string[] = [];
  for (const [key, files] of crossings()) {
    const [from, to] = key.split(" -> ") as [string, string];
    if (!(from in MAY_IMPORT)) wrong.push(`${key}: unknown layer ${from} (add it to MAY_IMPORT)`);
    else if (!MAY_IMPORT[from]!.includes(to) && !(key in KNOWN)) wrong.push(`${key} (${[...new Set(files)].join(", ")})`);
  }
  assert.deepEqual(wrong, []);
});

test("the layer check sees imports: the CLI reaches the store and the stages reach the knowledge", () => {
  const seen = crossings();
  assert.ok(seen.has("cli -> store"));
  assert.ok(seen.has("stages -> knowledge"));
});
