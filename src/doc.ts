// The Doc: one article's text plus every annotation layer as stand-off spans (start/end offsets into `text`).
// Stages read earlier layers and add their own; none changes the text. `norm` is a same-length normalised copy
// (ASCII quotes, dashes and spaces) that rules match against, so its offsets are the text's offsets.
import type { Entity, Event, Place, Quote, Relation, Timex } from "./schema.ts";
import type { WordToken } from "./text/tokenize.ts";
import { isUpperCaseText, normalizeSameLength } from "./text/normalize.ts";
import { firstStartingAt, SpanIndex, type Span } from "./util/span-index.ts";

export interface Article {
  /** the caller's id for this input (file name, JSONL id) */
  id?: string;
  text: string;
  title?: string | null;
  /** publication date, ISO 8601 (YYYY-MM-DD or a full timestamp) */
  published?: string | null;
  source?: string | null;
  url?: string | null;
}

export interface Token extends WordToken {
  /** index in doc.tokens */
  i: number;
  /** universal part of speech (NOUN, PROPN, VERB, AUX, ADP, DET, PRON, ADJ, ADV, NUM, PUNCT, CCONJ, SCONJ, PART, SYM, X) */
  pos: string;
  /** lower-case lemma (wink's), or the key where wink cut the text differently */
  lemma: string;
  /** index of the sentence holding the token */
  sentence: number;
  /** the token starts with an upper-case letter in mixed-case text (always false in all-caps text) */
  cap: boolean;
}

/** A syntactic word (Universal Dependencies): a token, or part of one where a clitic splits off ("Iraq|'s",
 * "do|n't"). Heads and children index doc.words; every word's head lies in its own sentence. */
export interface Word {
  i: number;
  start: number;
  end: number;
  form: string;
  /** index of the doc token the word is cut from */
  token: number;
  sentence: number;
  /** universal and Penn parts of speech from the trained tagger */
  upos: string;
  xpos: string;
  /** index of the head word, -1 for the sentence's root */
  head: number;
  /** UD relation to the head (nsubj, obj, obl:agent, acl:relcl, ...) */
  deprel: string;
  /** dependents, in text order */
  children: number[];
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** token index range [tokenStart, tokenEnd) */
  tokenStart: number;
  tokenEnd: number;
  /** the sentence is the headline or a dateline line rather than body text */
  kind: "headline" | "body";
}

export interface Dateline {
  start: number;
  end: number;
  /** the place named at the head of the dateline ("CONCEPCION") */
  place?: { start: number; end: number; text: string };
  /** the date written in the dateline, ISO */
  date?: string;
  /** the medium named in it ("SANTIAGO DOMESTIC SERVICE") */
  source?: string;
}

/** A mention of an entity found by the entity stage; `entity` is the id of its Entity once linked. */
export interface EntityMention {
  start: number;
  end: number;
  text: string;
  entity: string;
  kind: "name" | "alias" | "pronoun" | "nominal" | "metonym" | "demonym";
}

export class Doc {
  readonly text: string;
  readonly norm: string;
  /** all letters upper case (wire feeds): case carries no information */
  readonly upperCase: boolean;
  readonly article: Article;
  /** the publication date (or the dateline's when none was given), YYYY-MM-DD, or null */
  published: string | null;

  tokens: Token[] = [];
  sentences: Sentence[] = [];
  /** UD words of every sentence, in text order, tagged; heads and relations come from `parsed` (on first request) */
  words: Word[] = [];
  /** for each token, the index of its first word */
  tokenWord: Int32Array = new Int32Array(0);
  /** parses one sentence's words in place (set by the syntax stage); sentences no stage asks about stay unparsed */
  parseSentence: ((sentence: number) => void) | null = null;
  private parsedSentences = new Set<number>();
  headline: { start: number; end: number } | null = null;
  dateline: Dateline | null = null;

  entities: Entity[] = [];
  /** every entity mention, sorted by start, for lookups by offset */
  mentions: EntityMention[] = [];
  timexes: Timex[] = [];
  places: Place[] = [];
  /** Demonyms as places of their country ("Turkish"): in the output's places, never locating an event or an actor */
  demonymPlaces: Place[] = [];
  quotes: Quote[] = [];
  events: Event[] = [];
  /** the confidence features of each event (parallel to `events`): what the calibration weighed, kept for training it */
  eventFeatures: ReadonlyMap<string, number>[] = [];
  relations: Relation[] = [];

  constructor(article: Article) {
    this.article = article;
    this.text = article.text;
    this.norm = normalizeSameLength(article.text);
    this.upperCase = isUpperCaseText(article.text);
    this.published = article.published ? article.published.slice(0, 10) : null;
  }

  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** The sentence containing an offset. */
  sentenceAt(offset: number): Sentence | undefined {
    let lo = 0, hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid]!;
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return undefined;
  }

  /** The index of the first token starting at or after an offset. */
  tokenIndexAt(offset: number): number {
    return firstStartingAt(this.tokens, offset);
  }

  /** Tokens of one sentence. */
  sentenceTokens(s: Sentence): Token[] {
    return this.tokens.slice(s.tokenStart, s.tokenEnd);
  }

  /** The word a token starts with, its sentence parsed (undefined for an index outside the text). */
  wordOfToken(i: number): Word | undefined {
    const k = this.tokenWord[i];
    const w = k === undefined || k < 0 ? undefined : this.words[k];
    if (w) this.parsed(w.sentence);
    return w;
  }

  /** The trained tagger's universal part of speech of a token's first word (the token's own when untagged). */
  uposOf(i: number): string | undefined {
    const k = this.tokenWord[i];
    return k === undefined || k < 0 ? this.tokens[i]?.pos : this.words[k]!.upos;
  }

  /** Makes sure a sentence's words carry their heads, relations and children. Parsing costs more than all the
   * other analysis of a sentence together, so it is done only for the sentences a stage reads structure from. */
  parsed(sentence: number): void {
    if (!this.parseSentence || this.parsedSentences.has(sentence)) return;
    this.parsedSentences.add(sentence);
    this.parseSentence(sentence);
  }

  /** Entity mentions overlapping [start, end). */
  mentionsIn(start: number, end: number): EntityMention[] {
    return this.indexOf("mentions", this.mentions).overlapping(start, end);
  }

  /** Timexes lying inside [start, end). */
  timexesIn(start: number, end: number): Timex[] {
    return this.indexOf("timexes", this.timexes).within(start, end);
  }

  /** Timexes holding [start, end) (a token, an offset). */
  timexesOver(start: number, end = start + 1): Timex[] {
    return this.indexOf("timexes", this.timexes).covering(start, end);
  }

  /** Places lying inside [start, end). */
  placesIn(start: number, end: number): Place[] {
    return this.indexOf("places", this.places).within(start, end);
  }

  /** Places holding [start, end). */
  placesOver(start: number, end = start + 1): Place[] {
    return this.indexOf("places", this.places).covering(start, end);
  }

  /** The timex inside [start, end) that `accept` takes starting nearest `at` (SpanIndex.nearest). */
  nearestTimex(at: number, start: number, end: number, accept: (t: Timex) => boolean): Timex | undefined {
    return this.indexOf("timexes", this.timexes).nearest(at, start, end, accept);
  }

  /** Places overlapping [start, end). */
  placesOverlapping(start: number, end: number): Place[] {
    return this.indexOf("places", this.places).overlapping(start, end);
  }

  /** The place inside [start, end) that `accept` takes starting nearest `at`, the lowest `rank` among equally near. */
  nearestPlace(at: number, start: number, end: number, accept: (p: Place) => boolean, rank?: (p: Place) => number): Place | undefined {
    return this.indexOf("places", this.places).nearest(at, start, end, accept, rank);
  }

  /** Quotes holding an offset. */
  quotesOver(offset: number): Quote[] {
    return this.indexOf("quotes", this.quotes).covering(offset);
  }

  /** A layer's span index, built on first use and again when the layer has changed since. */
  private indexOf<T extends Span>(name: string, layer: readonly T[]): SpanIndex<T> {
    const hit = this.spanIndexes.get(name);
    if (hit && hit.layer === layer && hit.length === layer.length) return hit.index as SpanIndex<T>;
    const index = new SpanIndex(layer);
    this.spanIndexes.set(name, { layer, length: layer.length, index });
    return index;
  }
  private spanIndexes = new Map<string, { layer: readonly Span[]; length: number; index: SpanIndex<Span> }>();

  entityById(id: string | null | undefined): Entity | undefined {
    if (!id) return undefined;
    // stages add entities and may replace the list: the index is rebuilt when it no longer describes the list
    if (this.entityIndexOf !== this.entities || this.entityIndex.size !== this.entities.length) {
      this.entityIndex = new Map();
      for (const e of this.entities) if (!this.entityIndex.has(e.id)) this.entityIndex.set(e.id, e); // the first, as find gave
      this.entityIndexOf = this.entities;
    }
    const e = this.entityIndex.get(id);
    return e && e.id === id ? e : this.entities.find((x) => x.id === id);
  }
  private entityIndex = new Map<string, Entity>();
  private entityIndexOf: Entity[] | null = null;
}
