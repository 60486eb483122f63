// The extraction core must run in a browser: bundled for the browser platform it needs no Node built-in, and the
// bundle extracts from knowledge handed to it as plain data (as a page would fetch data/*.json).
import { test } from "node:test";
import assert from "node:assert/strict";
import { build } from "esbuild";
import { join } from "node:path";
import { loadKnowledgeData } from "../src/knowledge/load.ts";

const root = join(import.meta.dirname, "..");

test("the extraction core bundles for the browser without Node built-ins and extracts from plain data", async () => {
  const entry = `export { extract } from "./src/pipeline.ts"; export { knowledgeFromData } from "./src/knowledge/index.ts";`;
  const out = await build({
    stdin: { contents: entry, resolveDir: root, loader: "ts" },
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    logLevel: "silent",
  });
  const code = out.outputFiles[0]!.text;
  assert.doesNotMatch(code, /from\s*"node:|require\("(?:fs|path|os|crypto|node:)/, "no Node built-in in the browser bundle");
  const mod = await import(`data:text/javascript;base64,${Buffer.from(code).toString("base64")}`);
  const kb = mod.knowledgeFromData(loadKnowledgeData());
  const doc = mod.extract({ text: "Government troops shelled rebel positions near Aleppo on Monday.", published: "2023-05-10" }, kb);
  assert.ok(doc.timexes.some((t: { value: string }) => t.value === "2023-05-08"));
  assert.ok(doc.places.some((p: { country: string }) => p.country === "SYR"));
});
