// RSS 2.0 and Atom feed files (fast-xml-parser): one article per item or entry, its HTML description turned to text.
import { XMLParser } from "fast-xml-parser";
import type { Article } from "../doc.ts";
import { InputError } from "./decode.ts";
import { blockText, htmlDocument, normaliseDate } from "./html.ts";
import type { InputItem } from "./types.ts";

export function isFeed(text: string): boolean {
  return /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:RDF)\b/i.test(text);
}

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", textNodeName: "#text", processEntities: true, htmlEntities: true });

function textOf(v: unknown): string {
  if (v == null) return "";
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (Array.isArray(v)) return textOf(v[0]);
  if (typeof v === "object") return textOf((v as Record<string, unknown>)["#text"]);
  return "";
}

function htmlToText(s: string, name: string): string {
  if (!/<[a-z][\s\S]*>/i.test(s)) return s.trim();
  const body = htmlDocument(`<html><body>${s}</body></html>`, name).body;
  return body ? blockText(body) : "";
}

function atomLink(v: unknown): string | null {
  const links = [v].flat().filter(Boolean) as Record<string, string>[];
  const alt = links.find((l) => typeof l === "object" && (!l["@rel"] || l["@rel"] === "alternate")) ?? links[0];
  return alt ? (typeof alt === "string" ? alt : alt["@href"] ?? null) : null;
}

export function readFeed(xml: string, name: string): InputItem[] {
  let doc: Record<string, unknown>;
  try {
    doc = parser.parse(xml, true) as Record<string, unknown>;
  } catch (e) {
    throw new InputError(name, `malformed feed XML (${(e as Error).message.split("\n")[0]})`, "malformed_feed");
  }
  const rss = doc.rss as { channel?: Record<string, unknown> } | undefined;
  const rdf = doc["rdf:RDF"] as Record<string, unknown> | undefined;
  const atom = doc.feed as Record<string, unknown> | undefined;
  const out: InputItem[] = [];
  const push = (i: number, a: Omit<Article, "id">) => {
    const item = `${name}#${i + 1}`;
    const body = a.text.trim();
    if (!body) out.push({ name: item, error: `${item}: empty item` });
    else out.push({ name: item, article: { id: item, ...a, text: a.title && !body.startsWith(a.title) ? `${a.title}\n\n${body}` : body } });
  };
  if (rss?.channel || rdf) {
    const channel = (rss?.channel ?? rdf?.channel ?? {}) as Record<string, unknown>;
    const publisher = textOf(channel.title) || null;
    const items = [channel.item ?? rdf?.item ?? []].flat() as Record<string, unknown>[];
    items.forEach((it, i) =>
      push(i, {
        title: textOf(it.title) || null,
        text: htmlToText(textOf(it["content:encoded"]) || textOf(it.description), name),
        published: normaliseDate(textOf(it.pubDate) || textOf(it["dc:date"])),
        source: textOf(it.source) || publisher,
        url: textOf(it.link) || null,
      }),
    );
  } else if (atom) {
    const publisher = textOf(atom.title) || null;
    const entries = [atom.entry ?? []].flat() as Record<string, unknown>[];
    entries.forEach((e, i) =>
      push(i, {
        title: textOf(e.title) || null,
        text: htmlToText(textOf(e.content) || textOf(e.summary), name),
        published: normaliseDate(textOf(e.published) || textOf(e.updated)),
        source: textOf((e.source as Record<string, unknown> | undefined)?.title) || publisher,
        url: atomLink(e.link),
      }),
    );
  } else throw new InputError(name, "not an RSS or Atom feed", "malformed_feed");
  return out;
}
