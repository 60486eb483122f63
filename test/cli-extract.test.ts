// sitrep extract through the real command line: batch JSON Lines in order, bad inputs named and skipped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateDocument } from "../src/schema.ts";
import { sitrep } from "./cli-run.ts";

const run = (args: string[], input?: string) => sitrep(args, { input });

test("extract --jsonl writes exactly one line per input line, in order: the document or the id as given with an error", () => {
  const lines = [
    JSON.stringify({ id: "a", text: "Rebels attacked an army post near the town on Friday, killing two soldiers.", published: "2022-03-07" }),
    "{not json",
    JSON.stringify({ id: "b", text: "" }),
    JSON.stringify({ id: "c", text: "The minister met his French counterpart in Paris on Tuesday.", published: "2022-03-09", title: "Talks" }),
    JSON.stringify({ id: "d", text: "Hello", published: "yesterday" }),
    JSON.stringify([1, 2]),
    '{"id": 1e400, "text": "Troops withdrew from the border town on Monday."}',
    '{"id": {"x": 1}, "text": "An object is no id."}',
    "",
  ];
  const r = run(["extract", "--jsonl"], lines.join("\n") + "\n");
  assert.equal(r.status, 1, "a failed input makes the exit code non-zero");
  const out = r.stdout.trim().split("\n");
  assert.equal(out.length, lines.length, "one output line per input line");
  // errors echo the id exactly as written: a number in its own spelling, an object as the object
  assert.equal(out[1], '{"id":null,"error":{"code":"malformed_json","message":' + JSON.stringify(JSON.parse(out[1]!).error.message) + "}}");
  assert.deepEqual(JSON.parse(out[2]!), { id: "b", error: { code: "empty", message: "stdin line 3 (id b): empty text" } });
  assert.equal(JSON.parse(out[4]!).error.code, "bad_date");
  assert.equal(JSON.parse(out[5]!).error.code, "not_an_object");
  assert.match(out[7]!, /^\{"id":\{"x":1\},"error":\{"code":"bad_id"/);
  assert.equal(JSON.parse(out[8]!).error.code, "empty");
  const docs = [0, 3, 6].map((i) => validateDocument(JSON.parse(out[i]!)));
  assert.deepEqual(docs.map((d) => d.document.inputId), ["a", "c", "1e400"]);
  assert.equal(docs[1]!.document.title, "Talks");
  assert.match(r.stderr, /stdin line 2: malformed JSON/);
  assert.match(r.stderr, /stdin line 3 \(id b\): empty text/);
  assert.match(r.stderr, /stdin line 5 \(id d\): published date "yesterday" is not an ISO date/);
  assert.match(r.stderr, /stdin line 6: expected a JSON object/);
  for (const d of docs) for (const t of d.timexes) assert.equal(d.document.text.slice(t.start, t.end), t.text);
});

test("extract FILE... reports missing, empty, binary and non-UTF-8 files by name and still extracts the rest", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-cli-"));
  const good = join(dir, "good.txt");
  writeFileSync(good, "Protesters marched through the capital on Saturday demanding the release of detained journalists.");
  writeFileSync(join(dir, "empty.txt"), "");
  writeFileSync(join(dir, "image.png"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(join(dir, "latin1.txt"), Buffer.from("Caf\xe9 bombing in Bogot\xe1", "latin1"));
  const r = run(["extract", join(dir, "missing.txt"), join(dir, "empty.txt"), good, join(dir, "image.png"), join(dir, "latin1.txt"), "--published", "2022-05-02", "--jsonl"]);
  assert.equal(r.status, 1);
  const docs = r.stdout.trim().split("\n").map((l) => validateDocument(JSON.parse(l)));
  assert.equal(docs.length, 1);
  assert.equal(docs[0]!.document.inputId, "good.txt");
  assert.equal(docs[0]!.document.published, "2022-05-02");
  assert.match(r.stderr, /missing\.txt: no such file/);
  assert.match(r.stderr, /empty\.txt: empty input/);
  assert.match(r.stderr, /image\.png: binary data/);
  assert.match(r.stderr, /latin1\.txt: not valid UTF-8/);
});

test("extract --workers 2 gives the same lines, in the same order, as one worker; --workers is checked", () => {
  const texts = [
    "Rebels attacked an army post near the town on Friday, killing two soldiers.",
    "The minister met his French counterpart in Paris on Tuesday.",
    "not json",
    "THE GOVERNMENT'S CONDITIONS FOR THE CEASE-FIRE WERE REJECTED BY THE FMLN ON MONDAY.",
    "Police arrested three protesters outside parliament in Nairobi.",
  ];
  const input = texts.map((t, i) => (t === "not json" ? t : JSON.stringify({ id: `d${i}`, text: t, published: "2022-03-07" }))).join("\n") + "\n";
  const one = run(["extract", "--jsonl", "--workers", "1"], input);
  const two = run(["extract", "--jsonl", "--workers", "2"], input);
  assert.equal(two.stdout, one.stdout);
  assert.equal(two.stdout.trim().split("\n").length, texts.length);
  const bad = run(["extract", "--jsonl", "--workers", "0"], input);
  assert.notEqual(bad.status, 0);
  assert.match(bad.stderr, /--workers must be a whole number/);
});

test("a worker that runs out of memory fails only the document it was reading; a new worker takes the rest", () => {
  const report = "Rebels attacked an army post near the town on Friday, killing two soldiers, officials said. ";
  const lines = [
    JSON.stringify({ id: "huge", text: report.repeat(6000) }),
    ...["a", "b", "c", "d"].map((id) => JSON.stringify({ id, text: report })),
  ];
  const r = sitrep(["extract", "--jsonl", "--workers", "2"], {
    input: lines.join("\n") + "\n", env: { ...process.env, SITREP_WORKER_HEAP_MB: "250" },
  });
  const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(out.length, lines.length);
  assert.equal(out[0].id, "huge");
  assert.match(out[0].error.message, /worker stopped/);
  assert.deepEqual(out.slice(1).map((d) => d.document?.inputId), ["a", "b", "c", "d"]);
  assert.equal(r.status, 1);
});
