// Opens the store a command or server asks for: --db, else SITREP_DB, else ./sitrep.db (SQLite). A postgres:// URL
// opens the PostgreSQL store (several processes share it: API servers, queue workers).
import { SqliteStore } from "./sqlite.ts";
import { isPostgresUrl, PostgresStore } from "./postgres/store.ts";
import type { Store } from "./store.ts";

export const DEFAULT_DB = "sitrep.db";

export function dbPath(option?: string | null): string {
  return option || process.env.SITREP_DB || DEFAULT_DB;
}

/** The store's name for messages: a PostgreSQL URL without its password. */
export function dbLabel(option?: string | null): string {
  return dbPath(option).replace(/^(postgres(?:ql)?:\/\/[^:/@]+):[^@]*@/i, "$1:***@");
}

export function openStore(option?: string | null): Store {
  const where = dbPath(option);
  return isPostgresUrl(where) ? new PostgresStore(where) : new SqliteStore(where);
}
