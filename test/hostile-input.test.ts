// Regression tests for the classes of failure the fuzz bench (bench/fuzz.ts) found: each input is the smallest
// of its class, read through the public reader or extract function, and must come back as a valid document or a
// clear InputError.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readHtmlArticle } from "../src/ingest/html.ts";
import { articleFromJsonLine, readJsonl } from "../src/ingest/jsonl.ts";
import { InputError } from "../src/ingest/decode.ts";
import { ExtractionDocument } from "../src/schema.ts";
import { extractText } from "./helpers.ts";

test("HTML opening with an unclosed comment is refused with an InputError, not a TypeError from the DOM", () => {
  for (const html of ["<!--<p>Rebels attacked the town.</p>", "</div><!--<html><body><p>Rebels attacked the town.</p>"]) {
    assert.throws(() => readHtmlArticle(html, "page.html"), (e) => e instanceof InputError && e.code === "no_text");
  }
});

test("an HTML fragment without html or body elements is read, stray end tags and all", () => {
  assert.equal(readHtmlArticle("</div><p>Rebels attacked the town.</p><p>Two died.</p>", "frag.html").text, "Rebels attacked the town.\n\nTwo died.");
  assert.equal(readHtmlArticle("<p>Rebels attacked the town.</p>", "frag.html").text, "Rebels attacked the town.");
});

test("a JSON line with a numeric id and a repeated key is malformed JSON, not a parser crash", () => {
  const line = `{"id": 12, "text": "Rebels attacked the town.", "text": "Troops attacked the town."}`;
  assert.throws(() => articleFromJsonLine(line, "in.jsonl:1"), (e) => e instanceof InputError && e.code === "malformed_json");
  const [item] = readJsonl(line, "in.jsonl");
  assert.match(item!.error!, /malformed JSON/);
  // a string id keeps JSON.parse's reading (the last value of a repeated key), as before
  assert.equal(articleFromJsonLine(`{"id": "a", "text": "x", "text": "Troops attacked the town."}`, "in.jsonl:1").text, "Troops attacked the town.");
});

test("a casualty count beyond exact integers is no count: the document stays valid", () => {
  for (const text of ["Rebels killed 99999999999999999999 people in Kabul on Monday.", "Gunmen wounded 1e400 civilians and killed 9007199254740993 soldiers."]) {
    const doc = extractText(text);
    assert.ok(ExtractionDocument.safeParse(doc).success, text);
    for (const e of doc.events) {
      assert.ok(e.fatalities === null || Number.isSafeInteger(e.fatalities));
      assert.ok(e.injuries === null || Number.isSafeInteger(e.injuries));
    }
  }
  // an ordinary count still comes through
  assert.equal(extractText("Rebels killed 12 people in Kabul on Monday.").events.find((e) => e.fatalities !== null)?.fatalities, 12);
});

test("upper-case wire text with a letter whose lower case is longer (İ) keeps every offset inside the text", () => {
  const text = "LIMA, 19 DEC 89 -- İSTANBUL REBELS KILLED 12 PEOPLE. THE ARMY SAID İT WOULD ATTACK THE İSLANDS. POLICE ARRESTED TWO MEN.";
  const doc = extractText(text);
  assert.ok(doc.sentences!.length >= 3);
  for (const s of doc.sentences!) assert.ok(s.start >= 0 && s.end <= text.length, `sentence [${s.start}, ${s.end})`);
  for (const e of doc.events) assert.equal(e.evidence.text, text.slice(e.evidence.start, e.evidence.end));
  assert.equal(doc.sentences!.at(-1)!.end, text.length);
});

test("a page nested thousands of elements deep is read in linear time and without overflowing the stack", () => {
  const page = (depth: number) => `<html><body>${"<div>".repeat(depth)}<p>Rebels attacked the town.</p><p>Two died.</p>${"</div>".repeat(depth)}</body></html>`;
  const t0 = performance.now();
  // Readability took 165 s on 1,720 levels; the body's text is read instead past 100
  assert.equal(readHtmlArticle(page(1500), "deep.html").text, "Rebels attacked the town.\n\nTwo died.");
  assert.ok(performance.now() - t0 < 5000, `${(performance.now() - t0).toFixed(0)} ms`);
  assert.equal(readHtmlArticle(page(30_000), "deeper.html").text, "Rebels attacked the town.\n\nTwo died.");
});
