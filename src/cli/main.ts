// The sitrep command line: one sub-command per job, each with --help.
import { Command, CommanderError } from "commander";
import { registerParse } from "./parse.ts";

/** Registers the commands built on the pipeline and the store; imported only when one of them can run. */
async function registerPipelineCommands(program: Command): Promise<void> {
  const [{ registerExtract }, { registerIngest }, { registerQueries }, { registerExport }, { registerServe }, { registerDemo }] = await Promise.all([
    import("./extract.ts"), import("./ingest.ts"), import("./query.ts"), import("./export.ts"), import("./serve.ts"), import("./demo.ts"),
  ]);
  registerExtract(program);
  registerIngest(program);
  registerQueries(program);
  registerExport(program);
  registerServe(program);
  registerDemo(program);
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
    // `sitrep parse` needs only the syntax model: importing the other commands would load the pipeline, wink-nlp
    // and the store first and cost seconds of start-up
    if (argv[0] !== "parse") await registerPipelineCommands(program);
    registerParse(program);
    await program.parseAsync(argv, { from: "user" });
    return typeof process.exitCode === "number" ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode;
    console.error(`sitrep: ${(e as Error).message}`);
    return 1;
  }
}
