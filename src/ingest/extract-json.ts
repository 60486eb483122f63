// One article to its extraction document as JSON text, validated against the schema when asked: what a pool
// worker (or the calling thread, with one worker) does per article.
import type { Article } from "../doc.ts";
import type { Knowledge } from "../knowledge/index.ts";
import { extract } from "../pipeline.ts";
import { validateDocument } from "../schema.ts";

export function extractJson(article: Article, kb: Knowledge, validate: boolean): string {
  const doc = extract(article, kb);
  return JSON.stringify(validate ? validateDocument(doc) : doc);
}
