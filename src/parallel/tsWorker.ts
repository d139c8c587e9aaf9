import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { runnable } from "../compiled.ts";

const SELF = new URL(import.meta.url);

/** A job for a worker thread: call the function `name` exported by `module` with `input`. */
interface Job {
  module: string;
  name: string;
  input: unknown;
}

/** How many threads a job may spread over: one per core, at most four (beyond that, copying costs more). */
export function workerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/**
 * Run one function of a module on a new worker thread: `name(input)` from `module`; resolves with what
 * it returns (copied back by structured clone). The thread ends with the job, and its memory with it.
 * Compiled, as `lede` runs, a thread starts in about 60 ms; from source (tests, development) a bootstrap
 * first registers tsx, which threads do not inherit (about 0.2 s a thread).
 */
export function runJob<T>(module: URL, name: string, input: unknown): Promise<T> {
  const job: Job = { module: runnable(module).href, name, input };
  const code = runnable(SELF);
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};\nregister();\nawait import(${JSON.stringify(SELF.href)});`;
  const worker = new Worker(code !== SELF ? code : new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { ledeJob: job } });
  return new Promise<T>((resolve, reject) => {
    worker.once("message", (reply: { output: T } | { error: string }) => {
      if ("error" in reply) reject(new Error(reply.error));
      else resolve(reply.output);
      void worker.terminate();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`a worker thread stopped (exit code ${code}) before it finished`)));
  });
}

// On a thread runJob started: run its job and answer with the output, or the error's message (what the
// build prints: a template error, a file not writable; no stack). Not awaited here: the job's module may
// import this one, which must have finished loading first.
const job = isMainThread ? undefined : (workerData as { ledeJob?: Job } | undefined)?.ledeJob;
if (job) {
  import(job.module)
    .then((module) => module[job.name](job.input))
    .then((output) => parentPort!.postMessage({ output }), (error) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }));
}
