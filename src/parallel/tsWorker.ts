import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { Job, JobReply } from "./jobWorker.ts";

/**
 * A worker thread running a TypeScript module. Workers do not inherit the tsx loader that runs the CLI,
 * so a two-line bootstrap registers it first (about 0.2 s per worker: worth it only for big jobs).
 */
export function startTsWorker(module: URL, workerData: unknown): Worker {
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};
register();
await import(${JSON.stringify(module.href)});`;
  return new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData });
}

/** How many threads a job may spread over: one per core, at most four (beyond that, copying costs more). */
export function workerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Run one function of a module on a new worker thread: `name(input)` from `module`; resolves with what
 * it returns (copied back by structured clone). The thread ends with the job, and its memory with it.
 */
export function runJob<T>(module: URL, name: string, input: unknown): Promise<T> {
  const worker = startTsWorker(new URL("./jobWorker.ts", import.meta.url), undefined);
  return new Promise<T>((resolve, reject) => {
    worker.once("message", (reply: JobReply) => {
      if ("error" in reply) reject(new Error(reply.error));
      else resolve(reply.output as T);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`a worker thread stopped (exit code ${code}) before it finished`)));
    worker.postMessage({ id: 0, module: module.href, name, input } satisfies Job);
  });
}
