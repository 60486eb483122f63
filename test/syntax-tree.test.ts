// The shipped English tagger and parser, read through the tree questions the stages ask (src/lang/en/tree.ts):
// passives with and without an agent, coordination, control, relative clauses, negation, questions, headlines.
// Sentences written for these tests; the model is the one in data/, trained by `npm run train:syntax`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { loadSyntax } from "../src/lang/en/load.ts";
import { agentWord, isNegated, isPassiveVerb, modals, objectWord, subjectWord, type TreeWord } from "../src/lang/en/tree.ts";

/** Parses a sentence (words split on spaces) into tree words. */
function tree(sentence: string): TreeWord[] {
  const forms = sentence.split(" ");
  const words: TreeWord[] = loadSyntax().analyse(forms).map((a, i) => ({ i, form: forms[i]!, upos: a.upos, xpos: a.xpos, head: a.head, deprel: a.deprel, children: [] }));
  for (const w of words) if (w.head >= 0) words[w.head]!.children.push(w.i);
  return words;
}
const find = (ws: TreeWord[], form: string) => {
  const w = ws.find((x) => x.form === form);
  assert.ok(w, `no word ${form}`);
  return w;
};
const show = (ws: TreeWord[]) => ws.map((w) => `${w.form}/${w.upos}/${w.deprel}->${w.head}`).join(" ");

test("every sentence is one tree: one root, heads in range, no cycles", () => {
  for (const s of ["Rebels seized the town on Sunday .", "Talks collapsed", "Kenya , which has troops there , condemned the attack ."]) {
    const ws = tree(s);
    assert.equal(ws.filter((w) => w.head < 0).length, 1, show(ws));
    for (const w of ws) {
      let x = w, steps = 0;
      while (x.head >= 0 && steps++ < ws.length) x = ws[x.head]!;
      assert.ok(steps < ws.length, `cycle at ${w.form}: ${show(ws)}`);
    }
  }
});

test("active transitive verb: subject and object", () => {
  const ws = tree("Government troops shelled rebel positions near Aleppo on Monday .");
  const v = find(ws, "shelled");
  assert.equal(subjectWord(ws, v)?.form, "troops", show(ws));
  assert.equal(objectWord(ws, v)?.form, "positions", show(ws));
  assert.equal(isPassiveVerb(ws, v), false);
});

test("passive with an agent: the passive subject is acted on and 'by' names the agent", () => {
  const ws = tree("The commander was captured by Kurdish fighters on Friday night .");
  const v = find(ws, "captured");
  assert.ok(isPassiveVerb(ws, v), show(ws));
  assert.equal(subjectWord(ws, v)?.form, "commander");
  assert.equal(agentWord(ws, v)?.form, "fighters", show(ws));
});

test("passive without an agent has no agent", () => {
  const ws = tree("Three soldiers were killed in the attack .");
  const v = find(ws, "killed");
  assert.ok(isPassiveVerb(ws, v), show(ws));
  assert.equal(agentWord(ws, v), undefined);
  assert.equal(subjectWord(ws, v)?.form, "soldiers");
});

test("coordinated verbs share their subject; coordinated subjects are one subject with a conjunct", () => {
  const ws = tree("Police arrested the protesters and seized their banners .");
  assert.equal(subjectWord(ws, find(ws, "seized"))?.form, "Police", show(ws));
  const ws2 = tree("France and Germany condemned the strike .");
  const subj = subjectWord(ws2, find(ws2, "condemned"));
  assert.equal(subj?.form, "France", show(ws2));
  assert.ok(subj!.children.some((c) => ws2[c]!.form === "Germany" && ws2[c]!.deprel === "conj"), show(ws2));
});

test("control: 'vowed to' takes the controller's subject, 'urged X to' its object", () => {
  const ws = tree("Iran vowed to retaliate against the United States .");
  assert.equal(subjectWord(ws, find(ws, "retaliate"))?.form, "Iran", show(ws));
  const ws2 = tree("The UN urged Israel to halt the demolitions .");
  assert.equal(subjectWord(ws2, find(ws2, "halt"))?.form, "Israel", show(ws2));
});

test("relative clauses: a relative pronoun subject stands for its antecedent", () => {
  const ws = tree("The militia , which attacked the base last week , denied the report .");
  assert.equal(subjectWord(ws, find(ws, "attacked"))?.form, "militia", show(ws));
  assert.equal(subjectWord(ws, find(ws, "denied"))?.form, "militia", show(ws));
});

test("negation and modals are read off the verb", () => {
  const ws = tree("The army did not attack the village .");
  assert.ok(isNegated(ws, find(ws, "attack")), show(ws));
  const ws2 = tree("The government will never negotiate with the rebels .");
  assert.ok(isNegated(ws2, find(ws2, "negotiate")), show(ws2));
  assert.deepEqual(modals(ws2, find(ws2, "negotiate")), ["will"]);
  const ws3 = tree("Rebels attacked the village .");
  assert.equal(isNegated(ws3, find(ws3, "attacked")), false);
});

test("a question keeps its subject and object", () => {
  const ws = tree("Who attacked the convoy ?");
  const v = find(ws, "attacked");
  assert.equal(subjectWord(ws, v)?.form, "Who", show(ws));
  assert.equal(objectWord(ws, v)?.form, "convoy", show(ws));
});

test("a headline without a verb is a noun phrase rooted on its head noun", () => {
  const ws = tree("Deadly clashes in northern Mali");
  const root = ws.find((w) => w.head < 0)!;
  assert.equal(root.form, "clashes", show(ws));
  assert.ok(ws.every((w) => w.upos !== "VERB"), show(ws));
});

test("a participle misread as a noun's modifier where a clause stands is not a passive", () => {
  const ws = tree("The army forced out 1,000 refugees from the camp , residents said .");
  const forced = find(ws, "forced");
  assert.equal(isPassiveVerb(ws, forced), false, show(ws));
  // a reduced relative on an argument is passive: "fighters backed by Iran"
  const ws2 = tree("They attacked fighters backed by Iran .");
  const backed = find(ws2, "backed");
  assert.equal(backed.deprel, "acl", show(ws2));
  assert.ok(isPassiveVerb(ws2, backed), show(ws2));
  assert.equal(agentWord(ws2, backed)?.form, "Iran");
});
