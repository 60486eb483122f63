// Attributions carried by a noun of speech, belief or intention (src/stages/quotes/nominal.ts): its complement
// clause is the content, its possessor or the subject of the verb that voiced it the speaker. Sentences written
// for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";
import type { Quote } from "../src/schema.ts";

const quotesOf = (text: string): Quote[] => annotateText(text, "2021-06-28", "quotes").quotes;

test("a decision or a claim with its clause is attributed to its possessor, without the possessive ending", () => {
  const text = "Residents welcomed the mayor's decision to close the old library.";
  const q = quotesOf(text).find((x) => x.text.includes("library"));
  assert.ok(q, JSON.stringify(quotesOf(text)));
  assert.equal(q.direct, false);
  assert.equal(q.text, "to close the old library");
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(q.speaker?.name, "mayor");
});

test("a possessive pronoun refers back to the person named before", () => {
  const text = "Governor Ellen Marsh spoke on Monday. Her decision to veto the bill surprised no one.";
  const q = quotesOf(text).find((x) => x.text.includes("veto"));
  assert.ok(q, JSON.stringify(quotesOf(text)));
  assert.match(q.speaker?.name ?? "", /Marsh/);
});

test("a noun no one holds, or a relative clause after the noun, is no attribution", () => {
  assert.deepEqual(quotesOf("There were fears that the bridge would fall."), []);
  assert.deepEqual(quotesOf("The claim that he made was false."), []);
});

test("a noun voiced by a light verb attributes what it is about to the verb's subject", () => {
  const text = "Senator Paul Brandt raised questions about the contract.";
  const q = quotesOf(text).find((x) => x.text.includes("contract"));
  assert.ok(q, JSON.stringify(quotesOf(text)));
  assert.equal(q.text, "the contract");
  assert.match(q.speaker?.name ?? "", /Brandt/);
  // a topic with no one voicing it is no attribution
  assert.deepEqual(quotesOf("The plan for the city was new."), []);
});
