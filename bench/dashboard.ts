// Benchmark: the dashboard at scale. Loads a synthetic corpus (test/dashboard-data.ts: round-ups of five stories
// per article, so loading takes minutes, not hours) into a SQLite store until
// it holds --events canonical events (default 100,000; the store is kept in --db and reused), serves it with the
// real server, and times in headless Chromium: first load of every view, and each kind of filter until every
// view has redrawn. Also times the API calls alone. Writes artifacts/bench-dashboard.json and a screenshot.
//   npx tsx bench/dashboard.ts [--events 100000] [--db tmp/bench-dashboard.db] [--load-only]
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { SqliteStore } from "../src/store/sqlite.ts";
import { startServer } from "../src/server/serve.ts";
import { syntheticStream } from "../test/dashboard-data.ts";
import { buildDashboard } from "../test/dashboard-server.ts";
import { browserMissing, newPage, openBrowser, waitReady } from "../test/dashboard-browser.ts";
import type { Page } from "playwright-core";

const root = resolve(import.meta.dirname, "..");
const arg = (name: string, dflt: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1]! : dflt);
const want = Number(arg("--events", "100000"));
const dbFile = resolve(root, arg("--db", "tmp/bench-dashboard.db"));
mkdirSync(resolve(dbFile, ".."), { recursive: true });

const store = new SqliteStore(dbFile);
let stats = await store.stats();
if (stats.canonicalEvents < want) {
  // Resume where an earlier run stopped: the stream is deterministic, so skip the documents already stored.
  const t0 = performance.now();
  let n = 0;
  for (const doc of syntheticStream(10_000_000, 7, 3650, 5)) {
    n++;
    if (n <= stats.documents) continue;
    await store.addDocument(doc);
    if (n % 1000 === 0) {
      stats = await store.stats();
      console.log(`${stats.documents} documents, ${stats.canonicalEvents} events, ${((n - 0) / ((performance.now() - t0) / 1000)).toFixed(0)} docs/s`);
      if (stats.canonicalEvents >= want) break;
    }
  }
  stats = await store.stats();
  console.log(`loaded in ${((performance.now() - t0) / 1000).toFixed(0)} s`);
}
console.log(`store: ${JSON.stringify(stats)}`);
if (process.argv.includes("--load-only")) {
  await store.close();
  process.exit(0);
}

const missing = browserMissing();
if (missing) throw new Error(missing);
await buildDashboard();
const { server, port } = await startServer(store, { port: 0 });
const base = `http://127.0.0.1:${port}`;

// The API alone (server time as the browser would see it, without rendering): the first (cold) call, then the
// median of three more.
const api: Record<string, { cold: number; warm: number }> = {};
for (const path of ["/api/events?limit=50", "/api/events?limit=50&type=ASSAULT", "/api/events?limit=50&q=shelled", "/api/events?limit=50&sort=-fatalities",
  "/api/events?limit=50&offset=90000&modality=any", "/api/events?limit=50&country=UKR&from=2021-01-01&to=2021-12-31", "/api/timeline?interval=month",
  "/api/timeline?interval=day", "/api/map?zoom=1", "/api/network?limit=60", "/api/dyad?a=USA&b=IRN", "/api/actors?q=army"]) {
  const ms: number[] = [];
  for (let i = 0; i < 4; i++) {
    const t0 = performance.now();
    const res = await fetch(base + path);
    await res.json();
    ms.push(Math.round(performance.now() - t0));
  }
  api[path] = { cold: ms[0]!, warm: ms.slice(1).sort((a, b) => a - b)[1]! };
}
console.table(api);

const { browser, close } = await openBrowser();
const ui: Record<string, number> = {};
const ALL = ["#events", "#timeline", "#map", "#network"];
/** Times an action until the given panels have redrawn: they are marked stale first, so only a redraw counts. */
const time = async (name: string, page: Page, act: () => Promise<unknown>, panels = ALL) => {
  await page.evaluate((sel) => { for (const p of sel) { const el = document.querySelector<HTMLElement>(p); if (el) el.dataset.ready = "stale"; } }, panels).catch(() => {});
  const t0 = performance.now();
  await act();
  await waitReady(page, panels);
  ui[name] = Math.round(performance.now() - t0);
};
const s = await newPage(browser, base);
await time("first load, all four views", s.page, () => s.page.goto(base));
await time("filter type=ASSAULT", s.page, () => s.page.selectOption("select[name=type]", "ASSAULT"));
await time("filter country=UKR", s.page, async () => { await s.page.fill("input[name=country]", "UKR"); await s.page.press("input[name=country]", "Enter"); });
await time("clear filters", s.page, () => s.page.click("button.reset"));
await time("text search 'shelled'", s.page, async () => { await s.page.fill("input[name=q]", "shelled"); await s.page.press("input[name=q]", "Enter"); });
await time("clear filters again", s.page, () => s.page.click("button.reset"));
await time("sort by deaths (table)", s.page, () => s.page.click("button.sort[data-sort=fatalities]"), ["#events"]);
await time("next page (table)", s.page, () => s.page.click("button[data-page=next]"), ["#events"]);
await time("actor from network", s.page, () => s.page.locator("#network .node circle").first().click());
await time("zoom map into a cluster", s.page, () => s.page.locator("#map .cluster").first().click());
await time("open event detail", s.page, async () => { await s.page.locator("table.events tbody tr a").first().click(); await s.page.waitForSelector('#detail[data-ready="true"]'); }, ["#detail"]);
mkdirSync(join(root, "artifacts", "screenshots"), { recursive: true });
await s.page.screenshot({ path: join(root, "artifacts", "screenshots", "bench-dashboard.png"), fullPage: false });
console.table(ui);
if (s.errors.length) console.log("page errors:", s.errors);
mkdirSync(join(root, "artifacts"), { recursive: true });
writeFileSync(join(root, "artifacts", "bench-dashboard.json"), JSON.stringify({ stats, apiMs: api, uiMs: ui, when: new Date().toISOString() }, null, 2));
await close();
server.close();
(server as { closeAllConnections?: () => void }).closeAllConnections?.();
await store.close();
