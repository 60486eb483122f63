import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { listFiles, readFile, readContent } from "../src/ingest/readers.ts";

const dir = () => mkdtempSync(join(tmpdir(), "sitrep-readers-"));

test("front matter gives title, date, publisher and url; the body is the text", () => {
  const [item] = readContent("---\ntitle: Flood talks stall\npublished: 2022-03-14\nsource: Example Times\nurl: https://example.org/a\n---\nTalks on the dam broke down on Monday.\n", "a.md");
  assert.equal(item!.article?.title, "Flood talks stall");
  assert.equal(item!.article?.published, "2022-03-14");
  assert.equal(item!.article?.source, "Example Times");
  assert.equal(item!.article?.url, "https://example.org/a");
  assert.equal(item!.article?.text, "Talks on the dam broke down on Monday.\n");
});

test("HTML: main text without navigation, metadata from JSON-LD and meta tags", () => {
  const html = `<!doctype html><html><head><title>Site | Clashes</title>
    <meta property="og:site_name" content="Example News">
    <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Clashes erupt near the northern border","datePublished":"2022-05-02T08:00:00Z","publisher":{"@type":"Organization","name":"Example News"},"url":"https://example.org/clashes"}</script>
    </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <article><h1>Clashes erupt near the northern border</h1>
    <p>Government troops and rebel fighters clashed near the northern border on Sunday, local officials said, in the heaviest fighting in the area this year.</p>
    <p>At least six soldiers were killed and several villages were evacuated as the fighting spread along the river valley towards the provincial capital.</p>
    <p>The rebels said they had captured two army posts, a claim the defence ministry denied in a statement on Monday evening.</p></article>
    <footer>Copyright Example News</footer></body></html>`;
  const [item] = readContent(html, "page.html");
  const a = item!.article!;
  assert.equal(a.title, "Clashes erupt near the northern border");
  assert.equal(a.published, "2022-05-02");
  assert.equal(a.source, "Example News");
  assert.equal(a.url, "https://example.org/clashes");
  assert.match(a.text, /^Clashes erupt near the northern border\n\nGovernment troops/);
  assert.match(a.text, /said\, in the heaviest fighting in the area this year\.\n\nAt least six/);
  assert.doesNotMatch(a.text, /Home|Copyright/);
});

test("RSS and Atom feeds: one article per item, HTML descriptions as text", () => {
  const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>Example Wire</title>
    <item><title>Port reopens</title><link>https://example.org/1</link><pubDate>Tue, 10 May 2022 09:00:00 GMT</pubDate>
    <description>&lt;p&gt;The port reopened on Tuesday after a week-long strike.&lt;/p&gt;</description></item>
    <item><title>Strike ends</title><link>https://example.org/2</link><pubDate>Mon, 09 May 2022 09:00:00 GMT</pubDate><description>Dock workers ended their strike.</description></item>
    </channel></rss>`;
  const items = readContent(rss, "wire.rss");
  assert.equal(items.length, 2);
  assert.equal(items[0]!.article?.source, "Example Wire");
  assert.equal(items[0]!.article?.published, "2022-05-10");
  assert.equal(items[0]!.article?.text, "Port reopens\n\nThe port reopened on Tuesday after a week-long strike.");
  const atom = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Example Atom</title>
    <entry><title>Ceasefire holds</title><link rel="alternate" href="https://example.org/c"/><published>2022-06-01T10:00:00Z</published>
    <content type="html">&lt;p&gt;The ceasefire held for a third day.&lt;/p&gt;</content></entry></feed>`;
  const [entry] = readContent(atom, "feed.xml");
  assert.equal(entry!.article?.url, "https://example.org/c");
  assert.equal(entry!.article?.published, "2022-06-01");
  assert.match(entry!.article!.text, /third day/);
});

test("JSON Lines: good lines read, a malformed line named and skipped", () => {
  const items = readContent('{"id":"a1","text":"Troops withdrew from the town.","published":"2022-01-02","source":"Paper"}\n{"text": broken\n\n{"headline":"B","body":"Aid arrived by truck."}\n', "batch.jsonl");
  assert.equal(items.length, 3);
  assert.equal(items[0]!.article?.id, "a1");
  assert.match(items[1]!.error!, /batch\.jsonl:2: malformed JSON/);
  assert.equal(items[2]!.article?.title, "B");
  assert.equal(items[2]!.article?.text, "Aid arrived by truck.");
});

test("wire files split into messages with the dateline's date and medium, year carried over when missing", () => {
  const wire = "XYZ-WIRE-0001 (TEST)\n\n   LIMA, 12 MAR 89 (EFE) -- [TEXT] A BOMB EXPLODED TODAY NEAR A BANK.\n\n\nXYZ-WIRE-0002 (TEST)\n\n   QUITO (ECUADOR), 14 MAR (AFP) -- [TEXT] POLICE ARRESTED TWO MEN.\n";
  const items = readContent(wire, "wirefile");
  assert.deepEqual(items.map((i) => [i.article?.id, i.article?.published, i.article?.source]), [["XYZ-WIRE-0001", "1989-03-12", "EFE"], ["XYZ-WIRE-0002", "1989-03-14", "AFP"]]);
  assert.match(items[1]!.article!.text, /^QUITO \(ECUADOR\)/);
});

test("bad files are reported by name, the rest of a folder is still read", () => {
  const d = dir();
  mkdirSync(join(d, "sub"));
  writeFileSync(join(d, "good.txt"), "Rebels released twelve hostages on Friday.");
  writeFileSync(join(d, "sub", "empty.txt"), "");
  writeFileSync(join(d, "sub", "binary.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2, 3]));
  writeFileSync(join(d, "latin1.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x62, 0x6f, 0x6d, 0x62]));
  writeFileSync(join(d, "broken.html"), "<html><body>");
  const items = listFiles(d).flatMap(readFile);
  const errors = items.filter((i) => i.error).map((i) => i.error!);
  assert.equal(items.filter((i) => i.article).length, 1);
  assert.equal(errors.length, 4);
  assert.ok(errors.some((e) => e.includes("empty.txt") && /empty/.test(e)));
  assert.ok(errors.some((e) => e.includes("binary.txt") && /binary/.test(e)));
  assert.ok(errors.some((e) => e.includes("latin1.txt") && /UTF-8/.test(e)));
  assert.ok(errors.some((e) => e.includes("broken.html")));
});
