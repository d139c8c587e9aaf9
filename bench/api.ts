/**
 * `npm run bench -- api`: the real `lede api` on SQLite, 2,000 sign-ups from 50 concurrent clients on
 * loopback, each sign-up from a client address of its own (127.x.y.z), so that the per-client rate limit
 * stays on as in production. Prints requests per second, latency percentiles, error answers, the
 * service's peak memory, and whether each address was stored once. Then the same burst again, with the
 * service killed (`kill -9`) halfway: after a restart, every sign-up that was answered must be in the
 * database, the database must pass its integrity check, and the answered sign-ups' confirmation emails
 * must all go out (the queue is in the database).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import { request } from "node:http";
import { availableParallelism } from "node:os";
import { join } from "node:path";
import SQLite from "better-sqlite3";
import { freePort } from "../tests/helpers/ports.ts";
import { cpuSeconds, peakMiB, smtpSink, waitFor } from "./processes.ts";

const ROOT = join(import.meta.dirname, "..");
const SIGN_UPS = Number(process.env.BENCH_SIGNUPS ?? 2000);
const CLIENTS = Number(process.env.BENCH_CLIENTS ?? 50);
const WORK = join(process.env.TMPDIR ?? "/tmp", `lede-bench-api-${Date.now()}`);

interface Answer { status: number; ms: number; email: string }

async function startApi(database: string, port: number, smtpUrl: string): Promise<ChildProcess> {
  const url = `http://127.0.0.1:${port}`;
  // BENCH_NODE_ARGS="--cpu-prof" profiles the service.
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, join(ROOT, "bin/lede.js"), "api", "--port", String(port), "--db", database], {
    cwd: ROOT, stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, LEDE_SECRET: "bench-secret", SMTP_URL: smtpUrl, LEDE_API_URL: url },
  });
  for (let waited = 0; ; waited += 50) {
    if (child.exitCode !== null) throw new Error(`lede api exited with ${child.exitCode}`);
    if (await fetch(`${url}/health`).then((response) => response.ok, () => false)) return child;
    if (waited > 30_000) throw new Error("lede api did not start");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Sign-up `i` comes from its own client address: 127.1.0.1, 127.1.0.2, … */
const clientAddress = (i: number) => `127.${1 + Math.floor(i / 62500)}.${Math.floor((i % 62500) / 250)}.${(i % 250) + 1}`;

function signUp(port: number, i: number, run: string): Promise<Answer> {
  const email = `reader${i}.${run}@example.com`;
  const body = new URLSearchParams({ email, source: "https://lede.example.com/" }).toString();
  const started = performance.now();
  return new Promise((resolve) => {
    const done = (status: number) => resolve({ status, ms: performance.now() - started, email });
    const sent = request({
      host: "127.0.0.1", port, path: "/subscribe", method: "POST", localAddress: clientAddress(i), agent: false,
      headers: { "content-type": "application/x-www-form-urlencoded", "content-length": Buffer.byteLength(body) },
    }, (response) => {
      response.resume();
      response.on("end", () => done(response.statusCode ?? 0));
    });
    sent.on("error", () => done(0));
    sent.end(body);
  });
}

/** The burst: CLIENTS at once, each taking the next sign-up until all are sent; `onAnswer` sees each answer. */
async function burst(port: number, run: string, onAnswer: (answers: Answer[]) => void = () => {}): Promise<{ answers: Answer[]; seconds: number }> {
  const answers: Answer[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async () => {
    while (next < SIGN_UPS) {
      answers.push(await signUp(port, next++, run));
      onAnswer(answers);
    }
  }));
  return { answers, seconds: (performance.now() - started) / 1000 };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((p / 100) * values.length))]!;
const answered = (answer: Answer) => answer.status === 303 || (answer.status >= 200 && answer.status < 300);
const sink = await smtpSink();
console.log(`lede api benchmark: ${SIGN_UPS} form sign-ups from ${CLIENTS} concurrent clients, each sign-up from its own 127.x.y.z address; SQLite in ${WORK}\n`);

// 1. The burst against a healthy service.
const database = join(WORK, "burst.db");
const port = await freePort();
const api = await startApi(database, port, sink.url);
const cpuBefore = { service: cpuSeconds(api.pid!), generator: process.cpuUsage() };
const { answers, seconds } = await burst(port, "a");
const serviceCpu = cpuSeconds(api.pid!) - cpuBefore.service;
const generatorCpu = (({ user, system }) => (user + system) / 1e6)(process.cpuUsage(cpuBefore.generator));
const latencies = answers.map((answer) => answer.ms);
const errors = answers.filter((answer) => !answered(answer));
const emailsOut = await waitFor(() => [...sink.recipients.keys()].filter((to) => to.endsWith(".a@example.com")).length >= SIGN_UPS, 120_000);
const peak = peakMiB(api.pid!);
api.kill("SIGTERM");
await new Promise((resolve) => api.once("exit", resolve));
const db = new SQLite(database, { readonly: true });
const stored = db.prepare("select count(*) as rows, count(distinct email_key) as addresses from subscribers").get() as { rows: number; addresses: number };
db.close();
console.log(`burst: ${SIGN_UPS} sign-ups in ${seconds.toFixed(2)} s = ${(SIGN_UPS / seconds).toFixed(0)} requests/s`);
console.log(`  latency ms: p50 ${percentile(latencies, 50).toFixed(1)}, p95 ${percentile(latencies, 95).toFixed(1)}, p99 ${percentile(latencies, 99).toFixed(1)}, max ${Math.max(...latencies).toFixed(1)}`);
console.log(`  CPU during the burst: lede api ${serviceCpu.toFixed(2)} s (${((serviceCpu / SIGN_UPS) * 1000).toFixed(2)} ms a sign-up), this load generator and SMTP sink ${generatorCpu.toFixed(2)} s, on ${availableParallelism()} cores`);
console.log(`  error answers: ${errors.length}${errors.length ? ` (${[...new Set(errors.map((error) => error.status))].join(", ")})` : ""}`);
console.log(`  stored: ${stored.rows} rows, ${stored.addresses} distinct addresses (each address once: ${stored.rows === stored.addresses && stored.rows === SIGN_UPS ? "yes" : "NO"})`);
console.log(`  confirmation emails: ${emailsOut ? `all ${SIGN_UPS} delivered` : "NOT all delivered within 2 minutes"}, none twice: ${[...sink.recipients.values()].every((count) => count === 1) ? "yes" : "NO"}`);
console.log(`  lede api peak memory (resident): ${peak.toFixed(0)} MiB`);

// 1b. The floor: a bare Fastify route that parses the same form and answers 303, with this same client.
const bareSource = `
  import Fastify from "fastify"; import formBody from "@fastify/formbody";
  const app = Fastify(); await app.register(formBody);
  app.post("/subscribe", async (request, reply) => reply.code(303).header("location", "/check-your-inbox").send());
  await app.listen({ port: Number(process.argv[1]), host: "127.0.0.1" });`;
const barePort = await freePort();
const bare = spawn(process.execPath, ["--input-type=module", "-e", bareSource, String(barePort)], { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
await waitFor(() => false, 1500);
const bareCpu = cpuSeconds(bare.pid!);
const floor = await burst(barePort, "bare");
const bareCpuUsed = cpuSeconds(bare.pid!) - bareCpu;
bare.kill();
const bareLatencies = floor.answers.map((answer) => answer.ms);
console.log(`the same burst against a bare Fastify route (form parsed, 303): ${(SIGN_UPS / floor.seconds).toFixed(0)} requests/s, p50 ${percentile(bareLatencies, 50).toFixed(1)} ms, p99 ${percentile(bareLatencies, 99).toFixed(1)} ms, ${((bareCpuUsed / SIGN_UPS) * 1000).toFixed(2)} ms CPU a request`);
console.log(`  lede api / bare Fastify: ${(seconds / floor.seconds).toFixed(2)}x the time, ${(serviceCpu / bareCpuUsed).toFixed(1)}x the CPU\n`);

// 2. The same burst, with the service killed halfway through.
const crashDb = join(WORK, "crash.db");
const crashPort = await freePort();
const doomed = await startApi(crashDb, crashPort, sink.url);
let killed = false;
const crash = await burst(crashPort, "b", (sofar) => {
  if (!killed && sofar.filter(answered).length >= SIGN_UPS / 2) {
    killed = true;
    doomed.kill("SIGKILL");
  }
});
await new Promise((resolve) => (doomed.exitCode !== null || doomed.signalCode !== null ? resolve(undefined) : doomed.once("exit", resolve)));
const acknowledged = crash.answers.filter(answered).map((answer) => answer.email.toLowerCase());
const restarted = await startApi(crashDb, crashPort, sink.url);
const check = new SQLite(crashDb, { readonly: true });
const keys = new Set((check.prepare("select email_key from subscribers").all() as Array<{ email_key: string }>).map((row) => row.email_key));
const integrity = (check.prepare("pragma integrity_check").get() as { integrity_check: string }).integrity_check;
check.close();
const missing = acknowledged.filter((email) => !keys.has(email));
// Emails claimed by the killed process wait for their lease (2 minutes) to run out; the others go at once.
const restartedAt = performance.now();
const allMailed = await waitFor(() => acknowledged.every((email) => sink.recipients.has(email)), 200_000);
const mailedAfter = (performance.now() - restartedAt) / 1000;
restarted.kill("SIGTERM");
await new Promise((resolve) => restarted.once("exit", resolve));
console.log(`\nkill -9 after ${SIGN_UPS / 2} answered sign-ups, then a restart on the same database:`);
console.log(`  answered 2xx/303 before the kill: ${acknowledged.length}; of those in the database: ${acknowledged.length - missing.length}${missing.length ? ` (MISSING: ${missing.slice(0, 5).join(", ")}…)` : " (all)"}`);
console.log(`  requests that failed with the service gone: ${crash.answers.length - acknowledged.length}`);
console.log(`  integrity check: ${integrity}`);
console.log(`  confirmation emails for every answered sign-up: ${allMailed ? `yes, the last ${mailedAfter.toFixed(0)} s after the restart` : "NO"}`);
sink.close();
