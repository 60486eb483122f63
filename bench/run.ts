// Benchmark: extraction throughput and memory on real wire reports (MUC-3/4, bundled) plus the seed article.
//   npm run bench [-- --docs 1000] [--no-linear]
// Reports documents per second in-process, of wink-nlp's bare read of the same documents (the floor), and through
// `sitrep extract --jsonl` (the batch path the evaluators use) with one and two worker threads, with peak memory;
// then the linearity ratios (bench/linearity.ts, also `npm run bench:linear`).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extract } from "../src/pipeline.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { winkAnalyse } from "../src/lang/en/wink.ts";
import { runLinearity } from "./linearity.ts";

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

// the floor: wink-nlp's bare read (tokens, POS, sentences) of the same documents
const t3 = performance.now();
for (const d of docs) winkAnalyse(d.text);
const bareMs = performance.now() - t3;

const input = docs.map((d) => JSON.stringify({ id: d.id, text: d.text })).join("\n") + "\n";
/** `sitrep extract --jsonl` over the batch with this many workers: seconds, lines out, exit code, peak RSS (MiB). */
function viaCli(workers: number) {
  const t = performance.now();
  const cmd = [process.execPath, join(root, "bin", "sitrep.js"), "extract", "--jsonl", "--workers", String(workers)];
  // GNU time reports the child's peak RSS; without it the peak is not shown
  const r = existsSync("/usr/bin/time") ? spawnSync("/usr/bin/time", ["-f", "%M", ...cmd], { input, maxBuffer: 2 ** 31 }) : spawnSync(cmd[0]!, cmd.slice(1), { input, maxBuffer: 2 ** 31 });
  const seconds = (performance.now() - t) / 1000;
  const peak = Number(/(\d+)\s*$/.exec(r.stderr.toString())?.[1] ?? NaN) / 1024;
  return { seconds, lines: r.stdout.toString().split("\n").filter(Boolean).length, status: r.status, peak };
}
const cli1 = viaCli(1), cli2 = viaCli(2);
const rate = (n: number, s: number) => (n / s).toFixed(1);

console.log(`knowledge load            ${tLoad.toFixed(0)} ms`);
console.log(`in-process extraction     ${docs.length} docs in ${(inProc / 1000).toFixed(2)} s = ${rate(docs.length, inProc / 1000)} docs/s, ${events} events`);
console.log(`bare wink-nlp read        ${rate(docs.length, bareMs / 1000)} docs/s; pipeline / bare read on one core = ${(bareMs / inProc).toFixed(3)}`);
for (const [w, c] of [[1, cli1], [2, cli2]] as const) {
  console.log(`sitrep extract --jsonl    --workers ${w}: ${c.lines}/${docs.length} docs in ${c.seconds.toFixed(2)} s = ${rate(docs.length, c.seconds)} docs/s, peak RSS ${c.peak.toFixed(0)} MiB (exit ${c.status})`);
}
console.log(`scaling 1 -> 2 workers    ${(cli1.seconds / cli2.seconds).toFixed(2)}x`);
console.log(`resident memory           ${rss.toFixed(0)} MiB (this process, after the in-process run)`);
if (!process.argv.includes("--no-linear")) runLinearity(kb);
