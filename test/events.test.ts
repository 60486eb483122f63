// Events stage: the ontology, the trigger lexicon and the hard cases of event coding, on sentences written for
// these tests (not from the seed article or the PLOVER gold records).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText, kb } from "./helpers.ts";
import type { Event } from "../src/schema.ts";

const events = (text: string, published = "2021-06-28") => annotateText(text, published).events;
const ofType = (list: Event[], type: string) => list.filter((e) => e.type === type);
const countries = (a: Event["source"]) => (a ? [a.country, ...(a.members ?? []).map((m) => m.country)].filter(Boolean) : []);

test("ontology: CAMEO codes carry names, Goldstein, QuadClass, PLOVER type/mode and ACLED types", () => {
  const o = kb().ontology;
  const aerial = o.cameo("195")!;
  assert.equal(aerial.type, "ASSAULT");
  assert.equal(aerial.mode, "aerial");
  assert.equal(aerial.goldstein, -10);
  assert.equal(aerial.quadClass, 4);
  assert.equal(o.cameo("046")!.type, "CONSULT");
  assert.equal(o.cameo("046")!.quadClass, 1);
  assert.equal(o.cameo("163")!.type, "SANCTION"); // the manual's text over the table's COERCE
  assert.equal(o.cameo("0871")!.mode, "ceasefire");
  assert.equal(o.cameo("1954")?.code, "195"); // unknown sub-code falls back to its parent
  assert.deepEqual(o.acled("ASSAULT", "drone"), { eventType: "Explosions/Remote violence", subEventType: "Air/drone strike" });
  assert.deepEqual(o.acled("COERCE", "arrest"), { eventType: "Strategic developments", subEventType: "Arrests" });
  assert.deepEqual(o.acled("ASSAULT", "firearms", { targetKind: "civilian" }), { eventType: "Violence against civilians", subEventType: "Attack" });
  assert.equal(Object.values(o.acledTypes()).flat().length, 25);
});

test("lexicon: PETRARCH verbs and patterns, nominal triggers and weapon cues", () => {
  const lx = kb().lexicon;
  const toks = [{ key: "imposed", lemma: "impose" }];
  const entries = lx.verbsAt(toks, 0);
  assert.ok(entries.some((e) => e.entry.block === "IMPOSE"));
  assert.ok(lx.patterns("IMPOSE").some((p) => p.code === "163"));
  assert.equal(lx.nominals.lookup("drone strikes")?.[0]?.mode, "drone");
  assert.equal(lx.weapons.lookup("car bomb")?.[0]?.mode, "explosives");
});

test("verbal trigger with a nominal object: source from the subject, target from 'on X', mode, place, date, ACLED", () => {
  const [e] = ofType(events("Turkey launched drone strikes on Kurdish militants in northern Iraq on Tuesday."), "ASSAULT");
  assert.ok(e);
  assert.equal(e.source?.country, "TUR");
  assert.match(e.target?.text ?? "", /militants/);
  assert.equal(e.mode, "drone");
  assert.equal(e.cameo, "195");
  assert.equal(e.quadClass, 4);
  assert.equal(e.acled?.subEventType, "Air/drone strike");
  assert.equal(e.date?.value, "2021-06-22");
  assert.equal(e.date?.precision, "day");
  assert.equal(e.location?.country, "IRQ");
  assert.equal(e.modality, "asserted");
});

test("passive voice: the subject is the target, 'by X' the source", () => {
  const [e] = ofType(events("Two police stations were attacked by Taliban fighters in Kandahar on Monday."), "ASSAULT");
  assert.ok(e);
  assert.match(e.target?.text ?? "", /police stations/);
  assert.match(e.source?.text ?? e.source?.name ?? "", /Taliban/);
});

test("coordination gives an actor with members", () => {
  const [e] = ofType(events("Egypt, Jordan and Qatar held talks in Cairo on the crisis."), "CONSULT");
  assert.ok(e);
  assert.deepEqual(countries(e.source).sort(), ["EGY", "JOR", "QAT"]);
  assert.equal(e.location?.name, "Cairo");
});

test("relative clauses take their antecedent as subject", () => {
  const list = events("Nigerian troops killed 12 militants who had attacked a village near Maiduguri.");
  const attack = list.find((e) => e.trigger?.text.startsWith("attack"));
  assert.ok(attack, "the relative clause's attack is coded");
  assert.match(attack.source?.text ?? "", /militants/);
  const killing = list.find((e) => e.trigger?.text.startsWith("killed"));
  assert.equal(killing?.source?.country, "NGA");
  assert.equal(killing?.fatalities, 12);
});

test("reported speech: the speaker accuses; the reported act keeps its own actors", () => {
  const list = events("Kenya's foreign minister said Somalia's decision was reckless and illegal.");
  const [acc] = ofType(list, "ACCUSE");
  assert.equal(acc?.source?.country, "KEN");
  assert.equal(acc?.target?.country, "SOM");
  const shelling = ofType(events("A Russian defence ministry spokesman said Ukrainian forces shelled Donetsk on Sunday."), "ASSAULT")[0];
  assert.equal(shelling?.source?.country, "UKR");
  assert.ok(shelling?.reportedBy);
});

test("metonyms: a capital stands for its government", () => {
  const [e] = ofType(events("Moscow insists Kyiv must withdraw its troops from the border."), "REQUEST");
  assert.ok(e);
  assert.equal(e.source?.country, "RUS");
  assert.equal(e.target?.country, "UKR");
});

test("modality: intended, conditional, threatened, reported_denied; a negated or hypothetical act is no event", () => {
  assert.deepEqual(ofType(events("Pakistan did not attack Indian positions in Kashmir."), "ASSAULT"), []);
  assert.equal(ofType(events("Turkey plans to hold talks with Syria next month."), "CONSULT")[0]?.modality, "intended");
  const cond = events("France will lift sanctions on Mali if the junta returns to civilian rule.");
  const lift = cond.find((e) => e.trigger?.text === "lift");
  assert.equal(lift?.modality, "conditional");
  assert.equal(lift?.type, "AGREE"); // an expressed intent to ease sanctions
  assert.equal(lift?.target?.country, "MLI");
  assert.deepEqual(ofType(events("Rebels could attack the capital of Chad."), "ASSAULT"), []);
  const threat = events("Iran vowed to drive American forces out of Syria.");
  assert.equal(threat[0]?.type, "THREATEN");
  assert.equal(threat[0]?.modality, "asserted");
  assert.equal(ofType(events("Hezbollah denied attacking Israeli troops near the border."), "ASSAULT")[0]?.modality, "reported_denied");
  const refusal = events("Venezuela has vowed not to release the detained opposition leaders.");
  assert.equal(refusal[0]?.type, "REJECT");
});

test("dates: a past event keeps its year; present perfect takes the publication date", () => {
  const [old] = ofType(events("Rebels killed a village chief in 2019, the army said on Monday."), "ASSAULT");
  assert.equal(old?.date?.value, "2019");
  assert.equal(old?.date?.precision, "year");
  const [now] = ofType(events("Protesters have blocked the main highway into Dhaka."), "PROTEST");
  assert.equal(now?.date?.value, "2021-06-28");
});

test("effects: counts given or plainly implied, victims' kind", () => {
  const [one] = ofType(events("A roadside bomb killed a civilian contractor in Kabul."), "ASSAULT");
  assert.equal(one?.fatalities, 1);
  assert.equal(one?.mode, "explosives");
  const [six] = ofType(events("Gunmen attacked a bus in Kenya on Sunday, killing 6 civilians, including 2 women."), "ASSAULT");
  assert.equal(six?.fatalities, 6);
  assert.equal(six?.victims, "civilians");
  assert.equal(six?.acled?.eventType, "Violence against civilians");
  const [vague] = ofType(events("Militants ambushed a patrol in Mali and wounded several soldiers."), "ASSAULT");
  assert.equal(vague?.injuries ?? null, null);
});

test("dedupe: a later definite mention corefers and lends its date", () => {
  const list = ofType(events("Israel has carried out air strikes on Hamas positions in Gaza.\n\nThe Israeli strikes on Sunday drew criticism from Egypt."), "ASSAULT");
  assert.equal(list.length, 1);
  assert.equal(list[0]!.date?.value, "2021-06-27");
});

test("dedupe: one act by the same party told again later in the article is one event", () => {
  const told = events("A 14-year-old student was arrested at his school in Irving by police on Monday. Police arrested and questioned the student.");
  assert.equal(ofType(told, "COERCE").length, 1, JSON.stringify(told.map((e) => [e.type, e.trigger?.text, e.source?.name, e.target?.name])));
  const two = events("Rebels attacked a convoy near Gao on Monday. The rebels attacked a police post in Kidal on Tuesday.");
  assert.equal(ofType(two, "ASSAULT").length, 2, JSON.stringify(two.map((e) => [e.type, e.trigger?.text, e.source?.name, e.target?.name])));
});

test("ACLED: arrests are strategic developments; upper-case wire text is coded too", () => {
  const [arrest] = ofType(events("Police arrested 20 protesters in Nairobi on Friday."), "COERCE");
  assert.equal(arrest?.acled?.subEventType, "Arrests");
  const [wire] = ofType(events("SOLDIERS KILLED THREE GUERRILLAS NEAR THE TOWN OF SAN MIGUEL YESTERDAY.", "1990-01-03"), "ASSAULT");
  assert.equal(wire?.fatalities, 3);
});

test("every event carries evidence, trigger, confidence and valid offsets", () => {
  const text = "Syrian government forces shelled rebel positions near Idlib on Friday.";
  for (const e of events(text)) {
    assert.equal(text.slice(e.evidence.start, e.evidence.end), e.evidence.text);
    assert.ok(e.trigger && text.slice(e.trigger.start, e.trigger.end) === e.trigger.text);
    assert.ok(e.confidence > 0 && e.confidence <= 1);
  }
});
