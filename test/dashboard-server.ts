// Starts the real server the dashboard tests talk to (`sitrep serve`'s startServer over a SQLite store), with a
// synthetic corpus loaded, and builds the dashboard first when its sources changed.
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { ExtractionDocument } from "../src/schema.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { SqliteStore } from "../src/store/sqlite.ts";
import { startServer } from "../src/server/serve.ts";

export const TOKEN = "dashboard-test-token";
const WEB = fileURLToPath(new URL("../web/", import.meta.url));

/** Newest modification time under a folder (the dashboard sources). */
function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** Builds web/dist when a source is newer than the build, so the tests always see the current front end. */
let built: Promise<void> | null = null;
export function buildDashboard(): Promise<void> {
  built ??= (async () => {
    const index = `${WEB}dist/index.html`;
    const sources = Math.max(newest(`${WEB}src`), newest(`${WEB}index.html`), newest(`${WEB}vite.config.ts`));
    if (existsSync(index) && statSync(index).mtimeMs > sources) return;
    const { build } = await import("vite");
    await build({ root: WEB, configFile: `${WEB}vite.config.ts`, logLevel: "error" });
    if (!existsSync(`${WEB}dist/index.html`)) throw new Error("vite build produced no web/dist/index.html");
  })();
  return built;
}

export interface RunningServer { url: string; close(): Promise<void> }

/** The real `sitrep serve` (src/server) over a fresh SQLite store in a temporary folder, loaded with `docs`. */
export async function startDashboardServer(docs: ExtractionDocument[]): Promise<RunningServer> {
  await buildDashboard();
  const dir = mkdtempSync(join(tmpdir(), "sitrep-dashboard-"));
  const store = new SqliteStore(join(dir, "test.db"));
  for (const d of docs) await store.addDocument(d);
  // The knowledge loads only when a test ingests (it takes seconds).
  const { server, port } = await startServer(store, { port: 0, token: TOKEN, kb: () => loadKnowledge() });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((ok) => {
        server.close(() => ok());
        (server as { closeAllConnections?: () => void }).closeAllConnections?.();
      });
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
