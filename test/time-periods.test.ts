import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";

const PUB = "2021-10-28"; // a Thursday in the fourth quarter
const timexes = (text: string, published = PUB) => annotateText(text, published, "time").timexes;
const find = (text: string, phrase: string, published = PUB) => timexes(text, published).find((t) => t.text.toLowerCase().includes(phrase.toLowerCase()));

test("fiscal years, the current year and quarter, the full year", () => {
  assert.deepEqual([find("In fiscal 2020, the brewer earned $3 million.", "2020")?.text, find("Fiscal 2020 sales were flat.", "2020")?.value], ["fiscal 2020", "2020"]);
  assert.equal(find("Sales in the current fiscal year will rise.", "year")?.value, "2021");
  assert.equal(find("The firm expects a loss for the full year.", "year")?.value, "2021");
  assert.equal(find("The current quarter has begun well.", "quarter")?.value, "2021-Q4");
  assert.equal(find("The deal may close in next year's first quarter.", "quarter")?.value, "2022-Q1");
  assert.equal(find("Profit soared in the fiscal first quarter.", "quarter")?.text, "the fiscal first quarter");
  // a year closed by a date is still a duration
  assert.equal(find("For the year ended June 30, the firm lost money.", "year")?.value, "P1Y");
});

test("'the quarter ended Sept. 30' names a quarter, not three months", () => {
  const q = find("For the quarter ended Sept. 30, the airline posted a profit.", "quarter");
  assert.deepEqual([q?.type, q?.value], ["DATE", "2021-Q3"]);
});

test("year-ago comparisons take the quarter in focus, else the year before", () => {
  const q = timexes("Third-quarter profit rose to $9 million from $7 million in the year-ago period. Year-earlier results included a gain.");
  assert.deepEqual(q.map((t) => [t.text, t.value]), [["Third-quarter", "2021-Q3"], ["the year-ago period", "2020-Q3"], ["Year-earlier", "2020-Q3"]]);
  assert.equal(find("Net income fell from a year-earlier level.", "year-earlier")?.value, "2020");
  assert.equal(find("Sales rose from the year-ago quarter.", "quarter")?.value, "2020-Q3");
});
