// The English syntax model: tagger, dependency parser and (when the model file holds one) entity recogniser,
// loaded from one model file and applied to one sentence's words at a time.
import { readModelFile, type ModelSection } from "./model-file.ts";
import { SparsePerceptron } from "./perceptron.ts";
import { Parser, type ParserData } from "./parser.ts";
import { splitTag, Tagger, type TaggerData } from "./tagger.ts";
import { EntityRecognizer, type EntitySpan } from "./recognizer.ts";

/** One analysed word. Heads are 0-based word indices within the sentence, -1 for the root. */
export interface AnalysedWord {
  upos: string;
  xpos: string;
  head: number;
  deprel: string;
}

export class EnglishSyntax {
  private recognizerModel: EntityRecognizer | null = null;
  constructor(readonly tagger: Tagger, readonly parser: Parser, private recognizerSection: ModelSection, readonly about: unknown) {}

  /** The entity recogniser, built on first use (its name lists cost a tenth of a second that parsing alone need not pay). */
  get recognizer(): EntityRecognizer {
    return (this.recognizerModel ??= EntityRecognizer.fromSection(this.recognizerSection));
  }

  static fromBytes(bytes: Uint8Array): EnglishSyntax {
    const { about, sections } = readModelFile(bytes);
    const need = (name: string) => {
      const s = sections[name];
      if (!s) throw new Error(`syntax model has no ${name} section`);
      return s;
    };
    const t = need("tagger"), p = need("parser");
    return new EnglishSyntax(
      new Tagger(t.meta as TaggerData, SparsePerceptron.fromBytes(t.bytes)),
      new Parser(p.meta as ParserData, SparsePerceptron.fromBytes(p.bytes)),
      need("ner"),
      about,
    );
  }

  /** Joint tags ("UPOS XPOS") of one sentence's words. */
  tags(forms: readonly string[]): string[] {
    const ids = this.tagger.tagIds(forms);
    return Array.from(ids, (y) => this.tagger.data.tags[y]!);
  }

  /** Names in one sentence (word spans with PERSON, ORGANIZATION, PLACE or OTHER), given its joint tags. */
  names(forms: readonly string[], tags: readonly string[]): EntitySpan[] {
    return forms.length ? this.recognizer.recognize(forms, tags) : [];
  }

  /** Tags and parses one sentence. */
  analyse(forms: readonly string[]): AnalysedWord[] {
    if (forms.length === 0) return [];
    const tags = this.tags(forms);
    const arcs = this.parser.parse(forms, tags);
    return arcs.map((a, i) => ({ ...splitTag(tags[i]!), head: a.head, deprel: a.deprel }));
  }
}
