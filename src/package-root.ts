// The package's root folder (where package.json and data/ live), found from this module's own location so that
// the same code works from src/ (run through tsx) and from the bundled CLI in dist/cli/. Node only.
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

function findRoot(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "data"))) return dir;
    if (dirname(dir) === dir) throw new Error(`sitrep: no package root (package.json and data/) above ${from}`);
  }
}

export const PACKAGE_ROOT = findRoot(dirname(fileURLToPath(import.meta.url)));
