// Development sets split into a fixed tune half and check half, scored with shared/eval's scorers.
//   npm run bench:dev [-- --only timex,muc,events] [-- --out FILE]
// A document is in the tune half when the first hex digit of sha256(id) is 0-7, else in the check half (as in
// shared/eval/README.md). Each half's gold.json is written to a temp folder and scored with `--data DIR --json`;
// the PLOVER gold sentences and the seed article are scored whole. Scorers run one after another (they run
// `npx --no-install sitrep` in this project). Prints one table of the headline metrics to stdout (progress goes to
// stderr); --out FILE also writes every metric as JSON. Nothing from shared/eval/dev is kept in the project.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const evalDir = resolve(root, "..", "shared", "eval");

type Metrics = Record<string, number>;
interface Result { set: string; half: string; docs: number | null; seconds: number; metrics: Metrics | null; error?: string }

// key: the name --only takes (the scorer's name also selects it); gold: dev/ folder to split (none: scored whole)
const SETS = [
  { key: "timex", scorer: "timex", gold: "tbaq", args: [], show: ["value_f1", "strict_f1", "date_value_acc"] },
  { key: "quotes", scorer: "quotes", gold: "polnear-dev", args: [], show: ["direct_f1", "direct_source_acc", "content_f1", "source_acc_named"] },
  { key: "places", scorer: "places", gold: "geovirus", args: [], show: ["acc161", "recall", "median_km"] },
  { key: "muc", scorer: "muc", gold: "muc-dev", args: [],
    show: ["incident_recall_strict", "perpetrator_recall", "target_recall", "date_accuracy", "assault_precision_strict"] },
  ...["wikinews", "pud"].map((set) => ({ key: set, scorer: "events", gold: `${set}-events`, args: ["--set", set], // --data given after --set wins
    show: ["precision", "recall", "key_recall", "source_accuracy", "target_accuracy", "both_actors_accuracy", "date_accuracy"] })),
  { key: "plover", scorer: "plover-gsr", gold: null, args: [],
    show: ["type_accuracy", "type_any_accuracy", "mode_accuracy", "source_country_accuracy", "target_country_accuracy", "location_recall", "dead_accuracy"] },
  { key: "seed", scorer: "score", gold: null, args: [],
    show: ["event_f1", "event_recall_full", "event_precision", "event_date_accuracy", "event_location_accuracy",
      "timex_value_recall", "place_resolution_recall", "quote_attribution_recall", "entity_recall"] },
];

const argv = process.argv.slice(2);
const flag = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const only = flag("--only")?.split(",").map((s) => s.trim()).filter(Boolean);
const outFile = flag("--out");
const unknown = only?.filter((o) => !SETS.some((s) => s.key === o || s.scorer === o));
if (unknown?.length) {
  console.error(`unknown --only name(s): ${unknown.join(", ")} (one of: ${SETS.map((s) => s.key).join(", ")}, events)`);
  process.exit(2);
}
const chosen = SETS.filter((s) => !only || only.includes(s.key) || only.includes(s.scorer));

const tmp = mkdtempSync(join(tmpdir(), "sitrep-dev-halves-"));
const git = (...a: string[]) => spawnSync("git", a, { cwd: root, encoding: "utf8" }).stdout.trim();
const started = new Date().toISOString();

/** Writes the tune or check half of dev/<set>/gold.json to a temp folder; returns the folder and document count. */
function half(set: string, part: "tune" | "check"): { dir: string; docs: number } {
  const gold = JSON.parse(readFileSync(join(evalDir, "dev", set, "gold.json"), "utf8"));
  const key = Array.isArray(gold.docs) ? "docs" : "documents"; // events.mjs gold lists `documents`
  const inTune = (id: string) => parseInt(createHash("sha256").update(id).digest("hex")[0], 16) < 8;
  gold[key] = gold[key].filter((d: { id: string }) => inTune(d.id) === (part === "tune"));
  const dir = join(tmp, `${set}-${part}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "gold.json"), JSON.stringify(gold));
  return { dir, docs: gold[key].length };
}

interface Run { stdout: string; stderr: string; code: number | null; seconds: number; json: Metrics | null }
/** Runs a command in the project root; json: the output line that is a JSON object (the scorers' `--json` line). */
function run(cmd: string, args: string[]): Run {
  const t0 = performance.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", maxBuffer: 2 ** 30 });
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  const line = (r.stdout ?? "").split("\n").find((l) => l.startsWith("{"));
  let json: Metrics | null = null;
  try { json = line ? JSON.parse(line) : null; } catch { json = null; }
  return { stdout: r.stdout ?? "", stderr: r.stderr ?? (r.error?.message ?? ""), code: r.status, seconds, json };
}
// why a run failed: a scorer prints its reason last on stdout; a crash or the extractor says it on stderr
const reason = (r: Run) => (r.stdout.trim().split("\n").pop() || r.stderr.trim().split("\n").pop() || "").slice(0, 300);
// tracked changes and untracked files under src/, to tell whether the code changed during the run
const srcState = () => createHash("sha256").update(git("diff", "HEAD", "--", "src") + git("status", "--porcelain", "--", "src")).digest("hex");

const srcBefore = srcState();
const results: Result[] = [];
for (const s of chosen) {
  const jobs: { half: string; docs: number | null; args: string[] }[] = s.gold
    ? (["tune", "check"] as const).map((p) => { const h = half(s.gold!, p); return { half: p, docs: h.docs, args: ["--data", h.dir] }; })
    : [{ half: "all", docs: null, args: [] }];
  for (const j of jobs) {
    process.stderr.write(`${s.key} ${j.half} ... `);
    let r: Run;
    if (s.key === "seed") { // extract the article, then score the document JSON
      const sys = join(tmp, "seed-system.json");
      const ex = run("npx", ["--no-install", "sitrep", "extract", "../shared/eval/seed/ft-2021-06-28-us-strikes.txt", "--published", "2021-06-28", "--json"]);
      writeFileSync(sys, ex.stdout);
      r = ex.code === 0 ? run("node", ["../shared/eval/score.mjs", "../shared/eval/seed/ft-2021-06-28-us-strikes.gold.json", sys, "--json"]) : { ...ex, json: null };
      if (ex.code === 0) r.seconds = Math.round((r.seconds + ex.seconds) * 10) / 10;
    } else {
      r = run("node", [`../shared/eval/${s.scorer}.mjs`, ".", ...s.args, ...j.args, "--json"]);
    }
    const res: Result = { set: s.key, half: j.half, docs: j.docs, seconds: r.seconds, metrics: r.json };
    if (!r.json || r.code !== 0) res.error = `exit ${r.code}: ${reason(r)}`;
    results.push(res);
    process.stderr.write(`${r.seconds} s${res.error ? `  ${res.error}` : ""}\n`);
  }
}
rmSync(tmp, { recursive: true, force: true });

const showOf = (set: string) => SETS.find((s) => s.key === set)!.show;
const rows = results.map((r) => [r.set, r.half, r.docs === null ? "" : String(r.docs), r.seconds.toFixed(1),
  r.metrics ? showOf(r.set).map((k) => `${k}=${r.metrics![k] ?? "?"}`).join(" ") : `FAILED ${r.error}`]);
const head = ["set", "half", "docs", "sec", "metrics"];
const width = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
for (const r of [head, ...rows]) console.log(r.map((c, i) => (i === r.length - 1 ? c : i >= 2 && i <= 3 ? c.padStart(width[i]) : c.padEnd(width[i]))).join("  "));

const srcChanged = srcState() !== srcBefore;
if (srcChanged) console.error("warning: src/ changed while the scorers ran; the figures may mix two versions of the code");
if (outFile) {
  const srcDirty = git("status", "--porcelain", "--", "src").split("\n").filter(Boolean);
  writeFileSync(outFile, JSON.stringify({ started, commit: git("rev-parse", "HEAD"), srcDirty, srcChanged, results }, null, 2) + "\n");
}
process.exitCode = results.some((r) => r.error) ? 1 : 0;
