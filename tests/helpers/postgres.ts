import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "./ports.ts";

/**
 * A PostgreSQL server of the tests' own: Debian's binaries, a new cluster in a temporary folder, on a
 * loopback port the OS picks, stopped when the test process exits. Started once per process, on first use;
 * each caller gets a database of its own. PostgreSQL refuses to run as root, so as root the cluster
 * belongs to the `postgres` user.
 */
export interface TestPostgres {
  /** A new, empty database: its URL. */
  createDatabase(): Promise<string>;
}

const BIN = (() => {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((version) => existsSync(join(root, version, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], "bin") : undefined;
})();

/** Why PostgreSQL tests cannot run here, or undefined when they can. */
export const POSTGRES_MISSING = BIN ? undefined : "PostgreSQL is not installed (apt-get install postgresql): skipping the PostgreSQL runs";

let started: Promise<TestPostgres> | undefined;
let databases = 0;

export function testPostgres(): Promise<TestPostgres> {
  return (started ??= start());
}

async function start(): Promise<TestPostgres> {
  if (!BIN) throw new Error(POSTGRES_MISSING);
  const dir = mkdtempSync(join(tmpdir(), "lede-postgres-"));
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? "postgres" : undefined;
  if (asRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (command: string, args: string[]) => {
    const result = user ? spawnSync("runuser", ["-u", user, "--", join(BIN!, command), ...args], { encoding: "utf8" }) : spawnSync(join(BIN!, command), args, { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
  };
  const data = join(dir, "data");
  run("initdb", ["-D", data, "-A", "trust", "-U", "lede", "--no-sync", "-E", "UTF8", "--locale", "C"]);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c fsync=on`;
  run("pg_ctl", ["-D", data, "-o", options, "-l", join(dir, "log"), "-w", "start"]);
  process.once("exit", () => {
    const args = ["-D", data, "-m", "immediate", "stop"];
    if (user) spawnSync("runuser", ["-u", user, "--", join(BIN!, "pg_ctl"), ...args]);
    else spawnSync(join(BIN!, "pg_ctl"), args);
    rmSync(dir, { recursive: true, force: true });
  });
  const { default: pg } = await import("pg");
  const admin = `postgres://lede@127.0.0.1:${port}/postgres`;
  return {
    async createDatabase() {
      const name = `lede_test_${process.pid}_${++databases}`;
      const client = new pg.Client({ connectionString: admin });
      await client.connect();
      try {
        await client.query(`create database ${name}`);
      } finally {
        await client.end();
      }
      return `postgres://lede@127.0.0.1:${port}/${name}`;
    },
  };
}
