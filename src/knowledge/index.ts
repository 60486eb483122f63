// Knowledge: everything sitrep knows that is not code — countries, the actor base, agents, the gazetteer, the
// event ontology and trigger lexicon. Built by scripts/ into data/*.json and loaded once into indexes. This
// module is pure (no I/O) so it also runs in a browser; load.ts reads the files in Node.
import { Countries } from "./countries.ts";
import { ActorBase } from "./actors.ts";
import { Gazetteer } from "./gazetteer.ts";
import { Ontology } from "./ontology.ts";
import { EventLexicon } from "./lexicon.ts";
import { EnglishSyntax } from "../lang/en/syntax.ts";
import { Calibration } from "./calibration.ts";

/** The raw JSON of each data file, by file name (data/<name>.json). */
export interface KnowledgeData {
  countries: unknown;
  actors: unknown;
  gazetteer: unknown;
  ontology: unknown;
  lexicon: unknown;
  /** the calibration of event confidence (data/confidence.json) */
  confidence: unknown;
  /** the trained English syntax model (data/syntax-en.bin) */
  syntax: Uint8Array | null;
}
export const KNOWLEDGE_FILES = ["countries", "actors", "gazetteer", "ontology", "lexicon", "confidence"] as const;

export interface Knowledge {
  countries: Countries;
  actors: ActorBase;
  gazetteer: Gazetteer;
  ontology: Ontology;
  lexicon: EventLexicon;
  /** event confidence: the trained calibration and the default threshold */
  calibration: Calibration;
  /** tagger, dependency parser and entity recogniser */
  syntax: EnglishSyntax;
}

export function knowledgeFromData(d: KnowledgeData): Knowledge {
  const countries = Countries.fromData(d.countries);
  return {
    countries,
    actors: ActorBase.fromData(d.actors, countries),
    gazetteer: Gazetteer.fromData(d.gazetteer, countries),
    ontology: Ontology.fromData(d.ontology),
    lexicon: EventLexicon.fromData(d.lexicon),
    calibration: Calibration.fromData(d.confidence),
    syntax: syntaxFrom(d.syntax),
  };
}

function syntaxFrom(bytes: Uint8Array | null): EnglishSyntax {
  if (!bytes) throw new Error("knowledge data has no syntax model (data/syntax-en.bin; npm run train:syntax builds it)");
  return EnglishSyntax.fromBytes(bytes);
}
