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
 * Articles a worker takes at a time: at most 250, so that the entries come back while the rest are
 * derived; fewer towards the end (a quarter of what is left per thread, at least 25), so that the threads
 * finish within a small take of each other. With takes of 250 to the end, one of two threads worked alone
 * for about 0.2 s at 10,000 articles.
 */
const TAKE = 250;
const LAST_TAKE = 25;

/** The list cut into takes for `threads` threads: 250 articles each, then smaller ones as the list runs out. */
export function takesOf<T>(paths: readonly T[], threads: number): T[][] {
  const takes: T[][] = [];
  for (let at = 0; at < paths.length; ) {
    const size = Math.min(TAKE, Math.max(LAST_TAKE, Math.ceil((paths.length - at) / (4 * threads))));
    takes.push(paths.slice(at, at + size));
    at += size;
  }
  return takes;
}

/** Read and derive many articles on `threads` worker threads, each taking the next run of the list when it is done. */
export async function deriveInParallel(paths: readonly string[], threads: number): Promise<ReadResult[]> {
  const results = await runQueue<ReadResult[]>(new URL("./deriveShare.ts", import.meta.url), "deriveShare", takesOf(paths, threads), threads);
  return results.flat();
}
