// Lemmas where the trained tagger reads a verb that wink-nlp took for something else ("fishermen rescued 700
// migrants": wink reads a noun and keeps "rescued"): WordNet's exceptions and rules, through wink-lemmatizer.
import lemmatizer from "wink-lemmatizer";

export function verbLemma(form: string): string {
  return lemmatizer.verb(form.toLowerCase());
}
