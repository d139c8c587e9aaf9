import { join } from "node:path";
import type { SiteSettings } from "../site/settings.ts";
import { deriveInParallel, deriveThreads } from "./deriveInParallel.ts";
import { articleNames, isKnown, known, recallKeptEntries, remember, resetDerivedCount } from "./known.ts";

/** From this many files to derive, a line says so: the build prints its progress from the same size on. */
export const PROGRESS_FROM = 500;

/** Files read at once: enough to keep the thread pool's four threads busy. */
const CONCURRENT_READS = 8;

/**
 * Derive the folder's articles before `loadCorpus` assembles them (it then finds each file derived), in
 * the time other work leaves free: hundreds of new or changed files on worker threads (see
 * deriveThreads), a few on this thread between the steps of loading Eleventy, each derived as its read
 * comes back. This module loads little, so that the workers start before the rest of Lede and Eleventy
 * load. Resolves with the files it read or checked just now; `log` hears of a big first build.
 */
export async function deriveArticles(settings: Pick<SiteSettings, "articlesDir">, log: (line: string) => void = () => {}): Promise<Set<string>> {
  const checked = new Set<string>();
  const names = articleNames(settings.articlesDir);
  if (!Array.isArray(names)) return checked;
  recallKeptEntries(settings.articlesDir);
  resetDerivedCount();
  const paths = names.map((name) => join(settings.articlesDir, name));
  const unknown: string[] = [];
  for (const path of paths) {
    if (isKnown(path)) checked.add(path);
    else unknown.push(path);
  }
  // A first build of thousands takes seconds here: say what it is doing (as the build's later steps do).
  if (unknown.length > PROGRESS_FROM) log(`Digesting ${unknown.length} articles (headlines, summaries, tags)…`);
  const threads = deriveThreads(unknown.length);
  if (threads > 0) {
    for (const read of await deriveInParallel(unknown, threads)) checked.add(remember(read).path);
    return checked;
  }
  const { readArticleAsync } = await import("./readArticle.ts");
  let next = 0;
  const reader = async () => {
    while (next < unknown.length) {
      const path = unknown[next++]!;
      checked.add(remember(await readArticleAsync(path, known(path))).path);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_READS }, reader));
  return checked;
}
