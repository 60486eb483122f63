// Opens the store a command or server asks for: --db, else SITREP_DB, else ./sitrep.db (SQLite).
import { SqliteStore } from "./sqlite.ts";
import type { Store } from "./store.ts";

export const DEFAULT_DB = "sitrep.db";

export function dbPath(option?: string | null): string {
  return option || process.env.SITREP_DB || DEFAULT_DB;
}

export function openStore(option?: string | null): Store {
  return new SqliteStore(dbPath(option));
}
