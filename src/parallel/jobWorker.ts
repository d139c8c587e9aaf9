import { parentPort } from "node:worker_threads";

/** A job for a worker thread: call the function `name` exported by `module` with `input`. */
export interface Job {
  id: number;
  module: string;
  name: string;
  input: unknown;
}

export type JobReply = { id: number; output: unknown } | { id: number; error: string };

/** A job worker: runs each job it is sent, one at a time, and answers with its output or its error. */
parentPort!.on("message", async ({ id, module, name, input }: Job) => {
  try {
    const job = (await import(module))[name] as (input: unknown) => unknown;
    parentPort!.postMessage({ id, output: await job(input) } satisfies JobReply);
  } catch (error) {
    // The message is what the build prints (a template error, a file not writable): no stack.
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies JobReply);
  }
});
