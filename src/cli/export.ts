// sitrep export --format acled|gdelt|plover|geojson [--out FILE]: the store's events in the field's formats.
import { createWriteStream } from "node:fs";
import type { Command } from "commander";
import { openStore } from "../store/open.ts";
import { EXPORTERS } from "../corpus/exports/index.ts";
import { loadKnowledge } from "../knowledge/load.ts";
import { addFilterOptions, filterOf } from "./query.ts";
import type { ExportContext } from "../corpus/exports/types.ts";

export function exportContext(): ExportContext {
  const kb = loadKnowledge();
  const countries = kb.countries as { byIso3?: (c: string) => { name: string; region?: string } | undefined };
  return { country: (iso3) => countries.byIso3?.(iso3) };
}

export function registerExport(program: Command): void {
  addFilterOptions(program.command("export").description("Export events as ACLED-style CSV, GDELT 2.0 event TSV, PLOVER JSON Lines or GeoJSON."))
    .requiredOption("--format <f>", `one of ${Object.keys(EXPORTERS).join(", ")}`)
    .option("--out <file>", "write to a file (default stdout)")
    .action(async (o: Parameters<typeof filterOf>[0] & { format: string; out?: string }) => {
      const ex = EXPORTERS[o.format.toLowerCase()];
      if (!ex) throw new Error(`--format must be one of ${Object.keys(EXPORTERS).join(", ")}`);
      const store = openStore(o.db);
      const out = o.out ? createWriteStream(o.out) : process.stdout;
      try {
        let n = 0;
        const events = store.eachEvent({ ...filterOf(o), limit: undefined, offset: undefined });
        async function* counted() {
          for await (const x of events) n++, yield x;
        }
        for await (const chunk of ex.run(counted(), exportContext())) if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
        if (o.out) {
          await new Promise<void>((res, rej) => (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? rej(e) : res())));
          console.error(`sitrep export: ${n} events → ${o.out}`);
        }
      } finally {
        await store.close();
      }
    });
}
