// The shipped syntax model file (data/syntax-en.bin) and what a damaged one does: a clear error, never a model
// that silently tags nonsense.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadSyntaxBytes } from "../src/lang/en/load.ts";
import { readModelFile, writeModelFile } from "../src/lang/en/model-file.ts";
import { EnglishSyntax } from "../src/lang/en/syntax.ts";

const bytes = loadSyntaxBytes();

test("the shipped model holds tagger, parser and recogniser, and says what it was trained on", () => {
  const { about, sections } = readModelFile(bytes);
  assert.deepEqual(Object.keys(sections).sort(), ["ner", "parser", "tagger"]);
  assert.match(JSON.stringify(about), /en_ewt-ud-train/);
  assert.ok(bytes.length <= 25e6, `model ${bytes.length} bytes`);
});

test("a file that is not a model, or is cut short, is refused with a reason", () => {
  assert.throws(() => EnglishSyntax.fromBytes(new TextEncoder().encode("hello, not a model")), /bad magic/);
  assert.throws(() => EnglishSyntax.fromBytes(bytes.slice(0, 4000)), /truncated/);
});

test("metadata that does not fit the weights is refused", () => {
  const { about, sections } = readModelFile(bytes);
  const tagger = sections.tagger!;
  const meta = tagger.meta as { tags: string[] };
  const fewerTags = writeModelFile({ ...sections, tagger: { meta: { ...meta, tags: meta.tags.slice(1) }, bytes: tagger.bytes } }, about);
  assert.throws(() => EnglishSyntax.fromBytes(fewerTags), /tagger weights do not match/);
  const noLabels = writeModelFile({ ...sections, parser: { meta: { labels: [] }, bytes: sections.parser!.bytes } }, about);
  assert.throws(() => EnglishSyntax.fromBytes(noLabels), /bad parser metadata/);
});
