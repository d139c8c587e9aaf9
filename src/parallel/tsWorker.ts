import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { runnable } from "../compiled.ts";

const SELF = new URL(import.meta.url);

/** What a worker thread runs: the function `name` exported by `module`, called with each input it is sent. */
interface Job {
  module: string;
  name: string;
}

/** How many threads a job may spread over: one per core, at most four (beyond that, copying costs more). */
export function workerCount(): number {
  return Math.max(1, Math.min(4, availableParallelism()));
}

/** `name(input)` of `module` on a new worker thread, which ends with it (and its memory with it). */
export async function runJob<T>(module: URL, name: string, input: unknown): Promise<T> {
  return (await runQueue<T>(module, name, [input], 1))[0]!;
}

/**
 * `name(input)` of `module` for each of `inputs`, on `threads` worker threads that each take the next
 * input as soon as they are done with one: threads that finish at different speeds still finish together,
 * and each output is copied back (structured clone) while the others work. Resolves with the outputs in
 * the inputs' order; rejects with a thread's error message (what the build prints: a template error, a
 * file not writable; no stack). Compiled, as `lede` runs, a thread starts in about 60 ms; from source
 * (tests, development) a bootstrap first registers tsx, which threads do not inherit (about 0.2 s).
 */
export function runQueue<T>(module: URL, name: string, inputs: readonly unknown[], threads: number): Promise<T[]> {
  const outputs: T[] = new Array(inputs.length);
  let [next, done] = [0, 0];
  const code = runnable(SELF);
  const boot = `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))};\nregister();\nawait import(${JSON.stringify(SELF.href)});`;
  return new Promise<T[]>((resolve, reject) => {
    if (inputs.length === 0) return resolve(outputs);
    const workers: Worker[] = [];
    const finished = new Set<Worker>(); // given all it will get: its exit is no failure
    const fail = (error: Error) => {
      for (const worker of workers) void worker.terminate();
      reject(error);
    };
    const give = (worker: Worker) => {
      if (next < inputs.length) return worker.postMessage({ index: next, input: inputs[next++] });
      finished.add(worker);
      void worker.terminate();
    };
    for (let i = 0; i < Math.min(threads, inputs.length); i++) {
      const job: Job = { module: runnable(module).href, name };
      const worker = new Worker(code !== SELF ? code : new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { ledeJob: job } });
      workers.push(worker);
      worker.on("message", (reply: { index: number; output: T } | { error: string }) => {
        if ("error" in reply) return fail(new Error(reply.error));
        outputs[reply.index] = reply.output;
        if (++done === inputs.length) resolve(outputs);
        give(worker);
      });
      worker.once("error", fail);
      worker.once("exit", (exit) => finished.has(worker) || fail(new Error(`a worker thread stopped (exit code ${exit}) before it finished`)));
      give(worker);
    }
  });
}

// On a thread runQueue started: answer each input with its output, in turn. Not awaited here: the job's
// module may import this one, which must have finished loading first.
const job = isMainThread ? undefined : (workerData as { ledeJob?: Job } | undefined)?.ledeJob;
if (job) {
  const loaded = import(job.module);
  parentPort!.on("message", ({ index, input }: { index: number; input: unknown }) => {
    loaded
      .then((module) => module[job.name](input))
      .then((output) => parentPort!.postMessage({ index, output }), (error) => parentPort!.postMessage({ error: error instanceof Error ? error.message : String(error) }));
  });
}
