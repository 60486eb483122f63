// sitrep events | actors | show | dyad | counts: the store's queries on the command line.
import type { Command } from "commander";
import { openStore } from "../store/open.ts";
import { parseBbox, parseMinConfidence } from "../store/filters.ts";
import type { EventFilter, Interval } from "../store/store.ts";
import type { CanonicalEvent } from "../corpus/records.ts";
import { checkFormat, render } from "./format.ts";
import type { Store } from "../store/store.ts";
import { countryCode } from "../knowledge/country-codes.ts";
import { loadCalibration } from "../knowledge/load.ts";

/** Opens the store, runs one command against it, and always closes it. */
export async function withStore<T>(db: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = openStore(db);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

interface FilterOptions {
  db?: string;
  actor?: string;
  country?: string;
  type?: string;
  acled?: string;
  modality?: string;
  minConfidence?: string;
  from?: string;
  to?: string;
  place?: string;
  bbox?: string;
  q?: string;
  sort?: string;
  limit?: string;
  offset?: string;
  format?: string;
}

/** The event filter options, shared by events, export and dyad. */
export function addFilterOptions(cmd: Command): Command {
  return cmd
    .option("--db <file|url>", "SQLite file or postgres:// URL (default $SITREP_DB or ./sitrep.db)")
    .option("--actor <a>", "actor id, actor code, country code or name")
    .option("--country <name>", "where it happened: a country name or ISO code (\"El Salvador\", SLV, SV)")
    .option("--type <plover>", "PLOVER type (ASSAULT, PROTEST ...)")
    .option("--acled <type>", 'ACLED event type ("Battles" ...)')
    .option("--modality <m>", "asserted (default), negated, intended, threatened, ..., or any", "asserted")
    .option("--min-confidence <p>", "events at or above this confidence, 0 to 1 (default: the calibration's threshold; 0 shows every event)")
    .option("--from <date>", "on or after (ISO date)")
    .option("--to <date>", "on or before (ISO date)")
    .option("--place <name>", "place name contains")
    .option("--bbox <box>", "minLon,minLat,maxLon,maxLat")
    .option("-q, --q <text>", "text search in evidence, actors and places");
}

export function filterOf(o: FilterOptions): EventFilter {
  const num = (s: string | undefined, name: string) => {
    if (s == null) return undefined;
    const n = Number(s);
    if (!Number.isInteger(n) || n < 0) throw new Error(`--${name} must be a whole number`);
    return n;
  };
  const country = o.country ? countryCode(o.country) : undefined;
  if (country === null) throw new Error(`--country "${o.country}" is unknown: give a name ("El Salvador") or an ISO code (SLV, SV)`);
  return {
    actor: o.actor, country, type: o.type, acled: o.acled, modality: o.modality, minConfidence: parseMinConfidence(o.minConfidence, "--min-confidence", loadCalibration().threshold),
    from: o.from, to: o.to, place: o.place,
    bbox: parseBbox(o.bbox), q: o.q, sort: o.sort as EventFilter["sort"], limit: num(o.limit, "limit"), offset: num(o.offset, "offset"),
  };
}

export const eventRow = (e: CanonicalEvent) => ({
  id: e.id, date: e.date ?? "", type: e.type, mode: e.mode ?? "", source: e.source?.name ?? "", target: e.target?.name ?? "",
  place: e.location?.name ?? "", country: e.location?.country ?? "", fatalities: e.fatalities ?? "", modality: e.modality,
  reports: e.reports, publishers: e.publishers, confidence: e.confidence,
});
const EVENT_COLUMNS = ["id", "date", "type", "mode", "source", "target", "place", "country", "fatalities", "modality", "reports", "publishers", "confidence"];

export function registerQueries(program: Command): void {
  addFilterOptions(program.command("events").description("List canonical events (merged across reports), newest first."))
    .option("--sort <s>", "date, -date (default), fatalities, confidence, reports (most publishers first)")
    .option("--limit <n>", "how many (default 50)", "50")
    .option("--offset <n>", "skip this many")
    .option("--format <f>", "table, json or csv", "table")
    .action(async (o: FilterOptions) => {
      const format = checkFormat(o.format);
      await withStore(o.db, async (store) => {
        const page = await store.events(filterOf(o));
        console.log(render(page.items.map(eventRow), EVENT_COLUMNS, format, page));
        if (format === "table") console.log(`${page.items.length} of ${page.total} events${page.total > page.offset + page.items.length ? ` (--offset ${page.offset + page.items.length} for more)` : ""}`);
      });
    });

  program.command("actors").description("List actors resolved across documents, with their event counts.")
    .argument("[query]", "name, id, actor code or country code")
    .option("--db <file|url>", "SQLite file or postgres:// URL")
    .option("--limit <n>", "how many", "50")
    .option("--format <f>", "table, json or csv", "table")
    .action(async (q: string | undefined, o: FilterOptions) => {
      const format = checkFormat(o.format);
      await withStore(o.db, async (store) => {
        const rows = await store.actors(q, Number(o.limit) || 50);
        console.log(render(rows, ["id", "name", "country", "sector", "actorCode", "events"], format, { items: rows }));
      });
    });

  program.command("show").description("Show a canonical event: its record, every report behind it, and why they were merged.")
    .argument("<id>", "event id (ce_...)")
    .option("--db <file|url>", "SQLite file or postgres:// URL")
    .option("--format <f>", "table or json", "table")
    .action(async (id: string, o: FilterOptions) => {
      const format = checkFormat(o.format);
      await withStore(o.db, async (store) => {
        const d = await store.event(id);
        if (!d) {
          console.error(`sitrep show: no event ${id}`);
          process.exitCode = 1;
          return;
        }
        if (format === "json") return void console.log(JSON.stringify(d, null, 2));
        const e = d.event;
        console.log(`${e.id}  ${e.type}${e.mode ? `/${e.mode}` : ""}  ${e.date ?? "undated"} (${e.precision})  ${e.modality}`);
        console.log(`  ${e.source?.name ?? "?"} → ${e.target?.name ?? "?"}${e.location ? `  at ${e.location.name}${e.location.country ? `, ${e.location.country}` : ""}` : ""}`);
        console.log(`  CAMEO ${e.cameo ?? "-"}  Goldstein ${e.goldstein ?? "-"}  ACLED ${e.acled ? `${e.acled.eventType} / ${e.acled.subEventType}` : "-"}  fatalities ${e.fatalities ?? "-"}`);
        console.log(`  ${e.reports} report(s) from ${e.publishers} publisher(s), confidence ${e.confidence}, first seen ${e.firstSeen || "-"}`);
        console.log("\nReports:");
        d.reports.forEach((r, i) => console.log(`  ${i + 1}. ${r.source ?? "unknown publisher"}, ${r.published ?? "undated"}: ${r.title ?? r.documentId.slice(0, 12)}\n     document ${r.documentId.slice(0, 16)} event ${r.eventIndex}, chars ${r.evidence.start}-${r.evidence.end}\n     "${r.sentence.text.replace(/\s+/g, " ").trim()}"`));
        console.log("\nWhy merged:");
        for (const r of d.merge.reasons) console.log(`  - ${r}`);
      });
    });

  addFilterOptions(program.command("dyad").description("Events between two actors (either direction) and Goldstein scores by month."))
    .argument("<a>", "actor id, actor code, country code or name")
    .argument("<b>", "actor id, actor code, country code or name")
    .option("--format <f>", "table, json or csv", "table")
    .action(async (a: string, b: string, o: FilterOptions) => {
      const format = checkFormat(o.format);
      await withStore(o.db, async (store) => {
        const months = await store.dyad(a, b, { ...filterOf(o), actor: undefined });
        console.log(render(months, ["month", "events", "goldsteinSum", "goldsteinMean"], format, { months }));
      });
    });

  addFilterOptions(program.command("counts").description("Events and fatalities by country and period (an event whose date does not fit in one period is counted in none)."))
    .option("--interval <i>", "day, week, month or year", "month")
    .option("--format <f>", "table, json or csv", "table")
    .action(async (o: FilterOptions & { interval: string }) => {
      const format = checkFormat(o.format);
      if (!["day", "week", "month", "year"].includes(o.interval)) throw new Error("--interval must be day, week, month or year");
      await withStore(o.db, async (store) => {
        const rows = await store.counts(o.interval as Interval, filterOf(o));
        const shown = rows.map((r) => ({ ...r, country: r.country ?? "unknown", period: r.period ?? "(no single period)" }));
        console.log(render(shown, ["country", "period", "events", "fatalities", "withToll"], format, { interval: o.interval, rows }));
      });
    });
}
