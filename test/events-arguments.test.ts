// Events stage, second pass: triggers PETRARCH leaves uncoded, target selection, subjects behind relative clauses
// and appositions, speech acts about an event noun, casualty bounds. Sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";
import type { Event } from "../src/schema.ts";

const events = (text: string, published = "2022-03-14") => annotateText(text, published).events;
const main = (list: Event[]) => [...list].sort((a, b) => b.confidence - a.confidence)[0];

test("a bare-preposition pattern of one verb does not recode its synonyms", () => {
  // "welcome to" is a hosting sense of welcome; praise shares the block but keeps praise
  const e = main(events("The Dutch foreign minister praised Kenya's efforts to protect refugees."))!;
  assert.equal(e.type, "SUPPORT");
  assert.equal(e.source?.country, "NLD");
});

test("verbs PETRARCH leaves uncoded get their CAMEO meaning", () => {
  const accepted = main(events("The government of Chad accepted the rebels' demands for a new constitution."))!;
  assert.equal(accepted.type, "CONCEDE");
  // PETRARCH files "disarm" with destroying: disarming fighters is a de-escalation
  const disarmed = main(events("Pakistan disarmed hundreds of tribal fighters in Waziristan."))!;
  assert.equal(disarmed.type, "RETREAT");
  const delivered = main(events("Japan delivered 40 tonnes of medical supplies to Nepal on Friday."))!;
  assert.equal(delivered.type, "AID");
  assert.equal(delivered.target?.country, "NPL");
  const strike = main(events("Dock workers in Chile stopped work on Monday over unpaid wages."))!;
  assert.equal(strike.type, "PROTEST");
  const probe = events("Peru launched an investigation into killings by police officers in Lima.");
  assert.ok(probe.some((e) => e.type === "ACCUSE" && e.source?.country === "PER"), JSON.stringify(probe.map((e) => e.type)));
});

test("the source's own troops or goods are the theme; the recipient after them is the target", () => {
  const offer = main(events("Egypt has offered its engineers to Sudan's transitional government."))!;
  assert.equal(offer.source?.country, "EGY");
  assert.equal(offer.target?.country, "SDN");
  const pull = main(events("Ghana says it is willing to pull its soldiers out of neighbouring Togo."))!;
  assert.equal(pull.target?.country, "TGO");
  // a thing as the object with no country of its own: the country of the place it is sent to
  const sent = main(events("Spain is ready to contribute 300 soldiers to a European training mission in Mali."))!;
  assert.equal(sent.source?.country, "ESP");
  assert.equal(sent.target?.country, "MLI");
});

test("the subject is found behind a relative clause or an apposition holding a verb", () => {
  const rel = events("Ghana, which has soldiers in Mali as part of a UN mission, condemned the bombing.");
  const accuse = rel.find((e) => e.type === "ACCUSE")!;
  assert.equal(accuse.source?.country, "GHA");
  assert.equal(rel.filter((e) => e.type === "ASSAULT").length, 0, "the condemned bombing is the topic, not a new event");
  const app = events("The Houthis, the rebel movement controlling the capital since 2014, accused Saudi Arabia of bombing a prison.");
  const acc = app.find((e) => e.type === "ACCUSE")!;
  assert.equal(acc.source?.country, "YEM");
  assert.equal(acc.target?.country, "SAU");
  assert.notEqual(acc.date?.value, "2014", "a date describing the speaker is not the date of the accusation");
  // a fronted subordinate clause still keeps its subject after the comma
  const after = events("After the talks collapsed, Iran accused the United States of sabotage.").find((e) => e.type === "ACCUSE")!;
  assert.equal(after.source?.country, "IRN");
});

test("a threat of sanctions is one threat, not an asserted sanction", () => {
  const list = events("The European Union has threatened new sanctions on generals responsible for attacks on protesters.");
  assert.equal(list.filter((e) => e.type === "SANCTION" && e.modality === "asserted").length, 0, JSON.stringify(list.map((e) => [e.type, e.modality])));
  assert.equal(list.filter((e) => e.type === "ASSAULT").length, 0);
  const threat = list.filter((e) => e.type === "THREATEN");
  assert.equal(threat.length, 1);
  assert.equal(threat[0]!.cameo, "1312");
});

test("casualty counts with bounds and estimates", () => {
  const a = main(events("Gunmen stormed a village in the north, killing at least nine people."))!;
  assert.equal(a.fatalities, 9);
  const b = main(events("Militants attacked an army convoy, killing some 30 soldiers."))!;
  assert.equal(b.fatalities, 30);
  const c = main(events("Militants attacked an army convoy, killing several soldiers."))!;
  assert.equal(c.fatalities, null);
});

test("the event is located at the most precise place of its locative phrase", () => {
  const e = main(events("Government jets bombed a market in the North Darfur town of Kutum on Monday, killing 12 people."))!;
  assert.equal(e.location?.name, "Kutum");
});

test("a threat's target is the target of the threatened act; claiming responsibility accuses no one", () => {
  const t = events("The European Union has threatened new sanctions on generals responsible for attacks on protesters.").find((e) => e.type === "THREATEN")!;
  assert.equal(t.target?.name, "generals");
  const c = events("The group claimed responsibility for the bombing in a statement.");
  assert.equal(c.filter((e) => e.type === "ACCUSE").length, 0);
});

test("a verb that stops or puts off an event names no such event", () => {
  const p = events("Kenyan police prevented a march by opposition supporters in Kisumu.");
  assert.equal(p.filter((e) => e.type === "PROTEST").length, 0, JSON.stringify(p.map((e) => e.type)));
  assert.equal(main(p)?.type, "COERCE");
  const q = events("Union leaders in Peru agreed to postpone the general strike until March.");
  assert.equal(q.filter((e) => e.type === "PROTEST").length, 0);
});

test("an event noun modifying another noun is no event; a withdrawal is a retreat", () => {
  const w = main(events("Britain sped up the withdrawal of its invasion forces from Iraq on Monday."))!;
  assert.equal(w.type, "RETREAT");
  assert.equal(w.target?.country, "IRQ");
  const h = events("Turkey bought attack helicopters from Italy.");
  assert.equal(h.filter((e) => e.type === "ASSAULT").length, 0);
  // an event head after the noun keeps it an event ("a mediation effort between X and Y")
  const m = events("Oman launched a mediation effort between Iran and Saudi Arabia.");
  assert.ok(m.some((e) => e.type === "CONSULT"), JSON.stringify(m.map((e) => e.type)));
});

test("people named with where they are take that country; so do people acted on where the event happened", () => {
  const a = main(events("Opposition groups in Belarus demanded that the government release political prisoners."))!;
  assert.equal(a.source?.country, "BLR");
  const b = events("Soldiers arrested dozens of protesters in Mandalay on Sunday.").find((e) => e.type === "COERCE")!;
  assert.equal(b.target?.country, "MMR");
});

test("demands: the author of a statement, the subject of a bare subjunctive, the domestic government", () => {
  const s = events("The opposition alliance in Togo issued a statement demanding that the government release all detainees.").find((e) => e.type === "REQUEST")!;
  assert.equal(s.source?.country, "TGO");
  const d = events("Protesters in Lima demanded that the government release all detainees.").find((e) => e.type === "REQUEST")!;
  assert.equal(d.target?.name, "government");
  assert.equal(d.target?.country, "PER");
  // a foreign state's demand does not lend its country to an unnamed government
  const f = events("Washington demanded that the government release all detainees.").find((e) => e.type === "REQUEST")!;
  assert.notEqual(f.target?.country, "USA");
});

test("phrasal verbs keep their own sense; surrendering is a military retreat", () => {
  const c = events("The dockers' union in Chile called off a planned strike on Monday.");
  assert.equal(c.filter((e) => e.type === "REQUEST" || e.type === "PROTEST").length, 0, JSON.stringify(c.map((e) => e.type)));
  const s = main(events("Two hundred rebels surrendered to the army in Kasai on Friday."))!;
  assert.equal(s.type, "RETREAT");
});

test("sitrep's verb + object patterns apply to actor nouns too (strengthening forces is mobilising)", () => {
  const e = main(events("Turkey has strengthened its troops along the Syrian border this week."))!;
  assert.equal(e.type, "MOBILIZE");
  assert.equal(e.source?.country, "TUR");
});

test("a meeting's venue lends no country to the parties who met there", () => {
  const t = events("The envoy held talks with both sides in Addis Ababa on Monday.").find((e) => e.type === "CONSULT");
  assert.ok(t, "the talks are an event");
  assert.notEqual(t!.target?.country, "ETH");
});

test("a subject's head acts, not the phrase an including/using modifier attaches to it", () => {
  const raid = main(events("Turkish aircraft including helicopter gunships killed 20 Syrian civilians in a raid."))!;
  assert.equal(raid.source?.country, "TUR");
  assert.equal(raid.target?.country, "SYR");
  const shelling = main(events("Indian troops using mortars shelled a Pakistani village."))!;
  assert.equal(shelling.source?.country, "IND");
});

test("a stance stated as be + participle is the subject's act, not a passive", () => {
  const opposed = main(events("Kenya is opposed to Ethiopian mediation in the border talks, an aide said."))!;
  assert.equal(opposed.type, "REJECT");
  assert.equal(opposed.source?.country, "KEN");
  const committed = main(events("Ghana is committed to opening up its markets to Nigerian traders."))!;
  assert.equal(committed.type, "AGREE");
  assert.equal(committed.source?.country, "GHA");
  // "as opposed to" compares two things: no rejection
  assert.ok(!events("Chile wants bilateral talks, as opposed to a regional summit.").some((e) => e.type === "REJECT"));
});

test("failing to agree is a disagreement; failing at other acts is an act that did not happen", () => {
  const noDeal = main(events("Peru failed to sign the trade deal with Chile."))!;
  assert.equal(noDeal.type, "REJECT");
  assert.equal(noDeal.source?.country, "PER");
  assert.equal(noDeal.modality, "asserted");
  // (an act that did not happen is no event)
  assert.deepEqual(events("The rebels failed to capture the town.").map((e) => e.type), []);
});

test("coordinated demonyms share the last member's head noun", () => {
  const e = events("Kenyan and Ugandan officials agreed to reopen the border.").find((x) => x.source?.members)!;
  assert.deepEqual(e.source!.members!.map((m) => [m.country, m.sector]), [["KEN", "GOV"], ["UGA", "GOV"]]);
  // a country's name is a member of its own, not a modifier of the officials
  const named = events("Kenya and Ugandan officials agreed to reopen the border.").find((x) => x.source?.members)!;
  assert.equal(named.source!.members![0]!.sector ?? null, null);
});

test("coercion at home targets the source's own country", () => {
  const curfew = main(events("The Bolivian president imposed a curfew in La Paz on Monday."))!;
  assert.equal(curfew.type, "COERCE");
  assert.equal(curfew.target?.country, "BOL");
  // a non-coercive act's place in the source's own country is no target
  const visit = main(events("The Bolivian president opened a new hospital in La Paz on Monday."));
  assert.notEqual(visit?.target?.country, "BOL");
});

test("a threatened coercion at home targets the place's country", () => {
  const e = main(events("President Kagame threatened to impose a curfew in Kigali after the riots."))!;
  assert.equal(e.type, "THREATEN");
  assert.equal(e.target?.country, "RWA");
});
