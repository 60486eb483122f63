// Stance, characterisation and intention read from the parse (src/stages/quotes/stance.ts): a verb of judgement,
// speech or intention whose content is a phrase is an attribution to its subject. Sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";
import type { Quote } from "../src/schema.ts";

const quotesOf = (text: string): Quote[] => annotateText(text, "2021-06-28", "quotes").quotes;
const about = (text: string, words: string): Quote | undefined => quotesOf(text).find((q) => q.text.includes(words));

test("an endorsement or a criticism attributes its object to the subject", () => {
  const text = "Governor Ellen Marsh endorsed the farm bill on Tuesday.";
  const q = about(text, "farm bill");
  assert.ok(q, JSON.stringify(quotesOf(text)));
  assert.equal(q.direct, false);
  assert.match(q.text, /^the farm bill/);
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.match(q.speaker?.name ?? "", /Marsh/);
  const c = about("Senator Paul Brandt criticized the budget office for its late figures.", "budget office");
  assert.ok(c);
  assert.match(c.text, /the budget office for its late figures/);
  assert.match(c.speaker?.name ?? "", /Brandt/);
});

test("naming something as something attributes the object with what is said of it", () => {
  const q = about("Mayor Ruth Adler called the new stadium a waste of public money.", "stadium");
  assert.ok(q);
  assert.match(q.text, /^the new stadium a waste of public money/);
  assert.match(q.speaker?.name ?? "", /Adler/);
  const d = about("The union described the offer as an insult to its members.", "offer");
  assert.ok(d);
  assert.match(d.text, /the offer as an insult/);
});

test("calling or describing with no predicate is no attribution", () => {
  assert.deepEqual(quotesOf("The chairman called a meeting for Friday."), []);
  assert.deepEqual(quotesOf("Neighbours described the fire."), []);
});

test("a phrase after the verb's preposition is what was spoken of or called for", () => {
  const q = about("The senator called for a full inquiry into the contracts.", "inquiry");
  assert.ok(q);
  assert.match(q.text, /^a full inquiry into the contracts/);
  assert.match(q.speaker?.name ?? "", /senator/i);
  const s = about("Nora Fields spoke about her years in Ohio.", "years");
  assert.ok(s);
  assert.match(s.text, /^her years/);
  assert.match(s.speaker?.name ?? "", /Fields/);
});

test("an intention or a refusal attributes the infinitive to its subject", () => {
  const q = about("The witness refused to answer questions about the payments.", "answer");
  assert.ok(q);
  assert.match(q.text, /^to answer questions about the payments/);
  assert.match(q.speaker?.name ?? "", /witness/i);
  const p = about("The campaign plans to open new offices in Nevada.", "offices");
  assert.ok(p);
  assert.match(p.speaker?.name ?? "", /campaign/i);
});

test("a passive or a subjectless verb names no one to attribute the content to", () => {
  assert.equal(about("The farm bill was endorsed by the committee.", "farm bill"), undefined);
  assert.equal(about("Endorsed by the committee, the bill passed.", "bill"), undefined);
});

test("a stance found inside a sentence leaves the clause a reporting verb reports to that verb", () => {
  const text = "Dana Cole said the council rejected the plan.";
  const qs = quotesOf(text);
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.match(qs[0]!.text, /^the council rejected the plan/);
  assert.match(qs[0]!.speaker?.name ?? "", /Cole/);
});

test("a stance does not lend its subject to the quotation paragraph after it", () => {
  const text = 'Tom Reyes spoke with reporters on Monday. "We will win this county," he said.\n\nThe rival campaign criticized the remarks.\n\n"We have the volunteers and the money."';
  const qs = quotesOf(text);
  const last = qs.find((q) => q.text.startsWith("We have"));
  if (last) assert.match(last.speaker?.name ?? "", /Reyes/, JSON.stringify(qs));
});

test("an adjective of belief or feeling attributes its clause, phrase or infinitive to its subject", () => {
  const q = about("Many Democrats are afraid that turnout will fall in Ohio.", "turnout");
  assert.ok(q);
  assert.match(q.text, /^turnout will fall in Ohio/);
  assert.match(q.speaker?.name ?? "", /Democrats/);
  const w = about("Party leaders are worried about the cost of the campaign.", "cost");
  assert.ok(w);
  assert.match(w.text, /^the cost of the campaign/);
  const e = about("The mayor is eager to run for governor.", "governor");
  assert.ok(e);
  assert.match(e.speaker?.name ?? "", /mayor/);
  // an adjective before a noun says nothing of anyone's mind
  assert.deepEqual(quotesOf("The worried parents waited outside the school."), []);
});

test("learning of something or wondering about it attributes it to the subject", () => {
  const q = about("The council learned of the missing funds on Friday.", "funds");
  assert.ok(q);
  assert.match(q.text, /^the missing funds/);
  assert.match(q.speaker?.name ?? "", /council/);
  const a = about("Reporters asked the mayor about the missing funds.", "funds");
  assert.ok(a);
  assert.equal(a.text, "the missing funds");
  assert.match(a.speaker?.name ?? "", /Reporters/);
});
