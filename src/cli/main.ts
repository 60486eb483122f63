// The sitrep command line: one sub-command per job, each with --help.
import { Command, CommanderError } from "commander";

/** Each command's module, loaded only when that command runs (or for the full help): a query should not pay
 * for loading the extraction pipeline, wink-nlp's model and the HTTP server. */
const COMMANDS: Record<string, () => Promise<(program: Command) => void>> = {
  extract: async () => (await import("./extract.ts")).registerExtract,
  ingest: async () => (await import("./ingest.ts")).registerIngest,
  events: async () => (await import("./query.ts")).registerQueries,
  actors: async () => (await import("./query.ts")).registerQueries,
  show: async () => (await import("./query.ts")).registerQueries,
  dyad: async () => (await import("./query.ts")).registerQueries,
  export: async () => (await import("./export.ts")).registerExport,
  serve: async () => (await import("./serve.ts")).registerServe,
  demo: async () => (await import("./demo.ts")).registerDemo,
  parse: async () => (await import("./parse.ts")).registerParse,
  worker: async () => (await import("./worker.ts")).registerWorker,
  queue: async () => (await import("./queue.ts")).registerQueue,
};

/** Registers the command named in argv, or every command when none is known (help, version, a typo). */
async function registerCommands(program: Command, name: string | undefined): Promise<void> {
  const load = name !== undefined ? COMMANDS[name] : undefined;
  const registers = load ? [await load()] : await Promise.all(Object.values(COMMANDS).map((l) => l()));
  for (const r of new Set(registers)) r(program);
}

/** A reader that stops reading (`sitrep events | head`) closes the pipe: that ends the command quietly, as for
 * other Unix tools, instead of an EPIPE stack trace. */
function quietOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE") process.exit(0);
      throw e;
    });
  }
}

export async function main(argv: string[]): Promise<number> {
  quietOnClosedPipe();
  const program = new Command("sitrep")
    .description("Turn news reports into structured, source-linked event data.")
    .version("0.1.0")
    .exitOverride();
  try {
    await registerCommands(program, argv[0]);
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    console.error(`sitrep: ${(e as Error).message}`);
    return 1;
  }
}
