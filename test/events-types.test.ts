// Event types: the sense a verb takes from its object (PLOVER category definitions), stances and control verbs,
// and which of several events of a sentence is the most confident. Sentences written for these tests (not from
// the seed article or the PLOVER gold records).
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";
import type { Event } from "../src/schema.ts";

const events = (text: string) => annotateText(text, "2021-06-28").events.filter((e) => e.modality !== "negated");
/** The type of the most confident event of a sentence (what a reader of one event per sentence sees). */
const topType = (text: string): string | null => {
  const list = events(text);
  if (!list.length) return null;
  return list.reduce((a: Event, b: Event) => (b.confidence > a.confidence ? b : a)).type;
};

test("easing a curfew or an emergency is a concession (PLOVER CONCEDE)", () => {
  assert.equal(topType("The Kenyan government lifted the overnight curfew in Mombasa on Friday."), "CONCEDE");
  assert.equal(topType("Peru's government lifted the state of emergency in three southern provinces."), "CONCEDE");
});

test("calling off or suspending a strike eases dissent (CONCEDE), not a military de-escalation", () => {
  const list = events("The Ghanaian doctors' union called off its nationwide strike after talks with the health ministry.");
  assert.ok(list.some((e) => e.type === "CONCEDE" && e.trigger?.text.startsWith("called off")), JSON.stringify(list.map((e) => [e.type, e.trigger?.text])));
});

test("suing is an accusation; lodging a protest a complaint", () => {
  assert.equal(topType("A Kenyan rancher is suing the British government over a fire at a training range."), "ACCUSE");
  assert.equal(topType("Chile lodged a formal protest with Bolivia on Monday."), "ACCUSE");
});

test("summoning an ambassador presents a grievance (ACCUSE, not CONSULT)", () => {
  assert.equal(topType("Poland summoned the Belarusian ambassador on Tuesday."), "ACCUSE");
});

test("dismissing an appeal rejects it; violating a ban defies it; violating a truce is fighting", () => {
  assert.equal(topType("Houthi leaders dismissed a Saudi appeal for a nationwide truce."), "REJECT");
  assert.equal(topType("A Kurdish newspaper in Erbil violated a ban imposed by the Iraqi government."), "REJECT");
  assert.equal(topType("Armenian forces violated the truce near the Azerbaijani border, Baku said."), "ASSAULT");
});

test("verbs PETRARCH files under another sense: train, capture, order, pressure", () => {
  assert.equal(topType("Iran has trained hundreds of fighters from Iraqi militias."), "MOBILIZE");
  assert.equal(topType("Rebel fighters captured the northern town of Kidal on Sunday."), "COERCE");
  assert.equal(events("The Colombian army captured a Peruvian drug trafficker on a farm.")[0]?.mode, "arrest");
  assert.equal(topType("A Brazilian judge ordered the former governor to appear in court next week."), "REQUEST");
  assert.equal(topType("Chinese officials have been pressuring Philippine fishermen to leave the shoal."), "REQUEST");
  // a bare "to" in a PETRARCH pattern is no object noun: "ordered X to ..." is not "head to"
});

test("sending arms is military aid, relief humanitarian aid, inspectors an investigation", () => {
  assert.equal(topType("Germany sent weapons to Ukraine last year."), "AID");
  assert.equal(topType("Turkey sent food and tents to Syria after the earthquake."), "AID");
  assert.equal(topType("The OPCW dispatched investigators to Douma in Syria."), "ACCUSE");
});

test("receiving observers or peacekeepers lets them in (RETREAT access); peacekeepers arriving are aid", () => {
  assert.equal(topType("Mali's junta received a team of observers from ECOWAS on Monday."), "RETREAT");
  assert.equal(topType("Ghanaian peacekeepers arrived in Lebanon on Thursday."), "AID");
});

test("withdrawing inspectors reduces relations; a future withdrawal is a threat", () => {
  assert.equal(topType("The European Union withdrew its election observers from Ethiopia."), "SANCTION");
  assert.equal(topType("The United Nations said it will withdraw its monitors from Yemen."), "THREATEN");
});

test("a warm welcome to a visitor is hosting (CONSULT)", () => {
  assert.equal(topType("The Kenyan president gave a warm welcome to the Ethiopian prime minister in Nairobi."), "CONSULT");
});

test("nominal coercion: a state of emergency declared, a curfew extended; a suspension of flights", () => {
  assert.equal(topType("Ecuador's government declared a state of emergency in Guayaquil on Monday."), "COERCE");
  assert.equal(topType("Bolivia announced a suspension of flights to Chile."), "SANCTION");
  assert.equal(topType("The Ugandan president said he will extend the curfew in Kampala."), "THREATEN");
});

test("joint exercises are military cooperation; one country's exercises a show of force", () => {
  assert.equal(topType("Russian and Chinese warships began joint exercises in the Sea of Japan."), "COOPERATE");
  assert.equal(topType("North Korea staged military exercises near the border with South Korea."), "MOBILIZE");
});

test("a stance with 'be' ('is prepared to') commits like 'vowed to': an offer to concede, a threat to coerce", () => {
  assert.equal(topType("The Malian junta said it is prepared to lift the ban on opposition parties."), "AGREE");
  assert.equal(topType("The Thai army said it is prepared to impose martial law in Bangkok."), "THREATEN");
});

test("a stated plan to coerce and a conditional sanction are threats", () => {
  assert.equal(topType("Hungary plans to impose restrictions on its labour market."), "THREATEN");
  assert.equal(topType("The European Union may halt its mediation between Serbia and Kosovo if the talks collapse, Borrell said."), "THREATEN");
});

test("a protest named as the purpose of a gathering is the event", () => {
  assert.equal(topType("Thousands of Kenyan teachers gathered in Nairobi to protest against the new tax law."), "PROTEST");
});

test("ranking: a main-clause act beats a gerund after a preposition and a coordinated request", () => {
  assert.equal(topType("Putin hosted the Japanese prime minister in Sochi for a meeting aimed at establishing closer ties."), "CONSULT");
  assert.equal(topType("Hungary has refused to deploy troops in Mali and has urged its citizens to stay calm."), "REJECT");
});

test("'once again' is no subordinate clause; a speech verb with a coded object acts ('denied entry')", () => {
  assert.equal(topType("Kenya has once again outright rejected a Somali proposal for talks."), "REJECT");
  assert.equal(topType("Israel denied entry to two American congresswomen."), "SANCTION");
  assert.equal(topType("A Chadian minister reiterated that Sudan must hand over the suspects."), "REQUEST");
});

test("a participle after an earlier verb's object describes it ('weapons seized from'), not an act", () => {
  const list = events("The rebels announced they will return weapons seized from Kenyan peacekeepers.");
  assert.deepEqual(list.map((e) => e.type), ["AGREE"]);
  // a participle modifier inside the subject does not hide the main verb
  assert.equal(topType("British aircraft using precision guided missiles killed four fighters in Basra."), "ASSAULT");
});

test("an event word inside a body's name is no event; 'more than N' objects still match", () => {
  const list = events("The Ceasefire Monitoring Committee has completed its investigation into the shelling of Kismayo.");
  assert.ok(!list.some((e) => e.type === "RETREAT"), JSON.stringify(list.map((e) => e.type)));
  assert.ok(list.some((e) => e.type === "ACCUSE"));
  assert.equal(topType("Iran has trained more than 500 computer hackers."), "MOBILIZE");
});

test("praise verbs are their own sense; returning weapons gives property back", () => {
  assert.equal(topType("The German government welcomed Biden's latest policy statement."), "SUPPORT");
  assert.equal(topType("The rebels have returned weapons to the Liberian army."), "RETREAT");
});

test("calling for sanctions against someone rallies opposition against them (ACCUSE); calling for talks requests", () => {
  const e = events("Bishop Tutu on Sunday called for sanctions against Zimbabwe after the killing of an activist.");
  assert.equal(topType("Bishop Tutu on Sunday called for sanctions against Zimbabwe after the killing of an activist."), "ACCUSE");
  assert.equal(e.find((x) => x.type === "ACCUSE")?.target?.country, "ZWE");
  assert.equal(topType("Kenya called for talks with Somalia."), "REQUEST");
});

test("mobilising lobbies rallies support; a purpose investigation is the act", () => {
  assert.equal(topType("Qatar has mobilised pressure groups in Europe to support its bid."), "SUPPORT");
  assert.ok(events("The UN sent a team of experts to Mali on Monday to investigate the massacre.").some((e) => e.type === "ACCUSE"));
});

test("a gerund after 'for' (tagged a conjunction) ranks below the main act", () => {
  assert.equal(topType("President Lungu has reneged on his commitment to the Zambian people for holding elections under a new constitution."), "REJECT");
});

test("a violent verb keeps its sense over a peaceful event noun; 'according to' is no verb", () => {
  assert.equal(topType("Gunmen attacked the community meeting in Ayacucho."), "ASSAULT");
  const list = events("According to the first police reports, the attack was staged by ten gunmen who used two stolen cars.");
  assert.ok(!list.some((e) => e.trigger?.text === "According"), JSON.stringify(list.map((e) => [e.type, e.trigger?.text])));
});

test("a bare function word in a PETRARCH pattern is a sense of its own verb only; 'clashed with' stays specific", () => {
  assert.equal(topType("Army patrols clashed with rebels near Goma on Sunday."), "ASSAULT");
  assert.notEqual(topType("A Brazilian judge ordered the former governor to appear in court next week."), "AGREE");
});

test("the bearer of guilt for an act did it ('are guilty of violating the truce')", () => {
  const e = events("Both the Philippine army and the rebels are guilty of violating the ceasefire agreement signed in March.");
  assert.ok(e.some((x) => x.type === "ASSAULT" && x.source), JSON.stringify(e.map((x) => [x.type, x.source?.name])));
});

test("a quoted infinitive is still the vowed act, and its object follows the closing quote", () => {
  const e = events("Hamas vowed to “eliminate” the Israeli occupation forces.");
  assert.equal(e[0]?.type, "THREATEN");
  assert.equal(e[0]?.target?.country, "ISR");
  assert.equal(e[0]?.trigger?.text, "eliminate");
  // the tagger takes a quoted "crush" for a noun
  assert.equal(topType("The Taliban vowed to 'crush' the uprising in Panjshir."), "THREATEN");
  assert.equal(topType("Kenya vowed to wipe out the militants in Lamu."), "THREATEN");
});

test("welcoming a visitor hosts them (CONSULT); welcoming a statement praises it (SUPPORT)", () => {
  assert.equal(topType("Qatar welcomed the Afghan foreign minister in Doha."), "CONSULT");
  assert.equal(topType("Germany welcomed the foreign minister's statement on Tuesday."), "SUPPORT");
});

test("'X is out of the question' refuses X: the speaker rejects, the act did not happen", () => {
  const e = events("US officials said that lifting the sanctions on Myanmar is out of the question.");
  assert.deepEqual(e.map((x) => x.type), ["REJECT"]);
  assert.equal(e[0]?.source?.country, "USA");
  assert.equal(topType("Talks with the Taliban are off the table, the Afghan president said."), "REJECT");
});

test("delivering is aid only when aid is delivered; a delivered warning is a threat", () => {
  assert.equal(topType("The Egyptian president delivered a speech in Cairo."), null);
  assert.equal(topType("Turkey delivered aid to Gaza."), "AID");
  assert.equal(topType("Hezbollah delivered a warning to Israel."), "THREATEN");
});

test("a resignation is a retreat with the resign mode (PLOVER manual, RETREAT)", () => {
  const e = events("The interior minister resigned on Friday after the prison break.").find((x) => x.trigger?.text.startsWith("resign"));
  assert.ok(e, "the resignation is an event");
  assert.equal(e!.type, "RETREAT");
  assert.equal(e!.mode, "resign");
});

test("seizing a region or a coast occupies territory; seizing people abducts", () => {
  const north = events("Separatist fighters seized the east of the province in March.")[0];
  assert.equal(north?.cameo, "192");
  assert.equal(north?.acled?.subEventType, "Non-state actor overtakes territory");
  const people = events("Gunmen seized three aid workers near the border.")[0];
  assert.equal(people?.type, "ASSAULT");
});

test("what is acted on outranks who acts in a verb's patterns: police seizing weapons confiscate", () => {
  const e = events("Police seized rifles and ammunition from the gang on Friday.")[0];
  assert.equal(e?.type, "COERCE");
  assert.equal(e?.mode, "seize");
});

test("a party that says it will attack threatens; the pronoun of what it says is the party", () => {
  for (const [text, source] of [
    ["The militia said it would attack any convoy entering the valley.", /militia/i],
    ["The rebels will storm the capital, their commander said.", /rebels/i],
  ] as const) {
    const e = annotateText(text).events.find((x) => x.type === "THREATEN");
    assert.ok(e && source.test(e.source?.name ?? ""), JSON.stringify(annotateText(text).events.map((x) => [x.type, x.source?.name, x.target?.name])));
  }
  // (a pronoun of another kind is someone else: "she" is no ministry)
  const other = annotateText("The ministry said she would attack the minister in court.").events;
  assert.ok(!other.some((x) => /ministry/i.test(x.source?.name ?? "") && x.type === "THREATEN"), JSON.stringify(other.map((x) => [x.type, x.source?.name])));
});

test("people named by their role or as a public are parties ('urged the public', 'the aide')", () => {
  const e = annotateText("The health minister urged the public to stay indoors during the heatwave.").events.find((x) => x.type === "REQUEST");
  assert.match(e?.target?.name ?? "", /public/i);
});
