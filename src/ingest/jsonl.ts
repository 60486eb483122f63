// JSON Lines: one article per line, {"text", "title"?, "published"?, "source"?, "url"?, "id"?}; common aliases of
// the field names (body, headline, date, publisher, link) are read too. A bad line is reported and skipped.
import type { InputItem } from "./types.ts";
import { checkDate, checkText, InputError } from "./decode.ts";
import { normaliseDate } from "./html.ts";

const pick = (o: Record<string, unknown>, ...keys: string[]) => {
  for (const k of keys) if (typeof o[k] === "string" && (o[k] as string).trim()) return (o[k] as string).trim();
  return null;
};

export function readJsonl(text: string, name: string): InputItem[] {
  const out: InputItem[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const item = `${name}:${i + 1}`;
    try {
      let obj: unknown;
      try {
        obj = JSON.parse(line);
      } catch (e) {
        throw new InputError(item, `malformed JSON (${(e as Error).message})`);
      }
      if (!obj || typeof obj !== "object" || Array.isArray(obj)) throw new InputError(item, "expected a JSON object");
      const o = obj as Record<string, unknown>;
      const published = pick(o, "published", "date", "datePublished", "publishedAt");
      out.push({
        name: item,
        article: {
          id: o.id == null ? item : String(o.id),
          text: checkText(o.text ?? o.body ?? o.content, item),
          title: pick(o, "title", "headline"),
          published: checkDate(published ? normaliseDate(published) : null, item),
          source: pick(o, "source", "publisher", "outlet"),
          url: pick(o, "url", "link"),
        },
      });
    } catch (e) {
      out.push({ name: item, error: (e as Error).message });
    }
  });
  return out;
}
