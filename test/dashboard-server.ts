// Starts the real server the dashboard tests talk to (`sitrep serve`'s startServer over a SQLite store), with a
// synthetic corpus loaded, and builds the dashboard first when its sources changed.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ExtractionDocument } from "../src/schema.ts";
import { loadKnowledge } from "../src/knowledge/load.ts";
import { SqliteStore } from "../src/store/sqlite.ts";
import { startServer } from "../src/server/serve.ts";
import { buildDashboard } from "../src/server/build-web.ts";
import { serverExportFormats } from "../src/cli/export.ts";
export { buildDashboard };

export const TOKEN = "dashboard-test-token";

export interface RunningServer { url: string; close(): Promise<void> }

/** The real `sitrep serve` (src/server) over a fresh SQLite store in a temporary folder, loaded with `docs`. */
export async function startDashboardServer(docs: ExtractionDocument[]): Promise<RunningServer> {
  await buildDashboard();
  const dir = mkdtempSync(join(tmpdir(), "sitrep-dashboard-"));
  const store = new SqliteStore(join(dir, "test.db"));
  for (const d of docs) await store.addDocument(d);
  // The knowledge loads only when a test ingests (it takes seconds).
  const { server, port } = await startServer(store, { port: 0, token: TOKEN, kb: () => loadKnowledge(), exports: serverExportFormats() });
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
