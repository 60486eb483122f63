// ACLED event and sub-event types of short reports in ACLED's style (src/stages/events/coding.ts with the
// ontology's ACLED rules): the method named decides the sub-event type, the people acted on decide between
// violence against civilians, protests and battles. Sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";

/** The ACLED sub-event type of the report's most confident event that happened. */
const subType = (text: string): string | null => {
  const events = annotateText(text, "2023-05-10").events.filter((e) => e.modality !== "negated");
  const top = events.reduce<(typeof events)[number] | null>((b, e) => (b === null || e.confidence > b.confidence ? e : b), null);
  return top?.acled?.subEventType ?? null;
};
const check = (text: string, expected: string) => assert.equal(subType(text), expected, text);

test("the method named decides: a chemical agent over the aircraft that dropped it, a heavy weapon over 'fired'", () => {
  check("Army helicopters dropped canisters of chlorine gas on the suburb of Zamalka, killing seven civilians.", "Chemical weapon");
  check("Insurgents fired mortar rounds at a police post in Menaka on Tuesday.", "Shelling/artillery/missile attack");
  check("Three farmers were killed when a landmine exploded near their fields outside Kidal.", "Remote explosive/landmine/IED");
  check("Militiamen sexually assaulted two women near a camp for displaced people in Ituri.", "Sexual violence");
  check("Gunmen raped a teenage girl in a village near Beni on Sunday.", "Sexual violence");
});

test("force used on demonstrators is a protest event; violence by a mob is mob violence", () => {
  check("Riot police dispersed a rally by opposition supporters in Dakar with tear gas.", "Protest with intervention");
  check("Soldiers shot dead four protesters during a march against the junta in Bamako.", "Excessive force against protesters");
  check("A mob lynched two suspected cattle thieves in a village near Gulu.", "Mob violence");
  check("Protesters gathered outside the parliament in Tunis demanding the release of detained journalists.", "Peaceful protest");
});

test("looting and destroying property are property destruction; clashes between two sides are battles", () => {
  check("Armed men looted shops in the market of Mubi on Friday night.", "Looting/property destruction");
  check("Militants destroyed a telecommunications mast near Damboa.", "Looting/property destruction");
  check("Clashes between Dozo militiamen and JNIM fighters near Djenné left nine dead.", "Armed clash");
  const e = annotateText("Clashes between Dozo militiamen and JNIM fighters near Djenné left nine dead.").events[0];
  assert.match(e?.source?.name ?? "", /Dozo|militiamen/);
  assert.match(e?.target?.name ?? "", /JNIM|fighters/);
});

test("a regular verb form finds its verb where the lemmatiser read another stem", () => {
  assert.ok(annotateText("Soldiers raped two women in Minova.").events.some((e) => e.type === "ASSAULT"));
});

test("dispersing a protest represses its protesters; leaving or handing over a town transfers it", () => {
  check("Police dispersed a march by striking teachers in Nouakchott with tear gas.", "Protest with intervention");
  check("The militia withdrew from the town of Ménaka on Friday after the army arrived.", "Non-violent transfer of territory");
  check("The insurgents handed over the district of Ansongo to the army under the truce.", "Non-violent transfer of territory");
});

test("a firebombing is a bombing (CAMEO 183); attackers and assailants are parties", () => {
  const e = annotateText("Unknown attackers firebombed a church in the town of Jos on Sunday.").events.find((x) => x.type === "ASSAULT");
  assert.equal(e?.cameo, "183");
  assert.match(e?.source?.name ?? "", /attackers/);
});

test("fighting that broke out between two sides is a clash of those sides", () => {
  for (const text of ["Fighting broke out between Fano militiamen and federal troops in Bahir Dar on Sunday.", "Heavy fighting erupted between Al Shabaab fighters and soldiers near Jowhar."]) {
    const e = annotateText(text).events.find((x) => x.type === "ASSAULT");
    assert.ok(e?.source && e.target, JSON.stringify(annotateText(text).events.map((x) => [x.type, x.source?.name, x.target?.name])));
    assert.equal(e.acled?.subEventType, "Armed clash");
  }
});

test("seizing, finding or defusing weapons disrupts their use; seizing a town takes territory", () => {
  check("Police seized rifles and ammunition during a raid on a house in Kaduna.", "Disrupted weapons use");
  check("Soldiers defused a roadside bomb planted near a bridge outside Gao.", "Disrupted weapons use");
  check("Troops found an arms cache in a forest near Beni on Monday.", "Disrupted weapons use");
  check("Rebels seized the town of Bunagana on Sunday.", "Non-state actor overtakes territory");
});

test("setting up a base or a camp establishes one", () => {
  check("Russian forces established a new base near the town of Ansongo.", "Headquarters or base established");
  check("The army set up a military camp outside Kidal on Friday.", "Headquarters or base established");
});
