// ACLED sub-event types on short reports in ACLED's style (bench/acled-style.json, written for sitrep): for each
// report, the most confident event that happened (as a scorer reading one event per report does) and its ACLED
// sub-event type against the expected one. Prints accuracy, coverage (reports with any ACLED type), weighted F1
// over sub-event types, and with --misses each report whose type is wrong.
//   npx tsx bench/acled-style.ts [--misses]
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { extract } from "../src/pipeline.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import type { Event } from "../src/schema.ts";

const data = JSON.parse(readFileSync(resolve(import.meta.dirname, "acled-style.json"), "utf8")) as { published: string; snippets: Array<[string, string]> };
const kb = loadKnowledge();
const showMisses = process.argv.includes("--misses");

const primary = (events: Event[]): Event | null =>
  events.filter((e) => e.modality !== "negated").reduce<Event | null>((b, e) => (b === null || e.confidence > b.confidence ? e : b), null);

const pairs = data.snippets.map(([gold, text], i) => {
  const e = primary(extract({ id: `acled-${i}`, text, published: data.published }, kb).events);
  return { gold, got: e?.acled?.subEventType ?? null, text, event: e };
});

const labels = [...new Set(pairs.flatMap((p) => [p.gold, p.got ?? "(none)"]))];
let f1Sum = 0;
for (const l of new Set(pairs.map((p) => p.gold))) {
  const tp = pairs.filter((p) => p.gold === l && p.got === l).length;
  const sys = pairs.filter((p) => p.got === l).length, gold = pairs.filter((p) => p.gold === l).length;
  const prec = sys ? tp / sys : 0, rec = tp / gold;
  f1Sum += gold * (prec + rec ? (2 * prec * rec) / (prec + rec) : 0);
}
const right = pairs.filter((p) => p.gold === p.got).length;
const pct = (n: number) => Math.round(1000 * n) / 10;
console.log(`reports ${pairs.length}, sub-event types ${labels.length - (labels.includes("(none)") ? 1 : 0)}`);
console.log(`accuracy ${pct(right / pairs.length)}  coverage ${pct(pairs.filter((p) => p.got).length / pairs.length)}  weighted_f1 ${pct(f1Sum / pairs.length)}`);
if (showMisses) for (const p of pairs.filter((p) => p.gold !== p.got)) {
  const e = p.event;
  console.log(`- ${p.gold} <- ${p.got ?? "(none)"} [${e ? `${e.type} ${e.trigger?.text ?? ""} ${e.source?.name ?? "-"} -> ${e.target?.name ?? "-"}` : "no event"}] ${p.text}`);
}
