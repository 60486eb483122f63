// An event's date is the date its own clause carries (the parse says which clause a date modifies), not the
// nearest date in the sentence. Sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";

const events = (text: string) => annotateText(text, "2021-06-28").events;

test("a relative clause's date dates its own event, the main clause's date the main event", () => {
  const list = events("Rebels who had seized the town on Sunday attacked the airport on Tuesday.");
  const seized = list.find((e) => e.trigger?.text === "seized");
  const attacked = list.find((e) => e.trigger?.text === "attacked");
  assert.equal(seized?.date?.value, "2021-06-27");
  assert.equal(attacked?.date?.value, "2021-06-22");
});

test("a date in a descriptive relative clause does not date the main event", () => {
  const list = events("The minister, who visited Kabul on Friday, condemned the attack on Sunday.");
  assert.equal(list.find((e) => e.trigger?.text === "condemned")?.date?.value, "2021-06-27");
  assert.equal(list.find((e) => e.trigger?.text === "visited")?.date?.value, "2021-06-25");
});

test("a past event the text does not date happens at the paragraph's narrative time; a perfect or a new paragraph does not", () => {
  const list = events("On Friday, rebels attacked the town of Goma. Government troops arrested ten rebels. The army has deployed more troops to the region.");
  assert.equal(list.find((e) => e.trigger?.text === "arrested")?.date?.value, "2021-06-25");
  assert.equal(list.find((e) => e.trigger?.text?.startsWith("deployed"))?.date?.value ?? "2021-06-28", "2021-06-28");
  const later = events("On Friday, rebels attacked the town of Goma.\n\nGovernment troops arrested ten rebels.");
  assert.equal(later.find((e) => e.trigger?.text === "arrested")?.date?.value, "2021-06-28");
});

test("a definite attack noun is dated by the verb that carries it out; a passive that reacts to it names no attacker", () => {
  const carried = events("The attack on the police station was carried out on Sunday by Boko Haram fighters.").find((e) => e.type === "ASSAULT");
  assert.equal(carried?.date?.value, "2021-06-27");
  assert.match(carried?.source?.name ?? "", /Boko Haram/);
  const condemned = events("The attack on the police station was condemned by the United Nations.");
  assert.ok(!condemned.some((e) => e.type === "ASSAULT" && /United Nations/.test(e.source?.name ?? "")), JSON.stringify(condemned.map((e) => [e.type, e.source?.name])));
});
