// Fresh-store trials: several processes open the same new SQLite file at the same moment. Each must succeed and
// find the schema at the latest version (before migrations ran under a lock, 14 trials in 20 failed with "table
// documents already exists", "duplicate column name" or SQLITE_BUSY).
import { spawn, type ChildProcessByStdio } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { createInterface, type Interface } from "node:readline";
import type { Readable, Writable } from "node:stream";

const ROOT = resolve(import.meta.dirname, "..", "..");
const CHILD = join(import.meta.dirname, "open-store-child.ts");

export interface TrialResult {
  ok: boolean;
  /** each process's outcome: "version N", or its error */
  outcomes: string[];
}

/** A process that opens stores on request (bench/store/open-store-child.ts). */
class Opener {
  private readonly child: ChildProcessByStdio<Writable, Readable, null>;
  private readonly lines: Interface;
  private readonly waiting: ((line: string) => void)[] = [];

  constructor() {
    this.child = spawn(process.execPath, ["--import", "tsx", CHILD], { cwd: ROOT, stdio: ["pipe", "pipe", "inherit"] });
    this.lines = createInterface({ input: this.child.stdout });
    this.lines.on("line", (line) => this.waiting.shift()?.(line));
    this.child.on("exit", (code) => { for (const w of this.waiting.splice(0)) w(JSON.stringify({ ok: false, error: `process exited (${code})` })); });
  }

  open(file: string, startAt: number): Promise<string> {
    return new Promise((done) => {
      this.waiting.push((line) => {
        const r = JSON.parse(line) as { ok: boolean; version?: number; error?: string };
        done(r.ok ? `version ${r.version}` : `error: ${r.error}`);
      });
      this.child.stdin.write(`${file} ${startAt}\n`);
    });
  }

  close(): void {
    this.child.stdin.end();
  }
}

/** Runs `trials` trials; in each, `processes` processes open one fresh file together. */
export async function freshStoreTrials(trials: number, processes: number, latestVersion: number): Promise<TrialResult[]> {
  const openers = Array.from({ length: processes }, () => new Opener());
  const dir = mkdtempSync(join(tmpdir(), "sitrep-fresh-"));
  const results: TrialResult[] = [];
  try {
    for (let i = 0; i < trials; i++) {
      // the first trial waits for the processes to load; later ones only for the requests to arrive
      const startAt = Date.now() + (i === 0 ? 15_000 : 150);
      const file = join(dir, `store-${i}.db`);
      const outcomes = await Promise.all(openers.map((o) => o.open(file, startAt)));
      results.push({ ok: outcomes.every((o) => o === `version ${latestVersion}`), outcomes });
    }
  } finally {
    for (const o of openers) o.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return results;
}
