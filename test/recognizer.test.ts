// The entity recogniser's training data and label coding: named-entity spans derived from GUM-style entity
// annotation (scripts/syntax/gum-entities.ts), BILOU encoding and decoding, and the model section's round trip.
// Nothing is trained here; a test of the shipped model comes with the model file's "ner" section.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseConllu } from "../src/lang/en/conllu.ts";
import { gumMentions, gumNamedEntities } from "../scripts/syntax/gum-entities.ts";
import { seededRandom } from "../scripts/syntax/treebanks.ts";
import {
  decodeBilou,
  encodeBilou,
  EntityRecognizer,
  labelNames,
  RECOGNIZER_FEATURE_VERSION,
  type EntitySpan,
} from "../src/lang/en/recognizer.ts";
import { NameLexicon } from "../src/lang/en/name-lexicon.ts";
import { PerceptronTrainer } from "../src/lang/en/perceptron.ts";

/** CoNLL-U from rows of "form UPOS head deprel misc" (XPOS, lemma and the rest filled in). */
function conllu(rows: string[]): string {
  const xpos: Record<string, string> = { PROPN: "NNP", NOUN: "NN", VERB: "VBD", ADP: "IN", DET: "DT", PRON: "PRP", PUNCT: ".", CCONJ: "CC", NUM: "CD", ADJ: "JJ" };
  return (
    rows
      .map((r, i) => {
        const [form, upos, head, deprel, misc] = r.split(" ");
        return [i + 1, form, form, upos, xpos[upos!] ?? "_", "_", head, deprel, "_", misc ?? "_"].join("\t");
      })
      .join("\n") + "\n"
  );
}

const sentence = (rows: string[]) => parseConllu(conllu(rows))[0]!;
const named = (rows: string[]) => {
  const s = sentence(rows);
  return gumNamedEntities(s.words).map((e) => `${s.words.slice(e.start, e.end).map((w) => w.form).join(" ")}/${e.type}`);
};

test("GUM entity brackets: nested, one-word and multi-word mentions, several closing on one word", () => {
  const s = sentence([
    "Daniel PROPN 4 nsubj Entity=(1-person-new-sssss-cf1-1,2,3-coref-Daniel_Bernoulli",
    "Bernoulli PROPN 1 flat _",
    "FRS PROPN 1 appos Entity=1)",
    "taught VERB 0 root _",
    "at ADP 7 case _",
    "the DET 7 det Entity=(2-organization-new-nnnnn-cf2-2,4-sgl-University_of_Basel",
    "University PROPN 4 obl _",
    "of ADP 9 case _",
    "Basel PROPN 7 nmod Entity=(3-place-new-nnnnn-cf3-1-sgl-Basel)2)",
    "with ADP 12 case _",
    "his PRON 12 nmod:poss Entity=(4-person-new-nnnnn-cf4-2-sgl(1-person-giv:act-sssss-cf1*-1-ana-Daniel_Bernoulli)",
    "father NOUN 4 obl Entity=4)",
    ". PUNCT 4 punct _",
  ]);
  assert.deepEqual(
    gumMentions(s.words).map((m) => `${m.id}:${m.type}:${m.start}-${m.end}`),
    ["1:person:0-3", "2:organization:5-9", "3:place:8-9", "4:person:10-12", "1:person:10-11"],
  );
  // the apposition stays out of the name, the outer organisation wins over the place in its name, the determiner
  // goes, and pronoun- and noun-headed mentions make no names
  assert.deepEqual(gumNamedEntities(s.words), [
    { start: 0, end: 2, type: "PERSON" },
    { start: 6, end: 9, type: "ORGANIZATION" },
  ]);
});

test("unbalanced entity brackets are an error", () => {
  assert.throws(() => gumMentions(sentence(["Basel PROPN 0 root Entity=(3-place-new-nnnnn-cf3-1-sgl-Basel"]).words), /never closed/);
  assert.throws(() => gumMentions(sentence(["Basel PROPN 0 root Entity=3)"]).words), /never opened/);
});

test("a person's title is left out, a place's kept; a name inside an unnamed mention counts; time is dropped", () => {
  assert.deepEqual(
    named([
      "President PROPN 2 nmod:desc Entity=(1-person-new-sssss-cf1-2,3-coref",
      "Joe PROPN 4 nsubj _",
      "Biden PROPN 2 flat Entity=1)",
      "met VERB 0 root _",
      "the DET 6 det Entity=(2-person-new-nnnnn-cf2-2-sgl",
      "mayor NOUN 4 obj _",
      "of ADP 8 case _",
      "London PROPN 6 nmod Entity=(3-place-new-nnnnn-cf3-1-sgl-London)2)",
      "in ADP 11 case _",
      "St. PROPN 11 nmod:desc Entity=(4-place-new-nnnnn-cf4-1,2-sgl-Saint_Petersburg",
      "Petersburg PROPN 4 obl Entity=4)",
      "on ADP 13 case _",
      "Monday PROPN 4 obl Entity=(5-time-new-nnnnn-cf5-1-sgl)",
      ". PUNCT 4 punct _",
    ]),
    ["Joe Biden/PERSON", "London/PLACE", "St. Petersburg/PLACE"],
  );
});

test("coordinated names and a lower-case adjective: each conjunct its own name, the description left out", () => {
  assert.deepEqual(
    named([
      "Niklaus PROPN 5 nsubj Entity=(1-person-new-nnnnn-cf1-1,3-coref(2-person-new-nnnnn-cf2-1-sgl)",
      "and CCONJ 3 cc _",
      "Johann PROPN 1 conj Entity=(3-person-new-nnnnn-cf3-1,2-sgl",
      "II NUM 3 nummod Entity=3)1)",
      "met VERB 0 root _",
      "the DET 8 det Entity=(4-person-new-nnnnn-cf4-2-sgl",
      "younger ADJ 8 amod _",
      "Bernoullis PROPN 5 obj Entity=4)",
      "in ADP 11 case _",
      "New ADJ 11 amod Entity=(5-place-new-nnnnn-cf5-1,2-sgl-New_York",
      "York PROPN 5 obl Entity=5)",
      ". PUNCT 5 punct _",
    ]),
    ["Niklaus/PERSON", "Johann II/PERSON", "Bernoullis/PERSON", "New York/PLACE"],
  );
});

test("an of-phrase inside a name is kept, a locative modifier is not", () => {
  assert.deepEqual(
    named([
      "the DET 2 det Entity=(1-organization-new-nnnnn-cf1-2,4,6-sgl",
      "Institute PROPN 0 root _",
      "of ADP 4 case _",
      "History PROPN 2 nmod _",
      "and CCONJ 6 cc _",
      "Philology PROPN 4 conj _",
      "in ADP 8 case _",
      "Beijing PROPN 2 nmod Entity=(2-place-new-nnnnn-cf2-1-sgl)1)",
    ]),
    ["Institute of History and Philology/ORGANIZATION", "Beijing/PLACE"],
  );
});

test("BILOU: encode and decode", () => {
  const spans: EntitySpan[] = [
    { start: 0, end: 2, type: "PERSON" },
    { start: 3, end: 4, type: "PLACE" },
    { start: 4, end: 7, type: "ORGANIZATION" },
  ];
  const labels = encodeBilou(8, spans);
  assert.deepEqual(labels, ["B-PERSON", "L-PERSON", "O", "U-PLACE", "B-ORGANIZATION", "I-ORGANIZATION", "L-ORGANIZATION", "O"]);
  assert.deepEqual(decodeBilou(labels), spans);
  assert.throws(() => encodeBilou(4, [{ start: 0, end: 2, type: "PERSON" }, { start: 1, end: 3, type: "PLACE" }]), /overlap/);
  assert.throws(() => encodeBilou(2, [{ start: 1, end: 3, type: "PERSON" }]), /outside/);
});

test("BILOU: random spans survive the round trip", () => {
  const random = seededRandom(3);
  const types = ["PERSON", "ORGANIZATION", "PLACE", "OTHER"];
  for (let trial = 0; trial < 200; trial++) {
    const n = 1 + Math.floor(random() * 15);
    const spans: EntitySpan[] = [];
    for (let i = 0; i < n; ) {
      if (random() < 0.5) { i++; continue; }
      const len = 1 + Math.floor(random() * Math.min(4, n - i));
      spans.push({ start: i, end: i + len, type: types[Math.floor(random() * types.length)]! });
      i += len;
    }
    assert.deepEqual(decodeBilou(encodeBilou(n, spans)), spans);
  }
});

test("BILOU decoding is lenient with ill-formed labels (and reads BIO)", () => {
  assert.deepEqual(decodeBilou(["I-PERSON", "L-PERSON", "O", "B-PLACE"]), [
    { start: 0, end: 2, type: "PERSON" },
    { start: 3, end: 4, type: "PLACE" },
  ]);
  assert.deepEqual(decodeBilou(["B-ORG", "I-ORG", "O", "B-PERSON", "B-PERSON", "I-PLACE"]), [
    { start: 0, end: 2, type: "ORG" },
    { start: 3, end: 4, type: "PERSON" },
    { start: 4, end: 5, type: "PERSON" },
    { start: 5, end: 6, type: "PLACE" },
  ]);
});

test("name lists match longest first, on word boundaries, with hyphens split off", () => {
  const lexicon = NameLexicon.build({ place: ["New York City", "York", "Bourg-la-Reine"], given: ["Joe"] });
  const forms = ["Joe", "left", "new", "york", "city", "for", "York", "and", "Bourg", "-", "la", "-", "Reine", "Yorkshire"];
  const [place, given] = lexicon.match(forms);
  assert.deepEqual([...place!], [0, 0, 1, 2, 3, 0, 4, 0, 1, 2, 2, 2, 3, 0]);
  assert.deepEqual([...given!], [4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
  const back = NameLexicon.fromBytes(lexicon.data, lexicon.toBytes());
  assert.deepEqual(back.match(forms), lexicon.match(forms));
});

test("the recogniser's model section reads back; an untrained model finds nothing", () => {
  const types = ["PERSON", "ORGANIZATION", "PLACE", "OTHER"];
  const lexicon = NameLexicon.build({ given: ["joe"] });
  const model = new PerceptronTrainer(labelNames(types).length).finish();
  const recognizer = new EntityRecognizer({ types, featureVersion: RECOGNIZER_FEATURE_VERSION }, model, lexicon);
  const section = recognizer.toSection();
  const back = EntityRecognizer.fromSection({ meta: JSON.parse(JSON.stringify(section.meta)), bytes: section.bytes.slice() });
  assert.deepEqual(back.labels, labelNames(types));
  assert.deepEqual(back.lexicon?.data, lexicon.data);
  assert.deepEqual(back.recognize(["Joe", "Biden", "spoke"], ["PROPN NNP", "PROPN NNP", "VERB VBD"]), []);
  assert.throws(() => back.recognize(["Joe"], []), /1 words but 0 tags/);
  assert.throws(() => EntityRecognizer.fromSection({ meta: { types, featureVersion: RECOGNIZER_FEATURE_VERSION + 1 }, bytes: section.bytes }), /retrain/);
});
