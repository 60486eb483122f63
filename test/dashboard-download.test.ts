// End-to-end: "Download" in the dashboard, in real headless Chromium against a served store, saves every event
// of the current filters in the chosen format, and the file passes its format's checker.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import type { BrowserContext } from "playwright-core";
import { syntheticDocuments } from "./dashboard-data.ts";
import { startDashboardServer, type RunningServer } from "./dashboard-server.ts";
import { browserMissing, newPage, openBrowser, waitReady } from "./dashboard-browser.ts";
import { CHECKERS } from "../src/corpus/exports/check/index.ts";
import { exportRefs } from "../src/knowledge/export-refs.ts";

const missing = browserMissing();

describe("dashboard download", { skip: missing ?? false, timeout: 300_000 }, () => {
  let server: RunningServer;
  let browser: BrowserContext;
  let closeBrowser: () => Promise<void>;

  before(async () => {
    server = await startDashboardServer(syntheticDocuments(120));
    ({ browser, close: closeBrowser } = await openBrowser());
  });
  after(async () => {
    await closeBrowser?.();
    await server?.close();
  });

  test("Download saves the filtered view (all pages) in the chosen format", async () => {
    const s = await newPage(browser, server.url);
    await s.page.goto(`${server.url}/?type=ASSAULT&limit=10`);
    await waitReady(s.page);
    const total = (await (await fetch(`${server.url}/api/events?type=ASSAULT&limit=1`)).json()).total as number;
    assert.ok(total > 10, "more events than one table page");
    const link = s.page.locator("#download-view");
    assert.match((await link.getAttribute("href"))!, /^\/api\/export\?type=ASSAULT&format=csv$/);

    await s.page.selectOption("select[name=export-format]", "plover");
    assert.match((await link.getAttribute("href"))!, /format=plover/);
    const [download] = await Promise.all([s.page.waitForEvent("download"), link.click()]);
    assert.match(download.suggestedFilename(), /^sitrep-plover-\d{8}\.jsonl$/);
    const text = readFileSync((await download.path())!, "utf8");
    const records = text.trim().split("\n").map((l) => JSON.parse(l));
    assert.ok(records.length > 10 && records.length <= total, `${records.length} of ${total}: the whole view, less undated events`);
    assert.ok(records.every((r) => r.event[0] === "ASSAULT"), "the type filter applies");
    assert.deepEqual(CHECKERS.plover!(text, exportRefs).violations, []);

    // a filter change rebuilds the link
    await s.page.selectOption("select[name=type]", "PROTEST");
    await s.page.waitForFunction(() => document.querySelector<HTMLAnchorElement>("#download-view")!.getAttribute("href")!.includes("type=PROTEST"));
    assert.deepEqual(s.errors, []);
    await s.close();
  });
});
