// Real headless Chromium for the dashboard tests (Debian's /usr/bin/chromium driven by playwright-core; no
// browser download). Screenshots go to artifacts/screenshots/.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const SHOTS = join(process.cwd(), "artifacts", "screenshots");

/** Why the browser tests cannot run here, or null. In CI a missing browser is a failure, not a skip. */
export function browserMissing(): string | null {
  if (existsSync(CHROMIUM)) return null;
  const why = `${CHROMIUM} not found: run scripts/setup-browser.sh`;
  if (process.env.CI) throw new Error(why);
  return why;
}

export interface Session { page: Page; errors: string[]; close(): Promise<void> }

/** One browser with a fresh profile directory (a persistent context, as playwright wants the profile passed). */
export async function openBrowser(): Promise<{ browser: BrowserContext; close(): Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), "sitrep-chromium-"));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
  return { browser, close: async () => { await browser.close(); rmSync(profile, { recursive: true, force: true }); } };
}

/** A fresh tab that records script errors, requests to other origins and CSP violations. */
export async function newPage(browser: BrowserContext, base: string): Promise<Session> {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
  page.on("console", (m) => { if (m.type() === "error" && !/status of 40[14]/.test(m.text())) errors.push(`console: ${m.text()}`); });
  page.on("request", (r) => { if (!r.url().startsWith(base) && !r.url().startsWith("data:")) errors.push(`foreign request: ${r.url()}`); });
  return { page, errors, close: () => page.close() };
}

/** Waits until every dashboard panel has drawn its data. */
export async function waitReady(page: Page, panels = ["#events", "#timeline", "#map", "#network", "#countries"]): Promise<void> {
  for (const p of panels) await page.waitForSelector(`${p}[data-ready="true"]`, { timeout: 20_000 });
}

export async function shot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SHOTS, { recursive: true });
  const path = join(SHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

export function query(page: Page): URLSearchParams {
  return new URL(page.url()).searchParams;
}
