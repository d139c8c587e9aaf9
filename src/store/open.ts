import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { Kysely, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import { migrations } from "./migrations.ts";
import { engineOf, redactUrl, type Engine } from "./url.ts";
import type { Database } from "./schema.ts";

/** The database, opened and migrated to the current version. */
export interface Store {
  db: Kysely<Database>;
  engine: Engine;
  /** How messages name the database: a file path, or the URL without its password. */
  label: string;
  close(): Promise<void>;
}


/**
 * Open the database at `url` (a SQLite file, created with its folder when missing, or a PostgreSQL URL)
 * and bring it to the current version. `durable`: every commit is on disk before it returns, on SQLite as
 * on PostgreSQL. Throws an Error whose message names the database and the cause.
 */
export async function openStore(url: string, options: { durable?: boolean } = {}): Promise<Store> {
  const engine = engineOf(url);
  const label = engine === "postgres" ? redactUrl(url) : url;
  let db: Kysely<Database>;
  try {
    db = engine === "postgres" ? await openPostgres(url) : await openSqlite(url, options.durable ?? false);
  } catch (cause) {
    throw new Error(`cannot open the database ${label}: ${(cause as Error).message}`);
  }
  const { error } = await new Migrator({ db, provider: migrations, migrationTableName: "lede_migrations", migrationLockTableName: "lede_migrations_lock" }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new Error(`cannot bring the database ${label} up to date: ${(error as Error).message ?? String(error)}`);
  }
  return { db, engine, label, close: () => db.destroy() };
}

async function openSqlite(path: string, durable: boolean): Promise<Kysely<Database>> {
  const { default: SQLite } = await import("better-sqlite3");
  const file = resolve(path);
  mkdirSync(dirname(file), { recursive: true });
  const database = new SQLite(file);
  // WAL lets `lede send` read while `lede api` writes. NORMAL syncs at checkpoints, not at every commit:
  // a committed sign-up survives the process being killed; only a power cut may lose the last ones.
  // `durable` (a send) syncs every commit: a reader marked `sending` stays marked even through a power
  // cut, so the message is never sent again.
  database.pragma("journal_mode = WAL");
  database.pragma(`synchronous = ${durable ? "FULL" : "NORMAL"}`);
  // Another process holding the write lock (a send beside the service) is waited for, not an error.
  database.pragma("busy_timeout = 5000");
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) });
}

/**
 * Kysely prepares every query it runs; preparing costs as much as running a small one (a third of the
 * database time of a sign-up). Queries of the same shape have the same SQL, so each is prepared once.
 */
function withStatementCache(database: import("better-sqlite3").Database) {
  const statements = new Map<string, import("better-sqlite3").Statement>();
  return {
    close: () => void database.close(),
    prepare(sql: string) {
      let statement = statements.get(sql);
      if (!statement) {
        if (statements.size >= 500) statements.delete(statements.keys().next().value!); // `in (…)` lists of every length
        statement = database.prepare(sql);
        statements.set(sql, statement);
      }
      return statement;
    },
  };
}

async function openPostgres(url: string): Promise<Kysely<Database>> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: 10, application_name: "lede" });
  // A connection that fails later (the server restarted) is reported by the query that used it.
  pool.on("error", () => {});
  const client = await pool.connect(); // fail now, with the server's reason, rather than at the first query
  client.release();
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}
