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
