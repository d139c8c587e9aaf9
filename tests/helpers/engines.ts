import { join } from "node:path";
import { test } from "uvu";
import { openStore, type Store } from "../../src/store/open.ts";
import { temporaryDir } from "./lede.ts";
import { POSTGRES_MISSING, testPostgres } from "./postgres.ts";

export interface Engine {
  name: "sqlite" | "postgres";
  /** Why this engine's runs skip here, if they do. */
  missing?: string | undefined;
  /** A new, empty database's URL. */
  newDatabase(): Promise<string>;
}

export const ENGINES: Engine[] = [
  { name: "sqlite", newDatabase: async () => join(temporaryDir("db"), "lede.db") },
  { name: "postgres", missing: POSTGRES_MISSING, newDatabase: async () => (await testPostgres()).createDatabase() },
];

let told = false;

/** The same test on SQLite and on PostgreSQL (`… [postgres]`); a missing engine's run skips, saying why once. */
export function testOnEachEngine(name: string, body: (database: string, engine: Engine) => Promise<void>): void {
  for (const engine of ENGINES) {
    if (engine.missing) {
      if (!told) console.log(`skip: ${engine.missing}`);
      told = true;
      test.skip(`${name} [${engine.name}]`, () => {});
      continue;
    }
    test(`${name} [${engine.name}]`, async () => body(await engine.newDatabase(), engine));
  }
}

/** Open a new database of this engine, run `body`, close it. */
export async function withStore<T>(database: string, body: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(database);
  try {
    return await body(store);
  } finally {
    await store.close();
  }
}
