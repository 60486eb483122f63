// Knowledge: everything sitrep knows that is not code — countries, the actor base, agents, the gazetteer, the
// event ontology and trigger lexicon. Built by scripts/ into data/*.json and loaded once into indexes. This
// module is pure (no I/O) so it also runs in a browser; load.ts reads the files in Node.
import { Countries } from "./countries.ts";
import { ActorBase } from "./actors.ts";
import { Gazetteer } from "./gazetteer.ts";
import { Ontology } from "./ontology.ts";
import { EventLexicon } from "./lexicon.ts";
import { EnglishSyntax } from "../lang/en/syntax.ts";

/** The raw JSON of each data file, by file name (data/<name>.json). */
export interface KnowledgeData {
  countries: unknown;
  actors: unknown;
  gazetteer: unknown;
  ontology: unknown;
  lexicon: unknown;
  /** the trained English syntax model (data/syntax-en.bin), or null to run without a parse */
  syntax?: Uint8Array | null;
}
export const KNOWLEDGE_FILES = ["countries", "actors", "gazetteer", "ontology", "lexicon"] as const;

export interface Knowledge {
  countries: Countries;
  actors: ActorBase;
  gazetteer: Gazetteer;
  ontology: Ontology;
  lexicon: EventLexicon;
  /** tagger and dependency parser; null when no model was given (stages then fall back to surface cues) */
  syntax: EnglishSyntax | null;
}

export function knowledgeFromData(d: KnowledgeData): Knowledge {
  const countries = Countries.fromData(d.countries);
  return {
    countries,
    actors: ActorBase.fromData(d.actors, countries),
    gazetteer: Gazetteer.fromData(d.gazetteer, countries),
    ontology: Ontology.fromData(d.ontology),
    lexicon: EventLexicon.fromData(d.lexicon),
    syntax: d.syntax ? EnglishSyntax.fromBytes(d.syntax) : null,
  };
}
