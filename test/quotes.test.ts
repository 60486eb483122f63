import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText, kb } from "./helpers.ts";
import { quotesStage, quoteAt, attributionOf } from "../src/stages/quotes.ts";
import type { Quote } from "../src/schema.ts";

const quotesOf = (text: string): Quote[] => annotateText(text, "2021-06-28", "quotes").quotes;

/** The one quote whose text contains `words`. */
function find(quotes: Quote[], words: string): Quote {
  const hits = quotes.filter((q) => q.text.includes(words));
  assert.equal(hits.length, 1, `one quote containing "${words}" in ${JSON.stringify(quotes.map((q) => q.text))}`);
  return hits[0]!;
}

test("a direct quote before its attribution, with the verb after the speaker", () => {
  const text = "\u201cThe bridge will reopen within a week,\u201d Okafor said.";
  const q = find(quotesOf(text), "bridge");
  assert.equal(q.text, "The bridge will reopen within a week");
  assert.equal(text.slice(q.start, q.end), q.text);
  assert.equal(q.direct, true);
  assert.equal(q.speaker?.name, "Okafor");
  assert.equal(q.verb, "said");
});

test("an inverted attribution gives the name without its title, the role after it aside", () => {
  const q = find(quotesOf('"We hold the pass", said Colonel Jane Okafor, the army\'s regional spokeswoman.'), "pass");
  assert.equal(q.speaker?.name, "Jane Okafor");
  assert.equal(q.direct, true);
});

test("a direct quote after a colon is attributed to the subject before it", () => {
  const q = find(quotesOf('Interior Minister Tomas Berg said: "No convoy will be stopped again."'), "convoy");
  assert.equal(q.direct, true);
  assert.equal(q.speaker?.name, "Tomas Berg");
  assert.equal(q.text, "No convoy will be stopped again.");
});

test("a quote spanning two sentences runs to its closing mark, and 'he' refers back to the last speaker", () => {
  const text = 'Tomas Berg said the border would stay shut. "The smugglers are armed. They shoot first," he told reporters.';
  const quotes = quotesOf(text);
  const q = find(quotes, "smugglers");
  assert.equal(q.text, "The smugglers are armed. They shoot first");
  assert.equal(q.speaker?.name, "Tomas Berg");
  assert.equal(q.verb, "told");
});

test("a surname alone is widened to the full name written earlier", () => {
  const quotes = quotesOf('Tomas Berg visited the port. "Trade must go on," Berg said.');
  assert.equal(find(quotes, "Trade").speaker?.name, "Tomas Berg");
});

test("scare quotes inside indirect speech are part of it, not quotes of their own", () => {
  const quotes = quotesOf("Berg said the raid was \u201clawful\u201d and a \u201cmeasured\u201d answer to the shelling.");
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.direct, false);
  assert.equal(quotes[0]!.text, "the raid was \u201clawful\u201d and a \u201cmeasured\u201d answer to the shelling");
  assert.equal(quotes[0]!.speaker?.name, "Berg");
});

test("single quotes nested in a double-quoted quote stay inside it", () => {
  const quotes = quotesOf("\u201cThey shouted \u2018go home\u2019 at our patrol,\u201d the farmer said.");
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0]!.text, "They shouted \u2018go home\u2019 at our patrol");
  assert.equal(quotes[0]!.speaker?.name, "farmer");
});

test("an unattributed quote paragraph continues the speaker of the quote before it", () => {
  const text = '"We did not start this," said Lena Moritz, a councillor in Dorvik.\n\n"The water plant was hit twice last week."';
  const q = find(quotesOf(text), "water plant");
  assert.equal(q.direct, true);
  assert.equal(q.speaker?.name, "Lena Moritz");
});

test("a quote running on into the next paragraph takes the speaker named there", () => {
  const text = 'Shelling resumed at dawn.\n\n"Every family has left the old town.\n\n"Nobody is coming back soon," said Lena Moritz.';
  const q = find(quotesOf(text), "Every family");
  assert.equal(q.speaker?.name, "Lena Moritz");
});

test("indirect speech: said that, told reporters, added, warned, insisted", () => {
  const text =
    "Lena Moritz, a councillor in Dorvik, said that the shelters were full. " +
    "She told reporters on Tuesday the pumps had failed. " +
    "She added that two clinics had closed. " +
    "The mayor warned that food would run out. " +
    "Dorvik's governor insisted the roads were safe.";
  const quotes = quotesOf(text);
  assert.equal(find(quotes, "shelters").text, "the shelters were full");
  assert.equal(find(quotes, "shelters").speaker?.name, "Lena Moritz");
  assert.equal(find(quotes, "pumps").text, "the pumps had failed");
  assert.equal(find(quotes, "pumps").speaker?.name, "Lena Moritz");
  assert.equal(find(quotes, "clinics").verb, "added");
  assert.equal(find(quotes, "food").speaker?.name, "mayor");
  assert.equal(find(quotes, "roads").verb, "insisted");
  for (const q of quotes) assert.equal(q.direct, false);
});

test("a report stops where another by the same speaker starts, and both are the speaker's", () => {
  const quotes = quotesOf("Tomas Berg said the talks had stalled, warning that the ceasefire could collapse.");
  assert.equal(find(quotes, "stalled").text, "the talks had stalled");
  const second = find(quotes, "ceasefire");
  assert.equal(second.text, "the ceasefire could collapse");
  assert.equal(second.speaker?.name, "Tomas Berg");
  assert.equal(second.verb, "warning");
});

test("according to X, before or after the clause", () => {
  const quotes = quotesOf("According to the health ministry, 40 people were injured. The market was closed, according to local officials.");
  const a = find(quotes, "40 people");
  assert.equal(a.text, "40 people were injured");
  assert.equal(a.speaker?.name, "health ministry");
  assert.equal(a.verb, "according to");
  assert.equal(find(quotes, "market").text, "The market was closed");
  assert.equal(find(quotes, "market").speaker?.name, "local officials");
});

test("said in a statement, an appositive speaker and a role referring back", () => {
  const text =
    "Ahmed Saleh, spokesman for the port authority, said in a statement on Monday that the cranes were damaged. " +
    "The spokesman said repairs would take months.";
  const quotes = quotesOf(text);
  assert.equal(find(quotes, "cranes").text, "the cranes were damaged");
  assert.equal(find(quotes, "cranes").speaker?.name, "Ahmed Saleh");
  assert.equal(find(quotes, "repairs").speaker?.name, "Ahmed Saleh");
});

test("a clause before its attribution: 'CLAUSE, the army said.'", () => {
  const q = find(quotesOf("The bridge at Kessel was destroyed overnight, the army said."), "bridge");
  assert.equal(q.text, "The bridge at Kessel was destroyed overnight");
  assert.equal(q.speaker?.name, "army");
  assert.equal(q.direct, false);
});

test("a description naming no one stays as written; a definite one refers back", () => {
  const quotes = quotesOf("The health ministry said 12 people had died. Officials said the toll could rise. According to the ministry, 30 were hurt.");
  assert.equal(find(quotes, "toll").speaker?.name, "Officials");
  assert.equal(find(quotes, "30 were hurt").speaker?.name, "health ministry");
});

test("accusations and denials report what was alleged", () => {
  const quotes = quotesOf("The opposition accused the governor of rigging the vote. The governor denied that ballots had been burned.");
  assert.equal(find(quotes, "rigging").text, "the governor of rigging the vote");
  assert.equal(find(quotes, "ballots").verb, "denied");
});

test("upper-case wire copy: reporting verbs, according to, quotes and pronouns", () => {
  const text =
    "THE ARMY COMMAND REPORTED THAT FIVE GUERRILLAS WERE KILLED NEAR THE RIVER. THE SOURCE ADDED THAT TWO SOLDIERS WERE WOUNDED. " +
    "ACCORDING TO THE POLICE, THE BOMB EXPLODED AT DAWN. COLONEL RAUL PENA SAID THE ROAD WAS OPEN. " +
    '"WE WILL NOT NEGOTIATE," HE SAID.';
  const quotes = quotesOf(text);
  assert.equal(find(quotes, "FIVE GUERRILLAS").speaker?.name, "ARMY COMMAND");
  assert.equal(find(quotes, "TWO SOLDIERS").speaker?.name, "SOURCE");
  assert.equal(find(quotes, "BOMB").text, "THE BOMB EXPLODED AT DAWN");
  assert.equal(find(quotes, "BOMB").speaker?.name, "POLICE");
  const direct = find(quotes, "NEGOTIATE");
  assert.equal(direct.direct, true);
  assert.match(direct.speaker?.name ?? "", /RAUL PENA$/);
});

test("no quote without a report: adjectives, future reports and names that look like verbs", () => {
  assert.deepEqual(quotesOf("The declared aim of the group is to hold the valley."), []);
  assert.deepEqual(quotesOf("The army will announce the results of the inquiry on Monday."), []);
  assert.deepEqual(quotesOf("The United States sent two ships to the gulf."), []);
  assert.deepEqual(quotesOf("Villagers described the \u201cpanic\u201d of the first night."), []);
});

test("the speaker links to the entity mention over it and takes the entity's name", () => {
  const text = '"The convoy reached the camp," Okafor said.';
  const doc = annotateText(text, "2021-06-28", "places");
  const at = text.indexOf("Okafor");
  doc.entities = [{ id: "e1", name: "Jane Okafor", type: "PERSON", country: null, mentions: [{ start: at, end: at + 6, text: "Okafor" }] }];
  doc.mentions = [{ start: at, end: at + 6, text: "Okafor", entity: "e1", kind: "alias" }];
  quotesStage(doc, kb());
  const q = find(doc.quotes, "convoy");
  assert.deepEqual(q.speaker, { name: "Jane Okafor", entity: "e1", start: at, end: at + 6 });
});

test("quoteAt finds the quote holding an offset; attributionOf gives its verb", () => {
  const text = 'Prices rose again. "The harvest failed," said Lena Moritz.';
  const doc = annotateText(text, "2021-06-28", "quotes");
  const q = quoteAt(doc, text.indexOf("harvest"));
  assert.equal(q?.text, "The harvest failed");
  assert.equal(quoteAt(doc, text.indexOf("Prices")), undefined);
  const attr = attributionOf(q!);
  assert.equal(text.slice(attr!.verb!.start, attr!.verb!.end), "said");
  assert.equal(attr!.verb!.lemma, "say");
});

test("'she' skips a man the text called Mr, and 'he' a woman it called a mother", () => {
  const text =
    'Mr Tomas Berg said the port was shut. Lena Moritz, a mother of three, said the shelters were full. "We have no water," he said. ' +
    'Berg later met Moritz. "Nobody listens," she said.';
  const quotes = quotesOf(text);
  assert.equal(find(quotes, "no water").speaker?.name, "Tomas Berg");
  assert.equal(find(quotes, "Nobody listens").speaker?.name, "Lena Moritz");
});

test("quoted as saying, urged to, and quoted fragments after verbs like 'called'", () => {
  const quotes = quotesOf(
    "Local radio quoted the mayor as saying the dam was safe. Kamal Osei was quoted as saying talks would resume. " +
      'The envoy urged both sides to open the road. Tomas Berg called the raid "a clear breach of the truce".',
  );
  assert.equal(find(quotes, "dam").speaker?.name, "mayor");
  assert.equal(find(quotes, "talks would resume").speaker?.name, "Kamal Osei");
  assert.equal(find(quotes, "open the road").text, "both sides to open the road");
  const fragment = find(quotes, "breach");
  assert.equal(fragment.direct, true);
  assert.equal(fragment.speaker?.name, "Tomas Berg");
  assert.equal(fragment.verb, "called");
});

test("a reported clause may hold a relative clause between commas; a trailing aside does not stop a report", () => {
  const quotes = quotesOf(
    "Ana Ruiz, the camp director, said tents, which had been flown in from the coast, were flooded. " +
      "Gunmen burned the depot, a police source said, the second attack this week. " +
      "The convoy was hit by a drone, an aid official said on condition of anonymity because he was not allowed to speak to the press. " +
      "The army rarely comments on raids, but officials have said the sweeps target smugglers.",
  );
  assert.equal(find(quotes, "tents").text, "tents, which had been flown in from the coast, were flooded");
  assert.equal(find(quotes, "depot").speaker?.name, "a police source");
  assert.equal(find(quotes, "convoy").speaker?.name, "an aid official");
  assert.equal(find(quotes, "sweeps").speaker?.name, "officials");
  assert.equal(quotes.filter((q) => q.text.includes("raids")).length, 0);
});

test("single quotation marks as the main marks (British style), apostrophes left alone", () => {
  const text = "'This is unacceptable,' said Mr Tomas Berg, whose district includes the soldiers' barracks. 'The families deserve answers.'";
  const quotes = quotesOf(text);
  assert.equal(find(quotes, "unacceptable").speaker?.name, "Tomas Berg");
  assert.equal(find(quotes, "families deserve").speaker?.name, "Tomas Berg");
  assert.equal(quotes.length, 2);
});

test("a stray quotation mark does not hide the reports after it", () => {
  const quotes = quotesOf('The rebels fired 12" mortars at the base, the army said. Officials said the base was evacuated.');
  assert.equal(find(quotes, "evacuated").speaker?.name, "Officials");
});

test("'the minister' refers back to the last person named with that title, even one who had not spoken", () => {
  const quotes = quotesOf("Interior Minister Tomas Berg visited the port on Monday. The minister said the cranes were damaged.");
  assert.equal(find(quotes, "cranes").speaker?.name, "Tomas Berg");
});

test("coordinated speakers: one speaker naming every member, as written", () => {
  const two = find(quotesOf("Trade ministers Lena Dahl and Omar Haddad said the tariffs would be cut in stages."), "tariffs");
  assert.match(two.speaker?.name ?? "", /Lena Dahl and Omar Haddad/);
  const list = find(quotesOf("Kenya, Uganda and Tanzania said the border posts would reopen."), "border posts");
  assert.match(list.speaker?.name ?? "", /Kenya, Uganda and Tanzania/);
  // a phrase before a comma or after a preposition is no co-speaker
  const clause = find(quotesOf("Students and police clashed near the campus, and officials said dozens were hurt."), "dozens");
  assert.equal(clause.speaker?.name?.toLowerCase(), "officials");
  const fronted = find(quotesOf("After the summit, Chile and Peru said they would share radar data."), "radar");
  assert.match(fronted.speaker?.name ?? "", /^Chile and Peru$/);
  // coordinated modifiers of one title are one speaker
  const title = find(quotesOf("Defence and Security Minister Pablo Ortiz said the patrols would continue."), "patrols");
  assert.equal(title.speaker?.name, "Pablo Ortiz");
});

test("'they' and 'we' with no group speaking just before: the last group named, the subject of its sentence", () => {
  const q = find(quotesOf("Border guards detained nine smugglers near the river. They said the men carried rifles."), "rifles");
  assert.match(q.speaker?.name ?? "", /border guards/i);
  const we = find(quotesOf("The militias rejected the truce. We will keep our positions, they said."), "positions");
  assert.match(we.speaker?.name ?? "", /militias/i);
  // after coordinated speakers, "they" is the group
  const group = find(quotesOf("Kenya and Uganda said the talks had failed. They said new talks would follow in May."), "new talks");
  assert.match(group.speaker?.name ?? "", /Kenya and Uganda/);
});

test("a description before the name in an inverted attribution: the name is the speaker", () => {
  const q = find(quotesOf("\u201cThe corridor stays open,\u201d said the interior minister, Lucia Ferro."), "corridor");
  assert.equal(q.speaker?.name, "Lucia Ferro");
  const t = find(quotesOf("\u201cThe corridor stays open,\u201d said Interior Minister Lucia Ferro on Sunday."), "corridor");
  assert.equal(t.speaker?.name, "Lucia Ferro");
});

test("a quote signed with a dash and a name is that person's; a dash before other words is not a signature", () => {
  const text = "Readers wrote to us after the debate.\n\n\u201cI cannot believe the tone of this campaign.\u201d \u2015 Maria Lopez, a nurse in Phoenix\n\n\u201cMaybe we can build a wall around the debate stage.\u201d \u2015 Daniel Ortiz";
  const qs = quotesOf(text);
  assert.equal(find(qs, "tone").speaker?.name, "Maria Lopez");
  assert.equal(find(qs, "wall").speaker?.name, "Daniel Ortiz");
  assert.equal(find(qs, "wall").direct, true);
  const other = quotesOf("Readers wrote in.\n\n\u201cThe debate was a disaster.\u201d \u2014 and then the polls moved against him for a week.");
  assert.ok(other.every((q) => q.speaker?.name !== "and"));
});

test("an attribution set inside the sentence reports the sentence around it, in its two parts", () => {
  const qs = quotesOf("The museum, Mr. Obama said, would make visitors face uncomfortable truths.");
  assert.deepEqual(qs.map((q) => [q.text, q.speaker?.name, q.direct]).sort(), [
    ["The museum", "Mr. Obama", false],
    ["would make visitors face uncomfortable truths", "Mr. Obama", false],
  ]);
  // a list is no sentence around an attribution
  assert.deepEqual(quotesOf("The plan, officials said, and the budget were approved."), []);
});

test("a member of Congress with party and state in brackets attributes the quote ('(D-Md.) said')", () => {
  const text = '"The bill is dead," Rep. Ann Foster (D-Md.) said on Friday.';
  const q = find(quotesOf(text), "bill");
  assert.equal(q.direct, true);
  assert.match(q.speaker?.name ?? "", /Foster/);
  const r = find(quotesOf('"We will not back down," Sen. Tom Hale (R-Ohio), a member of the panel, said.'), "back down");
  assert.equal(r.direct, true);
  assert.match(r.speaker?.name ?? "", /Hale/);
});

test("a middle initial does not end the attribution ('Elijah E. Cummings said')", () => {
  const q = find(quotesOf('"He would be a fine judge," Rep. Paul R. Dwyer said in an interview.'), "fine judge");
  assert.equal(q.direct, true);
  assert.match(q.speaker?.name ?? "", /Dwyer/);
});

test("a surname the tagger reads as a verb still speaks after a closing quotation mark", () => {
  const text = 'Rep. Stephen Lynch spoke first.\n\n"I take comfort in that fact," Lynch said.';
  const q = find(quotesOf(text), "comfort");
  assert.equal(q.direct, true);
  assert.match(q.speaker?.name ?? "", /Lynch/);
});

test("a quotation introduced by a colon at the end of a paragraph is the subject's, even after 'continued' or 'reports'", () => {
  const text = 'Pat Molloy spoke to the club.\n\nMolloy continued:\n\n"The numbers do not lie, and they are getting worse."\n\nThe Daily Ledger reports:\n\n"Only a third of the donors gave more than once."';
  const qs = quotesOf(text);
  assert.match(find(qs, "numbers").speaker?.name ?? "", /Molloy/);
  assert.match(find(qs, "donors").speaker?.name ?? "", /Daily Ledger/);
  // elsewhere 'continued' reports nothing
  assert.deepEqual(quotesOf("Prices continued their rise as the dollar fell."), []);
});

test("a question ends its quote but a name and a reporting verb right after it attribute it", () => {
  const q = find(quotesOf('Nina Ross spoke in Tulsa. "How many times must we see this?" Ross said.'), "How many");
  assert.match(q.speaker?.name ?? "", /Ross/);
  assert.equal(q.verb, "said");
});

test("a quote continuing another keeps the phrase that named its speaker", () => {
  const text = 'Maria Ortiz spoke to voters.\n\n"We will win this county," she said. "We have the volunteers and the money."';
  const qs = quotesOf(text);
  const first = find(qs, "win this county"), second = find(qs, "volunteers");
  assert.equal(second.speaker?.name, first.speaker?.name);
  assert.equal(second.speaker?.start, text.indexOf("she said"));
});

test("a speaker the surface reading cannot reach is the parse's subject of the reporting verb", () => {
  const text = "Jane Ruiz, 59, of Ashton, Md., who watched the parade from a bench, said the city had changed for the better.";
  const q = find(quotesOf(text), "city had changed");
  assert.match(q.speaker?.name ?? "", /Ruiz/);
  const d = find(quotesOf('"It was a long day," Carl Benton, 71, of Dover, who drove the bus, said.'), "long day");
  assert.equal(d.direct, true);
  assert.match(d.speaker?.name ?? "", /Benton/);
});

test("an inverted attribution with a description of the speaker reports the clause before it, not the description", () => {
  const qs = quotesOf("The ad could run this week, said Brian Cole, a longtime adviser to the family who runs the campaign.");
  assert.equal(qs.length, 1, JSON.stringify(qs));
  assert.equal(qs[0]!.text, "The ad could run this week");
  assert.match(qs[0]!.speaker?.name ?? "", /Cole/);
});

test("a speaker introduced by a relative pronoun is named by its antecedent and written where the pronoun is", () => {
  const text = "Jo Kent, who said the race was over, left early.";
  const q = find(quotesOf(text), "race was over");
  assert.equal(q.speaker?.name, "Jo Kent");
  assert.equal(text.slice(q.speaker!.start!, q.speaker!.end!), "who");
});

test("a headline naming a speaker before a colon gives that speaker's words; a label before a colon names no one", () => {
  const text = "Pat Molloy: Voters Are Worried About the Economy\n\nPollster Pat Molloy said on Thursday that voters were worried.";
  const q = find(quotesOf(text), "Voters Are Worried");
  assert.equal(q.text, "Voters Are Worried About the Economy");
  assert.equal(q.direct, false);
  assert.match(q.speaker?.name ?? "", /Molloy/);
  const other = "Analysis: Voters Are Worried About the Economy\n\nPollster Pat Molloy said on Thursday that voters were worried.";
  assert.ok(!quotesOf(other).some((x) => x.text.startsWith("Voters Are Worried")));
});

test("a participle in the speaker's description after a direct quote does not stop the attribution", () => {
  const q = find(quotesOf('"It is an invasion of the state domain," Scott Ruiz, the attorney general, one of the officials suing the agency, said on Monday.'), "invasion");
  assert.equal(q.direct, true);
  assert.match(q.speaker?.name ?? "", /Ruiz/);
});

test("a name followed by two descriptions between commas is the speaker, not the first description", () => {
  const q = find(quotesOf("Scott Ruiz, the state attorney, a longtime critic of the agency, said the rule was illegal."), "rule");
  assert.match(q.speaker?.name ?? "", /Ruiz/);
});
