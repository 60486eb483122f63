// Names no dictionary or pattern holds, found by the trained recogniser (src/stages/entities/recognised.ts).
// Sentences written for these tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";

const entities = (text: string) => annotateText(text, "1989-11-20", "entities").entities;

test("an organisation no dictionary holds, in all-caps wire copy, becomes an organisation", () => {
  const list = entities("LAWYER HECTOR ORTIZ MARQUEZ, WHO REPRESENTS THE FAMILIES, SAID THE NATIONAL UNION OF COFFEE GROWERS WILL APPEAL.");
  const union = list.find((e) => /UNION OF COFFEE GROWERS/.test(e.name));
  assert.ok(union, JSON.stringify(list.map((e) => e.name)));
  assert.equal(union.type, "ORG");
  assert.ok(list.some((e) => e.type === "PERSON" && /ORTIZ MARQUEZ/.test(e.name)));
});

test("a dictionary actor keeps its dictionary reading where the recogniser also sees a name", () => {
  const list = entities("Hezbollah fighters fired rockets at an army post near Kiryat Shmona.");
  const hez = list.find((e) => /Hezbollah/.test(e.name));
  assert.ok(hez, JSON.stringify(list.map((e) => e.name)));
  assert.equal(hez.type, "ARMED_GROUP");
  assert.equal(hez.country, "LBN");
});

test("a name the gazetteer knows stays a place, whatever type the recogniser gives it", () => {
  // (the recogniser reads this "Erbil" as a person)
  const doc = annotateText("A rocket attack in the northern Iraqi city of Erbil killed a civilian contractor.", "2021-06-28", "places");
  assert.ok(doc.places.some((p) => p.text === "Erbil"), JSON.stringify(doc.places.map((p) => p.text)));
  assert.ok(!doc.entities.some((e) => e.name === "Erbil"), JSON.stringify(doc.entities.map((e) => `${e.type}:${e.name}`)));
});
