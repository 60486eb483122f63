// Real texts to mutate: the seed article(s) and the bundled MUC wire files, plus the same texts dressed as an HTML
// page, RSS and Atom feeds and JSON Lines, so mutations hit each reader's structure as well as its text.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";

const ROOT = resolve(import.meta.dirname, "..", "..");

export interface Seeds {
  /** article texts (txt/md) */
  articles: string[];
  /** whole wire files, each many messages */
  wire: string[];
  html: string[];
  feeds: string[];
  jsonl: string[];
}

function filesIn(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter(keep).sort().map((f) => readFileSync(join(dir, f), "utf8"));
}

const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

let cached: Seeds | null = null;

export function loadSeeds(): Seeds {
  if (cached) return cached;
  const articles = [
    ...filesIn(join(ROOT, "..", "shared", "eval", "seed"), (f) => f.endsWith(".txt")),
    ...filesIn(join(ROOT, "data", "demo"), (f) => f.endsWith(".md") || f.endsWith(".txt")),
  ];
  const wire = filesIn(join(ROOT, "data", "demo", "muc34"), (f) => /muc/i.test(f) && !/key/i.test(f));
  if (!articles.length || !wire.length) throw new Error("fuzz seeds missing: data/demo (the bundled corpus) is needed");
  const messages = wire.flatMap((w) => w.split(/\n(?=[A-Z0-9]+-MUC\d-\d{4} )/).slice(0, 20));
  // the structured seeds carry short messages: each case extracts every item of a feed or line of a file
  const short = messages.map((m) => m.slice(0, 400));
  const paragraphs = (t: string) => t.split(/\n\s*\n/).filter((p) => p.trim());
  const html = articles.map((a) => {
    const [head, ...body] = paragraphs(a);
    return `<!doctype html><html><head><title>${escapeXml(head ?? "")}</title><meta property="article:published_time" content="2021-06-28T10:00:00Z"></head>` +
      `<body><nav><a href="/">Home</a></nav><article><h1>${escapeXml(head ?? "")}</h1>${body.map((p) => `<p>${escapeXml(p)}</p>`).join("\n")}</article></body></html>`;
  });
  const items = short.slice(0, 6).map((m, i) => ({ title: m.split("\n")[0]!, body: m, date: `Mon, ${String(i + 1).padStart(2, "0")} Jan 1990 10:00:00 GMT` }));
  const feeds = [
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.map((it) =>
      `<item><title>${escapeXml(it.title)}</title><description><![CDATA[<p>${it.body.replace(/]]>/g, "")}</p>]]></description><pubDate>${it.date}</pubDate></item>`).join("\n")}</channel></rss>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>${items.map((it) =>
      `<entry><title>${escapeXml(it.title)}</title><content type="html">${escapeXml(`<p>${it.body}</p>`)}</content><updated>1990-01-03T00:00:00Z</updated></entry>`).join("\n")}</feed>`,
  ];
  const jsonl = [
    short.slice(0, 6).map((m, i) => JSON.stringify({ id: i % 3 ? `muc-${i}` : i, text: m, published: "1990-01-03" })).join("\n"),
    articles.map((a, i) => JSON.stringify({ id: `a${i}`, headline: paragraphs(a)[0], body: a, date: "Mon, 28 Jun 2021 10:00:00 GMT" })).join("\n"),
  ];
  return (cached = { articles, wire, html, feeds, jsonl });
}

/** A window of one of the texts: most under 400 characters (cheap to extract), a few up to 40,000. */
export function windowOf(texts: () => string[], alignTo?: RegExp): fc.Arbitrary<string> {
  return fc.record({
    which: fc.nat(),
    start: fc.double({ min: 0, max: 1, noNaN: true }),
    length: fc.oneof(
      { weight: 100, arbitrary: fc.integer({ min: 0, max: 400 }) },
      { weight: 10, arbitrary: fc.integer({ min: 400, max: 2000 }) },
      { weight: 1, arbitrary: fc.integer({ min: 2000, max: 40_000 }) },
    ),
  }).map(({ which, start, length }) => {
    const all = texts();
    const text = all[which % all.length]!;
    let from = Math.floor(start * text.length);
    if (alignTo) {
      alignTo.lastIndex = from;
      from = alignTo.exec(text)?.index ?? 0;
    }
    return text.slice(from, from + length);
  });
}
