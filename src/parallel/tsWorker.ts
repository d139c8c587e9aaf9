import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

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

/** Runs a worker that posts one message and resolves with it; the worker is ended either way. */
export function runToCompletion<T>(module: URL, workerData: unknown): Promise<T> {
  const worker = startTsWorker(module, workerData);
  return new Promise<T>((resolve, reject) => {
    worker.once("message", (message: T) => {
      resolve(message);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`a worker thread stopped (exit code ${code}) before it finished`)));
  });
}
