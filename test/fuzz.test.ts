// A short run of the fuzz bench (bench/fuzz.ts) with a fixed seed: the same generators, mutations and checks,
// a few hundred cases over every target. A failure names its class and the case to replay with the bench.
import { test } from "node:test";
import assert from "node:assert/strict";
import { runFuzz } from "../bench/fuzz/runner.ts";
import { documentViolations } from "../bench/fuzz/check.ts";
import { TARGETS } from "../bench/fuzz/targets.ts";
import { extractText, kb } from "./helpers.ts";

test("300 generated and mutated inputs over the core and every reader: no crash, every document valid", () => {
  // inputs cut to 800 characters keep the run short; the bench runs them whole
  const report = runFuzz({ seed: 14, cases: 300, maxChars: 800, kb: kb() });
  assert.equal(report.cases, 300);
  assert.deepEqual(Object.keys(report.byTarget).sort(), [...TARGETS].sort(), "every target was drawn");
  assert.ok(report.documents > 150, `${report.documents} documents extracted`);
  assert.ok(report.mutated > 50 && report.generated > 50);
  assert.deepEqual(Object.entries(report.classes).map(([cls, c]) => `${c.count} × ${cls} (first ${c.first.caseId})`), []);
});

test("the checks catch what they look for: a span whose text is not its slice, an offset past the end, a bad field", () => {
  const text = "Rebels attacked the town of Kabul on Monday.";
  const doc = extractText(text);
  assert.deepEqual(documentViolations(doc, text), []);
  const event = structuredClone(doc);
  event.events[0]!.evidence.text = "something else";
  assert.match(documentViolations(event, text).join(), /events\[0\]\.evidence: text/);
  const past = structuredClone(doc);
  past.sentences![0]!.end = text.length + 1;
  assert.match(documentViolations(past, text).join(), /sentences\[0\].*outside the text/);
  const bad = structuredClone(doc) as unknown as { events: { fatalities: number }[] };
  bad.events[0]!.fatalities = 1e300;
  assert.match(documentViolations(bad, text).join(), /schema: events\.0\.fatalities/);
});
