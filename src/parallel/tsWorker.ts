import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { runnable } from "../compiled.ts";
import type { Job, JobReply } from "./jobWorker.ts";

const JOB_WORKER = new URL("./jobWorker.ts", import.meta.url);

/**
 * A worker thread running jobWorker: compiled, as `lede` runs, it starts in about 60 ms; from source (tests,
 * development) a bootstrap first registers tsx, which workers do not inherit (about 0.2 s a worker).
 */
function startWorker(): Worker {
  const worker = runnable(JOB_WORKER);
  if (worker !== JOB_WORKER) return new Worker(worker);
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};
register();
await import(${JSON.stringify(JOB_WORKER.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`));
}

/** How many threads a job may spread over: one per core, at most four (beyond that, copying costs more). */
export function workerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Run one function of a module on a new worker thread: `name(input)` from `module`; resolves with what
 * it returns (copied back by structured clone). The thread ends with the job, and its memory with it.
 */
export async function runJob<T>(module: URL, name: string, input: unknown): Promise<T> {
  const worker = startWorker();
  return new Promise<T>((resolve, reject) => {
    worker.once("message", (reply: JobReply) => {
      if ("error" in reply) reject(new Error(reply.error));
      else resolve(reply.output as T);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`a worker thread stopped (exit code ${code}) before it finished`)));
    worker.postMessage({ id: 0, module: runnable(module).href, name, input } satisfies Job);
  });
}
