// Benchmark: extraction throughput and memory on real wire reports (MUC-3/4, bundled) plus the seed article.
//   npm run bench [-- --docs 1000]
// Reports documents per second in-process and through `sitrep extract --jsonl` (the batch path the evaluators use).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extract } from "../src/pipeline.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";

const root = resolve(import.meta.dirname, "..");
const want = Number(process.argv[process.argv.indexOf("--docs") + 1]) || 1000;

/** Splits MUC wire files into messages: each starts with an id line such as "DEV-MUC3-0001 (NOSC)". */
function wireMessages(): { id: string; text: string }[] {
  const dirs = [join(root, "data", "demo", "muc34"), join(root, "..", "shared", "data", "muc34", "dev")].filter(existsSync);
  const out: { id: string; text: string }[] = [];
  for (const dir of dirs) {
    for (const f of readdirSync(dir).filter((f) => /muc/i.test(f) && !/key/i.test(f)).sort()) {
      const raw = readFileSync(join(dir, f), "utf8");
      for (const part of raw.split(/\n(?=[A-Z0-9]+-MUC\d-\d{4} )/)) {
        const m = /^([A-Z0-9]+-MUC\d-\d{4})[^\n]*\n/.exec(part.trimStart());
        if (m) out.push({ id: m[1]!, text: part.trimStart().slice(m[0].length) });
      }
    }
    if (out.length) break;
  }
  return out;
}

const docs = wireMessages();
if (!docs.length) throw new Error("no MUC wire files found (data/demo or ../shared/data/muc34/dev)");
while (docs.length < want) docs.push(...docs.slice(0, want - docs.length));
docs.length = want;

const t0 = performance.now();
const kb = loadKnowledge();
const tLoad = performance.now() - t0;
const t1 = performance.now();
let events = 0;
for (const d of docs) events += extract({ id: d.id, text: d.text }, kb).events.length;
const inProc = performance.now() - t1;
const rss = process.memoryUsage().rss / 2 ** 20;

const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join("\n") + "\n";
const t2 = performance.now();
const cli = spawnSync(process.execPath, [join(root, "bin", "sitrep.js"), "extract", "--jsonl"], { input, maxBuffer: 2 ** 31 });
const cliMs = performance.now() - t2;
const lines = cli.stdout.toString().split("\n").filter(Boolean).length;

console.log(`knowledge load            ${tLoad.toFixed(0)} ms`);
console.log(`in-process extraction     ${docs.length} docs in ${(inProc / 1000).toFixed(2)} s = ${(docs.length / (inProc / 1000)).toFixed(1)} docs/s, ${events} events`);
console.log(`sitrep extract --jsonl    ${lines}/${docs.length} docs in ${(cliMs / 1000).toFixed(2)} s = ${(docs.length / (cliMs / 1000)).toFixed(1)} docs/s (exit ${cli.status})`);
console.log(`resident memory           ${rss.toFixed(0)} MiB`);
