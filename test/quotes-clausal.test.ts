// Reported speech and stated belief read from the parse (src/stages/quotes/clausal.ts): a speech or attitude verb
// with a clausal complement is an attribution to its subject. Sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";
import type { Quote } from "../src/schema.ts";

const quotesOf = (text: string): Quote[] => annotateText(text, "2021-06-28", "quotes").quotes;

test("a belief with a clausal complement is attributed to the believer", () => {
  const text = "Senator Maria Lopez believes the new tariffs will hurt farmers in her state.";
  const q = quotesOf(text).find((x) => x.text.includes("tariffs"));
  assert.ok(q, JSON.stringify(quotesOf(text)));
  assert.equal(q.direct, false);
  assert.match(q.text, /^the new tariffs will hurt farmers/);
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.match(q.speaker?.name ?? "", /Lopez/);
});

test("an expectation reported with 'that' keeps its content without the complementiser", () => {
  const q = quotesOf("Economists at the central bank expect that inflation will ease next year.").find((x) => x.text.includes("inflation"));
  assert.ok(q);
  assert.match(q.text, /^inflation will ease next year/);
  assert.match(q.speaker?.name ?? "", /Economists/i);
});

test("a verb of belief without a clause is no attribution", () => {
  const qs = quotesOf("Voters believe in the party and trust its leader.");
  assert.equal(qs.length, 0, JSON.stringify(qs));
});

test("findings, decisions and realisations with a clause are attributed like beliefs", () => {
  const q = quotesOf("A new audit shows that the roads fund was spent twice.").find((x) => x.text.includes("roads fund"));
  assert.ok(q);
  assert.match(q.text, /^the roads fund was spent twice/);
  assert.match(q.speaker?.name ?? "", /audit/i);
  const r = quotesOf("Mayor Lena Ortiz realized the budget would not balance.").find((x) => x.text.includes("budget"));
  assert.ok(r);
  assert.match(r.speaker?.name ?? "", /Ortiz/);
});
