import { runQueue, workerCount } from "../parallel/tsWorker.ts";
import type { ReadResult } from "./readArticle.ts";

/**
 * How many worker threads derive this many files. A few are derived on this thread, in between the steps
 * of loading Eleventy; from a couple of hundred, one worker derives them while this thread loads Eleventy
 * (a worker starts in 60 ms); from a thousand, a worker on every core: at 1,000 articles on two cores,
 * 0.94x the wall time of one worker for 1.12x the CPU (each thread compiles the code anew); at 500, no
 * faster.
 */
export function deriveThreads(files: number): number {
  if (files < 200) return 0;
  if (files < 1000) return 1;
  return workerCount();
}

/**
 * Articles a worker takes at a time: at 10,000 articles, 40 takes, so that two threads finish within a
 * take of each other and the entries come back while the rest are derived.
 */
const TAKE = 250;

/** Read and derive many articles on `threads` worker threads, each taking the next run of the list when it is done. */
export async function deriveInParallel(paths: readonly string[], threads: number): Promise<ReadResult[]> {
  const takes = Array.from({ length: Math.ceil(paths.length / TAKE) }, (_, i) => paths.slice(i * TAKE, (i + 1) * TAKE));
  const results = await runQueue<ReadResult[]>(new URL("./deriveShare.ts", import.meta.url), "deriveShare", takes, threads);
  return results.flat();
}
