// Generators of hostile input files for each reader: HTML pages (deep, malformed, with hostile metadata), RSS and
// Atom feeds (CDATA, entities, DOCTYPEs, broken nesting), JSON Lines (odd ids, wrong types, broken lines) and
// wire files (id lines and datelines with impossible dates), each with hostile text inside.
import fc from "fast-check";
import { hostileText, hugeNumber, longToken, nasty, newsish } from "./hostile.ts";

const TAGS = ["p", "div", "article", "section", "span", "b", "i", "a", "h1", "h2", "li", "ul", "table", "tr", "td", "br", "pre",
  "blockquote", "script", "style", "noscript", "svg", "math", "template", "iframe", "form", "x-custom", "main", "header", "footer"];
const attrValue = fc.oneof(newsish(5), nasty, fc.constantFrom("\"", "'", "<", ">", "&", "javascript:alert(1)", "content"));
const attrs = fc.array(fc.tuple(fc.constantFrom("class", "id", "href", "style", "lang", "dir", "data-x", "role", "on error"), attrValue), { maxLength: 3 })
  .map((as) => as.map(([k, v]) => ` ${k}="${v.replace(/"/g, "&quot;")}"`).join(""));

/** Markup breakage dropped between well-formed parts. */
const malformed = fc.constantFrom(
  "<", ">", "</p>", "</div></div></div>", "<p", "<div class=", "<!--", "-->", "<![CDATA[", "]]>", "&", "&amp", "&#xD800;", "&#0;",
  "&#99999999;", "&#x110000;", "&nbsp", "&notanentity;", "<script>", "</script>", "<style>", "<?xml?>", "<!DOCTYPE x>", "<br/>",
  "<p><p><p>", "<table><td>", "<html>", "<body>", "</body></html>", "<title>", "\u0000",
);

type Tree = { tag: string; attrs: string; children: (Tree | string)[] } | string;
const { tree } = fc.letrec<{ tree: Tree; node: Tree }>((tie) => ({
  tree: fc.oneof({ depthSize: "small", withCrossShrink: true }, hostileText, tie("node"), malformed),
  node: fc.record({ tag: fc.constantFrom(...TAGS), attrs, children: fc.array(tie("tree"), { maxLength: 4 }) }),
}));

function render(t: Tree): string {
  if (typeof t === "string") return t;
  return `<${t.tag}${t.attrs}>${t.children.map(render).join("")}</${t.tag}>`;
}

const metaValue = fc.oneof(newsish(8), hugeNumber, nasty, fc.constantFrom("2021-06-28T10:00:00Z", "Mon, 28 Jun 2021 10:00:00 GMT", "2021-13-45", "not a date", "99999-01-01", ""));
const jsonLd = fc.tuple(metaValue, metaValue, metaValue, fc.boolean()).map(([h, d, p, broken]) =>
  `<script type="application/ld+json">${broken ? `{"@type":"NewsArticle","headline":"${h}` : JSON.stringify({ "@type": ["NewsArticle", h], headline: h, datePublished: d, publisher: { name: p }, mainEntityOfPage: { "@id": p } })}</script>`);
const metaTags = fc.array(fc.tuple(fc.constantFrom("og:title", "article:published_time", "date", "og:site_name", "og:url", "pubdate"), metaValue), { maxLength: 4 })
  .map((ms) => ms.map(([k, v]) => `<meta property="${k}" content="${v.replace(/"/g, "&quot;")}">`).join(""));

/** Nested far deeper than any page: thousands of open elements, closed or not. */
const deepNesting = fc.tuple(fc.constantFrom("div", "p", "b", "table", "span", "li"), fc.integer({ min: 50, max: 3000 }), fc.boolean(), newsish(20))
  .map(([tag, depth, closed, text]) => `<html><body>${`<${tag}>`.repeat(depth)}${text}${closed ? `</${tag}>`.repeat(depth) : ""}</body></html>`);

export const htmlPage = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.boolean(), jsonLd, metaTags, newsish(8), fc.array(tree, { maxLength: 6 }), fc.boolean())
    .map(([doctype, ld, metas, title, body, closeBody]) =>
      `${doctype ? "<!doctype html>" : ""}<html><head><title>${title}</title>${metas}${ld}</head><body>${body.map(render).join("")}${closeBody ? "</body></html>" : ""}`) },
  { weight: 2, arbitrary: fc.array(fc.oneof(tree.map(render), malformed), { maxLength: 12 }).map((parts) => `<p>${parts.join("")}`) },
  { weight: 1, arbitrary: deepNesting },
  { weight: 1, arbitrary: fc.tuple(longToken, fc.boolean()).map(([t, p]) => `<html><body>${p ? "<p>" : ""}${t}</body></html>`) },
);

const xmlText = fc.oneof(
  newsish(30).map(escapeXml),
  hostileText.map((t) => `<![CDATA[${t.replace(/]]>/g, "]] >")}]]>`),
  fc.array(tree, { maxLength: 3 }).map((ts) => escapeXml(ts.map(render).join(""))),
  malformed,
  fc.constantFrom("&lt;p&gt;Rebels killed 5&lt;/p&gt;", "&amp;amp;", "&e1;", "&#xD800;", "&unknown;", "&#1114112;"),
);
const feedDate = fc.oneof(metaValue.map(escapeXml), fc.constantFrom("Mon, 28 Jun 2021 10:00:00 GMT", "2021-06-28T10:00:00Z", "Tue, 99 Foo 2021", "1e400"));

function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A DOCTYPE declaring entities, some nested (the "billion laughs" shape, kept small). */
const doctype = fc.constantFrom("", "", "",
  "<!DOCTYPE rss [<!ENTITY e1 \"killed\">]>",
  "<!DOCTYPE rss [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>",
  "<!DOCTYPE feed SYSTEM \"file:///etc/passwd\">");

const rssItem = fc.record({ title: xmlText, description: xmlText, pubDate: feedDate, link: xmlText, extra: fc.constantFrom("", "<content:encoded><![CDATA[<p>Troops attacked</p>]]></content:encoded>", "<source>&e1;</source>", "<item>", "<title/>") })
  .map((i) => `<item><title>${i.title}</title><description>${i.description}</description><pubDate>${i.pubDate}</pubDate><link>${i.link}</link>${i.extra}</item>`);
const atomEntry = fc.record({ title: xmlText, content: xmlText, updated: feedDate, href: attrValue, extra: fc.constantFrom("", "<summary type=\"html\">&lt;b&gt;x</summary>", "<link/>", "<source><title>&e1;</title></source>", "<entry>") })
  .map((e) => `<entry><title>${e.title}</title><content type="html">${e.content}</content><updated>${e.updated}</updated><link rel="alternate" href="${escapeXml(e.href).replace(/"/g, "&quot;")}"/>${e.extra}</entry>`);

export const feed = fc.oneof(
  fc.tuple(doctype, xmlText, fc.array(rssItem, { maxLength: 4 }), fc.boolean())
    .map(([dt, title, items, close]) => `<?xml version="1.0"?>${dt}<rss version="2.0"><channel><title>${title}</title>${items.join("")}${close ? "</channel></rss>" : ""}`),
  fc.tuple(doctype, xmlText, fc.array(atomEntry, { maxLength: 4 }), fc.boolean())
    .map(([dt, title, entries, close]) => `${dt}<feed xmlns="http://www.w3.org/2005/Atom"><title>${title}</title>${entries.join("")}${close ? "</feed>" : ""}`),
  fc.tuple(fc.array(rssItem, { maxLength: 3 })).map(([items]) => `<rdf:RDF><channel><title>x</title></channel>${items.join("")}</rdf:RDF>`),
  fc.tuple(fc.constantFrom("rss", "feed", "rdf:RDF"), fc.integer({ min: 10, max: 2000 })).map(([root, depth]) => `<${root}>${"<channel><item>".repeat(depth)}`),
);

/** JSON values written as raw text, so numbers keep forms JSON.stringify never writes (1e400, -0, 12.50). */
const rawJsonValue = fc.oneof(
  hostileText.map((s) => JSON.stringify(s)),
  hugeNumber.filter((n) => /^-?\d+(?:\.\d+)?(?:e\d+)?$/.test(n)),
  fc.constantFrom("null", "true", "false", "[]", "{}", "[\"a\",1]", "{\"id\":{}}", "0", "-0", "1e-400", "\"\"", "\"   \""),
);
const jsonKey = fc.constantFrom("id", "text", "body", "content", "title", "headline", "published", "date", "datePublished", "source", "url", "link", "__proto__", "constructor");
const jsonObjectLine = fc.array(fc.tuple(jsonKey, fc.oneof({ weight: 3, arbitrary: rawJsonValue }, { weight: 1, arbitrary: metaValue.map((s) => JSON.stringify(s)) })), { maxLength: 6 })
  .chain((fields) => fc.tuple(fc.constant(fields), hostileText, fc.boolean()))
  .map(([fields, text, withText]) => `{${[...(withText ? [["text", JSON.stringify(text)] as const] : []), ...fields].map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(",")}}`);

export const jsonlFile = fc.array(
  fc.oneof(
    { weight: 6, arbitrary: jsonObjectLine },
    { weight: 1, arbitrary: jsonObjectLine.chain((l) => fc.nat(l.length).map((n) => l.slice(0, n))) },
    { weight: 1, arbitrary: hostileText.map((t) => t.replace(/[\r\n]/g, " ")) },
    { weight: 1, arbitrary: fc.constantFrom("[]", "null", "42", "\"text\"", "{", "{\"text\":\"a\"}}", "\u0000{}") },
  ),
  { maxLength: 5 },
).map((lines) => lines.join("\n"));

const wireId = fc.tuple(fc.constantFrom("DEV-MUC3", "TST1-MUC4", "X", "A-B-C"), fc.integer({ min: 0, max: 99999 }), fc.constantFrom("", " (NOSC)", " ()", " (", "\t(X)"))
  .map(([p, n, tail]) => `${p}-${String(n).padStart(4, "0")}${tail}`);
const dateline = fc.tuple(fc.constantFrom("SAN SALVADOR", "LIMA", "ROME (ITALY)", "", "X"), fc.integer({ min: 0, max: 99 }),
  fc.constantFrom("JAN", "FEB", "DEC", "FOO", "MAYO", "JUNE"), fc.constantFrom("90", "1989", "", "00", "99999", "0"), fc.constantFrom("", " (EFE)", " (RADIO CADENA YSU)", " ("))
  .map(([place, d, m, y, src]) => `${place}, ${d} ${m} ${y}${src} --`);

export const wireFile = fc.array(fc.tuple(wireId, fc.option(dateline, { nil: "" }), newsish(50)), { minLength: 1, maxLength: 4 })
  .map((msgs) => msgs.map(([id, dl, body]) => `${id}\n\n   ${dl} ${body.toUpperCase()}\n`).join("\n"));
