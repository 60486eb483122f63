// The sitrep command line as the tests run it: a child process with a time limit, so a command that hangs fails
// its test with the command named instead of holding the whole test run (spawnSync blocks the runner's timers).
import { spawn, spawnSync, type ChildProcess, type SpawnOptions } from "node:child_process";
import { join } from "node:path";

export const BIN = join(import.meta.dirname, "..", "bin", "sitrep.js");

/** Longest any one command may take in a test; far above what any takes here (about 20 s at most). */
const LIMIT_MS = Number(process.env.SITREP_TEST_CLI_LIMIT_MS ?? 300_000);

export interface CliOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
}

/** Runs `sitrep ARGS` to the end and returns its exit status and output; throws when it overruns the limit. */
export function sitrep(args: string[], options: CliOptions = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input: options.input, env: options.env ?? process.env, encoding: "utf8", maxBuffer: 2 ** 28, timeout: LIMIT_MS, killSignal: "SIGKILL",
  });
  if (r.error) throw new Error(`sitrep ${args.join(" ").slice(0, 200)}: ${r.error.message}`);
  if (r.signal === "SIGKILL") throw new Error(`sitrep ${args.join(" ").slice(0, 200)}: killed after ${LIMIT_MS} ms`);
  return r;
}

const running = new Set<ChildProcess>();

/** Starts `sitrep ARGS` in the background; whatever is still running when the test file ends is killed. */
export function startSitrep(args: string[], options: SpawnOptions = {}): ChildProcess {
  const child = spawn(process.execPath, [BIN, ...args], options);
  running.add(child);
  child.once("exit", () => running.delete(child));
  return child;
}

process.once("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});
