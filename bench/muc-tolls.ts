// Casualty check on the MUC-3/4 development set (public-domain wire reports with answer keys): of the key
// incidents with a numeric death count, the share that some event of ours in the same message matches exactly,
// and the share of our non-null fatality counts that equal a key count.
//   npx tsx bench/muc-tolls.ts [--misses]
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extract } from "../src/pipeline.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";

const dev = resolve(import.meta.dirname, "..", "..", "shared", "data", "muc34", "dev");
const files = readdirSync(dev).sort();
const read = (f: string) => readFileSync(join(dev, f), "latin1");

/** Messages of the wire files: each opens with a line such as "DEV-MUC3-0001 (NOSC)". */
function messages(): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of files.filter((f) => /^dev-muc3-/.test(f))) {
    const parts = read(f).split(/^(DEV-MUC3-\d{4}) \([^)]*\)\s*$/m);
    for (let i = 1; i < parts.length; i += 2) out.set(parts[i]!, parts[i + 1]!.trim());
  }
  return out;
}

interface Incident { id: string; type: string; deaths: number }

/** Key incidents whose deaths are all counted: the victims' HUM TGT: NUMBER summed over DEATH effects. */
function incidents(): Incident[] {
  const out: Incident[] = [];
  for (const f of files.filter((f) => /^key-dev-.*\.muc4$/.test(f))) {
    for (const block of read(f).split(/\n(?=0\.\s+MESSAGE: ID)/)) {
      const id = /MESSAGE: ID\s+(\S+)/.exec(block)?.[1];
      if (!id) continue;
      const fields = new Map<string, string[]>();
      let cur: string | null = null;
      for (const line of block.split("\n")) {
        const m = /^\d+\.\s+([A-Z ]+: [A-Z ]+?)\s{2,}(.*)$/.exec(line);
        if (m) { cur = m[1]!.trim(); fields.set(cur, [m[2]!.trim()]); }
        else if (cur && line.startsWith(" ".repeat(20)) && line.trim()) fields.get(cur)!.push(line.trim());
      }
      const type = fields.get("INCIDENT: TYPE")?.[0] ?? "*";
      if (type === "*" || type === "-") continue;
      const counts = new Map<string, number | null>();
      for (const v of fields.get("HUM TGT: NUMBER") ?? []) {
        const x = /^(\d+)\s*:\s*(.*)$/.exec(v);
        for (const s of (x ? x[2]! : v).matchAll(/"([^"]+)"/g)) counts.set(s[1]!, x ? Number(x[1]) : null);
      }
      let deaths = 0, any = false, known = true;
      for (const v of fields.get("HUM TGT: EFFECT OF INCIDENT") ?? []) {
        if (!v.startsWith("DEATH")) continue;
        any = true;
        const n = [...v.matchAll(/"([^"]+)"/g)].map((s) => counts.get(s[1]!)).find((c) => c != null);
        if (n == null) known = false; else deaths += n;
      }
      if (any && known) out.push({ id, type, deaths });
    }
  }
  return out;
}

const kb = loadKnowledge();
const texts = messages();
const keyed = incidents().filter((k) => texts.has(k.id));
const ours = new Map<string, Array<number | null>>();
for (const id of new Set(keyed.map((k) => k.id))) ours.set(id, extract({ id, text: texts.get(id)! }, kb).events.map((e) => e.fatalities ?? null));

const hit = keyed.filter((k) => ours.get(k.id)!.includes(k.deaths));
const keyCounts = new Map<string, Set<number>>();
for (const k of keyed) (keyCounts.get(k.id) ?? keyCounts.set(k.id, new Set()).get(k.id)!).add(k.deaths);
const given = [...ours].flatMap(([id, xs]) => xs.filter((x): x is number => x !== null).map((x) => ({ id, x })));
const right = given.filter(({ id, x }) => keyCounts.get(id)!.has(x));
const pct = (a: number, b: number) => (100 * a / Math.max(1, b)).toFixed(1);
console.log(`key incidents with a numeric death count: ${keyed.length} in ${ours.size} messages`);
console.log(`  matched exactly by one of our events:  ${hit.length} (${pct(hit.length, keyed.length)}%)`);
console.log(`our non-null fatality counts there:       ${given.length}; equal to a key count: ${right.length} (${pct(right.length, given.length)}%)`);
if (process.argv.includes("--misses")) for (const k of keyed) if (!ours.get(k.id)!.includes(k.deaths)) console.log("MISS", k.id, k.type, k.deaths, JSON.stringify(ours.get(k.id)));
