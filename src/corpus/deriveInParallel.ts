import { runJob, workerCount } from "../parallel/tsWorker.ts";
import type { ReadResult } from "./readArticle.ts";

/**
 * Below this many files one thread is faster: starting a worker costs about as much as deriving a
 * thousand articles.
 */
export const PARALLEL_MIN_FILES = Number(process.env.XPMIN ?? 2000);

/** Read and derive many articles on every core, each worker thread taking an equal run of the list. */
export async function deriveInParallel(paths: readonly string[], threads = Number(process.env.XTHREADS ?? workerCount())): Promise<ReadResult[]> {
  const size = Math.ceil(paths.length / threads);
  const shares = Array.from({ length: threads }, (_, i) => paths.slice(i * size, (i + 1) * size)).filter((share) => share.length > 0);
  const job = new URL("./deriveShare.ts", import.meta.url);
  const results = await Promise.all(shares.map((share) => runJob<ReadResult[]>(job, "deriveShare", share)));
  return results.flat();
}
