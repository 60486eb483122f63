// Events stage: whom an act is aimed at and the countries of parties that name none. A place acted on stands
// for its country; a protest or demand targets the party its content holds responsible; a party with no country
// takes the one its sentence implies, and never an international body's or a foreign party's. Sentences
// written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";
import type { Event } from "../src/schema.ts";

const events = (text: string, published = "2023-05-09") => annotateText(text, published).events;
const main = (list: Event[]) => [...list].sort((a, b) => b.confidence - a.confidence)[0];

test("a place acted on is the target and the location", () => {
  const shelled = main(events("Rebel fighters shelled the provincial capital Kandahar on Tuesday."))!;
  assert.equal(shelled.type, "ASSAULT");
  assert.equal(shelled.target?.country, "AFG");
  assert.match(shelled.location?.name ?? "", /^Kandah/);
  // an act noun's "of" names what it is done to
  const invasion = main(events("The army launched an invasion of the northern province of Kunduz."))!;
  assert.equal(invasion.target?.country, "AFG");
  // a place that only says where people were is no target: the people are
  const raid = main(events("Soldiers arrested six Ugandan traders in Juba."))!;
  assert.equal(raid.target?.country, "UGA");
});

test("a hedged number does not hide the object", () => {
  const arrested = main(events("Nigerian police arrested more than 150 Cameroonians at a border post."))!;
  assert.equal(arrested.target?.country, "CMR");
  const kidnapped = main(events("Gunmen kidnapped up to 12 Turkish engineers from a dam site."))!;
  assert.equal(kidnapped.target?.country, "TUR");
  // the victims' country says nothing of the kidnappers'
  assert.equal(kidnapped.source?.country ?? null, null);
});

test("a protest or demand targets the party its content holds responsible", () => {
  const hunger = main(events("Detained journalists began a hunger strike to demand the resignation of the Ethiopian prime minister."))!;
  assert.equal(hunger.type, "PROTEST");
  assert.equal(hunger.target?.country, "ETH");
  const rally = main(events("Farmers rallied outside parliament in protest against abuses by Kenyan police, a union official said."))!;
  assert.equal(rally.target?.country, "KEN");
  assert.match(rally.target?.name ?? "", /police/);
  const sitIn = main(events("Activists began a sit-in to protest the Bolivian government's plan to raise fuel prices."))!;
  assert.equal(sitIn.target?.name, "Bolivian government");
  // the reporter of a protest is not its target
  const march = main(events("Teachers marched through the capital on Friday, Colombian officials said."))!;
  assert.notEqual(march.target?.name, "Colombian officials");
});

test("a party with no country takes the one its sentence implies", () => {
  // a government, its police or courts act at home
  const accepted = main(events("The Tanzanian government accepted demands from opposition parties for a new electoral law."))!;
  assert.equal(accepted.target?.country, "TZA");
  // the only country a sentence names is a countryless party's
  const fired = main(events("Police fired tear gas at students in the Chilean city of Valparaiso."))!;
  assert.equal(fired.source?.country, "CHL");
  // but an international body stays international
  const arrived = events("United Nations peacekeepers deployed to the town of Bunia on Monday.");
  for (const e of arrived) assert.equal(e.source?.country ?? null, null, JSON.stringify(e.source));
  // and a state does not lend its country to another state's unnamed organ
  const demand = main(events("Paris demanded that the government free the detained aid workers."))!;
  assert.notEqual(demand.target?.country, "FRA");
});

test("subjects behind a bracketed acronym, a gerund or an infinitive; scare-quoted objects", () => {
  const bloc = main(events("The Southern African Development Community (SADC) imposed sanctions on Lesotho in May."))!;
  assert.equal(bloc.type, "SANCTION");
  assert.match(bloc.source?.name ?? "", /Southern African Development Community/);
  // "denied carrying out ... and said it had targeted": the one who said is the army, and so is "it"
  const claim = events('Villagers blamed the navy, which denied carrying out the raid and said it had targeted "pirates".').find((e) => e.trigger?.text === "targeted");
  assert.ok(claim, "the claimed strike is an event");
  assert.match(claim!.source?.name ?? "", /navy/);
  assert.equal(claim!.target?.name, "pirates");
  // a participle after a comma shares the main clause's subject, not the subject of the infinitive before it
  const expel = events("Niger's government on Monday ordered the Belgian envoy to leave within two days, accusing Brussels of meddling.");
  const accusing = expel.find((x) => x.trigger?.text.startsWith("accusing"));
  assert.ok(accusing, JSON.stringify(expel.map((x) => x.trigger?.text)));
  assert.equal(accusing!.source?.country, "NER");
  // making a quarrel worse is no act of its own
  assert.equal(events("Niger's government ordered the envoy out, deepening a row with Brussels.").filter((x) => x.trigger?.text.startsWith("deepening")).length, 0);
});

test("a second speech verb shares the first's speaker; rejecting demands targets their authors", () => {
  const warned = events("Interior Minister Juma Ali told reporters that security forces had shown restraint and warned that looters would be arrested.").find((e) => e.type === "THREATEN");
  assert.ok(warned, "the warning is an event");
  assert.match(warned!.source?.name ?? "", /Juma Ali/);
  const rejected = main(events("President Ruto on Wednesday rejected the unions' demands, saying employers could not afford more."))!;
  assert.equal(rejected.type, "REJECT");
  assert.equal(rejected.target?.name, "unions");
});

test("two organs of one state are two parties: their acts are not merged as one statement", () => {
  const list = events("Kenyan police accused dock workers of sabotage. The Kenyan government accused dock workers of instigating the strike.", "2023-11-09");
  assert.equal(list.filter((e) => e.type === "ACCUSE").length, 2, JSON.stringify(list.map((e) => [e.type, e.source?.name])));
});

test("event dates: a later bound is not the date; '<duration> after' dates the earlier event", () => {
  const accused = events("The government accused the opposition of stirring unrest ahead of January elections.", "2023-11-09").find((e) => e.type === "ACCUSE")!;
  assert.equal(accused.date?.value, "2023-11-09");
  const list = events("Police fired tear gas at strikers on Thursday, a day after a worker was shot dead near the port.", "2023-11-10");
  const shot = list.find((e) => e.trigger?.text.startsWith("shot"));
  assert.ok(shot, JSON.stringify(list.map((e) => e.trigger?.text)));
  assert.equal(shot!.date?.value, "2023-11-08");
  const fired = list.find((e) => e.trigger?.text.startsWith("fired"))!;
  assert.equal(fired.date?.value, "2023-11-09");
});

test("a thing attacked stands for the place's people; a weapon object does not", () => {
  const depot = main(events("Ukrainian drones hit an oil depot in Russia's Belgorod region overnight."))!;
  assert.equal(depot.target?.country, "RUS");
  const fired = events("Militants fired mortars at dawn.").find((e) => e.type === "ASSAULT");
  assert.ok(fired, "the shelling is an event");
  assert.equal(fired!.target, null);
});

test("a call abroad: a condition in the reported reason does not condition the call; compass words are not provinces", () => {
  const call = events('The president called on Western partners to send more air defence, saying Moscow would "not stop" if it was not defeated.', "2024-01-23").find((e) => e.type === "REQUEST")!;
  assert.equal(call.modality, "asserted");
  assert.equal(call.target?.country ?? null, null, "Western partners are of no one country");
  // the speaker's accusation paired with a report of what forces did
  const acc = events("Spokesman Dmitry Peskov told reporters that Russian forces only struck military sites and accused Kyiv of hiding weapons in schools.").find((e) => e.type === "ACCUSE")!;
  assert.match(acc.source?.name ?? "", /Peskov/);
  assert.equal(acc.target?.country, "UKR");
});

test("a stance toward a country is not a nationality; taking from a party targets it", () => {
  const killed = main(events("A prominent anti-Iran cleric was killed in Basra on Sunday."))!;
  assert.equal(killed.target?.country, "IRQ");
  const shelled = main(events("Pro-Russian separatists shelled the town of Avdiivka."))!;
  assert.notEqual(shelled.source?.country, "RUS");
  const seized = main(events("Kenyan police confiscated weapons from Somali militia groups in Mandera."))!;
  assert.equal(seized.type, "COERCE");
  assert.equal(seized.target?.country, "SOM");
});

test("where the actors are placed is where they acted, failing another place; speech acts too", () => {
  const demand = events("Opposition supporters in Harare demanded the release of jailed activists.").find((e) => e.type === "REQUEST");
  assert.ok(demand, "the demand is an event");
  assert.equal(demand!.location?.name, "Harare");
  const seized = main(events("Police in Mombasa seized weapons from a gang on Friday."))!;
  assert.equal(seized.location?.name, "Mombasa");
  // a place of the clause itself still wins
  const shelled = main(events("Troops in Donetsk shelled villages near Horlivka."))!;
  assert.equal(shelled.location?.name, "Horlivka");
});

test("ACLED riots: violence by demonstrators and by a mob", () => {
  const mob = main(events("A mob beat two suspected thieves to death in a market in Kano."))!;
  assert.deepEqual([mob.acled?.eventType, mob.acled?.subEventType], ["Riots", "Mob violence"]);
  const demo = main(events("Protesters attacked a police station in Sylhet on Monday."))!;
  assert.deepEqual([demo.acled?.eventType, demo.acled?.subEventType], ["Riots", "Violent demonstration"]);
  // gunmen are no crowd
  const gunmen = main(events("Gunmen killed 12 villagers in Zamfara."))!;
  assert.equal(gunmen.acled?.subEventType, "Attack");
});

test("whom an act is for; a statement's content places lend no country to its addressee", () => {
  const rally = main(events("Thousands rallied in Niamey on Sunday in support of the ruling junta."))!;
  assert.match(rally.target?.name ?? "", /junta/);
  const call = events("The president called on Western partners to send more air defence systems, warning that Moscow would not stop at Ukraine.", "2024-01-23").find((e) => e.type === "REQUEST")!;
  assert.equal(call.target?.country ?? null, null);
});

test("mediation is aimed at the parties it stands between, which are not its location", () => {
  const m = main(events("Qatar launched a mediation effort between Egypt and Turkey on Saturday."))!;
  assert.equal(m.type, "CONSULT");
  assert.deepEqual((m.target?.members ?? []).map((x) => x.country), ["EGY", "TUR"]);
  assert.equal(m.location ?? null, null);
  const offer = main(events("Kenya offered to mediate between Ethiopia and Eritrea."))!;
  assert.equal(offer.cameo, "039");
});

test("a demand noun's that-clause names whom it is made of", () => {
  const d = events("The union repeated its demand that Bahrain ease restrictions on migrant workers.").find((e) => e.type === "REQUEST")!;
  assert.equal(d.target?.country, "BHR");
  assert.equal(d.target?.name, "Bahrain");
});

test("suspending talks targets the party of the talks; a charge after 'of' is not the accused's name; a warning's 'unless' is its content's", () => {
  const suspended = main(events("Peru's government on Monday suspended peace talks with the Shining Path after an ambush."))!;
  assert.match(suspended.target?.name ?? "", /Shining Path/);
  const accused = events("The government accused the rebels of kidnapping more than 30 people.").find((e) => e.type === "ACCUSE")!;
  assert.equal(accused.target?.name, "rebels");
  const warned = events("The rebels warned that they would not disarm unless the government met their demands.").find((e) => e.type === "THREATEN")!;
  assert.equal(warned.modality, "asserted");
});

test("a subject-only pattern of one verb does not leak to its synonyms; arrested people are the target", () => {
  const e = main(events("Troops arrested three suspects near the border on Sunday."))!;
  assert.equal(e.cameo, "173");
  assert.match(e.target?.name ?? "", /suspects/);
});

test("a place between two others still locates an act", () => {
  const e = main(events("Jets bombed militia camps on the border between Sudan and Chad on Sunday."))!;
  assert.ok(["SDN", "TCD"].includes(e.location?.country ?? ""), JSON.stringify(e.location));
});

test("every coercion gets an ACLED type: destroying property is looting/property destruction, the rest 'Other'", () => {
  const burned = events("Soldiers burned down the houses of opposition supporters in Bamenda.").find((e) => e.type === "COERCE" || e.type === "ASSAULT");
  assert.ok(burned?.acled?.eventType, JSON.stringify(burned));
  const curfew = events("The army imposed a curfew on the city of Goma on Friday.").find((e) => e.type === "COERCE");
  assert.deepEqual([curfew?.acled?.eventType, curfew?.acled?.subEventType], ["Strategic developments", "Other"]);
});
