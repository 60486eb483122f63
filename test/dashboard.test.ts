// End-to-end: the dashboard in real headless Chromium against a served corpus. Each view loads, filters apply
// and land in the URL, an event opens with its source sentence highlighted in every report and in the document,
// and ingest shows the extraction at once.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import type { BrowserContext, Locator } from "playwright-core";
import { HOSTILE_MARKER, hostileDocument, remoteSiteDocument, syntheticDocuments } from "./dashboard-data.ts";
import { CONTENT_SECURITY_POLICY } from "../src/server/static.ts";
import { startDashboardServer, TOKEN, type RunningServer } from "./dashboard-server.ts";
import { browserMissing, newPage, openBrowser, query, shot, waitReady } from "./dashboard-browser.ts";

const missing = browserMissing();

async function centre(el: Locator): Promise<[number, number]> {
  const b = (await el.boundingBox())!;
  return [b.x + b.width / 2, b.y + b.height / 2];
}

describe("dashboard", { skip: missing ?? false, timeout: 600_000 }, () => {
  let server: RunningServer;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;

  before(async () => {
    server = await startDashboardServer([...syntheticDocuments(600), remoteSiteDocument(), hostileDocument()]);
    ({ browser, close: closeBrowser } = await openBrowser());
  });
  after(async () => {
    await closeBrowser?.();
    await server?.close();
  });

  test("first load draws the timeline, map, network and table from the store", async () => {
    const s = await newPage(browser, server.url);
    await s.page.goto(`${server.url}/?dyad=USA-IRN`);
    await waitReady(s.page);
    assert.ok(await s.page.locator("#timeline path[data-type]").count() > 5, "stacked bars, one shape per type");
    await s.page.mouse.move(...(await centre(s.page.locator("#timeline .brush .overlay"))));
    assert.match((await s.page.locator("#timeline .tip").textContent())!, /^\d{4}-\d{2}-\d{2} to \d{4}-\d{2}-\d{2}: \d+ events — [A-Z]+ \d+/, "hovering names the period and its counts");
    assert.equal(await s.page.locator("#timeline path.goldstein").count(), 1, "dyad Goldstein line");
    assert.ok(await s.page.locator("#map path.country").count() > 100, "offline basemap countries");
    assert.ok(await s.page.locator("#map .marker, #map .cluster").count() > 3, "event markers");
    assert.ok(await s.page.locator("#network .node").count() > 5, "actor nodes");
    assert.ok(await s.page.locator("#network .edge-conflict").count() > 0, "conflict edges");
    assert.ok(await s.page.locator("#network .edge-backs").count() > 0, "sponsorship edges");
    assert.equal(await s.page.locator("table.events tbody tr").count(), 50, "first page of events");
    await shot(s.page, "dashboard-overview", true);
    assert.deepEqual(s.errors, []);
    await s.close();
  });

  test("countries as small multiples on one scale; a country's name filters every view", async () => {
    const s = await newPage(browser, server.url);
    await s.page.goto(`${server.url}/?interval=year`);
    await waitReady(s.page);
    const rows = s.page.locator("#countries .multiple");
    assert.ok(await rows.count() > 1, "a row per country");
    assert.ok(await s.page.locator("#countries rect.bar").count() >= await rows.count(), "a bar per country and year");
    const events = await s.page.locator("#countries [data-events]").evaluateAll((els) => els.map((e) => Number(e.getAttribute("data-events"))));
    assert.deepEqual(events, [...events].sort((a, b) => b - a), "the busiest country first");
    const country = (await rows.first().getAttribute("data-country"))!;
    const before = await s.page.locator("#events .summary").textContent();
    await s.page.locator(`#countries button[data-country="${country}"]`).click();
    await s.page.waitForFunction((c) => new URL(location.href).searchParams.get("country") === c, country);
    await waitReady(s.page);
    assert.deepEqual(await s.page.locator("#countries .multiple").evaluateAll((els) => els.map((e) => e.getAttribute("data-country"))), [country]);
    assert.notEqual(await s.page.locator("#events .summary").textContent(), before, "the table follows");
    assert.equal(Number(await s.page.locator("#countries [data-events]").getAttribute("data-events")), events[0], "its count is the one shown before");
    await shot(s.page, "countries");
    assert.deepEqual(s.errors, []);
    await s.close();
  });

  test("a filter narrows every view, lands in the URL and survives a reload", async () => {
    const s = await newPage(browser, server.url);
    await s.page.goto(server.url);
    await waitReady(s.page);
    const before = await s.page.locator("#events .summary").textContent();
    await s.page.selectOption("select[name=type]", "ASSAULT");
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get("type") === "ASSAULT");
    await waitReady(s.page);
    const types = await s.page.locator("table.events tbody tr td:nth-child(2) a").allTextContents();
    assert.ok(types.length > 0);
    assert.ok(types.every((t) => t === "ASSAULT"), types.join(","));
    assert.notEqual(await s.page.locator("#events .summary").textContent(), before);
    assert.deepEqual(await s.page.locator("#timeline path[data-type]").evaluateAll((els) => els.map((e) => e.getAttribute("data-type"))), ["ASSAULT"]);
    await shot(s.page, "filter-type-assault");
    await s.page.reload();
    await waitReady(s.page);
    assert.equal(await s.page.inputValue("select[name=type]"), "ASSAULT", "the URL restores the filter");
    assert.ok((await s.page.locator("table.events tbody tr td:nth-child(2) a").allTextContents()).every((t) => t === "ASSAULT"));
    assert.deepEqual(s.errors, []);
    await s.close();
  });

  test("the table sorts by deaths and pages through results", async () => {
    const s = await newPage(browser, server.url);
    await s.page.goto(server.url);
    await waitReady(s.page, ["#events"]);
    await s.page.click("button.sort[data-sort=fatalities]");
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get("sort") === "-fatalities");
    await waitReady(s.page, ["#events"]);
    const deaths = (await s.page.locator("table.events tbody tr td:nth-child(6)").allTextContents()).map((t) => (t === "—" ? -1 : Number(t.replace(/,/g, ""))));
    assert.ok(deaths[0]! > 0);
    assert.deepEqual(deaths, [...deaths].sort((a, b) => b - a), "descending deaths");
    const first = await s.page.locator("table.events tbody tr").first().getAttribute("data-id");
    await s.page.click("button[data-page=next]");
    await s.page.waitForFunction(() => new URL(location.href).searchParams.get("offset") === "50");
    await waitReady(s.page, ["#events"]);
    assert.notEqual(await s.page.locator("table.events tbody tr").first().getAttribute("data-id"), first);
    assert.match((await s.page.locator(".pager").textContent())!, /page 2 of/);
    await s.close();
  });

  test("clicking an actor in the network filters by that actor", async () => {
    const s = await newPage(browser, server.url);
    await s.page.goto(server.url);
    await waitReady(s.page);
    const node = s.page.locator("#network .node").first();
    const id = (await node.getAttribute("data-id"))!;
    await node.locator("circle").click();
    await s.page.waitForFunction((want) => new URL(location.href).searchParams.get("actor") === want, id);
    await waitReady(s.page);
    const detail = await (await fetch(`${server.url}/api/events?actor=${encodeURIComponent(id)}&limit=5`)).json() as { total: number };
    assert.match((await s.page.locator("#events .summary").textContent())!, new RegExp(`^${detail.total.toLocaleString("en")} events`));
    assert.equal(await s.page.locator(`#network .node.active[data-id="${id}"]`).count(), 1);
    await shot(s.page, "network-actor-filter");
    await s.close();
  });

  test("brushing the timeline sets the period for the other views", async () => {
    const s = await newPage(browser, server.url);
    await s.page.goto(server.url);
    await waitReady(s.page);
    const box = (await s.page.locator("#timeline .brush .overlay").boundingBox())!;
    await s.page.mouse.move(box.x + box.width * 0.4, box.y + box.height / 2);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
    await s.page.mouse.up();
    await s.page.waitForFunction(() => new URL(location.href).searchParams.has("from"));
    await waitReady(s.page);
    const { from, to } = Object.fromEntries(query(s.page)) as { from: string; to: string };
    assert.ok(from < to);
    const dates = await s.page.locator("table.events tbody tr td:first-child").allTextContents();
    assert.ok(dates.length > 0);
    for (const d of dates) assert.ok(d.slice(0, 10) >= from && d.slice(0, 10) <= to, `${d} within ${from}..${to}`);
    await shot(s.page, "timeline-brush");
    await s.close();
  });

  test("the map zooms into a cluster, shows precision and opens a lone event from its marker", async () => {
    const s = await newPage(browser, server.url);
    await s.page.goto(server.url);
    await waitReady(s.page);
    const total = await s.page.locator("#events .summary").textContent();
    await s.page.locator("#map .cluster").first().click();
    await s.page.waitForFunction(() => new URL(location.href).searchParams.has("bbox"));
    await waitReady(s.page);
    assert.notEqual(await s.page.locator("#events .summary").textContent(), total, "the cluster's area filters the table");
    const mapWidth = (await s.page.locator("#map .chart").boundingBox())!.width;
    const globeWidth = (await s.page.locator("#map path.sphere").boundingBox())!.width;
    assert.ok(globeWidth > 3 * mapWidth, `the basemap zoomed in (globe ${globeWidth}px in a ${mapWidth}px map)`);
    await shot(s.page, "map-zoomed");
    await s.page.click("#map button.zoom-out");
    await s.page.waitForFunction(() => !new URL(location.href).searchParams.has("bbox"));
    await waitReady(s.page);
    const marker = s.page.locator("#map circle.marker[data-id]").first();
    assert.match((await marker.getAttribute("class"))!, /\bp-site\b/, "an exact site is drawn as such");
    await marker.click();
    await s.page.waitForSelector('#detail[data-ready="true"] blockquote.sentence');
    assert.equal(query(s.page).get("event"), await marker.getAttribute("data-id"));
    assert.match((await s.page.locator("#detail .event-summary").textContent())!, /Honiara port/);
    await s.close();
  });

  test("an event shows every report with its sentence highlighted, and the document reader marks it in context", async () => {
    // a story several publishers reported
    const page = await (await fetch(`${server.url}/api/events?limit=200&modality=any`)).json() as { items: { id: string; reports: number }[] };
    const merged = page.items.find((e) => e.reports >= 2);
    assert.ok(merged, "the corpus has a merged event");
    const s = await newPage(browser, server.url);
    await s.page.goto(`${server.url}/?event=${merged.id}`);
    await s.page.waitForSelector('#detail[data-ready="true"]');
    const detail = await (await fetch(`${server.url}/api/events/${merged.id}`)).json() as { reports: { sentence: { text: string }; evidence: { text: string } }[]; merge: { reasons: string[] } };
    assert.equal(await s.page.locator("#detail li.report").count(), detail.reports.length);
    const highlighted = await s.page.locator("#detail li.report blockquote.sentence").allTextContents();
    assert.deepEqual(highlighted, detail.reports.map((r) => r.sentence.text), "each report's sentence, verbatim");
    assert.ok(await s.page.locator("#detail li.report .m-evidence").count() >= detail.reports.length);
    assert.ok(await s.page.locator("#detail .merge-reasons li").count() === detail.merge.reasons.length && detail.merge.reasons.length > 0, "merge reasons shown");
    await shot(s.page, "event-detail");

    await s.page.locator("#detail button.read-doc").first().click();
    await s.page.waitForFunction(() => new URL(location.href).searchParams.has("doc"));
    await s.page.waitForSelector('#detail[data-ready="true"] article.reader');
    const sentence = (await s.page.locator("#detail .reader .doc-text .m-sentence").allTextContents()).join("");
    assert.equal(sentence, detail.reports[0]!.sentence.text, "the sentence is highlighted in the full text");
    for (const kind of ["actor", "date", "place", "quote"]) assert.ok(await s.page.locator(`#detail .reader .doc-text .m-${kind}`).count() > 0, `${kind} marked`);
    assert.ok(await s.page.locator("#detail .reader .quotes .speaker").count() > 0, "quotes with their speakers");
    await shot(s.page, "document-reader");
    assert.deepEqual(s.errors, []);
    await s.close();
  });

  test("ingest needs the token and shows the extraction at once", async () => {
    const s = await newPage(browser, server.url);
    await s.page.goto(`${server.url}/?panel=ingest`);
    await s.page.waitForSelector("#ingest:not([hidden])");
    const article = "Protesters gathered outside the parliament in Nairobi on Tuesday to oppose a new tax law, witnesses said.";
    await s.page.fill("#ingest textarea[name=text]", article);
    await s.page.fill("#ingest input[name=title]", "Test report");
    await s.page.fill("#ingest input[name=token]", "wrong-token");
    await s.page.click("#ingest button[type=submit]");
    await s.page.waitForSelector("#ingest .status.error");
    assert.match((await s.page.locator("#ingest .status.error").textContent())!, /401/);
    await s.page.fill("#ingest input[name=token]", TOKEN);
    await s.page.click("#ingest button[type=submit]");
    await s.page.waitForSelector('#ingest .ingest-result[data-ready="true"] article.reader');
    assert.equal(await s.page.locator("#ingest .reader .doc-text").textContent(), article);
    assert.equal(await s.page.locator("#ingest .reader .doc-title").textContent(), "Test report");
    assert.match((await s.page.locator("#ingest .status.ok").textContent())!, /1 new/);
    await shot(s.page, "ingest");

    // files go up as multipart
    const upload = "Fishermen in the harbour town said on Friday that the coast guard had seized three boats.";
    await s.page.fill("#ingest textarea[name=text]", "");
    await s.page.setInputFiles("#ingest input[type=file]", { name: "harbour.txt", mimeType: "text/plain", buffer: Buffer.from(upload) });
    await s.page.click("#ingest button[type=submit]");
    await s.page.waitForFunction((t) => document.querySelector("#ingest .reader .doc-text")?.textContent === t, upload);
    assert.match((await s.page.locator("#ingest .status.ok").textContent())!, /1 new/);
    await s.close();
  });

  test("hostile article text, names, titles and URLs render as inert text under a strict CSP", async () => {
    const res = await fetch(`${server.url}/`);
    assert.equal(res.headers.get("content-security-policy"), CONTENT_SECURITY_POLICY);
    assert.equal(res.headers.get("x-content-type-options"), "nosniff");
    const found = await (await fetch(`${server.url}/api/events?q=Raven&modality=any`)).json() as { items: { id: string }[] };
    assert.equal(found.items.length, 1);
    const id = found.items[0]!.id;
    const { reports } = await (await fetch(`${server.url}/api/events/${id}`)).json() as { reports: { documentId: string }[] };

    const s = await newPage(browser, server.url);
    const violations: string[] = [];
    await s.page.exposeFunction("reportViolation", (d: string) => violations.push(d));
    await s.page.addInitScript(() => document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { reportViolation(d: string): void }).reportViolation(e.violatedDirective)));
    await s.page.goto(`${server.url}/?q=Raven&event=${id}`);
    await waitReady(s.page);
    await s.page.waitForSelector('#detail[data-ready="true"] li.report');
    assert.match((await s.page.locator("table.events tbody").textContent())!, /<b onmouseover="window.__xss=1">Night Raven<\/b>/, "markup in a name shows as text");
    await s.page.hover("table.events tbody tr td:nth-child(3)");
    assert.match((await s.page.locator("#detail li.report").textContent())!, /<script>window.__xss=1<\/script>/, "a script tag in the title shows as text");
    await s.page.locator("#detail button.read-doc").click();
    await s.page.waitForSelector('#detail[data-ready="true"] article.reader');
    assert.match((await s.page.locator("#detail .reader .doc-text").textContent())!, /<iframe src="javascript:window.__xss=1"><\/iframe>/);
    await s.page.hover("#detail .reader .m-actor >> nth=0");
    await shot(s.page, "hostile-document");

    const dom = await s.page.evaluate((marker) => ({
      ran: (window as unknown as Record<string, unknown>)[marker.replace("window.", "")] !== undefined,
      injected: document.querySelectorAll("img, iframe, object, embed, body script, [onerror], [onload], [onmouseover], [onclick]").length,
      jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => /^\s*javascript:/i.test(a.getAttribute("href")!)).length,
      unsafeUrlShownAsText: document.querySelector("#detail .unsafe-url")?.textContent ?? null,
    }), HOSTILE_MARKER);
    assert.deepEqual(dom, { ran: false, injected: 0, jsLinks: 0, unsafeUrlShownAsText: "original" });
    assert.deepEqual(s.errors, [], "no script errors");
    assert.deepEqual(violations, [], "nothing on the page even tried to break the policy");

    // and the policy holds on its own: an inline script added behind the app's back does not run
    const inlineRan = await s.page.evaluate(() => {
      const el = document.createElement("script");
      el.textContent = "window.__inline = 1";
      document.body.append(el);
      return (window as unknown as { __inline?: number }).__inline !== undefined;
    });
    assert.equal(inlineRan, false);
    const reported = violations as string[];
    for (let i = 0; i < 40 && !reported.length; i++) await new Promise((ok) => setTimeout(ok, 50));
    assert.ok(reported.some((v) => v.startsWith("script-src")), `CSP reported the attempt: ${reported.join(",")}`);
    await s.close();
  });
});

test("dashboard browser tests need Chromium", { skip: !missing }, () => {
  assert.fail(missing!);
});
