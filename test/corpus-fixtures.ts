// Test fixtures for the corpus layer: real wire reports from the bundled demo corpus (MUC-3, public domain),
// with events written by hand the way the extractor reports them, so merge tests do not depend on extraction.
import assert from "node:assert/strict";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readFile } from "../src/ingest/readers.ts";
import { contentId } from "../src/output.ts";
import type { Article } from "../src/doc.ts";
import type { Actor, Event, ExtractionDocument } from "../src/schema.ts";

export const DEMO = join(import.meta.dirname, "..", "data", "demo");

/** One message of a bundled MUC file, by id ("DEV-MUC3-0433"). */
export function mucArticle(file: string, id: string): Article {
  const item = readFile(join(DEMO, "muc34", file)).find((x) => x.article?.id === id);
  if (!item?.article) throw new Error(`no message ${id} in ${file}`);
  return item.article;
}

export interface EventSpec {
  /** a phrase of the text (upper case in MUC) that the evidence span covers */
  evidence: string;
  type: Event["type"];
  date?: string | null;
  precision?: "day" | "week" | "month" | "year";
  place?: { name: string; country: string; lat: number; lon: number; precision?: "city" | "country" | "admin1" };
  source?: Partial<Actor> & { name: string };
  target?: Partial<Actor> & { name: string };
  modality?: Event["modality"];
  fatalities?: number | null;
  confidence?: number;
}

const actor = (a: EventSpec["source"]): Actor | null => (a ? { country: null, ...a } : null);

/** An extraction document of a real article with the given events. */
export function docWith(article: Article, events: EventSpec[]): ExtractionDocument {
  const text = article.text;
  return {
    version: 1,
    document: { id: contentId(text), inputId: article.id, title: article.title ?? null, published: article.published ?? null, source: article.source ?? null, url: article.url ?? null, text },
    entities: [],
    timexes: [],
    places: [],
    quotes: [],
    relations: [],
    events: events.map((e, i) => {
      const start = text.indexOf(e.evidence);
      if (start < 0) throw new Error(`evidence not in text: ${e.evidence}`);
      return {
        id: `v${i + 1}`,
        type: e.type,
        cameo: e.type === "ASSAULT" ? "183" : null,
        goldstein: e.type === "ASSAULT" ? -10 : null,
        quadClass: e.type === "ASSAULT" ? 4 : null,
        acled: e.type === "ASSAULT" ? { eventType: "Explosions/Remote violence", subEventType: "Remote explosive/landmine/IED" } : null,
        source: actor(e.source),
        target: actor(e.target),
        date: e.date === null ? null : { value: e.date ?? article.published ?? null, precision: e.precision ?? "day", basis: "timex" },
        location: e.place ? { precision: "city", ...e.place } : null,
        modality: e.modality ?? "asserted",
        fatalities: e.fatalities ?? null,
        injuries: null,
        confidence: e.confidence ?? 0.7,
        evidence: { start, end: start + e.evidence.length, text: e.evidence },
      };
    }),
  };
}

export const MEDELLIN = { name: "Medellin", country: "COL", lat: 6.2518, lon: -75.5636 };
export const BOGOTA = { name: "Bogota", country: "COL", lat: 4.6097, lon: -74.0817 };
export const SAN_PEDRO_SULA = { name: "San Pedro Sula", country: "HND", lat: 15.5042, lon: -88.025 };

/** The first `n` articles of a MUC wire file, as a smaller wire file (tests that interrupt an ingest need one
 *  long enough to interrupt, not hundreds of articles: extraction, not storage, takes the time). */
export function wireExcerpt(src: string, n: number, dest: string): string {
  const text = readFileSync(src, "utf8");
  const starts = [...text.matchAll(/^DEV-MUC3-\d{4}.*$/gm)].map((m) => m.index!);
  assert.ok(starts.length > n, `${src} holds more than ${n} articles`);
  writeFileSync(dest, text.slice(0, starts[n]));
  return dest;
}
