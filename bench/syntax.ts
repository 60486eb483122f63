// Tagging and parsing on the UD English test sets, through the real command line.
//   npm run bench:syntax [-- --json] [-- --runs N] [-- --only en_ewt-ud-test]   (--json: {startupSeconds, sets: [...]})
// Each gold file (../shared/data/ud/*.conllu.gz) is stripped to ID and FORM (comments and multiword lines kept)
// and piped into `node bin/sitrep.js parse --input-format conllu --format conllu`. The wall-clock time of that
// process, start-up and model loading included, gives words per second (the median of --runs runs). The output
// must give back every input word id in order; it is then scored against gold as the CoNLL 2018 shared task's
// script scores a system that keeps the gold tokenization: UPOS accuracy, UAS and LAS (punctuation included; LAS
// compares the universal part of the relation).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseConllu } from "../src/lang/en/conllu.ts";
import { checkSameWords, scoreSyntax, stripToWords, type SyntaxScores } from "./conllu-score.ts";

const root = resolve(import.meta.dirname, "..");
const UD_DIR = resolve(root, "..", "shared", "data", "ud");
const SETS = ["en_ewt-ud-test", "gum-open_test"];

const argv = process.argv.slice(2);
const flag = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const asJson = argv.includes("--json");
const runs = Math.max(1, Number(flag("--runs") ?? 1) || 1);
const only = flag("--only")?.split(",").map((s) => s.trim()).filter(Boolean);
const sets = only ? SETS.filter((s) => only.includes(s)) : SETS;
if (only && sets.length !== only.length) {
  console.error(`bench:syntax: --only takes ${SETS.join(", ")}`);
  process.exit(2);
}

interface Result extends SyntaxScores {
  set: string;
  seconds: number;
  wordsPerSecond: number;
}

/** Runs `sitrep parse` on CoNLL-U input --runs times: the median wall-clock seconds and the last output. */
function timeParse(set: string, input: string): { seconds: number; output: string } {
  const times: number[] = [];
  let output = "";
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const p = spawnSync(process.execPath, [join(root, "bin", "sitrep.js"), "parse", "--input-format", "conllu", "--format", "conllu"], {
      input, encoding: "utf8", maxBuffer: 2 ** 30, cwd: root,
    });
    times.push((performance.now() - t0) / 1000);
    if (p.error) throw new Error(`${set}: sitrep parse did not run: ${p.error.message}`);
    if (p.status !== 0) throw new Error(`${set}: sitrep parse exited with ${p.status}: ${p.stderr.trim()}`);
    output = p.stdout;
  }
  return { seconds: times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!, output };
}

function runSet(set: string): Result {
  const gold = gunzipSync(readFileSync(join(UD_DIR, `${set}.conllu.gz`))).toString("utf8");
  const input = stripToWords(gold);
  const { seconds, output } = timeParse(set, input);
  const system = parseConllu(output);
  checkSameWords(parseConllu(input), system);
  const scores = scoreSyntax(parseConllu(gold), system);
  return { set, ...scores, seconds, wordsPerSecond: scores.words / seconds };
}

const results: Result[] = [];
let failed = false;
// start-up alone (node, tsx, the model file): one word parsed, for reading the figures below
let startup: number | null = null;
try {
  startup = timeParse("start-up", "1\tHello\n").seconds;
} catch (e) {
  failed = true;
  console.error(`bench:syntax: ${(e as Error).message}`);
}
for (const set of sets) {
  try {
    if (!asJson) console.error(`parsing ${set} ...`);
    results.push(runSet(set));
  } catch (e) {
    failed = true;
    console.error(`bench:syntax: ${(e as Error).message}`);
  }
}

if (asJson) console.log(JSON.stringify({ startupSeconds: startup, sets: results }, null, 2));
else {
  const pct = (x: number) => (100 * x).toFixed(2);
  const rows = [["set", "sentences", "words", "seconds", "words/s", "UPOS", "UAS", "LAS"],
    ...results.map((r) => [r.set, String(r.sentences), String(r.words), r.seconds.toFixed(2), Math.round(r.wordsPerSecond).toString(), pct(r.upos), pct(r.uas), pct(r.las)])];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  console.log([line(rows[0]!), widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line)].join("\n"));
  console.log(`(wall clock of one \`sitrep parse\` process per set, start-up included${runs > 1 ? `, median of ${runs} runs` : ""}; ` +
    `start-up alone: ${startup === null ? "?" : `${startup.toFixed(2)} s`})`);
}
process.exitCode = failed ? 1 : 0;
