// Cross-report merge against the MUC-3/4 development answer keys (shared/eval/dev/muc-dev, public domain; read here,
// never shipped). Two messages "share a key incident" when one key incident of each has a common incident type,
// dates within a day (an "on or before" date reaches back a week), no different countries, and a common place or
// target (two long words in common). Of the pairs of messages our merge puts into
// one canonical event (between messages that have key incidents), the share that share one (precision); of the
// message pairs sharing one, the share we merge (recall). Then the same messages in a shuffled order: how many
// canonical events hold exactly the same reports (order independence). Figures for the tune and check halves
// (first hex digit of sha256(id) 0-7 / 8-f) and the whole set.
//   npm run bench:merge [-- --limit N] [-- --orders K] [-- --cache FILE]
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { extract } from "../src/pipeline.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { SqliteStore } from "../src/store/sqlite.ts";
import { seededRandom } from "../src/util/random.ts";
import type { ExtractionDocument } from "../src/schema.ts";

interface KeyIncident {
  muctype: string[];
  date: { from?: string; to?: string; onOrBefore?: string }[] | null;
  location: { countries: string[]; places: string[] } | null;
  targets: string[];
}
interface KeyDoc { id: string; published: string; text: string; incidents: KeyIncident[] }

const argv = process.argv.slice(2);
const flag = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const limit = Number(flag("--limit") ?? Infinity);
const orders = Number(flag("--orders") ?? 1);
const cache = flag("--cache");

const gold = JSON.parse(readFileSync(resolve(import.meta.dirname, "..", "..", "shared", "eval", "dev", "muc-dev", "gold.json"), "utf8")) as { docs: KeyDoc[] };
const keyDocs = gold.docs.slice(0, limit);
const byId = new Map(keyDocs.map((d) => [d.id, d]));
const inTune = (id: string) => parseInt(createHash("sha256").update(id).digest("hex")[0]!, 16) < 8;

function extractAll(): ExtractionDocument[] {
  if (cache && existsSync(cache)) return JSON.parse(readFileSync(cache, "utf8")) as ExtractionDocument[];
  const kb = loadKnowledge();
  const t0 = Date.now();
  const docs = keyDocs.map((d) => extract({ id: d.id, text: d.text, published: d.published }, kb));
  console.error(`extracted ${docs.length} messages in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (cache) writeFileSync(cache, JSON.stringify(docs));
  return docs;
}

const day = (iso: string) => Date.parse(iso.slice(0, 10)) / 86_400_000;
const meets = <T>(a: T[], b: T[]) => a.some((x) => b.includes(x));

/** A key date as a day range: "on or before" a day (the message's) reaches back a week. */
function keyDays(x: { from?: string; to?: string; onOrBefore?: string }): { from: number; to: number } | null {
  if (x.from && x.to) return { from: day(x.from), to: day(x.to) };
  if (x.onOrBefore) return { from: day(x.onOrBefore) - 7, to: day(x.onOrBefore) };
  return null;
}

const words = (s: string) => s.split(/[^A-Z]+/).filter((w) => w.length >= 4);
/** Two target fills name the same target: they share two long words ("PEOPLE" and "PEOPLE" name no one). */
const sameTarget = (a: string, b: string) => words(a).filter((w) => words(b).includes(w)).length >= 2;

function sameIncident(a: KeyIncident, b: KeyIncident): boolean {
  if (!meets(a.muctype, b.muctype)) return false;
  const [da, db] = [a.date, b.date].map((ds) => (ds ?? []).map(keyDays).filter((x) => x != null));
  if (!da!.some((x) => db!.some((y) => x.from <= y.to + 1 && y.from <= x.to + 1))) return false;
  if (a.location?.countries.length && b.location?.countries.length && !meets(a.location.countries, b.location.countries)) return false;
  return meets(a.location?.places ?? [], b.location?.places ?? []) || a.targets.some((x) => b.targets.some((y) => sameTarget(x, y)));
}

const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);

/** Message pairs that share a key incident. */
function keyPairs(): Set<string> {
  const keyed = keyDocs.filter((d) => d.incidents.length);
  const out = new Set<string>();
  for (let i = 0; i < keyed.length; i++)
    for (let j = i + 1; j < keyed.length; j++)
      if (keyed[i]!.incidents.some((x) => keyed[j]!.incidents.some((y) => sameIncident(x, y)))) out.add(pairKey(keyed[i]!.id, keyed[j]!.id));
  return out;
}

/** Ingests the documents in the given order into a fresh store; returns each canonical event's reports. */
async function ingest(docs: ExtractionDocument[], order: number[]): Promise<{ events: string[][]; seconds: number }> {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-merge-")), "s.db"));
  const t0 = Date.now();
  for (const i of order) await store.addDocument(docs[i]!);
  const seconds = (Date.now() - t0) / 1000;
  const events: string[][] = [];
  for await (const x of store.eachEvent({ modality: "any" })) events.push(x.reports.map((r) => `${r.documentId}:${r.eventIndex}`).sort());
  await store.close();
  return { events, seconds };
}

function scorePairs(events: string[][], truth: Set<string>, half: (id: string) => boolean) {
  const merged = new Set<string>();
  for (const e of events) {
    const docIds = [...new Set(e.map((k) => inputIdOf.get(k.slice(0, k.lastIndexOf(":")))!))].filter((id) => byId.get(id)?.incidents.length && half(id));
    for (let i = 0; i < docIds.length; i++) for (let j = i + 1; j < docIds.length; j++) merged.add(pairKey(docIds[i]!, docIds[j]!));
  }
  const truthHere = [...truth].filter((p) => p.split("|").every(half));
  const right = [...merged].filter((p) => truth.has(p)).length;
  const found = truthHere.filter((p) => merged.has(p)).length;
  return { mergedPairs: merged.size, precision: merged.size ? right / merged.size : 0, keyPairs: truthHere.length, recall: truthHere.length ? found / truthHere.length : 0 };
}

const docs = extractAll();
const inputIdOf = new Map(docs.map((d) => [d.document.id, d.document.inputId ?? ""]));
const truth = keyPairs();
const inOrder = await ingest(docs, docs.map((_, i) => i));
const pct = (x: number) => (100 * x).toFixed(1);
console.log(`merge against MUC dev keys: ${docs.length} messages, ${docs.reduce((n, d) => n + d.events.length, 0)} report events, ${inOrder.events.length} canonical events (${inOrder.seconds.toFixed(1)} s)`);
console.log("half   merged pairs  precision  key pairs  recall");
for (const [name, half] of [["tune", inTune], ["check", (id: string) => !inTune(id)], ["all", () => true]] as const) {
  const s = scorePairs(inOrder.events, truth, half);
  console.log(`${name.padEnd(6)} ${String(s.mergedPairs).padStart(12)}  ${pct(s.precision).padStart(9)}  ${String(s.keyPairs).padStart(9)}  ${pct(s.recall).padStart(6)}`);
}
const base = new Set(inOrder.events.map((e) => e.join(" ")));
const rnd = seededRandom(20261207);
for (let k = 0; k < orders; k++) {
  const order = docs.map((_, i) => i);
  for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
  const shuffled = await ingest(docs, order);
  const same = shuffled.events.filter((e) => base.has(e.join(" "))).length;
  console.log(`shuffled order ${k + 1}: ${shuffled.events.length} canonical events, ${same} hold the same reports as in order (${pct(same / Math.max(inOrder.events.length, shuffled.events.length))}%)`);
}
if (argv.includes("--misses")) {
  // merged pairs of keyed messages that share no key incident: the reports that merged, and each message's incidents
  const docById = new Map(docs.map((d) => [d.document.id, d]));
  const show = (id: string) => byId.get(id)!.incidents.map((x) => `${x.muctype.join("/")} ${JSON.stringify(x.date)} ${x.location?.places.join(",")} T:${x.targets.slice(0, 2).join(",")}`).join(" || ");
  const rnd = seededRandom(1);
  const lines: string[] = [];
  for (const e of inOrder.events) {
    const reps = e.map((k) => ({ doc: k.slice(0, k.lastIndexOf(":")), i: Number(k.slice(k.lastIndexOf(":") + 1)) }));
    for (let a = 0; a < reps.length; a++) for (let b = a + 1; b < reps.length; b++) {
      const [x, y] = [inputIdOf.get(reps[a]!.doc)!, inputIdOf.get(reps[b]!.doc)!];
      if (x === y || !byId.get(x)?.incidents.length || !byId.get(y)?.incidents.length || truth.has(pairKey(x, y))) continue;
      const ev = (r: { doc: string; i: number }) => docById.get(r.doc)!.events[r.i]!.evidence.text.replace(/\s+/g, " ").slice(0, 140);
      if (rnd() < 0.15) lines.push(`${x}: ${ev(reps[a]!)}\n  keys: ${show(x)}\n${y}: ${ev(reps[b]!)}\n  keys: ${show(y)}\n`);
    }
  }
  console.log(lines.slice(0, 25).join("\n"));
}
