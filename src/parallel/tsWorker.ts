import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { bundledModule } from "./bundle.ts";
import type { Job, JobReply } from "./jobWorker.ts";

const JOB_WORKER = new URL("./jobWorker.ts", import.meta.url);

/**
 * A worker thread running a TypeScript module: its bundle (see bundle.ts), or else the module itself
 * through tsx, which workers do not inherit from the thread that runs the CLI (a bootstrap registers it,
 * about 0.2 s a worker).
 */
function startWorker(bundle: URL | undefined, module: URL): Worker {
  if (bundle) return new Worker(bundle);
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};
register();
await import(${JSON.stringify(module.href)});`;
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
  const [jobWorker, job] = await Promise.all([bundledModule(JOB_WORKER), bundledModule(module)]);
  const bundled = jobWorker !== undefined && job !== undefined;
  const worker = startWorker(bundled ? jobWorker : undefined, JOB_WORKER);
  return new Promise<T>((resolve, reject) => {
    worker.once("message", (reply: JobReply) => {
      if ("error" in reply) reject(new Error(reply.error));
      else resolve(reply.output as T);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`a worker thread stopped (exit code ${code}) before it finished`)));
    worker.postMessage({ id: 0, module: (bundled ? job : module).href, name, input } satisfies Job);
  });
}
