// Types for wink-lemmatizer (MIT), which ships none: WordNet-based English lemmas by part of speech.
declare module "wink-lemmatizer" {
  const lemmatizer: {
    verb(word: string): string;
    noun(word: string): string;
    adjective(word: string): string;
  };
  export default lemmatizer;
}
