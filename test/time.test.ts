import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";
import { tenseOf, timexesInSpan } from "../src/stages/time.ts";
import { Timex } from "../src/schema.ts";

// 2021-06-28 is a Monday
const PUB = "2021-06-28";

function timexes(text: string, published: string | null = PUB): Timex[] {
  const doc = annotateText(text, published as string, "time");
  for (const t of doc.timexes) {
    assert.equal(text.slice(t.start, t.end), t.text, "offsets are exact");
    Timex.parse(t); // every timex satisfies the output contract
  }
  return doc.timexes;
}

/** The timex whose text contains `phrase` (case-insensitive), or undefined. */
function find(text: string, phrase: string, published: string | null = PUB): Timex | undefined {
  return timexes(text, published).find((t) => t.text.toLowerCase().includes(phrase.toLowerCase()));
}

const value = (text: string, phrase: string, published: string | null = PUB) => find(text, phrase, published)?.value;

test("weekdays in past clauses are the last such day, the publication day included", () => {
  assert.equal(value("Rebels shelled the town on Sunday, residents said.", "Sunday"), "2021-06-27");
  assert.equal(value("The minister told a news conference on Monday that talks had stalled.", "Monday"), "2021-06-28");
  assert.equal(value("Police have arrested three suspects since Thursday.", "Thursday"), "2021-06-24");
  // a noun phrase with no verb of its own takes the clause's verb to its right
  assert.equal(value("The raid on Saturday killed four guards.", "Saturday"), "2021-06-26");
});

test("weekdays in future clauses are the next such day; last/next are strict", () => {
  assert.equal(value("The foreign ministers will meet in Geneva on Friday.", "Friday"), "2021-07-02");
  assert.equal(value("The council is to vote on Wednesday.", "Wednesday"), "2021-06-30");
  assert.equal(value("Troops withdrew last Monday.", "last Monday"), "2021-06-21");
  assert.equal(value("Parliament reconvenes next Tuesday.", "next Tuesday"), "2021-06-29");
  assert.equal(value("Gunmen opened fire on Friday night.", "Friday night"), "2021-06-25TNI");
});

test("month names follow the clause's tense, or the nearest month without one", () => {
  assert.equal(value("The army first deployed troops to the border in February.", "February"), "2021-02");
  assert.equal(value("Protests erupted in September after fuel prices rose.", "September"), "2020-09");
  assert.equal(value("The new governor will take office in August.", "August"), "2021-08");
  assert.equal(value("Fresh elections will be held in March.", "March"), "2022-03");
  assert.equal(value("The prime minister takes up the chairmanship in August.", "August"), "2021-08");
  // a future seen from the past may already have happened: the nearer one
  assert.equal(value("Both sides agreed to resume talks in May.", "May"), "2021-05");
  assert.equal(value("The two leaders last met in January.", "January"), "2021-01");
});

test("'May' the modal and 'march' the verb or noun are not months", () => {
  assert.deepEqual(timexes("The government may delay the vote, officials said."), []);
  assert.deepEqual(timexes("Thousands of farmers march to the capital to protest."), []);
  assert.deepEqual(timexes("Theresa May said the talks had failed."), []);
  assert.deepEqual(timexes("June Carter said the talks had failed."), []);
  const t = timexes("Thousands joined the march on Saturday.");
  assert.deepEqual(t.map((x) => x.text), ["Saturday"]);
  assert.equal(value("The ceasefire collapsed in May.", "May"), "2021-05");
  assert.equal(value("Clashes have continued since March.", "March"), "2021-03");
});

test("bare years in a year's context, including attributive use", () => {
  const text = "The deal was signed in 2018, replacing the 2015 nuclear accord, and fighting has raged since 2014.";
  assert.deepEqual(timexes(text).map((t) => [t.text, t.value, t.type]), [
    ["2018", "2018", "DATE"],
    ["2015", "2015", "DATE"],
    ["2014", "2014", "DATE"],
  ]);
  assert.equal(value("Turnout fell sharply in the 2019 elections.", "2019"), "2019");
  assert.equal(value("Sanctions imposed between 2012 and 2016 were lifted.", "2016"), "2016");
  assert.equal(value("The war lasted from 1980 to 1988.", "1980"), "1980");
});

test("numbers that are not years are left alone", () => {
  assert.deepEqual(timexes("About 2,500 troops remain in the country."), []);
  assert.deepEqual(timexes("The militia killed 1998 people in the province."), []);
  assert.deepEqual(timexes("The government sent 2000 soldiers to the region."), []);
  assert.deepEqual(timexes("Each family received $2000 in compensation."), []);
  assert.deepEqual(timexes("The Security Council passed Resolution 2254 unanimously."), []);
  assert.deepEqual(timexes("Prices rose by 1500 percent."), []);
  assert.deepEqual(timexes("The convoy travelled 1200 km across the desert."), []);
  // a count of events is not a year, "the 2019 attacks" is
  assert.deepEqual(timexes("Militants have carried out 2019 attacks in the province."), []);
  assert.equal(value("The 2019 attacks shocked the country.", "2019"), "2019");
  assert.deepEqual(timexes("The death toll rose to 2018."), []);
  assert.deepEqual(timexes("The number of fighters rose by 2000."), []);
});

test("months with years and full dates are one timex, the longest", () => {
  const t = timexes("The general was killed in a drone strike in January 2020.");
  assert.deepEqual(t.map((x) => [x.text, x.value, x.precision]), [["January 2020", "2020-01", "month"]]);
  assert.equal(value("The bombing took place on 3 March 2019.", "3 March 2019"), "2019-03-03");
  assert.equal(value("The accord, signed on June 5, 2019, collapsed.", "June 5, 2019"), "2019-06-05");
  assert.equal(value("The vote took place on 12 March.", "12 March"), "2021-03-12");
  assert.equal(value("The report was released on 27/06/2021.", "27/06/2021"), "2021-06-27");
  assert.equal(value("The report is dated 2021-06-27.", "2021-06-27"), "2021-06-27");
  assert.equal(value("The vote will take place on 12 March.", "12 March"), "2022-03-12");
});

test("dates relative to the publication date", () => {
  const text = "Yesterday rebels shelled the city. Today the army responded. Talks collapsed last week and " +
    "aid stopped last month. The group was banned last year. Violence has grown earlier this month. " +
    "The envoy arrived three days ago. Looting broke out last night. The convoy left two weeks ago.";
  const got = Object.fromEntries(timexes(text).map((t) => [t.text.toLowerCase(), t.value]));
  assert.equal(got["yesterday"], "2021-06-27");
  assert.equal(got["today"], "2021-06-28");
  assert.equal(got["last week"], "2021-W25");
  assert.equal(got["last month"], "2021-05");
  assert.equal(got["last year"], "2020");
  assert.equal(got["earlier this month"], "2021-06");
  assert.equal(got["three days ago"], "2021-06-25");
  assert.equal(got["last night"], "2021-06-27TNI");
  assert.equal(got["two weeks ago"], "2021-W24");
});

test("weekends, seasons by tense, and pairs of days sharing a month", () => {
  assert.equal(value("Fighting flared over the weekend.", "weekend"), "2021-W25-WE");
  assert.equal(value("The talks will resume at the weekend.", "weekend"), "2021-W26-WE");
  assert.equal(value("The talks will resume in the spring.", "spring"), "2022-SP");
  assert.equal(value("Fighting eased in the winter.", "winter"), "2020-WI");
  assert.deepEqual(timexes("The spring offensive failed."), []);
  const pair = timexes("Two soldiers died on 14 and 15 May.");
  assert.deepEqual(pair.map((t) => [t.text, t.value]), [["14", "2021-05-14"], ["15 May", "2021-05-15"]]);
});

test("months with 'last year'/'this year', the current period's parts, and scheduled futures", () => {
  const t = timexes("The election was held in December last year.");
  assert.deepEqual(t.map((x) => [x.text, x.value]), [["December last year", "2020-12"]]);
  const end = find("Troops will leave by the end of the year.", "year");
  assert.deepEqual([end?.text, end?.value, end?.mod], ["the end of the year", "2021", "END"]);
  assert.equal(value("The vote is scheduled for Sunday.", "Sunday"), "2021-07-04");
  // planned in the past: whichever Sunday is nearer
  assert.equal(value("The vote, which was scheduled for Sunday, was cancelled.", "Sunday"), "2021-06-27");
  assert.equal(value("The meeting to be held on 2 July will review the truce.", "2 July"), "2021-07-02");
});

test("'two days later' counts from the date told before it", () => {
  const t = timexes("Rebels seized the airport on 3 March 2019. Two days later the army retook it.");
  assert.equal(t.find((x) => /later/i.test(x.text))?.value, "2019-03-05");
  // with no date before it there is nothing to count from
  assert.equal(find("Two days later the army retook it.", "later"), undefined);
});

test("decades, centuries, seasons, quarters and part-of-period modifiers", () => {
  assert.equal(value("The civil war of the 1990s left deep scars.", "1990s"), "199");
  assert.equal(value("Crime fell steadily in the '90s.", "90s"), "199");
  assert.equal(value("The region was colonised in the 19th century.", "19th century"), "18");
  assert.equal(value("Fighting resumed in the summer of 2019.", "summer"), "2019-SU");
  assert.equal(value("Food shortages worsened last winter.", "last winter"), "2020-WI");
  assert.equal(value("Exports fell in the first quarter of 2020.", "quarter"), "2020-Q1");
  const early = find("Troops were deployed in early 2020.", "2020");
  assert.equal(early?.text, "early 2020");
  assert.equal(early?.mod, "START");
  assert.equal(find("The offensive began in mid-2019.", "2019")?.mod, "MID");
  assert.equal(find("Troops will leave by the end of March.", "March")?.mod, "END");
});

test("durations with their modifiers", () => {
  const text = "It was the second such attack in four months, just over a week after the vote and the first in " +
    "almost a decade. The siege lasted three years. Talks ran for 48 hours under a six-month ceasefire.";
  const got = timexes(text).map((t) => [t.text, t.type, t.value, t.mod ?? null]);
  assert.deepEqual(got, [
    ["four months", "DURATION", "P4M", null],
    ["just over a week", "DURATION", "P1W", "MORE_THAN"],
    ["almost a decade", "DURATION", "P10Y", "LESS_THAN"],
    ["three years", "DURATION", "P3Y", null],
    ["48 hours", "DURATION", "PT48H", null],
    ["six-month", "DURATION", "P6M", null],
  ]);
  assert.equal(value("The decade-long war has displaced millions.", "decade"), "P10Y");
  assert.equal(value("After weeks of protests, the government resigned.", "weeks"), "PXW");
  assert.equal(value("Hours after the attack, the army sealed the area.", "hours"), "PTXH");
  assert.equal(value("The city has stood for 2,000 years.", "years"), "P2000Y");
  assert.equal(value("The protests have gone on for about two and a half years.", "years"), "P2Y6M");
  assert.equal(find("The protests have gone on for about two and a half years.", "years")?.mod, "APPROX");
});

test("ages and ordinals are not durations", () => {
  assert.deepEqual(timexes("A 25-year-old man was arrested."), []);
  assert.deepEqual(timexes("Rebels launched a second attack."), []);
});

test("sets: every week, weekly, daily, twice a month", () => {
  const t = timexes("Officials meet every week, brief weekly, publish figures daily and vote twice a month.");
  assert.deepEqual(t.map((x) => [x.text, x.type, x.value]), [
    ["every week", "SET", "P1W"],
    ["weekly", "SET", "P1W"],
    ["daily", "SET", "P1D"],
    ["twice a month", "SET", "P1M"],
  ]);
  // before a noun the word classifies the thing: "a quarterly dividend", "the annual meeting"
  assert.deepEqual(timexes("The board declared a quarterly dividend at the annual meeting."), []);
});

test("clock times only with a.m./p.m., a colon, o'clock or a military form (on the publication day here)", () => {
  assert.equal(find("The blast happened at 3 pm.", "3 pm")?.type, "TIME");
  assert.equal(value("The curfew starts at 14:00.", "14:00"), "2021-06-28T14:00");
  assert.equal(value("The shelling stopped at 5 o'clock.", "o'clock"), "2021-06-28T05:00");
  assert.equal(value("THE ATTACK BEGAN AT 2030 HOURS.", "2030"), "2021-06-28T20:30");
  assert.deepEqual(timexes("The vote ended 5 to 4 and the score was 3-2."), []);
});

test("upper-case wire copy works like mixed case", () => {
  const pub = "1990-01-03";
  assert.equal(value("THE MASS KIDNAPPING TOOK PLACE ON 30 DECEMBER IN THE NORTH.", "30 DECEMBER", pub), "1989-12-30");
  assert.equal(value("THREE SOLDIERS WERE KILLED YESTERDAY NEAR THE BORDER.", "YESTERDAY", pub), "1990-01-02");
  assert.equal(value("A BOMB EXPLODED LAST NIGHT IN THE CAPITAL.", "LAST NIGHT", pub), "1990-01-02TNI");
  assert.equal(value("THE ARMY RECAPTURED THE TOWN ON 12 MARCH.", "12 MARCH", pub), "1989-03-12");
  assert.equal(value("GUERRILLAS ATTACKED THE BASE IN MAY.", "MAY", pub), "1989-05");
  // the modal is no month ("SOON" is the future, TIMEX3's FUTURE_REF)
  assert.deepEqual(timexes("THE GOVERNMENT MAY RESPOND SOON.", pub).map((t) => [t.text, t.value]), [["SOON", "FUTURE_REF"]]);
});

test("a wire dateline with a two-digit year gives the date and anchors the text", () => {
  const text = "SAN SALVADOR, 3 JAN 90 -- [TEXT] THE ARMY REPORTED TODAY THAT REBELS ATTACKED A POST YESTERDAY.";
  const t = timexes(text, "");
  assert.deepEqual(t.map((x) => [x.text, x.value]), [["3 JAN 90", "1990-01-03"], ["TODAY", "1990-01-03"], ["YESTERDAY", "1990-01-02"]]);
});

test("without a publication date only absolute expressions get values", () => {
  const t = timexes("Rebels attacked on Sunday, a year after the 2015 accord was signed on 14 July 2015.", null);
  assert.deepEqual(t.map((x) => x.text), ["a year", "2015", "14 July 2015"]);
});

test("no overlapping timexes", () => {
  const t = timexes("On Sunday, June 27, 2021, in early January 2020 and over the past three years, every week.");
  for (let i = 1; i < t.length; i++) assert.ok(t[i]!.start >= t[i - 1]!.end, `${t[i - 1]!.text} / ${t[i]!.text}`);
  assert.ok(t.some((x) => x.text === "Sunday, June 27, 2021" && x.value === "2021-06-27"));
});

test("tenseOf reads the verb group; timexesInSpan returns a clause's timexes", () => {
  const text = "Rebels attacked the base on Sunday. The army will respond in August. Officials have met twice. The UN is to vote soon.";
  const doc = annotateText(text, PUB, "time");
  const at = (word: string) => doc.tokens.findIndex((t) => t.text === word);
  assert.equal(tenseOf(doc, at("base")), "past");
  assert.equal(tenseOf(doc, at("August")), "future");
  assert.equal(tenseOf(doc, at("twice")), "past");
  assert.equal(tenseOf(doc, at("soon")), "future");
  const present = annotateText("The army says the rebels hold the town.", PUB, "time");
  assert.equal(tenseOf(present, present.tokens.findIndex((t) => t.text === "town")), "present");
  const s = doc.sentences[1]!;
  assert.deepEqual(timexesInSpan(doc, s.start, s.end).map((t) => t.value), ["2021-08"]);
});

test("a count after a date is not a two-digit year", () => {
  const wire = "TRAVELLERS SAID THAT ON 23 SEPTEMBER\n28 BODIES OF PEASANTS WERE FOUND NEAR THE TOWN.";
  assert.deepEqual(timexes(wire, "1989-10-02").map((t) => [t.text, t.value]), [["23 SEPTEMBER", "1989-09-23"]]);
  assert.equal(value("The meeting on 3 May 21 was cancelled.", "3 May 21", "2021-06-01"), "2021-05-03");
});

test("'the day before', 'the previous day', 'that day' count from the date told before", () => {
  let t = timexes("Militias overran the depot on 9 April 2020. The day before, drones had struck the convoy.");
  assert.equal(t.find((x) => /day before/i.test(x.text))?.value, "2020-04-08");
  t = timexes("Militias overran the depot on 9 April 2020. Drones had struck the convoy the previous day.");
  assert.equal(t.find((x) => /previous day/i.test(x.text))?.value, "2020-04-08");
  t = timexes("Militias overran the depot on 9 April 2020. Four guards died that day.");
  assert.equal(t.find((x) => /that day/i.test(x.text))?.value, "2020-04-09");
  t = timexes("Talks opened on 2 March 2020; the week before that, fighting had flared.");
  assert.equal(t.find((x) => /week before/i.test(x.text))?.value, "2020-W09");
  // before an event rather than a date there is nothing to count from
  assert.equal(find("The day before the referendum, police detained him.", "day before"), undefined);
  assert.equal(find("She said that day-to-day policing would go on.", "that day"), undefined);
});

test("looking back with no date told before counts from the publication date", () => {
  assert.equal(value("Police said the bridge was blown up the previous night.", "previous night"), "2021-06-27");
  assert.equal(value("Three days earlier, the army had sealed the border.", "earlier"), "2021-06-25");
});

test("'recently', 'now', 'in the future' point at the past, present and future as TIMEX3 does; 'overnight' the night just gone", () => {
  const r = find("Officials recently reopened the crossing.", "recently");
  assert.equal(r?.value, "PAST_REF");
  assert.equal(r?.type, "DATE");
  assert.equal(value("The port is now run by the navy and currently closed.", "now"), "PRESENT_REF");
  assert.equal(value("The port is now run by the navy and currently closed.", "currently"), "PRESENT_REF");
  assert.equal(value("Talks may resume in the future, as in the past.", "the future"), "FUTURE_REF");
  assert.equal(value("Talks may resume in the future, as in the past.", "the past"), "PAST_REF");
  // a modifier of a noun is no reference to the time itself; "until recently" is the time before it
  assert.equal(find("The now-defunct party met.", "now"), undefined);
  assert.equal(find("Prices fell over the past year.", "past")?.value, "P1Y");
  assert.equal(find("The port was, until recently, run by the navy.", "recently"), undefined);
  assert.equal(value("Jets struck the camp overnight, residents said.", "overnight"), "2021-06-27TNI");
  assert.equal(value("The curfew will be lifted overnight.", "overnight"), "2021-06-28TNI");
  // beside a day of its own, or as an adjective, it adds nothing
  assert.deepEqual(timexes("Jets struck the camp overnight on Saturday.").map((x) => x.text), ["Saturday"]);
  assert.deepEqual(timexes("The council imposed an overnight curfew."), []);
});

test("earlier this month, last week: relative to the publication date", () => {
  assert.equal(value("Fighting resumed earlier this month.", "earlier this month"), "2021-06");
  assert.equal(value("The envoy resigned last week.", "last week"), "2021-W25");
});

test("'later in the day', 'earlier in the week': the period of the date told before, else the publication's", () => {
  const t = timexes("Crowds gathered in the square on 4 May 2020. Later in the day, police fired tear gas.");
  assert.equal(t.find((x) => /later in the day/i.test(x.text))?.value, "2020-05-04");
  assert.equal(value("Earlier in the week, the minister resigned.", "earlier in the week"), "2021-W26");
});

test("a four-digit clock time in wire copy is no year", () => {
  const values = (text: string) => annotateText(text, "1989-04-12", "time").timexes.map((t) => t.value);
  assert.deepEqual(values("THE ATTACK TOOK PLACE AFTER 1000 (1600 GMT) IN THE CAPITAL."), ["1989-04-12T16:00"]);
  assert.deepEqual(values("THE BOMB EXPLODED AT 1930 (0030 GMT) NEAR THE EMBASSY."), ["1989-04-12T00:30"]);
  assert.deepEqual(values("The treaty of 1815 still held after 1848."), ["1815", "1848"]);
});

test("quarters without 'of', decades and years in words, parts of the day, and near dates against the tense", () => {
  const pub = "1989-10-27"; // a Friday
  assert.equal(value("Third-quarter profit rose.", "Third-quarter", pub), "1989-Q3");
  assert.equal(value("Profit rose in the fourth quarter.", "the fourth quarter", pub), "1989-Q4");
  assert.equal(value("Sales fell in the 1988 third quarter.", "1988 third quarter", pub), "1988-Q3");
  assert.equal(value("Prices rose in the nineties.", "the nineties", "2021-06-28"), "199");
  assert.equal(value("In nineteen ninety-six he left.", "nineteen ninety-six", pub), "1996");
  const night = find("The talks ended Saturday night.", "Saturday night", pub);
  assert.deepEqual([night?.type, night?.value], ["TIME", "1989-10-21TNI"]);
  assert.equal(value("He arrived this morning.", "this morning", pub), "1989-10-27TMO");
  // a past-tense clause about a day three weeks ahead is this year's, not eleven months ago
  assert.equal(value("The dividend was set for Nov. 17.", "Nov. 17", pub), "1989-11-17");
  assert.equal(value("The plant was closed on Dec. 28.", "Dec. 28", "1990-01-05"), "1989-12-28");
  // the quarter just reported, and the same quarter a year before
  assert.equal(value("Sales in the latest quarter rose.", "the latest quarter", pub), "1989-Q3");
  assert.equal(value("Sales rose from the year-ago quarter.", "the year-ago quarter", pub), "1988-Q3");
  // a year near publication without a cue word, but never an amount
  assert.equal(value("Analysts expect 1990 earnings to rise.", "1990", pub), "1990");
  assert.equal(value("The bonds are due 1993.", "1993", pub), "1993");
  assert.equal(find("Prices rose to about 1990 points.", "1990", pub), undefined);
  assert.equal(find("He paid nearly 1985 for it.", "1985", pub), undefined);
  // an accounting period closed by a date is a duration; "soon" the future, "as soon as" no time of its own
  const year = find("For the year ended July 2, Rally had net income.", "the year", pub);
  assert.deepEqual([year?.type, year?.value], ["DURATION", "P1Y"]);
  assert.equal(value("The company will report soon.", "soon", pub), "FUTURE_REF");
  assert.equal(find("Leave as soon as possible.", "soon", pub), undefined);
  // results compare a quarter with the same quarter a year before; away from a quarter a year ago is the year
  const q = timexes("Third-quarter profit rose to $5 million from $3 million a year earlier. Sales fell from a year ago.", pub);
  assert.deepEqual(q.map((t) => t.value), ["1989-Q3", "1988-Q3", "1988-Q3"]);
  assert.equal(value("He left the company a year ago.", "a year ago", pub), "1988");
  // a bare year told between does not change the quarter being reported; a day of its own does
  assert.equal(value("Third-quarter profit rose to $5 million, the best since 1985. Sales reached $40 million, up from $30 million a year earlier.", "a year earlier", pub), "1988-Q3");
  assert.equal(value("Third-quarter profit rose. On Oct. 3 the plant closed; a year earlier it had hired.", "a year earlier", pub), "1988");
});

test("extents: no white space at the ends, 'over the past' is a preposition, 'the' before a counted span is taken in", () => {
  const dateline = timexes("NAIROBI, June 12 (Reuters) -- Aid agencies warned of famine.");
  assert.deepEqual(dateline.map((t) => [t.text, t.value]), [["June 12", "2021-06-12"]]);
  const past = find("Prices have doubled over the past two years.", "years");
  assert.deepEqual([past?.text, past?.value, past?.mod], ["the past two years", "P2Y", undefined]);
  assert.equal(find("The strike lasted just over two years.", "years")?.mod, "MORE_THAN");
  assert.equal(find("For the nine months, the firm lost $4 million.", "months")?.text, "the nine months");
  assert.equal(find("The talks will take the next couple of weeks.", "weeks")?.value, "P2W");
  // "the 10-year bond": the article is the noun's
  assert.equal(find("Yields on the 10-year bond rose.", "year")?.text, "10-year");
});

test("'until' and 'through' take a year of their own", () => {
  assert.equal(value("The plant will not open until 1994.", "1994", "1989-10-30"), "1994");
  assert.equal(value("The programme runs through 2023.", "2023"), "2023");
});

test("modal perfects look back, 'could' to the nearer day, a date fronted before 'planned to' is the planning's", () => {
  assert.equal(value("The leak may have caused a drop in the shares on Wednesday.", "Wednesday"), "2021-06-23");
  assert.equal(value("The minister could not be reached on Sunday.", "Sunday"), "2021-06-27");
  assert.equal(value("On Friday, the council planned to raise taxes.", "Friday"), "2021-06-25");
  assert.equal(value("On Friday, the council plans to raise taxes.", "Friday"), "2021-07-02");
});

test("recurring weekdays, months and seasons are sets", () => {
  const t = timexes("Ferries sail every Thursday and on Sunday nights; the pilgrims come each July and every summer. Shops close on Mondays.");
  assert.deepEqual(t.map((x) => [x.text, x.type, x.value]), [
    ["every Thursday", "SET", "XXXX-WXX-4"],
    ["Sunday nights", "SET", "XXXX-WXX-7TNI"],
    ["each July", "SET", "XXXX-07"],
    ["every summer", "SET", "XXXX-SU"],
    ["Mondays", "SET", "XXXX-WXX-1"],
  ]);
});

test("fractions of a unit are told in the next smaller one", () => {
  assert.equal(value("The refugees lived in camps for 2 1/2 years.", "years"), "P2Y6M");
  assert.equal(value("The meeting lasted half an hour.", "hour"), "PT30M");
  assert.equal(value("He was held for a year and a half.", "year"), "P1Y6M");
  assert.equal(value("The siege lasted one and a half days.", "days"), "P1DT12H");
});

test("a bare-form past after a singular subject ('the storm hit') is past; 'set' schedules ahead", () => {
  assert.equal(value("The storm hit the coast on Friday.", "Friday", "2013-03-20"), "2013-03-15");
  assert.equal(value("The government cut fuel subsidies on Saturday.", "Saturday", "2013-03-20"), "2013-03-16");
});

test("a date a verb of putting off points to lies ahead, whatever the clause's tense", () => {
  // 2021-06-28 is a Monday
  assert.equal(value("The court adjourned the trial until Thursday.", "Thursday"), "2021-07-01");
  assert.equal(value("Negotiators postponed until Wednesday a decision on the border.", "Wednesday"), "2021-06-30");
  assert.equal(value("The electoral board put off the ballot until April.", "April"), "2022-04");
  assert.equal(value("The launch was pushed back to May.", "May"), "2022-05");
  // not a verb of putting off: the clause's own past
  assert.equal(value("The curfew lasted until Thursday.", "Thursday"), "2021-06-24");
});

test("'to' before a year of its own: 'dates back to 2009', 'postponed to 2023'", () => {
  assert.equal(value("The feud dates back to 2009.", "2009"), "2009");
  assert.equal(value("The census was postponed to 2023.", "2023"), "2023");
  // amounts after a change or a range stay numbers
  assert.deepEqual(timexes("The number of fighters went up to 2010."), []);
  assert.deepEqual(timexes("Membership grew from 1,200 to 2015 families."), []);
});

test("a year's end after a preposition is the end of the current year, of the last one looking back", () => {
  const t = find("The bank expects to close the sale by year-end.", "year");
  assert.deepEqual([t?.text, t?.value, t?.mod], ["year-end", "2021", "END"]);
  assert.equal(find("The new board should be in place by year's end.", "year")?.text, "year's end");
  assert.equal(find("The index has gained 9% since year-end.", "year")?.value, "2020");
  assert.equal(find("Staff received year-end bonuses.", "year"), undefined);
});

test("a weekday's own thing in a present-tense clause has been, unless something looks ahead to it", () => {
  // 2021-06-28 is a Monday: Thursday lies three days ahead, four back
  assert.equal(value("The offer is a 20% premium over Thursday's closing price.", "Thursday"), "2021-06-24");
  assert.equal(value("Parties are preparing for Thursday's vote.", "Thursday"), "2021-07-01");
});

test("what was planned lies ahead of the planning: the nearer day", () => {
  // 2021-06-28 is a Monday: Wednesday lies two days ahead, five back
  assert.equal(value("Farmers planned a march on the capital on Wednesday.", "Wednesday"), "2021-06-30");
  assert.equal(value("Farmers marched on the capital on Wednesday.", "Wednesday"), "2021-06-23");
});
