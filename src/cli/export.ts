// sitrep export --format acled|gdelt|plover|geojson [--out FILE]: the store's events in the field's formats.
// sitrep export --check FILE [--format F]: checks an export file against its format's rules (exit 1 on violations).
import { createWriteStream, readFileSync } from "node:fs";
import type { Command } from "commander";
import { openStore } from "../store/open.ts";
import { EXPORTERS } from "../corpus/exports/index.ts";
import { CHECKERS, detectFormat, formatReport } from "../corpus/exports/check/index.ts";
import { exportRefs } from "../knowledge/export-refs.ts";
import { addFilterOptions, filterOf } from "./query.ts";
import type { ExportFormats } from "../server/export.ts";

/** The export formats for the server's GET /api/export, with their reference data. */
export function serverExportFormats(): ExportFormats {
  return Object.fromEntries(Object.entries(EXPORTERS).map(([name, x]) => [name, { ext: x.ext, mime: x.mime, run: (events, now) => x.run(events, { refs: exportRefs, now }) }]));
}

/** Checks one file; prints the report (to stdout, or JSON with --json) and returns the exit code. */
export function checkExportFile(file: string, format: string | undefined, opts: { json?: boolean; show?: number } = {}): number {
  const text = readFileSync(file, "utf8");
  const f = (format ?? detectFormat(file, text))?.toLowerCase();
  if (!f) throw new Error(`cannot tell the format of ${file}: give --format ${Object.keys(CHECKERS).join("|")}`);
  const check = CHECKERS[f];
  if (!check) throw new Error(`--format must be one of ${Object.keys(CHECKERS).join(", ")}`);
  const report = check(text, exportRefs);
  console.log(opts.json ? JSON.stringify(report, null, 2) : formatReport(report, file, opts.show));
  return report.total ? 1 : 0;
}

export function registerExport(program: Command): void {
  addFilterOptions(program.command("export").description("Export events as ACLED-style CSV, GDELT 2.0 event TSV, PLOVER JSON Lines or GeoJSON; or check an export file with --check."))
    .option("--format <f>", `one of ${Object.keys(EXPORTERS).join(", ")} (with --check: the file's format, else from its name or content)`)
    .option("--out <file>", "write to a file (default stdout)")
    .option("--check <file>", "check an export file against its format's rules instead of exporting; exit code 1 when any rule fails")
    .option("--show <n>", "with --check: violations to list (default 50)")
    .option("--json", "with --check: the report as JSON")
    .action(async (o: Parameters<typeof filterOf>[0] & { format?: string; out?: string; check?: string; show?: string; json?: boolean }) => {
      if (o.check) {
        process.exitCode = checkExportFile(o.check, o.format, { json: o.json, show: o.show ? Number(o.show) : undefined });
        return;
      }
      if (!o.format) throw new Error(`--format is required: one of ${Object.keys(EXPORTERS).join(", ")}`);
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
        const ctx = { refs: exportRefs, skipped: new Map<string, number>() };
        for await (const chunk of ex.run(counted(), ctx)) if (!out.write(chunk)) await new Promise((r) => out.once("drain", r));
        if (o.out) {
          await new Promise<void>((res, rej) => (out as ReturnType<typeof createWriteStream>).end((e?: Error | null) => (e ? rej(e) : res())));
          const left = [...ctx.skipped].map(([why, k]) => `${k} ${why}`).join(", ");
          console.error(`sitrep export: ${n} events → ${o.out}${left ? ` (left out: ${left})` : ""}`);
        }
      } finally {
        await store.close();
      }
    });
}
