import { readdirSync } from "node:fs";
import { isArticleFile } from "../article/files.ts";
import type { Problem } from "../article/types.ts";
import { digestCache, type CachedArticle } from "./digestCache.ts";
import type { Derived, ReadResult } from "./readArticle.ts";
import { statStamp } from "./stamp.ts";

/**
 * What is known of each article file, so that an unchanged one is not read or derived again: within a
 * process (the data files, the build and the emails each ask; `lede serve` rebuilds) and, with the
 * cache on, from the last build.
 */
const byContent = new Map<string, Derived | Problem[]>();
const byStat = new Map<string, CachedArticle>();
/** How many entries were kept for each folder (read from the cache, or written to it) in this process. */
const keptCount = new Map<string, number>();
let derivedNow = 0;

/** What the last build of this folder kept, if the cache is on: read once per process. */
export function recallKeptEntries(articlesDir: string): void {
  const cache = digestCache(articlesDir);
  if (!cache || keptCount.has(articlesDir)) return;
  const kept = cache.read();
  for (const [path, article] of kept) remember({ path, ...article });
  keptCount.set(articlesDir, kept.size);
}

/**
 * Keep this folder's entries for the next build, if the cache is on and something changed. The entries
 * are those of the given files: a removed article's goes.
 */
export async function keepEntries(articlesDir: string, paths: readonly string[]): Promise<void> {
  const cache = digestCache(articlesDir);
  if (!cache) return;
  const entries = new Map<string, CachedArticle>();
  for (const path of paths) {
    const kept = byStat.get(path);
    if (kept && !Array.isArray(kept.result)) entries.set(path, kept);
  }
  if (derivedNow === 0 && entries.size === keptCount.get(articlesDir)) return; // nothing new to keep
  await cache.write(entries);
  keptCount.set(articlesDir, entries.size);
}

/** The folder's article files in name order, or why the folder cannot be listed. */
export function articleNames(dir: string): string[] | { reason: string } {
  try {
    return readdirSync(dir).filter(isArticleFile).sort();
  } catch (error) {
    return { reason: (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "cannot be read" };
  }
}

/** An earlier result for this path's stamp, or for the same bytes under the same path. */
export function known(path: string): (stamp: string, key: string) => Derived | Problem[] | undefined {
  return (stamp, key) => {
    if (key) return byContent.get(key);
    const last = byStat.get(path);
    return last?.stamp === stamp ? last.result : undefined;
  };
}

/** The last result for this path, as it was stamped. */
export function lastKnown(path: string): CachedArticle | undefined {
  return byStat.get(path);
}

/** Whether this file is known, unchanged: only a file known from before is looked at (a `stat`). */
export function isKnown(path: string): boolean {
  const last = byStat.get(path);
  if (!last) return false;
  try {
    return last.stamp === statStamp(path);
  } catch {
    return false;
  }
}

export function remember(read: ReadResult): ReadResult {
  if (read.key) byContent.set(read.key, read.result);
  if (read.stamp) byStat.set(read.path, { stamp: read.stamp, key: read.key || (byStat.get(read.path)?.key ?? ""), result: read.result });
  if (read.fresh) derivedNow++;
  return read;
}

/** Start counting the articles derived (rather than known from before). */
export function resetDerivedCount(): void {
  derivedNow = 0;
}

/** How many articles were parsed and derived since the count started (the others were known from before). */
export function articlesDerived(): number {
  return derivedNow;
}
