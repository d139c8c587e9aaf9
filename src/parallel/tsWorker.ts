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
  const worker = startWorker({ ledeJob: { module: runnable(module).href, name, input } satisfies Job });
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

/**
 * `name(input)` of `module` for each of `inputs`, on `threads` worker threads that each take the next
 * input as soon as they are done with one: threads that finish at different speeds still finish together,
 * and each output is copied back while the others work. Resolves with the outputs in the inputs' order.
 */
export function runQueue<T>(module: URL, name: string, inputs: readonly unknown[], threads: number): Promise<T[]> {
  const outputs: T[] = new Array(inputs.length);
  let next = 0;
  let done = 0;
  return new Promise<T[]>((resolve, reject) => {
    const workers: Worker[] = [];
    const fail = (error: Error) => {
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    const finished = new Set<Worker>(); // given all it will get: its exit is no failure
    const give = (worker: Worker) => {
      if (next < inputs.length) return worker.postMessage({ index: next, input: inputs[next++] });
      finished.add(worker);
      void worker.terminate();
    };
    if (inputs.length === 0) return resolve(outputs);
    for (let i = 0; i < Math.min(threads, inputs.length); i++) {
      const worker = startWorker({ ledeQueue: { module: runnable(module).href, name } satisfies QueueJob });
      workers.push(worker);
      worker.on("message", (reply: { index: number; output: T } | { error: string }) => {
        if ("error" in reply) return fail(new Error(reply.error));
        outputs[reply.index] = reply.output;
        if (++done === inputs.length) resolve(outputs);
        give(worker);
      });
      worker.once("error", fail);
      worker.once("exit", (code) => finished.has(worker) || fail(new Error(`a worker thread stopped (exit code ${code}) before it finished`)));
      give(worker);
    }
  });
}

/** A queue's worker: `name` of `module`, called with each input it is sent. */
interface QueueJob {
  module: string;
  name: string;
}

/** A thread running this module, compiled, or from source through a bootstrap that registers tsx. */
function startWorker(workerData: { ledeJob: Job } | { ledeQueue: QueueJob }): Worker {
  const code = runnable(SELF);
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};\nregister();\nawait import(${JSON.stringify(SELF.href)});`;
  return new Worker(code !== SELF ? code : new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData });
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

// On a thread runQueue started: answer each input with its output, in turn.
const queue = isMainThread ? undefined : (workerData as { ledeQueue?: QueueJob } | undefined)?.ledeQueue;
if (queue) {
  const loaded = import(queue.module);
  parentPort!.on("message", ({ index, input }: { index: number; input: unknown }) => {
    loaded
      .then((module) => module[queue.name](input))
      .then((output) => parentPort!.postMessage({ index, output }), (error) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }));
  });
}
