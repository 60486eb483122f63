#!/usr/bin/env node
// Runs the CLI. When the bundle in dist/cli (npm run build:cli, which npm ci runs) is newer than every source file it
// is used, since loading the TypeScript through tsx costs about half a second of start-up; otherwise the source runs
// through tsx's loader, so the bin always runs the current code.
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bundle = `${root}dist/cli/main.js`;

/** Newest modification time of the TypeScript files under a folder. */
function newest(dir) {
  let t = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) t = Math.max(t, newest(p));
    else if (e.name.endsWith(".ts")) t = Math.max(t, statSync(p).mtimeMs);
  }
  return t;
}

let main;
if (existsSync(bundle) && statSync(bundle).mtimeMs >= newest(`${root}src`)) ({ main } = await import(bundle));
else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("../src/cli/main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
