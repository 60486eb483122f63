// HTML articles: the main text by Mozilla's Readability (the Firefox reader view) over a linkedom DOM, with
// paragraph breaks kept; title, date, publisher and URL from JSON-LD first, then meta tags.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import type { Article } from "../doc.ts";
import { checkDate, checkText, InputError } from "./decode.ts";

const BLOCK = new Set(["P", "DIV", "SECTION", "ARTICLE", "H1", "H2", "H3", "H4", "H5", "H6", "LI", "BLOCKQUOTE", "PRE", "TR", "BR", "FIGCAPTION", "UL", "OL", "TABLE"]);

/** Text of a DOM subtree with a blank line between blocks, spaces collapsed inside them. Walked with a stack of its
 * own, not by recursion, so a page nested thousands deep cannot overflow the call stack. */
export function blockText(node: Node): string {
  const parts: string[] = [];
  // a string on the stack is a block's closing break, due after its children
  const stack: (Node | string)[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (typeof n === "string") parts.push(n);
    else if (n.nodeType === 3) parts.push(n.nodeValue ?? "");
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName.toUpperCase();
      if (tag === "SCRIPT" || tag === "STYLE" || tag === "NOSCRIPT") continue;
      const block = BLOCK.has(tag);
      if (block) parts.push("\n\n"), stack.push("\n\n");
      const children = n.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return parts.join("").split(/\n{2,}/).map((p) => p.replace(/\s+/g, " ").trim()).filter(Boolean).join("\n\n");
}

/** Readability's time grows faster than the square of the nesting depth (400 levels: 3 s), and no real article
 * is nested near this deep: a deeper page is read as its body's text instead. */
const READABILITY_MAX_DEPTH = 100;

function deeperThan(root: Node, limit: number): boolean {
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [n, depth] = stack.pop()!;
    if (depth > limit) return true;
    const children = n.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i]!.nodeType === 1) stack.push([children[i]!, depth + 1]);
  }
  return false;
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

/** The DOM of a page. linkedom roots a fragment ("<p>…</p>") at its first element, with no body to read, and
 * leaves a page opening with an unclosed comment without any root (its body getter then throws): such input is
 * read again inside an html and body element of its own. */
export function htmlDocument(html: string, name: string): Document {
  for (const source of [html, `<!doctype html><html><body>${html}</body></html>`]) {
    const { document } = parseHTML(source);
    if (document.documentElement?.tagName === "HTML") return document as unknown as Document;
  }
  throw new InputError(name, "no article text found in the HTML");
}

export function readHtmlArticle(html: string, name: string): Article {
  if (!/<(html|body|p|div|article)\b/i.test(html)) throw new InputError(name, "not an HTML document (no html, body or paragraph elements)", "not_html");
  const document = htmlDocument(html, name);
  const ld = jsonLd(document);
  const title = ld?.headline ?? ld?.name ?? meta(document, "og:title", "twitter:title") ?? document.querySelector("title")?.textContent?.trim() ?? null;
  const published = ld?.datePublished ?? meta(document, "article:published_time", "datePublished", "pubdate", "date", "dc.date", "DC.date.issued");
  const source = (typeof ld?.publisher === "string" ? ld.publisher : ld?.publisher?.name) ?? meta(document, "og:site_name", "application-name");
  const mep = ld?.mainEntityOfPage;
  const url = ld?.url ?? (typeof mep === "string" ? mep : mep?.["@id"]) ?? meta(document, "og:url") ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;

  const parsed = deeperThan(document.documentElement, READABILITY_MAX_DEPTH) ? null : new Readability<string>(document, { serializer: (n) => blockText(n) }).parse();
  let body = parsed?.content ?? "";
  if (!body.trim()) body = document.body ? blockText(document.body) : "";
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
