import { test } from "node:test";
import assert from "node:assert/strict";
import { annotateText } from "./helpers.ts";
import { parseDateline } from "../src/text/dateline.ts";
import { wordTokens } from "../src/text/tokenize.ts";

test("tokens keep exact offsets through curly quotes, non-breaking spaces and dashes", () => {
  const text = "Kata\u2019ib\u00a0Hezbollah \u2014 a group \u201cbacked\u201d by Iran \u2013 fired 2,500 rockets.";
  const doc = annotateText(text, "2021-06-28", "text");
  for (const t of doc.tokens) assert.equal(text.slice(t.start, t.end), t.text);
  const k = doc.tokens.find((t) => t.text === "Kata\u2019ib");
  assert.equal(k?.key, "kata'ib");
  assert.ok(doc.tokens.some((t) => t.text === "2,500" && t.pos === "NUM"));
});

test("abbreviations with dots share a key with their undotted form", () => {
  assert.deepEqual(wordTokens("the U.S. and the US").map((t) => t.key), ["the", "us", "and", "the", "us"]);
});

test("sentences split at full stops, blank lines and after a headline", () => {
  const text = "Rebels seize town in north\n\nRebels seized the town on Friday. Residents fled.\n\nThe army said it would respond.";
  const doc = annotateText(text, "2021-06-28", "text");
  const sents = doc.sentences.map((s) => text.slice(s.start, s.end));
  assert.deepEqual(sents, ["Rebels seize town in north", "Rebels seized the town on Friday.", "Residents fled.", "The army said it would respond."]);
  assert.equal(doc.sentences[0]!.kind, "headline");
  assert.equal(doc.tokens.find((t) => t.text === "seized")?.pos, "VERB");
});

test("upper-case wire copy is tagged as well as mixed case", () => {
  const doc = annotateText("SOLDIERS KILLED THREE GUERRILLAS NEAR THE TOWN YESTERDAY.", "1990-01-03", "text");
  assert.equal(doc.upperCase, true);
  assert.equal(doc.tokens.find((t) => t.text === "KILLED")?.pos, "VERB");
});

test("datelines give the place and, when no publication date is known, the date", () => {
  const d = parseDateline("Concepcion, 23 Aug 88 (Santiago Domestic Service) -- Unidentified individuals attacked ...");
  assert.equal(d?.place?.text, "Concepcion");
  assert.equal(d?.date, "1988-08-23");
  assert.equal(d?.source, "Santiago Domestic Service");
  const wire = parseDateline("DEV-MUC3-0001 (NOSC)\n\n   SAN SALVADOR, 3 JAN 90 -- [REPORT] THE ARMY REPORTED ...");
  assert.equal(wire?.place?.text, "SAN SALVADOR");
  assert.equal(wire?.date, "1990-01-03");
  assert.equal(parseDateline("BAGHDAD (Reuters) - A bomb exploded")?.place?.text, "BAGHDAD");
  assert.equal(parseDateline("The talks - held in Vienna - failed."), null);
  const doc = annotateText("LIMA, 12 MAR 89 (EFE) -- A BOMB EXPLODED TODAY.", "", "text");
  assert.equal(doc.published, "1989-03-12");
});

test("an article is read the same whatever was read before it (wink-nlp's learned words are forgotten)", () => {
  const later = "WE CANNOT ACCEPT THE\nGOVERNMENT'S CONDITIONS FOR THE CEASE-FIRE.";
  const tokens = () => annotateText(later, "1989-10-17", "text").tokens.map((t) => `${t.text}/${t.pos}`).join(" ");
  const alone = tokens();
  // a word read once used to stay one token afterwards
  annotateText("IT IS NOT HER POSITION, BUT THE\nGOVERNMENT'S.  I TOLD THEM SO.", "1989-10-17", "text");
  assert.equal(tokens(), alone);
});
