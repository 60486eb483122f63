// Event confidence: a calibrated probability from the shipped model (data/confidence.json), validated when loaded,
// and one threshold filter (`minConfidence`) through both stores, the CLI and the API.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Calibration } from "../src/knowledge/calibration.ts";
import { loadCalibration } from "../src/knowledge/load.ts";
import { calibratedConfidence, CONFIDENCE_FEATURES } from "../src/stages/events/confidence.ts";
import { startServer } from "../src/server/serve.ts";
import { SqliteStore } from "../src/store/sqlite.ts";
import type { Store } from "../src/store/store.ts";
import { docWith } from "./corpus-fixtures.ts";
import { annotateText } from "./helpers.ts";
import { sitrep } from "./cli-run.ts";
import { STORE_KINDS } from "./store-kinds.ts";

test("the shipped calibration loads, names only features the events stage computes, and says how it was made", () => {
  const c = loadCalibration();
  assert.deepEqual(c.unknownFeatures(new Set(CONFIDENCE_FEATURES)), []);
  assert.ok(c.threshold >= 0 && c.threshold <= 1);
});

test("a malformed or foreign calibration is refused with the file named", () => {
  assert.throws(() => Calibration.fromData(null), /data\/confidence\.json is not a calibration model/);
  assert.throws(() => Calibration.fromData({ trainedOn: {}, bias: 0, weights: { prior: "x" }, threshold: 0 }), /confidence\.json/);
  const foreign = Calibration.fromData({ trainedOn: {}, bias: 0, weights: { "no.such.feature": 1 }, threshold: 0 });
  assert.throws(() => calibratedConfidence(foreign, new Map()), /names features the events stage does not compute \(no\.such\.feature\)/);
});

test("an event's confidence is the calibration of its features, and a surer mention scores higher", () => {
  const doc = annotateText("Rebels attacked an army post in Kunduz on Friday, killing five soldiers. Officials fear the rebels could attack the city.");
  assert.equal(doc.events.length, doc.eventFeatures.length);
  const cal = loadCalibration();
  doc.events.forEach((e, i) => assert.equal(e.confidence, Math.round(cal.probability(doc.eventFeatures[i]!) * 1000) / 1000));
  const attack = doc.events.find((e) => e.type === "ASSAULT" && e.modality === "asserted");
  const feared = doc.events.find((e) => e.modality !== "asserted");
  assert.ok(attack, "the attack is an event");
  if (feared) assert.ok(attack.confidence > feared.confidence, "a stated attack is surer than a feared one");
});

const stores: Store[] = [];
const servers: { close(): void }[] = [];
after(async () => {
  servers.forEach((s) => s.close());
  for (const s of stores) await s.close();
});

/** Three reports of protests with confidence 0.4, 0.6 and 0.8. */
async function fill(store: Store) {
  const places = [{ name: "Kassala", country: "SDN", lat: 15.45, lon: 36.4 }, { name: "Gedaref", country: "SDN", lat: 14.03, lon: 35.38 }, { name: "Kosti", country: "SDN", lat: 13.16, lon: 32.66 }];
  for (const [i, confidence] of [0.4, 0.6, 0.8].entries()) {
    const city = places[i]!.name;
    const text = `Protesters marched through ${city} on Saturday demanding the release of detained students.`;
    await store.addDocument(docWith({ text, published: `2022-04-1${i}`, source: `Wire ${i}` }, [
      { evidence: `Protesters marched through ${city}`, type: "PROTEST", date: `2022-0${i + 4}-01`, place: places[i], confidence, source: { name: "protesters", country: "SDN", sector: "CVL" } },
    ]));
  }
}

for (const kind of STORE_KINDS)
test(`${kind.name}: minConfidence keeps events at or above it; 0 keeps every event`, async () => {
  const store = await kind.open();
  stores.push(store);
  await fill(store);
  const count = async (minConfidence?: number) => (await store.events({ minConfidence })).total;
  assert.deepEqual([await count(), await count(0), await count(0.6), await count(0.7), await count(0.9)], [3, 3, 2, 1, 0]);
});

test("the API applies the server's threshold unless a request names its own, and refuses a bad one", async () => {
  const store = new SqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-conf-")), "s.db"));
  stores.push(store);
  await fill(store);
  const { server, port } = await startServer(store, { port: 0 });
  servers.push(server);
  const total = async (q: string) => (await (await fetch(`http://127.0.0.1:${port}/api/events${q}`)).json()).total;
  const threshold = loadCalibration().threshold;
  assert.equal(await total(""), [0.4, 0.6, 0.8].filter((c) => c >= threshold).length, "the calibration's threshold by default");
  assert.equal(await total("?minConfidence=0.7"), 1);
  assert.equal(await total("?minConfidence=0"), 3);
  const bad = await fetch(`http://127.0.0.1:${port}/api/events?minConfidence=2`);
  assert.equal(bad.status, 400);
  assert.match((await bad.json()).error, /minConfidence must be a number from 0 to 1/);
});

test("sitrep events --min-confidence filters, and refuses a value outside 0 to 1", async () => {
  const db = join(mkdtempSync(join(tmpdir(), "sitrep-conf-")), "s.db");
  const store = new SqliteStore(db);
  await fill(store);
  await store.close();
  const ids = (min: string) => JSON.parse(sitrep(["events", "--db", db, "--format", "json", "--min-confidence", min]).stdout).total;
  assert.deepEqual([ids("0"), ids("0.5"), ids("0.75")], [3, 2, 1]);
  const bad = sitrep(["events", "--db", db, "--min-confidence", "1.5"]);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /--min-confidence must be a number from 0 to 1/);
});
