// Builds the knowledge files in data/ from shared/data and npm data packages, reproducibly:
//   npm run build:knowledge [-- NAME...]     (names: countries actors gazetteer ontology lexicon)
// Each builder in scripts/knowledge/NAME.ts exports build(sharedDir) → the JSON object written to data/NAME.json.
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const shared = resolve(process.env.SITREP_SHARED ?? join(root, "..", "shared"));
const ORDER = ["countries", "actors", "gazetteer", "ontology", "lexicon"];
const names = process.argv.slice(2).length ? process.argv.slice(2) : ORDER;

for (const name of names) {
  const t0 = Date.now();
  const mod = (await import(`./knowledge/${name}.ts`)) as { build: (shared: string) => unknown | Promise<unknown> };
  const data = await mod.build(shared);
  const file = join(root, "data", `${name}.json`);
  const json = JSON.stringify(data);
  writeFileSync(file, json + "\n");
  console.log(`data/${name}.json  ${(json.length / 1024).toFixed(0)} KiB  ${Date.now() - t0} ms`);
}
