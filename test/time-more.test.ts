import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";

// 2021-06-28 is a Monday
const PUB = "2021-06-28";
const timexes = (text: string, published = PUB) => annotateText(text, published, "time").timexes;
const find = (text: string, phrase: string, published = PUB) => timexes(text, published).find((t) => t.text.toLowerCase().includes(phrase.toLowerCase()));

test("holidays are days, their year from the text or the tense", () => {
  assert.equal(find("The boy was rescued last Thanksgiving.", "thanksgiving", "2000-02-10")?.value, "1999-11-25");
  assert.equal(find("The rebels will observe a truce at Easter.", "easter", "2000-02-10")?.value, "2000-04-23");
  assert.equal(find("Memorial Day 2019 was quiet.", "memorial")?.value, "2019-05-27");
  assert.equal(find("Shops closed on Christmas Eve.", "christmas")?.value, "2020-12-24");
  assert.equal(find("Tourists flew to Easter Island.", "easter"), undefined);
});

test("'current' before a noun is the present, 'then current' the past; not a current account", () => {
  assert.equal(find("The current government resigned.", "current")?.value, "PRESENT_REF");
  assert.equal(find("Shares were sold at the then current price.", "current")?.value, "PAST_REF");
  assert.equal(find("The current account deficit widened.", "current"), undefined);
  assert.equal(find("The analysts are worried right now.", "now")?.text, "right now");
});

test("vague spans back are the past; 'or so' is about", () => {
  assert.equal(find("Several years ago, the plant closed.", "ago")?.value, "PAST_REF");
  assert.equal(find("Years ago the town was rich.", "ago")?.value, "PAST_REF");
  const wk = find("A week or so ago, the general chose the date.", "ago");
  assert.deepEqual([wk?.text, wk?.value, wk?.mod], ["A week or so ago", "2021-W25", "APPROX"]);
  assert.equal(find("Prices may double over the next two years or so.", "years")?.mod, "APPROX");
});

test("rates are sets: '$2 million a year', 'four flights a week'", () => {
  const t = find("The plan costs $2 million a year.", "year");
  assert.deepEqual([t?.type, t?.value], ["SET", "P1Y"]);
  assert.equal(find("There are four flights a week.", "week")?.type, "SET");
  assert.equal(find("It took a year to rebuild the bridge.", "year")?.type, "DURATION");
});

test("ranges are two timexes; a pair of days after the month gives the second", () => {
  const r = timexes("The company bought shares from Sept. 14 to Thursday.", "1989-10-30");
  assert.deepEqual(r.map((t) => [t.text, t.value]), [["Sept. 14", "1989-09-14"], ["Thursday", "1989-10-26"]]);
  const p = timexes("The summit will be held on April 24 and 25.", "1999-02-10");
  assert.deepEqual(p.map((t) => [t.text, t.value]), [["April 24", "1999-04-24"], ["25", "1999-04-25"]]);
  assert.deepEqual(timexes("On April 24 and 25 people died.", "1999-05-10").map((t) => t.text), ["April 24"]);
});

test("a capitalised month before a noun, seasons after 'into' and 'of', coming weeks", () => {
  assert.equal(find("The March accession will enlarge the alliance.", "march", "1999-02-10")?.value, "1999-03");
  assert.equal(find("Shortages will last well into the summer.", "summer")?.value, "2021-SU");
  assert.equal(find("Rates may fall in coming weeks.", "weeks")?.value, "PXW");
});

test("a verbless parenthesis points where its clause does", () => {
  const t = timexes("The father will leave at 4 in the morning (4 a.m. Tuesday), officials said.");
  assert.deepEqual(t.map((x) => x.value), ["2021-06-29T04:00", "2021-06-29T04:00"]);
});

test("durations with an adjective before the unit, halves and quarters of a unit, '-long' words", () => {
  assert.equal(find("Prices rose for three straight days.", "days")?.text, "three straight days");
  assert.equal(find("The talks need two more weeks.", "weeks")?.value, "P2W");
  assert.equal(find("The meeting took a half-hour.", "hour")?.value, "PT30M");
  assert.equal(find("The feud lasted a quarter-century.", "century")?.value, "P25Y");
  assert.equal(find("The yearlong siege ended.", "yearlong")?.value, "P1Y");
  assert.equal(find("The city was founded a century ago.", "century")?.value, "1921");
});

test("every morning, every weekend and weekends recur", () => {
  assert.equal(find("Guards patrol every morning.", "morning")?.value, "XXXX-XX-XXTMO");
  assert.equal(find("They fish every weekend.", "weekend")?.value, "XXXX-WXX-WE");
  assert.equal(find("The market opens on weekends.", "weekends")?.value, "XXXX-WXX-WE");
});

test("a season after a preposition without 'the'", () => {
  assert.equal(find("The talks will resume in spring.", "spring")?.value, "2022-SP");
  assert.equal(find("Fighting eased during winter.", "winter")?.value, "2020-WI");
});

test("transcripts: months and seasons before a spoken year, spoken decades, days as ordinal words, clock times in words", () => {
  assert.equal(find("January nineteen ninety-seven. A bomb went off.", "january", "1998-03-04")?.value, "1997-01");
  assert.equal(find("Prices fell to levels seen in the winter of nineteen ninety-four.", "winter", "1998-03-04")?.text, "the winter of nineteen ninety-four");
  assert.equal(find("Crime rose in the nineteen eighties.", "eighties", "1998-03-04")?.value, "198");
  assert.equal(find("The vote is on March eighth.", "march", "1998-03-04")?.value, "1998-03-08");
  assert.equal(find("We may first ask the minister.", "may", "1998-03-04"), undefined);
  assert.equal(find("The show starts at eight thirty p.m.", "eight", "1998-03-04")?.value, "1998-03-04T20:30");
  assert.equal(find("The polls close at six o'clock.", "six", "1998-03-04")?.value, "1998-03-04T06:00");
});

test("'this past week', 'the past weekend', 'in years.', 'over the years', 'fiscal year 1990', 'the second half'", () => {
  assert.equal(find("This past week, prices fell.", "week")?.value, "2021-W25");
  assert.equal(find("It rained over the past weekend.", "weekend")?.value, "2021-W25-WE");
  assert.equal(find("It was the best harvest in years.", "years")?.value, "PXY");
  assert.equal(find("Over the years, the town grew.", "years")?.text, "the years");
  assert.equal(find("In fiscal year 2020 profit rose.", "2020")?.text, "fiscal year 2020");
  assert.equal(find("Sales will rise in the second half.", "half")?.value, "2021-H2");
});

test("'the following Monday', 'the previous Friday' count from the day told before", () => {
  const t = timexes("The talks opened on Jan. 5, 2000. The following Monday, they collapsed.");
  assert.equal(t.find((x) => /following/i.test(x.text))?.value, "2000-01-10");
});

test("a hyphenated span after a possessive, a spelled count before the noun it modifies, plural '-long'", () => {
  assert.equal(find("Shares fell below their 52-week high.", "week")?.value, "P52W");
  assert.equal(find("The envoy ended a three hour meeting.", "hour")?.value, "PT3H");
  assert.equal(find("The government's decades-long feud ended.", "decades")?.value, "PXDE");
  assert.equal(find("His 70 years ended quietly.", "years"), undefined);
});

test("bare plural spans: 'the first hours', 'spent years', 'took months'", () => {
  assert.equal(find("Prisoners were taken in the first hours of the war.", "hours")?.value, "PTXH");
  assert.equal(find("He spent years in prison.", "years")?.value, "PXY");
  assert.equal(find("The repairs took months.", "months")?.text, "months");
});

test("titles are not times; notices date what is to come", () => {
  assert.equal(find('The envoy, speaking on ABC\'s "This Week," said talks had failed.', "week"), undefined);
  assert.equal(find("She appeared on the Today show.", "today"), undefined);
  assert.equal(find("``Today is a sad day,'' he said.", "today")?.value, "2021-06-28");
  assert.equal(find("This week, talks failed.", "week")?.value, "2021-W26");
  // a past clause, yet the dividend is paid ahead
  assert.equal(find("The board declared a dividend, payable Dec. 15.", "dec", "1989-10-26")?.value, "1989-12-15");
  assert.equal(find("Costs rose under a labor pact effective June 1.", "june", "1989-10-26")?.value, "1990-06-01");
});

test("decades and centuries take 'the' in; 'the early hours of Sunday' is Sunday's", () => {
  assert.equal(find("He has lived there since the 1980s.", "1980s")?.text, "the 1980s");
  assert.equal(find("It was built in the 19th century.", "century")?.text, "the 19th century");
  assert.deepEqual(timexes("In the early hours of Sunday, gunmen attacked.").map((t) => t.text), ["Sunday"]);
});

test("a bare year told before anchors 'that year' and 'a year later'", () => {
  const t = timexes("Imports reached $37 million in 1988, a small share of all imports that year.", "1989-11-02");
  assert.deepEqual(t.map((x) => [x.text, x.value]), [["1988", "1988"], ["that year", "1988"]]);
  assert.equal(find("The plant opened in 1985; a year later it closed.", "later")?.value, "1986");
});

test("a season naming a proper noun is no date", () => {
  assert.deepEqual(timexes("He won gold in the Summer Olympics."), []);
  assert.equal(find("Talks resume in the summer.", "summer")?.value, "2021-SU");
});

test("'daily' after an article or before 'basis' recurs; a kind of thing told without one does not", () => {
  const t = find("Crowds gathered for a daily vigil outside the court.", "daily");
  assert.deepEqual([t?.type, t?.value], ["SET", "P1D"]);
  assert.equal(find("Inspectors check the pumps on a weekly basis.", "weekly")?.value, "P1W");
  assert.equal(find("Ferries make daily crossings to the island.", "daily"), undefined);
  assert.equal(find("Shareholders met at the annual meeting.", "annual"), undefined);
});
