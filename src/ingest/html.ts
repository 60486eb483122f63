// HTML articles: the main text by Mozilla's Readability (the Firefox reader view) over a linkedom DOM, with
// paragraph breaks kept; title, date, publisher and URL from JSON-LD first, then meta tags.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import type { Article } from "../doc.ts";
import { checkDate, checkText, InputError } from "./decode.ts";

const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TR", "BR", "FIGCAPTION", "UL", "OL", "TABLE"]);

/** Text of a DOM subtree with a blank line between blocks, spaces collapsed inside them. */
export function blockText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push(n.nodeValue ?? "");
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT") return;
      const block = BLOCK.has(tag);
      if (block) parts.push("\n\n");
      n.childNodes.forEach(walk);
      if (block) parts.push("\n\n");
    }
  };
  walk(node);
  return parts.join("").split(/\n{2,}/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n\n");
}

interface LdArticle {
  headline?: string;
  name?: string;
  datePublished?: string;
  publisher?: { name?: string } | string;
  url?: string;
  mainEntityOfPage?: string | { "@id"?: string };
  "@type"?: string | string[];
}

function jsonLd(document: Document): LdArticle | null {
  for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const data = JSON.parse(s.textContent ?? "") as unknown;
      const list = (Array.isArray(data) ? data : (data as { "@graph"?: unknown[] })["@graph"] ?? [data]) as LdArticle[];
      const art = list.find((x) => x && /Article|Report|Posting/.test([x["@type"]].flat().join(" ")));
      if (art) return art;
    } catch {
      // a broken JSON-LD block is ignored; the meta tags still speak
    }
  }
  return null;
}

function meta(document: Document, ...names: string[]): string | null {
  for (const n of names) {
    const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"], meta[itemprop="${n}"]`);
    const v = el?.getAttribute("content")?.trim();
    if (v) return v;
  }
  return null;
}

export function readHtmlArticle(html: string, name: string): Article {
  if (!/<(html|body|p|div|article)\b/i.test(html)) throw new InputError(name, "not an HTML document (no html, body or paragraph elements)", "not_html");
  const { document } = parseHTML(html);
  const ld = jsonLd(document as unknown as Document);
  const title = ld?.headline ?? ld?.name ?? meta(document as unknown as Document, "og:title", "twitter:title") ?? document.querySelector("title")?.textContent?.trim() ?? null;
  const published = ld?.datePublished ?? meta(document as unknown as Document, "article:published_time", "datePublished", "pubdate", "date", "dc.date", "DC.date.issued");
  const source = (typeof ld?.publisher === "string" ? ld.publisher : ld?.publisher?.name) ?? meta(document as unknown as Document, "og:site_name", "application-name");
  const mep = ld?.mainEntityOfPage;
  const url = ld?.url ?? (typeof mep === "string" ? mep : mep?.["@id"]) ?? meta(document as unknown as Document, "og:url") ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;

  const parsed = new Readability<string>(document as unknown as Document, { serializer: (n) => blockText(n) }).parse();
  let body = parsed?.content ?? "";
  if (!body.trim()) body = document.body ? blockText(document.body as unknown as Node) : "";
  if (!body.trim()) throw new InputError(name, "no article text found in the HTML");
  const head = title ?? parsed?.title ?? null;
  const text = head && !body.startsWith(head) ? `${head}\n\n${body}` : body;
  let date: string | null = null;
  try {
    date = checkDate(published ? normaliseDate(published) : null, name);
  } catch {
    date = null; // an unreadable date is dropped, not fatal: the text is still worth reading
  }
  return { id: name, text: checkText(text, name), title: head, published: date, source: source ?? parsed?.siteName ?? null, url };
}

/** "2021-06-28T10:00:00+01:00", "Mon, 28 Jun 2021 10:00:00 GMT" → "2021-06-28". */
export function normaliseDate(s: string): string | null {
  const iso = s.match(/^\d{4}-\d{2}-\d{2}/);
  if (iso) return iso[0];
  const t = Date.parse(s);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 10);
}
