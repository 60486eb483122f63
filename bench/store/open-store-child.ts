// One process of the fresh-store trials. For each line "FILE START_AT_MS" on stdin it waits for the agreed moment
// (so the processes of a trial open the file together), opens the store through its public constructor, and
// prints its schema version or its error as one JSON line. Staying up between trials keeps a trial to the time
// of the opens, not of process start-up.
import { createInterface } from "node:readline";
import { SqliteStore } from "../../src/store/sqlite.ts";

for await (const line of createInterface({ input: process.stdin })) {
  const [file, startAt] = line.split(" ") as [string, string];
  while (Date.now() < Number(startAt)) { /* spin: a timer's granularity would spread the opens apart */ }
  try {
    const store = new SqliteStore(file);
    const version = store.schemaVersion;
    await store.close();
    console.log(JSON.stringify({ ok: true, version }));
  } catch (e) {
    console.log(JSON.stringify({ ok: false, error: `${(e as Error).message} (${(e as { code?: string }).code ?? "no code"})` }));
  }
}
