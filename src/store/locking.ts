// Waiting for other writers: SQLite's busy timeout, and a retry for the SQLITE_BUSY that SQLite returns without
// consulting the timeout (switching a fresh file to WAL while another process does the same).

/** How long a writer waits for another's lock before SQLITE_BUSY: long enough to outlast another process's
 * migration or a long write transaction beside an ingest. SITREP_BUSY_TIMEOUT_MS overrides it. */
export function busyTimeoutMs(): number {
  const set = Number(process.env.SITREP_BUSY_TIMEOUT_MS);
  return process.env.SITREP_BUSY_TIMEOUT_MS && Number.isFinite(set) && set >= 0 ? set : 60_000;
}

const isBusy = (e: unknown) => typeof (e as { code?: unknown })?.code === "string" && (e as { code: string }).code.startsWith("SQLITE_BUSY");
const pause = new Int32Array(new SharedArrayBuffer(4));

/** Runs a statement, again after a short pause while it fails with SQLITE_BUSY, for up to `timeoutMs`. */
export function retryWhileBusy<T>(run: () => T, timeoutMs = busyTimeoutMs()): T {
  const deadline = Date.now() + timeoutMs;
  for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
    try {
      return run();
    } catch (e) {
      if (!isBusy(e) || Date.now() + wait > deadline) throw e;
      Atomics.wait(pause, 0, 0, wait); // a synchronous sleep: the store's API is synchronous underneath
    }
  }
}
