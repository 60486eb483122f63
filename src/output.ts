// Doc → extraction document (shared/spec/document-json.md): the layers as the contract names them.
import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils.js";
import type { Doc } from "./doc.ts";
import type { ExtractionDocument } from "./schema.ts";

/** The document id: the sha256 of its text, so the same content has the same id everywhere. */
export function contentId(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

const byStart = <T extends { start: number; end: number }>(a: T, b: T) => a.start - b.start || a.end - b.end;

export function toExtractionDocument(doc: Doc): ExtractionDocument {
  const a = doc.article;
  return {
    version: 1,
    document: {
      id: contentId(doc.text),
      ...(a.id ? { inputId: a.id } : {}),
      title: a.title ?? (doc.headline ? doc.slice(doc.headline.start, doc.headline.end) : null),
      published: a.published ?? doc.published,
      source: a.source ?? doc.dateline?.source ?? null,
      url: a.url ?? null,
      text: doc.text,
    },
    sentences: doc.sentences.map((s) => ({ start: s.start, end: s.end })),
    entities: doc.entities,
    timexes: [...doc.timexes].sort(byStart),
    places: [...doc.places, ...doc.demonymPlaces].sort(byStart),
    quotes: [...doc.quotes].sort(byStart),
    events: doc.events,
    relations: doc.relations,
  };
}
