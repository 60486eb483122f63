// Fuzz bench: property-based and mutation fuzzing of the extraction core and the readers (issue 14).
//   npm run bench:fuzz -- [--cases N] [--seconds S] [--seed N] [--jobs N] [--max-chars N] [--targets core,html,...]
//                          [--out DIR] [--json FILE]
//   npm run bench:fuzz -- --replay FILE...     re-runs saved inputs (a failure's file, or DIR/in-flight.json)
// Every case must hold: no throw (a reader may refuse an input only with an InputError carrying a code), every
// document valid against the schema, every offset inside the text and every span's text its slice. Prints cases/s,
// crashes and violations by class, the slowest documents and those whose time per KB is far above the median.
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { failuresOf, loadCase, mergeReports, runFuzz, type FuzzReport } from "./fuzz/runner.ts";
import { TARGETS, type Target } from "./fuzz/targets.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    cases: { type: "string" }, seconds: { type: "string" }, seed: { type: "string" }, targets: { type: "string" },
    out: { type: "string", default: "artifacts/fuzz" }, json: { type: "string" }, replay: { type: "boolean" },
    jobs: { type: "string" }, shard: { type: "string" }, "max-chars": { type: "string" },
  },
});

if (values.replay) {
  const kb = loadKnowledge();
  let bad = 0;
  for (const file of positionals) {
    const c = loadCase(file);
    const t0 = performance.now();
    const { result, failures } = failuresOf(c, file, kb);
    const ms = performance.now() - t0;
    bad += failures.length ? 1 : 0;
    const what = result?.refused ? `refused (${result.refused})` : `${result?.documents.length ?? 0} document(s)`;
    console.log(`${file}: ${c.target}, ${failures.length ? "FAILS" : "holds"}, ${what}, ${ms.toFixed(0)} ms`);
    for (const f of failures) console.log(`  ${f.kind}: ${f.message}`);
  }
  process.exit(bad ? 1 : 0);
}

const targets = values.targets ? (values.targets.split(",") as Target[]) : undefined;
for (const t of targets ?? []) if (!TARGETS.includes(t)) throw new Error(`unknown target ${t} (targets: ${TARGETS.join(", ")})`);
const seed = values.seed !== undefined ? Number(values.seed) : (Date.now() ^ (process.pid << 16)) >>> 0;
const cases = values.cases ? Number(values.cases) : undefined;
const seconds = values.seconds ? Number(values.seconds) : cases ? undefined : 60;
console.log(`fuzz: seed ${seed} (replay the run with --seed ${seed}), ${cases ? `${cases} cases` : ""}${cases && seconds ? " or " : ""}${seconds ? `${seconds} s` : ""}${values["max-chars"] ? `, inputs cut to ${values["max-chars"]} characters` : ""}, failing inputs to ${values.out}/failures`);

const rate = (r: FuzzReport) => (r.cases / Math.max(r.seconds, 1e-9)).toFixed(1);
const jobs = Math.max(1, Number(values.jobs ?? 1));
const report = jobs > 1 ? await runShards(jobs) : runOne();

/** This process's share of the run (all of it, or one shard of a --jobs run). */
function runOne(): FuzzReport {
  const [index, count] = (values.shard ?? "0/1").split("/").map(Number) as [number, number];
  const tag = count > 1 ? `[${index + 1}/${count}] ` : "";
  return runFuzz({
    seed, cases, seconds, targets, maxChars: values["max-chars"] ? Number(values["max-chars"]) : undefined, outDir: count > 1 ? join(values.out!, `shard-${index}`) : values.out, kb: loadKnowledge(), shard: { index, count },
    onProgress: (r) => console.log(`  ${tag}${r.cases} cases in ${r.seconds.toFixed(0)} s (${rate(r)}/s), ${r.documents} documents, ${r.crashes} crashes, ${r.violations} violations`),
  });
}

/** Runs the batches over several processes (one per core): each takes every jobs-th batch of the same seed. */
async function runShards(n: number): Promise<FuzzReport> {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-fuzz-"));
  const died: string[] = [];
  const args = (i: number) => [...process.execArgv, process.argv[1]!, "--seed", String(seed), "--shard", `${i}/${n}`, "--json", join(dir, `${i}.json`), "--out", values.out!,
    ...(cases ? ["--cases", String(Math.ceil(cases / n))] : []), ...(values.seconds ? ["--seconds", values.seconds] : []), ...(values.targets ? ["--targets", values.targets] : []), ...(values["max-chars"] ? ["--max-chars", values["max-chars"]] : [])];
  await Promise.all(Array.from({ length: n }, (_, i) => new Promise<void>((done) => {
    const child = spawn(process.execPath, args(i), { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.on("data", (b: Buffer) => { for (const line of b.toString().split("\n")) if (/^\s+\[/.test(line)) console.log(line); });
    child.on("exit", (code, signal) => {
      // a shard that died (out of memory, killed) left the case it was running on disk
      if (!existsSync(join(dir, `${i}.json`))) died.push(`shard ${i + 1} died (${signal ?? `exit ${code}`}); its last case: ${join(values.out!, `shard-${i}`, "in-flight.json")}`);
      done();
    });
  })));
  for (const d of died) console.log(d);
  const parts = Array.from({ length: n }, (_, i) => join(dir, `${i}.json`)).filter(existsSync).map((f) => JSON.parse(readFileSync(f, "utf8")) as FuzzReport);
  if (!parts.length) throw new Error("every shard died");
  const merged = mergeReports(parts);
  merged.crashes += died.length;
  return merged;
}

console.log(`\n${report.cases} cases (${report.generated} generated, ${report.mutated} mutated) in ${report.seconds.toFixed(1)} s: ${rate(report)} cases/s`);
console.log(`by target: ${Object.entries(report.byTarget).map(([t, n]) => `${t} ${n}`).join(", ")}`);
console.log(`refused by a reader: ${Object.entries(report.refused).map(([c, n]) => `${c} ${n}`).join(", ") || "none"}`);
console.log(`${report.documents} documents extracted (${report.kilochars.toFixed(0)} K characters)`);
console.log(`crashes: ${report.crashes}, schema/offset violations: ${report.violations}`);
for (const [cls, { count, first }] of Object.entries(report.classes).sort((a, b) => b[1].count - a[1].count))
  console.log(`  ${count} × ${cls}\n      first: ${first.caseId}${first.file ? ` → ${first.file}` : ""}`);
console.log(`median time per KB (documents of ≥ 2,000 characters): ${report.medianMsPerKb?.toFixed(2) ?? "-"} ms`);
console.log(`far above it (> 10× the median): ${report.nonLinear.length ? "" : "none"}`);
for (const t of report.nonLinear) console.log(`  ${t.caseId} ${t.target}: ${t.chars} chars, ${t.ms.toFixed(0)} ms, ${t.msPerKb.toFixed(1)} ms/KB`);
console.log("slowest documents:");
for (const t of report.slowest) console.log(`  ${t.caseId} ${t.target}: ${t.chars} chars, ${t.ms.toFixed(0)} ms`);
console.log("slowest reads (decode, parse, split):");
for (const t of report.slowestReads) console.log(`  ${t.caseId} ${t.target}: ${t.chars} chars, ${t.ms.toFixed(0)} ms`);
if (values.json) writeFileSync(values.json, JSON.stringify(report, null, 1));
process.exit(report.crashes || report.violations ? 1 : 0);
