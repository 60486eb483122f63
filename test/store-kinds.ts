// The stores the shared store tests run on: SQLite in a temporary file, and PostgreSQL in a fresh schema of the test
// database (SITREP_TEST_PG, default the one scripts/setup-services.sh makes), dropped when the store is closed, so
// test runs never see each other's rows.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { SqliteStore } from "../src/store/sqlite.ts";
import { PostgresStore } from "../src/store/postgres/store.ts";
import type { Store } from "../src/store/store.ts";

export const PG_URL = process.env.SITREP_TEST_PG ?? "postgres://sitrep:sitrep@127.0.0.1:5432/sitrep_test";
export const REDIS_URL = process.env.SITREP_TEST_REDIS ?? "redis://127.0.0.1:6379";

/** A new schema in the test database and a URL whose connections use it; drop() removes it and all it holds. */
export async function freshPgSchema(): Promise<{ url: string; schema: string; drop(): Promise<void> }> {
  const schema = `sitrep_t_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE SCHEMA ${schema}`);
  await admin.end();
  // a throwaway schema needs no durability: commits without waiting for the disk keep the tests quick
  const url = `${PG_URL}${PG_URL.includes("?") ? "&" : "?"}options=${encodeURIComponent(`-c search_path=${schema} -c synchronous_commit=off`)}`;
  return {
    url, schema,
    async drop() {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      await c.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await c.end();
    },
  };
}

export interface StoreKind {
  name: "sqlite" | "postgres";
  /** a new empty store; closing it removes a PostgreSQL store's schema */
  open(): Promise<Store>;
}

export const STORE_KINDS: StoreKind[] = [
  { name: "sqlite", open: async () => new SqliteStore(join(mkdtempSync(join(tmpdir(), "sitrep-store-")), "s.db")) },
  {
    name: "postgres",
    open: async () => {
      const s = await freshPgSchema();
      const store = new PostgresStore(s.url);
      const close = store.close.bind(store);
      store.close = async () => {
        await close();
        await s.drop();
      };
      return store;
    },
  },
];
