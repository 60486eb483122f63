// Fresh-store bench (issue 14): N trials of P processes opening the same new SQLite store at the same moment.
//   npx tsx bench/fresh-store.ts [--trials 100] [--processes 3]
import { parseArgs } from "node:util";
import { MIGRATIONS } from "../src/store/migrations.ts";
import { freshStoreTrials } from "./store/fresh-store.ts";

const { values } = parseArgs({ options: { trials: { type: "string", default: "100" }, processes: { type: "string", default: "3" } } });
const trials = Number(values.trials), processes = Number(values.processes);
const t0 = performance.now();
const results = await freshStoreTrials(trials, processes, MIGRATIONS.length);
const failed = results.filter((r) => !r.ok).length;
const errors = new Map<string, number>();
for (const o of results.flatMap((r) => r.outcomes)) if (o.startsWith("error")) errors.set(o, (errors.get(o) ?? 0) + 1);
console.log(`${trials} trials of ${processes} processes opening a fresh store together: ${failed} failed (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
for (const [e, n] of errors) console.log(`  ${n} × ${e}`);
process.exit(failed ? 1 : 0);
