import { resolve } from "node:path";

/** Which engine a database URL names; a module of its own so that naming one loads no driver. */
export type Engine = "sqlite" | "postgres";

/** `postgres://…` (or `postgresql://…`) is PostgreSQL; anything else is a SQLite file's path. */
export function engineOf(url: string): Engine {
  return /^postgres(ql)?:\/\//i.test(url) ? "postgres" : "sqlite";
}

/** The database a command uses: `--db`, else LEDE_DATABASE_URL, else `.lede/lede.db` in the project folder. */
export function databaseUrl(option: string | undefined, projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  return option || env.LEDE_DATABASE_URL || resolve(projectRoot, ".lede", "lede.db");
}

/** `postgres://lede:secret@db/lede` → `postgres://lede:***@db/lede`. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@\s]*@/i, "$1:***@");
}
