// JSON Lines: one article per line, {"text", "title"?, "published"?, "source"?, "url"?, "id"?}; common aliases of
// the field names (body, headline, date, publisher, link) are read too. A bad line is reported and skipped.
import type { InputItem } from "./types.ts";
import type { Article } from "../doc.ts";
import { checkDate, checkText, InputError } from "./decode.ts";
import { normaliseDate } from "./html.ts";
import { parse as parseLossless } from "lossless-json";

const pick = (o: Record<string, unknown>, ...keys: string[]) => {
  for (const k of keys) if (typeof o[k] === "string" && (o[k] as string).trim()) return (o[k] as string).trim();
  return null;
};

/** One JSON Lines record → an article, or an InputError naming the line (and its id, when it has one). */
export function articleFromJsonLine(line: string, item: string): Article {
  let obj: unknown;
  try {
    obj = JSON.parse(line);
  } catch (e) {
    throw new InputError(item, `malformed JSON (${(e as Error).message})`, "malformed_json");
  }
  if (!obj || typeof obj !== "object" || Array.isArray(obj)) throw new InputError(item, "expected a JSON object", "not_an_object");
  const o = obj as Record<string, unknown>;
  if (o.id != null && typeof o.id !== "string" && typeof o.id !== "number") throw new InputError(item, `id must be a string or a number, not ${Array.isArray(o.id) ? "an array" : typeof o.id}`, "bad_id");
  // a number keeps the form it was written in ("1e400", "12.50"), not JavaScript's reading of it
  const id = o.id == null ? undefined : typeof o.id === "string" ? o.id : numberAsWritten(line, item);
  const label = id ? `${item} (id ${id})` : item;
  const published = pick(o, "published", "date", "datePublished", "publishedAt");
  return {
    id,
    text: checkText(o.text ?? o.body ?? o.content, label),
    title: pick(o, "title", "headline"),
    published: checkDate(published ? normaliseDate(published) ?? published : null, label),
    source: pick(o, "source", "publisher", "outlet"),
    url: pick(o, "url", "link"),
  };
}

/** The id number of a line as written. The lossless parser refuses what JSON.parse lets pass (a repeated key,
 * where JSON.parse keeps the last): such a line is malformed, not a crash. */
function numberAsWritten(line: string, item: string): string {
  try {
    return String((parseLossless(line) as { id: unknown }).id);
  } catch (e) {
    throw new InputError(item, `malformed JSON (${(e as Error).message})`, "malformed_json");
  }
}

export function readJsonl(text: string, name: string): InputItem[] {
  const out: InputItem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const item = `${name}:${i + 1}`;
    try {
      const article = articleFromJsonLine(line, item);
      out.push({ name: item, article: { ...article, id: article.id ?? item } });
    } catch (e) {
      out.push({ name: item, error: (e as Error).message });
    }
  });
  return out;
}

