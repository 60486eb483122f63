// Text and Markdown articles, with optional YAML front matter (title, published, source, url) between "---" lines.
import { parse as parseYaml } from "yaml";
import type { Article } from "../doc.ts";
import { checkDate, checkText, InputError } from "./decode.ts";

const FRONT = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

function str(v: unknown): string | null {
  if (v == null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim() || null;
}

export function readTextArticle(raw: string, name: string): Article {
  const m = FRONT.exec(raw);
  if (!m) return { id: name, text: checkText(raw, name) };
  let meta: Record<string, unknown>;
  try {
    const parsed = parseYaml(m[1]!) as unknown;
    meta = parsed && typeof parsed === "object" && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch (e) {
    throw new InputError(name, `malformed front matter (${(e as Error).message.split("\n")[0]})`, "malformed_front_matter");
  }
  const text = raw.slice(m[0].length).replace(/^\s*\n/, "");
  const published = str(meta.published ?? meta.date);
  return {
    id: name,
    text: checkText(text, name),
    title: str(meta.title),
    published: checkDate(published ? published.replace(" ", "T") : null, name),
    source: str(meta.source ?? meta.publisher),
    url: str(meta.url),
  };
}
