// The fuzz run: cases drawn from every target by a seeded fast-check sampler, run one by one, with crashes and
// property violations grouped by class, each class's first inputs saved for replay, and the time per KB of every
// document compared with the median to find work that grows faster than the text.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";
import fc from "fast-check";
import type { Knowledge } from "../../src/knowledge/index.ts";
import { caseArbitrary, FuzzCrash, runCase, TARGETS, type FuzzCase, type Target } from "./targets.ts";
import { documentViolations } from "./check.ts";

/** How often each target is drawn: the core and the byte reader most, as every other path ends in them. */
const WEIGHTS: Record<Target, number> = { core: 35, text: 8, html: 12, feed: 8, jsonl: 10, wire: 10, bytes: 17 };
const BATCH = 50;
/** Saved inputs per class: enough to see the pattern, not a folder of thousands. */
const SAVED_PER_CLASS = 3;
/** A document this long or longer has its time per KB compared with the median (shorter ones are all overhead). */
const LINEAR_MIN_CHARS = 2000;
const LINEAR_FACTOR = 10;
/** A document slower than this is saved (under slow/) so its time can be replayed and profiled. */
const SLOW_MS = 3000;
const SAVED_SLOW = 20;

export interface FuzzOptions {
  seed: number;
  /** stop after this many cases (and/or seconds, whichever comes first) */
  cases?: number;
  seconds?: number;
  targets?: Target[];
  /** cut every input to this many characters (bytes): a run of many small documents */
  maxChars?: number;
  /** where failing inputs are written; none when unset */
  outDir?: string;
  /** this process runs every count-th batch from index on (several processes share one run) */
  shard?: { index: number; count: number };
  kb: Knowledge;
  onProgress?: (r: FuzzReport) => void;
}

export interface Failure {
  kind: "crash" | "violation";
  class: string;
  caseId: string;
  target: Target;
  message: string;
  file?: string;
}

export interface FuzzReport {
  seed: number;
  cases: number;
  byTarget: Record<string, number>;
  generated: number;
  mutated: number;
  /** inputs a reader refused with an InputError, by code */
  refused: Record<string, number>;
  documents: number;
  kilochars: number;
  seconds: number;
  crashes: number;
  violations: number;
  /** failures by class: count and the first case */
  classes: Record<string, { kind: Failure["kind"]; count: number; first: Failure }>;
  slowest: Timing[];
  /** the slowest readings (decode, parse, split) of an input */
  slowestReads: Timing[];
  /** documents whose time per KB is far above the median of documents of their size class */
  nonLinear: { caseId: string; target: Target; chars: number; ms: number; msPerKb: number }[];
  medianMsPerKb: number | null;
  /** every document's time, for merging shards */
  timings: Timing[];
}

export type Timing = { caseId: string; target: Target; chars: number; ms: number };

const mix = (seed: number, batch: number) => (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + Math.imul(batch + 1, 0xc2b2ae35)) | 0;

/** The weighted arbitrary over the chosen targets. */
function arbitraryOf(targets: readonly Target[]): fc.Arbitrary<FuzzCase> {
  return fc.oneof(...targets.map((t) => ({ weight: WEIGHTS[t], arbitrary: caseArbitrary(t) })));
}

/** Normalises a message into its class: digits and quoted text go, the first source frame stays. */
export function classOf(kind: Failure["kind"], target: Target, message: string, stack?: string): string {
  const frame = stack?.split("\n").find((l) => /\/src\//.test(l))?.replace(/^.*\/src\//, "src/").replace(/\)$/, "").replace(/:\d+$/, "");
  const msg = message.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/\[\d+\]/g, "[]").replace(/\d+/g, "N").slice(0, 140);
  return `${kind} ${kind === "violation" ? "" : `(${target}) `}${msg}${frame ? ` @ ${frame}` : ""}`;
}

export function saveCase(dir: string, c: FuzzCase, failure: Omit<Failure, "file" | "kind"> & { kind: Failure["kind"] | "slow" }): string {
  mkdirSync(dir, { recursive: true });
  const body = serialiseCase(c, failure);
  const file = join(dir, `${failure.kind}-${c.target}-${createHash("sha1").update(body).digest("hex").slice(0, 10)}.json`);
  writeFileSync(file, body);
  return file;
}

export function serialiseCase(c: FuzzCase, extra: object = {}): string {
  return JSON.stringify({ ...extra, target: c.target, origin: c.origin, name: c.name, published: c.published ?? null,
    ...(c.text !== undefined ? { text: c.text } : {}), ...(c.bytes ? { bytesBase64: Buffer.from(c.bytes).toString("base64") } : {}) }, null, 1);
}

export function loadCase(file: string): FuzzCase {
  const o = JSON.parse(readFileSync(file, "utf8")) as { target: Target; origin: FuzzCase["origin"]; name: string; published: string | null; text?: string; bytesBase64?: string };
  return { target: o.target, origin: o.origin ?? "generated", name: o.name, published: o.published, text: o.text, bytes: o.bytesBase64 !== undefined ? Uint8Array.from(Buffer.from(o.bytesBase64, "base64")) : undefined };
}

/** Runs one case and lists what went wrong with it (nothing when it held). */
export function failuresOf(c: FuzzCase, caseId: string, kb: Knowledge): { result: ReturnType<typeof runCase> | null; failures: Omit<Failure, "file">[] } {
  try {
    const result = runCase(c, kb, documentViolations);
    const failures = result.documents.flatMap((d) => d.violations).map((message) => ({ kind: "violation" as const, class: classOf("violation", c.target, message), caseId, target: c.target, message }));
    return { result, failures };
  } catch (e) {
    if (!(e instanceof FuzzCrash)) throw e;
    const cause = e.thrown as Error | undefined;
    return { result: null, failures: [{ kind: "crash", class: classOf("crash", c.target, e.message, cause?.stack), caseId, target: c.target, message: `${e.message}\n${cause?.stack ?? ""}` }] };
  }
}

export function runFuzz(opts: FuzzOptions): FuzzReport {
  const targets = opts.targets?.length ? opts.targets : [...TARGETS];
  const arb = arbitraryOf(targets);
  const report: FuzzReport = { seed: opts.seed, cases: 0, byTarget: {}, generated: 0, mutated: 0, refused: {}, documents: 0, kilochars: 0, seconds: 0,
    crashes: 0, violations: 0, classes: {}, slowest: [], slowestReads: [], nonLinear: [], medianMsPerKb: null, timings: [] };
  const timings = report.timings;
  const shard = opts.shard ?? { index: 0, count: 1 };
  const started = performance.now();
  const deadline = opts.seconds ? started + opts.seconds * 1000 : Infinity;
  const maxCases = opts.cases ?? (opts.seconds ? Infinity : 1000);
  const inFlight = opts.outDir ? join(opts.outDir, "in-flight.json") : null;
  if (opts.outDir) mkdirSync(opts.outDir, { recursive: true });
  let lastProgress = started;
  let savedSlow = 0;

  for (let batch = shard.index; report.cases < maxCases && performance.now() < deadline; batch += shard.count) {
    const cases = fc.sample(arb, { seed: mix(opts.seed, batch), numRuns: BATCH });
    for (let k = 0; k < cases.length && report.cases < maxCases && performance.now() < deadline; k++) {
      const c = opts.maxChars ? cut(cases[k]!, opts.maxChars) : cases[k]!;
      const caseId = `${opts.seed}:${batch * BATCH + k}`;
      // a case that hangs or kills the process is still on disk to replay
      if (inFlight) writeFileSync(inFlight, serialiseCase(c, { caseId }));
      const { result, failures } = failuresOf(c, caseId, opts.kb);
      report.cases++;
      report.byTarget[c.target] = (report.byTarget[c.target] ?? 0) + 1;
      report[c.origin]++;
      if (result?.refused) report.refused[result.refused] = (report.refused[result.refused] ?? 0) + 1;
      if (result) {
        const chars = c.text?.length ?? c.bytes?.length ?? 0;
        report.slowestReads = [...report.slowestReads, { caseId, target: c.target, chars, ms: result.readMs }].sort((a, b) => b.ms - a.ms).slice(0, 10);
        if (opts.outDir && result.readMs > SLOW_MS && savedSlow < SAVED_SLOW) {
          savedSlow++;
          saveCase(join(opts.outDir, "slow"), c, { kind: "slow", class: "slow read", caseId, target: c.target, message: `read ${chars} chars in ${result.readMs.toFixed(0)} ms` });
        }
      }
      for (const d of result?.documents ?? []) {
        report.documents++;
        report.kilochars += d.chars / 1000;
        timings.push({ caseId, target: c.target, chars: d.chars, ms: d.ms });
        if (opts.outDir && d.ms > SLOW_MS && savedSlow < SAVED_SLOW) {
          savedSlow++;
          saveCase(join(opts.outDir, "slow"), c, { kind: "slow", class: "slow", caseId, target: c.target, message: `${d.chars} chars in ${d.ms.toFixed(0)} ms` });
        }
      }
      for (const f of failures) {
        f.kind === "crash" ? report.crashes++ : report.violations++;
        const cls = (report.classes[f.class] ??= { kind: f.kind, count: 0, first: f });
        cls.count++;
        if (opts.outDir && cls.count <= SAVED_PER_CLASS) {
          const file = saveCase(join(opts.outDir, "failures"), c, f);
          if (cls.count === 1) cls.first = { ...f, file };
        }
      }
      if (opts.onProgress && performance.now() - lastProgress > 10_000) {
        lastProgress = performance.now();
        report.seconds = (lastProgress - started) / 1000;
        opts.onProgress(report);
      }
    }
  }
  if (inFlight) rmSync(inFlight, { force: true });
  report.seconds = (performance.now() - started) / 1000;
  Object.assign(report, timeFindings(timings));
  return report;
}

function cut(c: FuzzCase, max: number): FuzzCase {
  return { ...c, ...(c.text !== undefined ? { text: c.text.slice(0, max) } : {}), ...(c.bytes ? { bytes: c.bytes.subarray(0, max) } : {}) };
}

/** The slowest documents, and those whose time per KB is far above the median of the long ones. */
export function timeFindings(timings: Timing[]): Pick<FuzzReport, "slowest" | "nonLinear" | "medianMsPerKb"> {
  const slowest = [...timings].sort((a, b) => b.ms - a.ms).slice(0, 10);
  const long = timings.filter((t) => t.chars >= LINEAR_MIN_CHARS).map((t) => ({ ...t, msPerKb: t.ms / (t.chars / 1000) }));
  if (!long.length) return { slowest, nonLinear: [], medianMsPerKb: null };
  const sorted = long.map((t) => t.msPerKb).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  const nonLinear = long.filter((t) => t.msPerKb > LINEAR_FACTOR * median && t.ms > 250).sort((a, b) => b.msPerKb - a.msPerKb).slice(0, 20);
  return { slowest, nonLinear, medianMsPerKb: median };
}

/** One report of several shards' (each run with the same seed and its own batches). */
export function mergeReports(parts: FuzzReport[]): FuzzReport {
  const add = (a: Record<string, number>, b: Record<string, number>) => { for (const [k, n] of Object.entries(b)) a[k] = (a[k] ?? 0) + n; };
  const out: FuzzReport = { ...parts[0]!, byTarget: {}, refused: {}, classes: {}, timings: [], cases: 0, generated: 0, mutated: 0, documents: 0, kilochars: 0, crashes: 0, violations: 0, seconds: 0 };
  for (const p of parts) {
    for (const k of ["cases", "generated", "mutated", "documents", "kilochars", "crashes", "violations"] as const) out[k] += p[k];
    out.seconds = Math.max(out.seconds, p.seconds);
    add(out.byTarget, p.byTarget);
    add(out.refused, p.refused);
    for (const [cls, c] of Object.entries(p.classes)) {
      const have = out.classes[cls];
      out.classes[cls] = have ? { ...have, count: have.count + c.count } : c;
    }
    out.timings.push(...p.timings);
  }
  out.slowestReads = parts.flatMap((p) => p.slowestReads).sort((a, b) => b.ms - a.ms).slice(0, 10);
  return Object.assign(out, timeFindings(out.timings));
}
