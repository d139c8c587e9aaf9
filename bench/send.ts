/**
 * `npm run bench -- send`: the real `lede send` of one issue to 10,000 readers in the database, to an SMTP
 * sink on loopback, as fast as it takes them (`--rate 0`, `--connections 4`). First one sender, then two
 * at once on the same issue (a new database of the same readers each time), alternated, on SQLite and,
 * when installed, on a PostgreSQL of the benchmark's own. Prints messages per second (for the whole
 * command, start-up included, and between the first and last message the sink took), each sender's
 * peak memory and CPU, the sink's CPU (the machine's cores bound what two senders can add), and
 * whether every reader got exactly one message.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import { POSTGRES_MISSING, testPostgres } from "../tests/helpers/postgres.ts";
import { cpuSeconds, peakMiB, smtpSink, type Sink } from "./processes.ts";

const ROOT = join(import.meta.dirname, "..");
// BENCH_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the senders.
const NODE_ARGS = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
const READERS = Number(process.env.BENCH_READERS ?? 10_000);
const CONNECTIONS = process.env.BENCH_CONNECTIONS ?? "4";
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
// BENCH_SINK_DELAY_MS=20: the sink answers each message 20 ms later, as a server across a network does.
const SINK_DELAY_MS = Number(process.env.BENCH_SINK_DELAY_MS ?? 0);
const WORK = join(process.env.TMPDIR ?? "/tmp", `lede-bench-send-${Date.now()}`);
mkdirSync(WORK, { recursive: true });

interface SenderFigures { seconds: number; cpu: number; peak: number; status: number | null }

function lede(args: string[], env: NodeJS.ProcessEnv = {}): Promise<SenderFigures> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(process.execPath, [...(args[0] === "send" ? NODE_ARGS : []), join(ROOT, "bin/lede.js"), ...args], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"], env: { ...process.env, ...env } });
    let stderr = "";
    child.stderr.on("data", (chunk) => (stderr = (stderr + chunk).slice(-4000)));
    // The kernel's figures are read just before the process is gone: it is polled until it exits.
    let figures = { cpu: 0, peak: 0 };
    const poll = setInterval(() => {
      try {
        const now = { cpu: cpuSeconds(child.pid!), peak: peakMiB(child.pid!) };
        if (now.cpu >= figures.cpu && now.peak >= figures.peak) figures = now; // NaN for a process already gone
      } catch {
        // exited between two polls
      }
    }, 20);
    child.on("exit", (status) => {
      clearInterval(poll);
      if (status !== 0) console.error(`lede ${args[0]} exited ${status}:\n${stderr}`);
      resolve({ seconds: (performance.now() - started) / 1000, ...figures, status });
    });
  });
}

const out = join(WORK, "_site");
const built = await lede(["build", "--out", out, "--no-search", "--no-cache"]);
if (built.status !== 0) process.exit(1);
const csv = join(WORK, "readers.csv");
writeFileSync(csv, `email,name,status\n${Array.from({ length: READERS }, (_, i) => `reader${i}@example.com,Reader ${i},subscribed`).join("\n")}\n`);

const engines: Array<{ name: string; newDatabase: (name: string) => Promise<string> }> = [];
// SQLite: the readers are imported once, and each run starts from a copy.
const sqliteTemplate = join(WORK, "readers.db");
await lede(["subscribers", "import", csv, "--db", sqliteTemplate]);
engines.push({ name: "SQLite", newDatabase: async (name) => (cpSync(sqliteTemplate, join(WORK, `${name}.db`)), join(WORK, `${name}.db`)) });
// BENCH_ENGINES=sqlite leaves PostgreSQL out.
if (POSTGRES_MISSING) {
  console.log(`${POSTGRES_MISSING}\n`);
} else if (!/^sqlite$/i.test(process.env.BENCH_ENGINES ?? "")) {
  const postgres = await testPostgres();
  engines.push({
    name: "PostgreSQL",
    newDatabase: async () => {
      const url = await postgres.createDatabase();
      await lede(["subscribers", "import", csv, "--db", url]);
      return url;
    },
  });
}

interface RunFigures { senders: SenderFigures[]; seconds: number; steady: number; once: boolean; sinkCpu: number }

async function run(database: string, senders: number): Promise<RunFigures> {
  const sink: Sink = await smtpSink(SINK_DELAY_MS);
  const env = { LEDE_SECRET: "bench-secret", SMTP_URL: sink.url, LEDE_DATABASE_URL: database };
  const started = performance.now();
  const sinkBefore = process.cpuUsage();
  const figures = await Promise.all(Array.from({ length: senders }, () =>
    lede(["send", "--issue", "latest", "--out", out, "--rate", "0", "--connections", CONNECTIONS, "--ledger", join(WORK, "ledgers")], env)));
  const seconds = (performance.now() - started) / 1000;
  const sinkCpu = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(sinkBefore));
  sink.close();
  const once = sink.recipients.size === READERS && [...sink.recipients.values()].every((count) => count === 1);
  return { senders: figures, seconds, steady: (READERS - 1) / ((sink.times.last - sink.times.first) / 1000), once, sinkCpu };
}

console.log(`lede send benchmark: one issue to ${READERS} readers, --rate 0 --connections ${CONNECTIONS}, SMTP sink in this process${SINK_DELAY_MS ? ` answering each message after ${SINK_DELAY_MS} ms` : ""}, ${availableParallelism()} cores\n`);
for (const engine of engines) {
  const results: Record<1 | 2, RunFigures[]> = { 1: [], 2: [] };
  for (let i = 0; i < RUNS; i++) {
    for (const senders of [1, 2] as const) results[senders].push(await run(await engine.newDatabase(`${engine.name}-${senders}-${i}`), senders));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const line = (senders: 1 | 2) => {
    const runs = results[senders];
    const whole = median(runs.map((r) => READERS / r.seconds));
    const steady = median(runs.map((r) => r.steady));
    const peak = Math.max(...runs.flatMap((r) => r.senders.map((s) => s.peak)));
    const cpu = median(runs.map((r) => r.senders.reduce((sum, s) => sum + s.cpu, 0)));
    const once = runs.every((r) => r.once && r.senders.every((s) => s.status === 0));
    const sinkCpu = median(runs.map((r) => r.sinkCpu));
    console.log(`  ${senders} sender${senders > 1 ? "s" : " "}: ${whole.toFixed(0)} messages/s for the whole command (${median(runs.map((r) => r.seconds)).toFixed(1)} s), ${steady.toFixed(0)} messages/s first to last message; ` +
      `sender CPU ${((cpu / READERS) * 1000).toFixed(2)} ms a message, sink CPU ${((sinkCpu / READERS) * 1000).toFixed(2)} ms, peak ${peak.toFixed(0)} MiB a sender; each reader once: ${once ? "yes" : "NO"}`);
    return whole;
  };
  console.log(`${engine.name} (${RUNS === 1 ? "one run" : `medians of ${RUNS} runs`}):`);
  const one = line(1);
  const two = line(2);
  console.log(`  two senders / one: ${(two / one).toFixed(2)}x the messages per second\n`);
}
process.exit(0);
