// Lemmas where the trained tagger reads a verb that wink-nlp took for something else ("fishermen rescued 700
// migrants": wink reads a noun and keeps "rescued"): WordNet's exceptions and rules, through wink-lemmatizer.
import lemmatizer from "wink-lemmatizer";

export function verbLemma(form: string): string {
  return lemmatizer.verb(form.toLowerCase());
}

/** The regular third-person, past and -ing forms of an English verb ("rape": rapes, raped, raping). */
export function regularForms(lemma: string): string[] {
  const consonantY = /[^aeiou]y$/.test(lemma);
  const sibilant = /(?:s|x|z|ch|sh)$/.test(lemma);
  const third = consonantY ? lemma.slice(0, -1) + "ies" : sibilant ? lemma + "es" : lemma + "s";
  const past = lemma.endsWith("e") ? lemma + "d" : consonantY ? lemma.slice(0, -1) + "ied" : lemma + "ed";
  const ing = /[^e]e$/.test(lemma) ? lemma.slice(0, -1) + "ing" : lemma + "ing";
  return [third, past, ing];
}
