// sitrep parse through the real command line (it needs data/syntax-en.bin): CoNLL-U in keeps every comment,
// multiword line and word id; raw text gives well-formed CoNLL-U; JSON output; bad inputs named and skipped.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseConllu, type ConlluSentence } from "../src/lang/en/conllu.ts";
import { sitrep } from "./cli-run.ts";

const run = (args: string[], input?: string) => sitrep(["parse", ...args], { input });

const UPOS = new Set("ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X".split(" "));

/** A sentence is a tree: tags from the UD set, heads within the sentence, exactly one root, no cycles. */
function assertTree(s: ConlluSentence, label: string) {
  const n = s.words.length;
  assert.ok(n > 0, `${label}: no words`);
  for (const w of s.words) {
    assert.ok(UPOS.has(w.upos), `${label}: word ${w.id} has UPOS ${w.upos}`);
    assert.notEqual(w.xpos, "_", `${label}: word ${w.id} has no XPOS`);
    assert.ok(Number.isInteger(w.head) && w.head >= 0 && w.head <= n && w.head !== w.id, `${label}: word ${w.id} has head ${w.head}`);
    assert.ok(/^[a-z]+(:[a-z]+)?$/.test(w.deprel), `${label}: word ${w.id} has deprel ${w.deprel}`);
    assert.equal(w.head === 0, w.deprel === "root", `${label}: word ${w.id}: head 0 goes with root (${w.head} ${w.deprel})`);
  }
  assert.equal(s.words.filter((w) => w.head === 0).length, 1, `${label}: one root`);
  for (const w of s.words) {
    let h = w.head, steps = 0;
    while (h !== 0 && steps++ <= n) h = s.words[h - 1]!.head;
    assert.equal(h, 0, `${label}: word ${w.id} does not reach the root`);
  }
}

const CONLLU = [
  "# newdoc id = t1",
  "# sent_id = t1-1",
  "# text = They don't know Iraq's army.",
  "1\tThey\tthey\t_\t_\tCase=Nom\t_\t_\t_\t_",
  "2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_",
  "2\tdo\tdo\t_\t_\t_\t_\t_\t_\t_",
  "3\tn't\tnot\t_\t_\t_\t_\t_\t_\t_",
  "4\tknow\tknow\t_\t_\t_\t_\t_\t_\t_",
  "5\tIraq\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
  "6\t's\t_\t_\t_\t_\t_\t_\t_\t_",
  "7\tarmy\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
  "8\t.\t_\t_\t_\t_\t_\t_\t_\t_",
  "",
  "# sent_id = t1-2",
  "1\tRebels\t_\tNOUN\tNNS\t_\t3\tobj\t_\t_",
  "2\tattacked\t_\t_\t_\t_\t_\t_\t_\t_",
  "3\tthe\t_\t_\t_\t_\t_\t_\t_\t_",
  "4\ttown\t_\t_\t_\t_\t_\t_\t_\t_",
  "",
].join("\n");

test("parse --input-format conllu keeps comments, multiword lines, ids and the other columns, and fills tags and trees", () => {
  const r = run(["--input-format", "conllu"], CONLLU);
  assert.equal(r.status, 0, r.stderr);
  const input = parseConllu(CONLLU), output = parseConllu(r.stdout);
  assert.equal(output.length, 2);
  output.forEach((s, k) => {
    assert.deepEqual(s.extra, input[k]!.extra, "comment and multiword lines in their places");
    assert.deepEqual(s.words.map((w) => [w.id, w.form, w.lemma, w.feats, w.deps, w.misc]), input[k]!.words.map((w) => [w.id, w.form, w.lemma, w.feats, w.deps, w.misc]));
    assertTree(s, `sentence ${k + 1}`);
  });
  // the line order itself: the range line stands right before word 2
  const lines = r.stdout.split("\n");
  assert.equal(lines.indexOf("2-3\tdon't\t_\t_\t_\t_\t_\t_\t_\t_") + 1, lines.findIndex((l) => l.startsWith("2\tdo\t")));
  assert.equal(lines[0], "# newdoc id = t1");
  // the given (wrong) head of "Rebels" is replaced by the model's, the sentence stays a tree
  const s2 = output[1]!;
  assert.equal(s2.words.filter((w) => w.head === 0).length, 1);
  // a plain parse of common words: "They" is a pronoun subject, "Rebels" a noun
  assert.equal(output[0]!.words[0]!.upos, "PRON");
  assert.equal(s2.words[0]!.upos, "NOUN");
});

test("parse of raw text writes sent_id and text comments, multiword lines for split clitics, SpaceAfter=No, and trees", () => {
  const text = "Rebels attacked an army post near Kirkuk on Friday. The minister said they don't know who's responsible.\n\nO'Brien's report, however, cannot be confirmed.";
  const r = run([], text);
  assert.equal(r.status, 0, r.stderr);
  const sentences = parseConllu(r.stdout);
  assert.equal(sentences.length, 3);
  sentences.forEach((s, k) => {
    assertTree(s, `sentence ${k + 1}`);
    const comments = s.extra.filter((x) => x.line.startsWith("#")).map((x) => x.line);
    assert.ok(comments.includes(`# sent_id = ${k + 1}`), comments.join(" | "));
    const textLine = comments.find((c) => c.startsWith("# text = "));
    assert.ok(textLine, "a # text comment");
    // the words, joined with the spaces SpaceAfter=No leaves, give back the text (multiword forms for split tokens)
    let rebuilt = "";
    const ranges = s.extra.map((x) => /^(\d+)-(\d+)\t([^\t]+)\t(?:[^\t]*\t){7}([^\t]*)$/.exec(x.line)).filter((m) => m !== null);
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i]!;
      const range = ranges.find((m) => Number(m[1]) === w.id);
      if (range) {
        rebuilt += range[3]! + (range[4] === "SpaceAfter=No" ? "" : " ");
        i = Number(range[2]) - 1;
      } else rebuilt += w.form + (w.misc === "SpaceAfter=No" ? "" : " ");
    }
    assert.equal(rebuilt.trimEnd(), textLine!.slice("# text = ".length));
  });
  const forms = sentences.map((s) => s.words.map((w) => w.form));
  assert.deepEqual(forms[0], ["Rebels", "attacked", "an", "army", "post", "near", "Kirkuk", "on", "Friday", "."]);
  assert.deepEqual(forms[1]!.slice(4, 9), ["do", "n't", "know", "who", "'s"]);
  assert.deepEqual(forms[2]!.slice(0, 6), ["O'Brien", "'s", "report", ",", "however", ","]);
  assert.deepEqual(forms[2]!.slice(6, 8), ["can", "not"]);
  assert.ok(sentences[1]!.extra.some((x) => x.line === "5-6\tdon't\t_\t_\t_\t_\t_\t_\t_\t_"), "a multiword line for don't");
  assert.ok(sentences[2]!.extra.some((x) => x.line === "1-2\tO'Brien's\t_\t_\t_\t_\t_\t_\t_\t_"));
  assert.equal(sentences[0]!.words[8]!.misc, "SpaceAfter=No", "Friday touches the full stop");
  assert.equal(sentences[0]!.words[0]!.misc, "_");
});

test("parse --format json gives an array of sentences with ids, tags, heads and offsets into the text", () => {
  const text = "Protesters marched through the capital on Saturday. Police didn't intervene.";
  const r = run(["--format", "json"], text);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { input: string; text?: string; words: { id: number; form: string; upos: string; xpos: string; head: number; deprel: string; start?: number; end?: number }[] }[];
  assert.ok(Array.isArray(out));
  assert.equal(out.length, 2);
  assert.equal(out[0]!.text, "Protesters marched through the capital on Saturday.");
  assert.equal(out[1]!.input, "stdin");
  for (const s of out) {
    s.words.forEach((w, i) => {
      assert.equal(w.id, i + 1);
      assert.equal(text.slice(w.start!, w.end!), w.form);
      assert.ok(UPOS.has(w.upos) && w.xpos.length > 0);
      assert.ok(w.head >= 0 && w.head <= s.words.length);
    });
    assert.equal(s.words.filter((w) => w.head === 0).length, 1);
  }
  assert.deepEqual(out[1]!.words.map((w) => w.form), ["Police", "did", "n't", "intervene", "."]);

  // conllu in, json out: the text comes from "# text =", no offsets
  const r2 = run(["--input-format", "conllu", "--format", "json"], CONLLU);
  assert.equal(r2.status, 0, r2.stderr);
  const out2 = JSON.parse(r2.stdout) as { text?: string; words: { id: number; start?: number }[] }[];
  assert.equal(out2[0]!.text, "They don't know Iraq's army.");
  assert.equal(out2[1]!.text, undefined);
  assert.deepEqual(out2[0]!.words.map((w) => w.id), [1, 2, 3, 4, 5, 6, 7, 8]);
  assert.equal(out2[0]!.words[0]!.start, undefined);
});

test("parse names bad inputs on stderr, exits non-zero, and still parses the good ones", () => {
  const dir = mkdtempSync(join(tmpdir(), "sitrep-parse-"));
  const good = join(dir, "good.conllu"), bin = join(dir, "image.png"), bad = join(dir, "bad.conllu"), gaps = join(dir, "gaps.conllu");
  writeFileSync(good, CONLLU);
  writeFileSync(bin, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
  writeFileSync(bad, "# sent_id = x\nThis is not CoNLL-U at all.\n");
  writeFileSync(gaps, "1\tA\t_\t_\t_\t_\t_\t_\t_\t_\n3\tdog\t_\t_\t_\t_\t_\t_\t_\t_\n");
  const r = run(["--input-format", "conllu", join(dir, "missing.conllu"), bin, good, bad, gaps]);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /missing\.conllu: no such file/);
  assert.match(r.stderr, /image\.png: binary data/);
  assert.match(r.stderr, /bad\.conllu: malformed CoNLL-U: CoNLL-U line 2/);
  assert.match(r.stderr, /gaps\.conllu: malformed CoNLL-U: sentence 1: word id 3 where 2 was expected/);
  assert.doesNotMatch(r.stderr, /good\.conllu/);
  const out = parseConllu(r.stdout);
  assert.equal(out.length, 2, "only good.conllu's sentences are written");
  assert.deepEqual(out[0]!.words.map((w) => w.form), ["They", "do", "n't", "know", "Iraq", "'s", "army", "."]);

  // text input: an empty file and a good one
  const empty = join(dir, "empty.txt"), txt = join(dir, "a.txt");
  writeFileSync(empty, "");
  writeFileSync(txt, "The army withdrew.");
  const r2 = run([empty, txt, "--format", "json"]);
  assert.equal(r2.status, 1);
  assert.match(r2.stderr, /empty\.txt: empty input/);
  const out2 = JSON.parse(r2.stdout) as { input: string; words: unknown[] }[];
  assert.equal(out2.length, 1);
  assert.equal(out2[0]!.input, txt);

  // a bad option value is a usage error
  const r3 = run(["--format", "xml"], "Hello.");
  assert.equal(r3.status, 2);
  assert.match(r3.stderr, /--format must be conllu or json/);
});
