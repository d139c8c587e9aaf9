import { runJob, workerCount } from "../parallel/tsWorker.ts";
import type { ReadResult } from "./readArticle.ts";

/**
 * How many worker threads derive this many files. A few are derived on this thread, in between the steps
 * of loading Eleventy; from a couple of hundred, one worker derives them while this thread loads Eleventy
 * (a worker starts in 60 ms); from a couple of thousand, a worker on every core.
 */
export function deriveThreads(files: number): number {
  if (files < 200) return 0;
  if (files < 2000) return 1;
  return workerCount();
}

/** Read and derive many articles on `threads` worker threads, each taking an equal run of the list. */
export async function deriveInParallel(paths: readonly string[], threads: number): Promise<ReadResult[]> {
  const size = Math.ceil(paths.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => paths.slice(i * size, (i + 1) * size)).filter((share) => share.length > 0);
  const job = new URL("./deriveShare.ts", import.meta.url);
  const results = await Promise.all(shares.map((share) => runJob<ReadResult[]>(job, "deriveShare", share)));
  return results.flat();
}
