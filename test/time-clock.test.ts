import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";

// 2021-06-28 is a Monday
const PUB = "2021-06-28";
const timexes = (text: string, published = PUB) => annotateText(text, published, "time").timexes;
const find = (text: string, phrase: string) => timexes(text).find((t) => t.text.toLowerCase().includes(phrase.toLowerCase()));

test("a clock time with a day word carries that day", () => {
  const t = find("The convoy was ambushed at 10 p.m. Saturday, police said.", "10 p.m.");
  assert.deepEqual([t?.text, t?.type, t?.value], ["10 p.m. Saturday", "TIME", "2021-06-26T22:00"]);
  assert.equal(find("Talks broke down at noon Friday.", "noon")?.value, "2021-06-25T12:00");
  assert.equal(find("The market fell sharply at mid-afternoon yesterday.", "afternoon")?.value, "2021-06-27TAF");
});

test("a bare clock time falls on the day its sentence names, else the day told before, else the publication day", () => {
  assert.equal(find("The blast came at about 9:40 a.m. (0640 GMT) Friday.", "9:40")?.value, "2021-06-25T09:40");
  const told = timexes("The mayor was shot on March 3, 2020. He died at 11 p.m. in hospital.");
  assert.equal(told.find((t) => t.type === "TIME")?.value, "2020-03-03T23:00");
  assert.equal(find("The curfew begins at midnight.", "midnight")?.value, "2021-06-28T24:00");
});

test("hours of the morning or night in words", () => {
  assert.equal(find("The ferry leaves at 4 in the morning.", "morning")?.value, "2021-06-28T04:00");
  assert.equal(find("The shelling began at eight in the evening.", "evening")?.value, "2021-06-28T20:00");
});

test("a closing bracket or comma is not part of a timex", () => {
  const t = find("Troops will withdraw at dawn (5 a.m. Tuesday), officials said.", "5 a.m.");
  assert.equal(t?.text, "5 a.m. Tuesday");
});

test("wire copy: a four-digit clock time after 'at about' takes the day of its sentence", () => {
  const t = annotateText("THE ATTACK OCCURRED AT ABOUT 2200 ON 30 DECEMBER.", "1990-01-03", "time").timexes;
  assert.deepEqual(t.map((x) => [x.text, x.value]), [["2200", "1989-12-30T22:00"], ["30 DECEMBER", "1989-12-30"]]);
});
