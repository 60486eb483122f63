// The dashboard's pure helpers (no browser): text segmentation for highlighting, map clustering, timeline
// periods, URL state and link safety.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { segment, rebase } from "../web/src/lib/segments.ts";
import { cluster } from "../web/src/lib/cluster.ts";
import { rng } from "./dashboard-data.ts";
import { isoDay, periodRange } from "../web/src/lib/periods.ts";
import { filterParams, filtersChanged, parseState, stateToSearch } from "../web/src/lib/state.ts";
import { safeUrl } from "../web/src/lib/dom.ts";
import { extractions } from "../web/src/views/ingest.ts";

test("segment splits nested and overlapping marks into flat runs", () => {
  const text = "The army shelled the town on Monday.";
  const segs = segment(text, [
    { start: 0, end: 36, kind: "sentence" },
    { start: 4, end: 8, kind: "actor" },
    { start: 9, end: 16, kind: "trigger" },
    { start: 12, end: 25, kind: "evidence" },
  ]);
  assert.equal(segs.map((s) => s.text).join(""), text, "segments cover the text exactly once");
  const army = segs.find((s) => s.text === "army")!;
  assert.deepEqual(army.marks.map((m) => m.kind).sort(), ["actor", "sentence"]);
  const overlap = segs.find((s) => s.text === "lled")!;
  assert.deepEqual(overlap.marks.map((m) => m.kind).sort(), ["evidence", "sentence", "trigger"]);
  assert.deepEqual(segs.find((s) => s.text === " the town")!.marks.map((m) => m.kind).sort(), ["evidence", "sentence"]);
});

test("segment drops empty and out-of-range marks and clamps the rest", () => {
  const segs = segment("abc", [{ start: 2, end: 2, kind: "x" }, { start: 5, end: 9, kind: "y" }, { start: -3, end: 1, kind: "z" }]);
  assert.deepEqual(segs.map((s) => [s.text, s.marks.map((m) => m.kind)]), [["a", ["z"]], ["bc", []]]);
});

test("rebase moves document offsets onto an excerpt", () => {
  assert.deepEqual(rebase([{ start: 105, end: 110, kind: "trigger" }], 100), [{ start: 5, end: 10, kind: "trigger" }]);
});

test("cluster merges nearby points, keeps distant ones apart and never leaves two centres too close", () => {
  const pts = [
    { x: 1, y: 1, count: 1, item: "a" }, { x: 5, y: 5, count: 3, item: "b" }, { x: 100, y: 100, count: 1, item: "c" },
  ];
  const clusters = cluster(pts, 20).sort((a, b) => a.x - b.x);
  assert.equal(clusters.length, 2);
  assert.equal(clusters[0]!.count, 4);
  assert.deepEqual(clusters[0]!.items.sort(), ["a", "b"]);
  assert.equal(clusters[0]!.x, 5, "placed on the heaviest point");
  assert.equal(clusters[1]!.count, 1);

  const r = rng(3);
  const many = Array.from({ length: 5000 }, (_, i) => ({ x: r() * 600, y: r() * 300, count: 1 + (i % 4), item: i }));
  const out = cluster(many, 30);
  assert.equal(out.reduce((n, c) => n + c.count, 0), many.reduce((n, p) => n + p.count, 0), "no event lost");
  assert.ok(out.length < 400, `bounded: ${out.length}`);
  for (const a of out) for (const b of out) if (a !== b) assert.ok(Math.hypot(a.x - b.x, a.y - b.y) >= 30, "centres apart");
});

test("periodRange reads days, ISO weeks, months and years", () => {
  assert.deepEqual(periodRange("2020-02-28")!.map(isoDay), ["2020-02-28", "2020-02-29"]);
  assert.deepEqual(periodRange("2020-12")!.map(isoDay), ["2020-12-01", "2021-01-01"]);
  assert.deepEqual(periodRange("2021-W01")!.map(isoDay), ["2021-01-04", "2021-01-11"]);
  assert.deepEqual(periodRange("2020-W53")!.map(isoDay), ["2020-12-28", "2021-01-04"]);
  assert.deepEqual(periodRange("2019")!.map(isoDay), ["2019-01-01", "2020-01-01"]);
  assert.equal(periodRange("last spring"), null);
});

test("URL state round-trips and separates filters from view settings", () => {
  const st = parseState("?type=ASSAULT&country=IRQ&sort=-fatalities&offset=50&unknown=1&event=ce_1");
  assert.deepEqual(st, { type: "ASSAULT", country: "IRQ", sort: "-fatalities", offset: "50", event: "ce_1" });
  assert.deepEqual(parseState(stateToSearch(st)), st);
  assert.equal(filterParams(st).toString(), "country=IRQ&type=ASSAULT");
  assert.equal(filtersChanged(st, { ...st, event: "ce_2", offset: "0" }), false);
  assert.equal(filtersChanged(st, { ...st, country: "SYR" }), true);
});

test("safeUrl keeps http(s) links and refuses script and data URLs", () => {
  assert.equal(safeUrl("https://news.example.org/a?b=1"), "https://news.example.org/a?b=1");
  for (const bad of ["javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>1</script>", "vbscript:x", "/relative", "", null]) {
    assert.equal(safeUrl(bad), null, String(bad));
  }
});

test("extractions finds the documents in an ingest response of any reasonable shape", () => {
  const doc = { document: { id: "d", text: "t" }, entities: [], timexes: [], places: [], quotes: [], events: [] };
  assert.equal(extractions(doc).length, 1);
  assert.equal(extractions({ documents: 1, extractions: [doc, doc] }).length, 2);
  assert.equal(extractions({ results: [{ status: "new", extraction: doc }] }).length, 1);
  assert.equal(extractions({ status: "ok" }).length, 0);
});

test("the front end never turns strings into markup", () => {
  const dir = fileURLToPath(new URL("../web/src/", import.meta.url));
  const files = readdirSync(dir, { recursive: true }).map(String).filter((f) => f.endsWith(".ts"));
  assert.ok(files.length > 5);
  for (const f of files) {
    const code = readFileSync(join(dir, f), "utf8");
    assert.doesNotMatch(code, /\.(innerHTML|outerHTML)\s*=|insertAdjacentHTML|document\.write|DOMParser|createContextualFragment|\.html\(|\.srcdoc\s*=|new Function|\beval\(/, f);
  }
});

test("the filter bar's vocabularies are the extraction schema's and the ontology's, not a copy that drifts", async () => {
  const { ACLED_TYPES, MODALITIES, PLOVER_TYPES } = await import("../web/src/types.ts");
  const { Modality, PloverType } = await import("../src/schema.ts");
  const { loadKnowledge } = await import("../src/knowledge/load.ts");
  assert.deepEqual([...MODALITIES], Modality.options);
  assert.deepEqual([...PLOVER_TYPES].sort(), [...PloverType.options].sort());
  assert.deepEqual([...ACLED_TYPES].sort(), Object.keys(loadKnowledge().ontology.acledTypes()).sort());
});
