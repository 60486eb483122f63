// Builds the dashboard (web/ → web/dist) with Vite when a source is newer than the build, so `sitrep serve`,
// `sitrep demo` and the browser tests always serve the current front end.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT } from "../package-root.ts";

const WEB = join(PACKAGE_ROOT, "web") + "/";

/** Newest modification time under a folder (the dashboard sources). */
function newest(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

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
