// The English syntax model: tagger, dependency parser and (when the model file holds one) entity recogniser,
// loaded from one model file and applied to one sentence's words at a time.
import { z } from "zod";
import { readModelFile, type ModelSection } from "./model-file.ts";
import { SparsePerceptron } from "./perceptron.ts";
import { Parser, type Arc, type ParserData } from "./parser.ts";
import { splitTag, Tagger, type TaggerData } from "./tagger.ts";
import { EntityRecognizer, type EntitySpan } from "./recognizer.ts";

const TaggerMeta = z.object({
  tags: z.array(z.string().regex(/^\S+ \S+$/)).min(1).max(255),
  dictionary: z.record(z.string(), z.number().int().nonnegative()),
  ambiguity: z.record(z.string(), z.number().int().nonnegative()),
});
const ParserMeta = z.object({ labels: z.array(z.string()).min(1).max(126).refine((l) => l.includes("root"), "no root label") });

/** A section's metadata, validated: a damaged or foreign model file fails here with the section's name. */
function checked<T>(schema: z.ZodType<T>, meta: unknown, section: string): T {
  const r = schema.safeParse(meta);
  if (!r.success) throw new Error(`syntax model: bad ${section} metadata: ${r.error.issues[0]?.message ?? "invalid"}`);
  return r.data;
}

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
    const tagger = new Tagger(checked(TaggerMeta, t.meta, "tagger") satisfies TaggerData, SparsePerceptron.fromBytes(t.bytes));
    const parser = new Parser(checked(ParserMeta, p.meta, "parser") satisfies ParserData, SparsePerceptron.fromBytes(p.bytes));
    // the weights must have a class for every tag and every move the metadata names
    if (tagger.model.nClasses !== tagger.data.tags.length) throw new Error("syntax model: tagger weights do not match its tags");
    if (parser.model.nClasses !== parser.moves.nClasses) throw new Error("syntax model: parser weights do not match its labels");
    return new EnglishSyntax(tagger, parser, need("ner"), about);
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

  /** Heads (0-based, -1 for the root) and relations of one tagged sentence. */
  parse(forms: readonly string[], tags: readonly string[]): Arc[] {
    return forms.length ? this.parser.parse(forms, tags) : [];
  }

  /** Tags and parses one sentence. */
  analyse(forms: readonly string[]): AnalysedWord[] {
    if (forms.length === 0) return [];
    const tags = this.tags(forms);
    const arcs = this.parser.parse(forms, tags);
    return arcs.map((a, i) => ({ ...splitTag(tags[i]!), head: a.head, deprel: a.deprel }));
  }
}
