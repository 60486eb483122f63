import { test } from "node:test";
import assert from "node:assert/strict";
import { extractText } from "./helpers.ts";
import type { Event } from "../src/schema.ts";

/** The violent events (ASSAULT/COERCE) of a text with casualties, or all when none has any. */
function violent(text: string): Event[] {
  return extractText(text).events.filter((e) => e.type === "ASSAULT" || e.type === "COERCE");
}
const casualties = (text: string) => {
  const evs = violent(text);
  const e = evs.find((x) => x.fatalities !== null || x.injuries !== null) ?? evs[0];
  return { fatalities: e?.fatalities ?? null, injuries: e?.injuries ?? null, victims: e?.victims ?? null };
};

test("a second participle or clause carries the injuries", () => {
  assert.deepEqual(casualties("Gunmen stormed a wedding party in the north, killing 9 and wounding 14 others."), { fatalities: 9, injuries: 14, victims: null });
  const c = casualties("Eleven soldiers were killed and 23 injured when insurgents ambushed their convoy.");
  assert.equal(c.fatalities, 11);
  assert.equal(c.injuries, 23);
  assert.equal(c.victims, "soldiers");
  const w = casualties("A car bomb left 6 dead and 31 wounded near the central market.");
  assert.deepEqual([w.fatalities, w.injuries], [6, 31]);
});

test("a parenthetical and an auxiliary chain do not hide the victims", () => {
  const c = casualties("FOUR PEASANTS HAVE BEEN KILLED, AND SIX VILLAGERS, INCLUDING A TEACHER, WERE SERIOUSLY WOUNDED IN A GUERRILLA RAID ON A HAMLET.");
  assert.equal(c.fatalities, 4);
  assert.equal(c.injuries, 6);
  assert.equal(c.victims, "civilians");
});

test("number words: 'a dozen' is twelve, 'two dozen' 24, hyphenated tens; dozens, scores and hundreds stay unknown", () => {
  assert.equal(casualties("Bandits killed a dozen herders in the valley.").fatalities, 12);
  assert.equal(casualties("The air force bombed the town, killing two dozen civilians.").fatalities, 24);
  assert.equal(casualties("Troops opened fire on the marchers, killing thirty-four people.").fatalities, 34);
  assert.equal(casualties("Jets bombed the market, killing scores of shoppers.").fatalities, null);
  assert.equal(casualties("Jets bombed the market, killing hundreds of shoppers.").fatalities, null);
  const d = violent("Police fired tear gas at the rally, injuring dozens of demonstrators.");
  assert.ok(d.every((e) => e.injuries === null));
  assert.ok(d.some((e) => e.victims === "protesters"));
});

test("'died', 'at least', 'shot dead' and a pronoun victim", () => {
  assert.equal(casualties("At least 17 people died when a suicide bomber struck a mosque.").fatalities, 17);
  assert.equal(casualties("Militants ambushed a patrol near the border, and two police officers were shot dead.").fatalities, 2);
});

test("the count leads its phrase: a later number is no casualty count", () => {
  const c = casualties("Rebels denied any role in the killing of Governor Ahmed Bashir 10 days ago.");
  assert.notEqual(c.fatalities, 10);
});

test("an event noun's of-phrase counts the dead", () => {
  assert.equal(casualties("The massacre of 14 farmers by soldiers in the highlands shocked the country.").fatalities, 14);
  assert.equal(casualties("Death squads carried out the killing of two priests and a nun on Sunday.").fatalities, 3);
});

test("a death toll gives the fatalities", () => {
  assert.equal(casualties("Insurgents shelled the district on Friday, and the death toll rose to 21.").fatalities, 21);
});

test("a claim of responsibility makes the claimant the act's source, with no accusation", () => {
  const evs = extractText("A roadside bomb struck a police convoy near Kandahar on Thursday, killing four officers. The Taliban claimed responsibility for the attack.").events;
  const attack = evs.filter((e) => e.type === "ASSAULT");
  assert.equal(attack.length, 1, JSON.stringify(evs.map((e) => [e.type, e.trigger?.text])));
  assert.match(attack[0]!.source?.name ?? "", /taliban/i);
  assert.equal(attack[0]!.fatalities, 4);
  assert.equal(evs.filter((e) => e.type === "ACCUSE").length, 0);
  // the act named only in the claim is an event of its own
  const own = extractText("Boko Haram took responsibility for Tuesday's raid on an army base in Borno state.").events;
  assert.ok(own.some((e) => e.type === "ASSAULT" && /boko haram/i.test(e.source?.name ?? "")), JSON.stringify(own.map((e) => [e.type, e.source?.name])));
  // no claimant when nobody claimed it
  const none = extractText("A car bomb exploded in a crowded market on Sunday. No group has claimed responsibility for the blast.").events;
  assert.ok(none.every((e) => !e.source), JSON.stringify(none.map((e) => [e.type, e.source?.name])));
});

test("named victims count one each; an apposition after a name adds no one", () => {
  assert.equal(casualties("A drone strike killed Hamid Rahimi, the group's deputy leader, and Yusuf Omar, a senior commander, near the airport.").fatalities, 2);
  assert.equal(casualties("Gunmen killed Maria Lopez, director of the clinic, in Cali on Monday.").fatalities, 1);
});

test("a toll over years is no incident's casualties; one over days is", () => {
  assert.equal(casualties("About 9,000 people have been killed in the region since 2014, the monitor said.").fatalities, null);
  assert.equal(casualties("Rebels have killed more than 300 villagers during eight years of insurgency.").fatalities, null);
  assert.equal(casualties("At least 40 people have been killed in clashes since Sunday.").fatalities, 40);
  // a duration of years anywhere in the clause run, "since" a month or a year
  assert.equal(casualties("The insurgency, which has lasted 12 years, has killed more than 20,000 people.").fatalities, null);
  assert.equal(casualties("It is a war that has lasted 12 years and killed more than 20,000 people.").fatalities, null);
  assert.equal(casualties("The bombing took place on 4 May 1990, killing 12; the inquiry has taken 9 years.").fatalities, 12);
  assert.equal(casualties("After decades of military rule in which soldiers killed thousands, about 50,000 villagers were killed.").fatalities, null);
  assert.equal(casualties("Militias have killed 4,000 civilians since the 1990s, the agency said.").fatalities, null);
  // a year that dates nothing, a campaign counted since a month: an event's toll
  assert.equal(casualties("Rebels shelled the city for the first time in a year on Sunday, killing about 20 people.").fatalities, 20);
  // a campaign's running total: since a day a week or more back, "as of today", what an offensive "has left"
  assert.equal(casualties("More than 200 soldiers and rebels have been killed in clashes since 1 March, the army said.").fatalities, null);
  assert.equal(casualties("The army said 840 rebels have been killed and 558 wounded as of today.").fatalities, null);
  assert.equal(casualties("Homes burned in the north as a result of the offensive, which has left more than 600 dead.").fatalities, null);
  assert.equal(casualties("Gunmen attacked a market on Tuesday, killing 12 people.").fatalities, 12);
  assert.equal(casualties("Since the start of the offensive on 2 June, about 2,000 people have died in the fighting.").fatalities, null);
  assert.equal(casualties("Since Friday, 14 people have been killed in clashes in the capital.").fatalities, 14);
});

test("a number in a date or a clock time counts no one", () => {
  assert.equal(casualties("At 1625 on Tuesday, rebels attacked an army post near the border, the army said.").fatalities, null);
  assert.equal(casualties("Gunmen killed two farmers in 1987 in the same valley.").fatalities, 2);
  assert.equal(casualties("In 1983 soldiers killed 3 looters on 4 May, and an earthquake destroyed the town.").fatalities, 3);
});

test("lists before the verb add up; an object before 'and' is not a victim", () => {
  assert.equal(casualties("One police captain, three soldiers, and two civilians were killed in the ambush.").fatalities, 6);
  assert.equal(casualties("The governor and his three guards died when gunmen fired on their car.").fatalities, 4);
  assert.equal(casualties("Gunmen stormed two villages and 12 people were killed.").fatalities, 12);
  // an age is not a count
  assert.equal(casualties("Gunmen killed a farmer and his 6-year-old daughter.").fatalities, 2);
});

test("'said it was responsible for' is a claim by the speaker; another's responsibility is not", () => {
  const own = extractText("The Pattani rebels said they were responsible for the attack on the depot.").events;
  assert.ok(own.some((e) => e.type === "ASSAULT" && /rebels/i.test(e.source?.name ?? "")), JSON.stringify(own.map((e) => [e.type, e.source?.name])));
  assert.equal(own.filter((e) => e.type === "ACCUSE").length, 0);
  const other = extractText("Police said the rebels were responsible for the attack on the depot.").events;
  assert.ok(!other.some((e) => e.type === "ASSAULT" && /police/i.test(e.source?.name ?? "")));
});

test("a death toll told of the event in a later sentence reaches it", () => {
  const evs = violent("A suicide bomber struck a crowded market in Mosul on Sunday. The death toll from the bombing rose to 31 on Monday.");
  assert.equal(evs.length, 1, JSON.stringify(evs.map((e) => [e.type, e.trigger?.text])));
  assert.equal(evs[0]!.fatalities, 31);
});

test("'another' is one more; 'as well as' adds to the victims", () => {
  const c = casualties("Two soldiers were killed and another was wounded when their patrol hit a mine.");
  assert.deepEqual([c.fatalities, c.injuries], [2, 1]);
  assert.equal(casualties("Gunmen killed the village mayor, as well as three farmers.").fatalities, 4);
});

test("'and two others wounded': a counted phrase after a coordinator, with no object after the verb", () => {
  const c = casualties("A border guard was killed and three others wounded in the blast near the crossing.");
  assert.deepEqual([c.fatalities, c.injuries], [1, 3]);
  const evs = violent("Militiamen raided the market and two shopkeepers killed a looter.");
  assert.ok(evs.every((e) => e.fatalities !== 2), JSON.stringify(evs.map((e) => [e.trigger?.text, e.fatalities])));
});

test("a violent act with a toll is an event even when no party is named", () => {
  const list = extractText("One person was killed and three others injured when the bus was hit.").events;
  const e = list.find((x) => x.type === "ASSAULT");
  assert.ok(e, JSON.stringify(list.map((x) => x.type)));
  assert.equal(e!.fatalities, 1);
  assert.equal(e!.injuries, 3);
});

test("an attack noun with a toll is an event even when no party is named", () => {
  const e = extractText("The raid left 23 people dead.").events.find((x) => x.type === "ASSAULT");
  assert.ok(e, "the raid is an event");
  assert.equal(e!.fatalities, 23);
});

test("a toll told in a later sentence updates the event it follows", () => {
  const list = extractText("Gunmen attacked a market in Bama on Sunday, killing 12 traders. The death toll rose to 31 on Monday, officials said.").events;
  const attack = list.find((x) => x.type === "ASSAULT")!;
  assert.equal(attack.fatalities, 31);
  assert.equal(list.filter((x) => x.type === "ASSAULT").length, 1);
});
