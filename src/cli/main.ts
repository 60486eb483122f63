// The sitrep command line: one sub-command per job, each with --help.
import { Command, CommanderError } from "commander";
import { registerExtract } from "./extract.ts";
import { registerIngest } from "./ingest.ts";
import { registerQueries } from "./query.ts";
import { registerExport } from "./export.ts";
import { registerServe } from "./serve.ts";
import { registerDemo } from "./demo.ts";

export async function main(argv: string[]): Promise<number> {
  const program = new Command("sitrep")
    .description("Turn news reports into structured, source-linked event data.")
    .version("0.1.0")
    .exitOverride();
  registerExtract(program);
  registerIngest(program);
  registerQueries(program);
  registerExport(program);
  registerServe(program);
  registerDemo(program);
  try {
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    console.error(`sitrep: ${(e as Error).message}`);
    return 1;
  }
}
