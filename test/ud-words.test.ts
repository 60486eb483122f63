// UD words from our tokens (src/lang/en/words.ts): English clitics split as UD English splits them, names with
// apostrophes kept whole, offsets into the original text; and raw text cut into sentences of such words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { sentenceWords, udWords } from "../src/lang/en/words.ts";
import { wordTokens } from "../src/text/tokenize.ts";

const forms = (text: string) => udWords(wordTokens(text)).map((w) => w.form);

test("udWords splits English clitics: n't before the n, 's 're 've 'll 'd 'm, cannot, gonna, wanna", () => {
  assert.deepEqual(forms("don't"), ["do", "n't"]);
  assert.deepEqual(forms("can't won't isn't"), ["ca", "n't", "wo", "n't", "is", "n't"]);
  assert.deepEqual(forms("DON'T Don’t"), ["DO", "N'T", "Do", "n’t"]);
  assert.deepEqual(forms("Iraq's"), ["Iraq", "'s"]);
  assert.deepEqual(forms("IRAQ'S"), ["IRAQ", "'S"]);
  assert.deepEqual(forms("they're we've we'll I'd I'm"), ["they", "'re", "we", "'ve", "we", "'ll", "I", "'d", "I", "'m"]);
  assert.deepEqual(forms("could've"), ["could", "'ve"]);
  assert.deepEqual(forms("Iraq’s I’m they’re"), ["Iraq", "’s", "I", "’m", "they", "’re"]);
  assert.deepEqual(forms("cannot Cannot"), ["can", "not", "Can", "not"]);
  assert.deepEqual(forms("gonna wanna"), ["gon", "na", "wan", "na"]);
  assert.deepEqual(forms("O'Brien's"), ["O'Brien", "'s"]);
  assert.deepEqual(forms("U.S.'s 1990's"), ["U.S.", "'s", "1990", "'s"]);
});

test("udWords leaves names and other words with apostrophes whole", () => {
  assert.deepEqual(forms("Kata'ib Hizbollah"), ["Kata'ib", "Hizbollah"]);
  assert.deepEqual(forms("O'Brien O’Neill D'Souza"), ["O'Brien", "O’Neill", "D'Souza"]);
  assert.deepEqual(forms("al-Ani"), ["al", "-", "Ani"]);
  assert.deepEqual(forms("Sa'd Ra'd ma'am y'all Qur'an"), ["Sa'd", "Ra'd", "ma'am", "y'all", "Qur'an"]);
  assert.deepEqual(forms("canned gonnorhea want nation"), ["canned", "gonnorhea", "want", "nation"]);
  assert.deepEqual(forms("students' books"), ["students", "'", "books"]);
  // a host must be left: a token is never all clitic
  assert.deepEqual(udWords([{ start: 0, end: 3, text: "n't" }]).map((w) => w.form), ["n't"]);
});

test("udWords keeps offsets into the original text and the index of the source token", () => {
  const text = "  He said they’re  sure Iraq's army won't.";
  const tokens = wordTokens(text);
  const words = udWords(tokens);
  for (const w of words) assert.equal(text.slice(w.start, w.end), w.form);
  const they = words.findIndex((w) => w.form === "they");
  assert.deepEqual(words.slice(they, they + 2).map((w) => [w.form, w.token]), [["they", 2], ["’re", 2]]);
  assert.equal(words[they]!.end, words[they + 1]!.start);
  assert.deepEqual(words.filter((w) => w.token === tokens.findIndex((t) => t.text === "won't")).map((w) => w.form), ["wo", "n't"]);
  // token indices run in order and every token is covered
  assert.deepEqual([...new Set(words.map((w) => w.token))], tokens.map((_, i) => i));
});

test("sentenceWords cuts text into sentences (wink-nlp and blank lines) of UD words with text offsets", () => {
  const text = "Rebels attack town\n\nThe army said on Friday it had retaken the town. \"We didn't lose,\" he said.  Mr. Smith left.";
  const sentences = sentenceWords(text);
  assert.deepEqual(sentences.map((s) => s.text), [
    "Rebels attack town",
    "The army said on Friday it had retaken the town.",
    "\"We didn't lose,\" he said.",
    "Mr. Smith left.",
  ]);
  for (const s of sentences) {
    assert.equal(text.slice(s.start, s.end), s.text);
    for (const w of s.words) assert.equal(text.slice(w.start, w.end), w.form);
  }
  assert.deepEqual(sentences[2]!.words.map((w) => w.form), ["\"", "We", "did", "n't", "lose", ",", "\"", "he", "said", "."]);
  assert.deepEqual(sentenceWords("  \n\n "), []);
});
