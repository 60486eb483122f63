// The entities stage on sentences written for these tests, with the real knowledge (data/actors.json,
// data/countries.json). Each test names the behaviour it pins down.
import { test } from "node:test";
import assert from "node:assert/strict";
import { Doc } from "../src/doc.ts";
import { textStage } from "../src/stages/text.ts";
import { entitiesStage } from "../src/stages/entities.ts";
import { kb } from "./helpers.ts";
import { Entity } from "../src/schema.ts";

// Runs only the stages this one depends on, so the test does not hang on later stages' state.
function entitiesOf(text: string, published = "2021-06-28"): Doc {
  const doc = new Doc({ text, published });
  textStage(doc);
  entitiesStage(doc, kb());
  return doc;
}

const byName = (doc: Doc, name: string): Entity | undefined => doc.entities.find((e) => e.name === name);
const byMention = (doc: Doc, text: string): Entity | undefined => doc.entities.find((e) => e.mentions.some((m) => m.text === text));

test("a title before a name gives a role and is not part of the name", () => {
  const doc = entitiesOf("President Joe Biden met Defence Minister Ali Reza Tangsiri on Tuesday.");
  const biden = byName(doc, "Joe Biden");
  assert.ok(biden, "Joe Biden found");
  assert.equal(biden.type, "PERSON");
  assert.equal(biden.country, "USA");
  assert.equal(biden.actorCode, "USAGOV");
  assert.match(biden.role ?? "", /President/);
  const t = byName(doc, "Ali Reza Tangsiri");
  assert.ok(t, "a name no list holds is found after its title");
  assert.equal(t.type, "PERSON");
  assert.match(t.role ?? "", /Defence Minister/);
});

test("an apposition gives role, sector and country", () => {
  const doc = entitiesOf("Hamid Farouk, the Iraqi interior ministry spokesman, said the road was closed. Omar Haddad, a senior militia leader, was arrested.");
  const farouk = byName(doc, "Hamid Farouk");
  assert.ok(farouk);
  assert.equal(farouk.sector, "GOV");
  assert.equal(farouk.country, "IRQ");
  assert.match(farouk.role ?? "", /interior ministry spokesman/);
  const haddad = byName(doc, "Omar Haddad");
  assert.ok(haddad);
  assert.equal(haddad.sector, "REB");
  assert.match(haddad.role ?? "", /senior militia leader/);
});

test("spokesman for a country's ministry: country, sector and spokesperson_of", () => {
  const doc = entitiesOf("Leila Moradi, spokeswoman for Iran's foreign ministry, rejected the report.");
  const p = byName(doc, "Leila Moradi");
  assert.ok(p);
  assert.equal(p.country, "IRN");
  assert.equal(p.sector, "GOV");
  const ministry = byMention(doc, "Iran's foreign ministry");
  assert.ok(ministry, "the ministry is an entity");
  assert.equal(ministry.actorCode, "IRNGOV");
  assert.ok(doc.relations.some((r) => r.subject === p.id && r.predicate === "spokesperson_of" && r.object === ministry.id));
});

test("a surname and a pronoun link back to the full name", () => {
  const doc = entitiesOf("Daniel Okafor arrived in Lagos on Monday. Okafor said he would stay a week.");
  const p = byName(doc, "Daniel Okafor");
  assert.ok(p);
  assert.deepEqual(p.mentions.map((m) => m.text), ["Daniel Okafor", "Okafor", "he"]);
  assert.equal(p.mentions[2]!.kind, "pronoun");
  assert.equal(doc.entities.filter((e) => e.type === "PERSON").length, 1, "one entity per person");
});

test("capitals and seats of government stand for governments", () => {
  const doc = entitiesOf("Tehran insists the talks must go on. The Kremlin said it would respond, and Downing Street declined to comment. Washington's allies were silent.");
  const iran = byName(doc, "Iran");
  assert.ok(iran);
  assert.ok(iran.mentions.some((m) => m.text === "Tehran" && m.kind === "metonym"));
  const kremlin = byMention(doc, "Kremlin");
  assert.equal(kremlin?.actorCode, "RUSGOV");
  assert.equal(byMention(doc, "Downing Street")?.actorCode, "GBRGOV");
  assert.ok(byName(doc, "United States")?.mentions.some((m) => m.text === "Washington" && m.kind === "metonym"));
});

test("a capital after a preposition is a place, not a government", () => {
  const doc = entitiesOf("The delegation flew to Tehran on Sunday.");
  assert.equal(byName(doc, "Iran"), undefined);
});

test("X-backed Y and Y backed by X give backedBy and a backs relation", () => {
  const doc = entitiesOf("Russian-backed fighters shelled the town. Separately, militias that are backed by Iran fired rockets at the base.");
  const fighters = byMention(doc, "fighters");
  assert.equal(fighters?.backedBy, "RUS");
  const russia = byName(doc, "Russia");
  assert.ok(russia && doc.relations.some((r) => r.predicate === "backs" && r.subject === russia.id && r.object === fighters!.id));
  const militias = byMention(doc, "militias");
  assert.equal(militias?.backedBy, "IRN");
});

test("groups listed after a backed phrase inherit the backer", () => {
  const doc = entitiesOf("Turkish-backed factions including the Sultan Murad Brigade and the Hamza Division advanced.");
  const murad = byMention(doc, "Sultan Murad Brigade");
  assert.ok(murad, "an armed group named by its head word");
  assert.equal(murad.type, "ARMED_GROUP");
  assert.equal(murad.backedBy, "TUR");
});

test("Arabic names keep their particles; group openers make armed groups", () => {
  const doc = entitiesOf("Commander Abu Hassan al-Tikriti of Liwa al-Fatah al-Mubin said the convoy was hit. Later, al-Tikriti left.");
  const p = byName(doc, "Abu Hassan al-Tikriti");
  assert.ok(p, "the full name with its particles");
  assert.equal(p.type, "PERSON");
  assert.ok(p.mentions.some((m) => m.text === "al-Tikriti"), "the surname with its particle links back");
  const g = byName(doc, "Liwa al-Fatah al-Mubin");
  assert.equal(g?.type, "ARMED_GROUP");
});

test("date ranges: the code valid at the publication date", () => {
  const a = byName(entitiesOf("Mohammad Khatami addressed the nation.", "1999-05-01"), "Mohammad Khatami");
  const b = byName(entitiesOf("Mohammad Khatami addressed the nation.", "2010-05-01"), "Mohammad Khatami");
  assert.equal(a?.actorCode, "IRNGOV");
  assert.equal(b?.actorCode, "IRNELI");
  const t1 = byName(entitiesOf("The Taliban seized the district.", "2019-03-01"), "Taliban");
  const t2 = byName(entitiesOf("The Taliban seized the district.", "2023-03-01"), "Taliban");
  assert.equal(t1?.actorCode, "AFGREB");
  assert.equal(t2?.actorCode, "AFGGOV");
});

test("generic actors take country and sector from a demonym or a country", () => {
  const doc = entitiesOf("Syrian rebels attacked Iraqi troops near the border, and the US military said American troops were safe.");
  assert.equal(byMention(doc, "Syrian rebels")?.actorCode, "SYRREB");
  assert.equal(byMention(doc, "Iraqi troops")?.actorCode, "IRQMIL");
  assert.equal(byMention(doc, "American troops")?.country, "USA");
});

test("upper-case wire text: dictionaries and titles work without case", () => {
  const doc = entitiesOf("SAN SALVADOR, 3 JAN 90 (RADIO CADENA) -- PRESIDENT ALFREDO CRISTIANI SAID TODAY THAT THE FARABUNDO MARTI NATIONAL LIBERATION FRONT ATTACKED SALVADORAN TROOPS.", "1990-01-03");
  assert.ok(doc.upperCase);
  const fmln = doc.entities.find((e) => /farabundo marti/i.test(e.name));
  assert.equal(fmln?.country, "SLV");
  assert.equal(fmln?.type, "ARMED_GROUP");
  const p = doc.entities.find((e) => e.type === "PERSON" && /cristiani/i.test(e.name));
  assert.ok(p, "a titled name in capitals");
  assert.ok(!/president/i.test(p.name));
  assert.equal(p.actorCode, "SLVGOV", "Cristiani was president in 1990");
  assert.equal(byMention(doc, "SALVADORAN TROOPS")?.actorCode, "SLVMIL");
});

test("no entity for capitalised common words at a sentence start", () => {
  const doc = entitiesOf("Meanwhile, the talks went on. Yesterday the ceasefire held. Despite this, Analysts expect more fighting.");
  for (const w of ["Meanwhile", "Yesterday", "Despite", "Analysts"]) assert.equal(byMention(doc, w), undefined, w);
});

test("every mention points at an entity and mentions are sorted", () => {
  const doc = entitiesOf("Kata'ib Hizbollah said US forces struck its positions. The group vowed revenge, its leader Abu Karrar al-Hamdani said.");
  const ids = new Set(doc.entities.map((e) => e.id));
  assert.ok(doc.mentions.length > 0);
  for (const m of doc.mentions) assert.ok(ids.has(m.entity), m.text);
  for (let i = 1; i < doc.mentions.length; i++) assert.ok(doc.mentions[i - 1]!.start <= doc.mentions[i]!.start);
  const kh = byName(doc, "Kata'ib Hizbollah");
  assert.equal(kh?.actorCode, "IRQREB");
  assert.equal(kh?.backedBy, "IRN");
});

test("'the group' links to the armed group named just before", () => {
  const doc = entitiesOf("The Liwa al-Quds Brigade claimed the attack on Friday. The group said more would follow.");
  const g = doc.entities.find((e) => e.type === "ARMED_GROUP" && /Liwa al-Quds/.test(e.name));
  assert.ok(g, "the group by its pattern");
  assert.ok(g.mentions.some((m) => m.text === "group" && m.kind === "nominal"));
});

test("'him' is not the subject of its own clause", () => {
  const doc = entitiesOf("Carlos Mendes warned of new strikes. Later Anna Kowalczyk spoke with him by phone.");
  const mendes = byName(doc, "Carlos Mendes");
  assert.ok(mendes?.mentions.some((m) => m.text === "him" && m.kind === "pronoun"));
  assert.ok(!byName(doc, "Anna Kowalczyk")?.mentions.some((m) => m.text === "him"));
});

test("odd inputs give schema-valid entities whose mentions match the text", () => {
  for (const text of ["", "...", "He said.", "US-Iran-Iraq", "Al-", "\u201cKirby,\u201d he said. \u2018Tehran\u2019s\u2019 \u2014 yes", "KATA'IB HIZBOLLAH SAID US FORCES ATTACKED IRAQ. HE SAID."]) {
    const doc = entitiesOf(text);
    for (const e of doc.entities) Entity.parse(e);
    for (const m of doc.mentions) assert.equal(doc.text.slice(m.start, m.end), m.text);
  }
  assert.deepEqual(entitiesOf("US-Iran-Iraq").entities.map((e) => e.country), ["USA", "IRN", "IRQ"]);
});

test("a role before a comma and the name; 'envoy for X' does not make the envoy X's", () => {
  const doc = entitiesOf("The United Nations envoy for Yemen, Pieter van Dalen, urged restraint.");
  const p = byName(doc, "Pieter van Dalen");
  assert.ok(p, "a name with a lower-case particle");
  assert.match(p.role ?? "", /envoy for Yemen/);
  assert.equal(p.country, null);
  assert.equal(p.sector, "IGO");
});

test("'the army' after 'Sudan's army' is the same army; a leader's forces take the leader's side", () => {
  const doc = entitiesOf("Sudan's army said it held the city. Later the army withdrew. Hemedti's forces advanced.", "2024-01-10");
  const army = byMention(doc, "Sudan's army");
  assert.ok(army?.mentions.some((m) => m.text === "army" && m.start > doc.text.indexOf("Later")));
  assert.equal(byMention(doc, "Hemedti's forces")?.actorCode, "SDNREB");
});

test("a lower-case role before a name gives the full name; an honorific inside a name stays in it", () => {
  const doc = entitiesOf("Army spokesman Ibrahim Yusuf Adan said the road was open. Later Governor Ali Sheikh Nur Farah met elders.");
  assert.ok(byName(doc, "Ibrahim Yusuf Adan"), "three words after a role noun");
  assert.equal(byName(doc, "Adan"), undefined);
  const farah = byName(doc, "Ali Sheikh Nur Farah");
  assert.ok(farah, "Sheikh after a given name is part of the name");
  assert.equal(farah.type, "PERSON");
  assert.match(farah.role ?? "", /Governor/);
});

test("a name with a given name inside it is a person; a word in capitals is not part of a person's name", () => {
  const doc = entitiesOf("Villagers said Kofi Abubakar Mensah was taken. Splinter FARC units ambushed a patrol.");
  assert.equal(byName(doc, "Kofi Abubakar Mensah")?.type, "PERSON");
  assert.equal(doc.entities.find((e) => /Splinter/.test(e.name)), undefined);
  assert.equal(byMention(doc, "FARC")?.type, "ARMED_GROUP");
});

test("in a one-country story unanchored state organs and state office holders take that country", () => {
  const doc = entitiesOf(
    "NIAMEY, May 4 (Wire) - Gunmen killed 12 soldiers in western Niger, the army said. Police spokesman Idrissa Moussa Maiga told reporters the " +
      "attackers fled. Interior minister Amadou Garba Sani said security forces and the police would stay. Niger's government declared mourning.",
    "2024-05-04",
  );
  assert.equal(byMention(doc, "army")?.actorCode, "NERMIL");
  assert.equal(byMention(doc, "police")?.country, "NER");
  assert.equal(byMention(doc, "security forces")?.country, "NER");
  const p = byName(doc, "Idrissa Moussa Maiga");
  assert.equal(p?.country, "NER");
  assert.equal(byName(doc, "Amadou Garba Sani")?.country, "NER");
  assert.equal(byMention(doc, "reporters"), undefined, "the press told something is no actor");
  assert.equal(byMention(doc, "Gunmen")?.country ?? null, null, "non-state groups take no default country");
  assert.equal(byMention(doc, "soldiers")?.country ?? null, null, "personnel nouns take no default country");
});

test("with two countries in comparable measure nothing is inferred", () => {
  const doc = entitiesOf("Ethiopian and Eritrean officials met in Nairobi. Ethiopia and Eritrea traded blame, and the army was put on alert.");
  assert.equal(byMention(doc, "army")?.country ?? null, null);
});

test("a country word before a military command or national force makes it that country's military", () => {
  const doc = entitiesOf("The US Southern Command sent ships. The Kenya Defence Forces and the Israeli Air Force were named. The Sudan People's Liberation Army attacked.");
  const south = doc.entities.find((e) => /Southern Command/.test(e.name));
  assert.equal(south?.actorCode, "USAMIL");
  const kdf = doc.entities.find((e) => /Defence Forces/.test(e.name));
  assert.equal(kdf?.type, "ORG");
  assert.equal(kdf?.actorCode, "KENMIL");
  const spla = doc.entities.find((e) => /Liberation Army/.test(e.name));
  assert.equal(spla?.type, "ARMED_GROUP");
});

test("'its' gives an organ the country of the organisation or country the sentence opens with", () => {
  const doc = entitiesOf("Kenya, which has troops in Somalia, said its soldiers were safe.");
  assert.equal(byMention(doc, "soldiers")?.country, "KEN");
});

test("she links to a woman by her given name or role, he not to a woman", () => {
  const doc = entitiesOf("Amina Yusuf met Hamid Karimi in Kabul. Karimi spoke first. She said the talks would go on. He agreed.");
  const amina = byName(doc, "Amina Yusuf");
  assert.ok(amina?.mentions.some((m) => m.text === "She" && m.kind === "pronoun"), "she → the woman, not the nearer man");
  assert.ok(!amina?.mentions.some((m) => m.text === "He"));
  const doc2 = entitiesOf("Police spokeswoman Dana Ortiz and Colonel Ruben Salas spoke. Salas left early. She stayed.");
  assert.ok(byName(doc2, "Dana Ortiz")?.mentions.some((m) => m.text === "She"));
});

test("'it' and 'its' after an organisation opening the sentence link to it; an empty 'it' does not", () => {
  const doc = entitiesOf("The US Africa Command said it had struck a camp near Jilib. AFRICOM said its aircraft returned. Ghana said it was unclear who fired.");
  const cmd = doc.entities.find((e) => e.mentions.some((m) => m.text === "US Africa Command"));
  assert.equal(cmd?.actorCode, "USAMIL");
  assert.ok(cmd?.mentions.some((m) => m.text === "it" && m.kind === "pronoun"));
  assert.ok(cmd?.mentions.some((m) => m.text === "AFRICOM"), "the acronym is the same command");
  const ghana = byName(doc, "Ghana");
  assert.ok(!ghana?.mentions.some((m) => m.text === "it"), "'it was unclear' is no one");
});

test("an 'and' inside an organisation's name joins it; a known party or country before 'and' stands alone", () => {
  const assoc = entitiesOf("The Kenya Tea Growers and Exporters Association said prices fell.");
  assert.ok(byName(assoc, "Tea Growers and Exporters Association") ?? assoc.entities.find((e) => /Growers and Exporters Association/.test(e.name)), assoc.entities.map((e) => e.name).join("; "));
  const two = entitiesOf("Hamas and Islamic Jihad Movement officials met in Cairo.");
  assert.ok(two.entities.some((e) => e.name === "Hamas"), two.entities.map((e) => e.name).join("; "));
});

test("an agent phrase stops at a verb after a country's name and at a preposition with no country after it", () => {
  const met = entitiesOf("The US envoy to Sudan met officials on Monday.");
  assert.ok(!met.entities.some((e) => /met/.test(e.name)), met.entities.map((e) => e.name).join("; "));
  const leave = entitiesOf("Niger ordered the French ambassador to leave the country.");
  const envoy = leave.entities.find((e) => e.name === "French ambassador");
  assert.ok(envoy, leave.entities.map((e) => e.name).join("; "));
  assert.equal(envoy!.type, "PERSON");
  // an envoy and a ministry of one country are two parties
  const two = entitiesOf("Mali expelled the French ambassador. France's foreign ministry said it took note.");
  assert.ok(two.entities.some((e) => e.name === "France's foreign ministry" || /foreign ministry/.test(e.name)), two.entities.map((e) => e.name).join("; "));
});

test("an acronym a text defines in brackets names the organisation there and later; 'It said' opening a sentence is the organisation before", () => {
  const d = entitiesOf("Zambia suspended talks with the Alliance for Rural Renewal (ARR) on Monday. The ARR rejected the move. It said the talks were over.");
  const cma = d.entities.find((e) => e.mentions.some((m) => m.text === "ARR"));
  assert.ok(cma, d.entities.map((e) => e.name).join("; "));
  assert.equal(cma!.name, "Alliance for Rural Renewal");
  assert.equal(cma!.mentions.filter((m) => m.text === "ARR").length, 2);
  assert.ok(cma!.mentions.some((m) => m.text === "It"), JSON.stringify(cma!.mentions.map((m) => m.text)));
});
