import { readdirSync } from "node:fs";
import { join } from "node:path";
import { isArticleFile } from "../article/parse.ts";
import type { Problem } from "../article/types.ts";
import { fromUtcDate } from "../date/calendar.ts";
import type { SiteSettings } from "../site/settings.ts";
import { assembleCorpus } from "./assemble.ts";
import { deriveInParallel, PARALLEL_MIN_FILES } from "./deriveInParallel.ts";
import { DigestCache, type CachedArticle } from "./digestCache.ts";
import { readArticle, readArticleAsync, statStamp, type Derived, type ReadResult } from "./readArticle.ts";
import type { Corpus } from "./types.ts";

export { MAX_ARTICLE_BYTES } from "./readArticle.ts";

/** Derivations by file content: unchanged files are not parsed or derived again (watch mode, several data files). */
const byContent = new Map<string, Derived | Problem[]>();
/** The last result per path with the file's size and time: an unchanged file is not even read again. */
const byStat = new Map<string, CachedArticle>();
/** Where digest entries are kept between builds (`lede build --no-cache` leaves it unset). */
let cache: { dir: string; loaded: Map<string, number> } | undefined;
/** How many files the last `deriveArticles` parsed and derived, rather than knew from before. */
let derivedNow = 0;
/** The last corpus per folder and settings: the data files, the build and the email step share one. */
let lastCorpus: { key: string; settingsKey: string; corpus: Corpus } | undefined;
/**
 * Until the files may have changed (a new Eleventy build starts), the last corpus is reused without
 * looking at the files again: a build asks for it eight times, and 10,000 `stat` calls cost 40 ms or more.
 */
let filesUnchanged = false;

/** Keep digest entries between builds in `dir` (`.cache/lede`): a rebuild derives only new or changed articles. */
export function useDigestCache(dir: string): void {
  cache = { dir, loaded: new Map() };
}

/**
 * The files `deriveArticles` has just read or checked: the `loadCorpus` right after it takes their
 * results as they are, without a second `stat` of each (0.3 s at 10,000 articles).
 */
let justChecked: Set<string> | undefined;

/** The articles may have changed since the last load (a rebuild under `lede serve`): look again. */
export function articlesMayHaveChanged(): void {
  filesUnchanged = false;
}

type Settings = Pick<SiteSettings, "articlesDir" | "cadence" | "future">;

/**
 * Derive the folder's articles before `loadCorpus` assembles them (it then finds each file derived), in
 * the time other work leaves free: a big folder on worker threads, a smaller one on this thread between
 * the steps of loading Eleventy, each file derived as its read comes back.
 */
export async function deriveArticles(settings: Settings): Promise<void> {
  const names = articleNames(settings.articlesDir);
  if (!Array.isArray(names)) return;
  if (cache && !cache.loaded.has(settings.articlesDir)) {
    const kept = new DigestCache(cache.dir, settings.articlesDir).read();
    for (const [path, article] of kept) remember({ path, ...article });
    cache.loaded.set(settings.articlesDir, kept.size);
  }
  derivedNow = 0;
  const paths = names.map((name) => join(settings.articlesDir, name));
  const checked = new Set<string>();
  let unknown = paths;
  if (paths.length >= PARALLEL_MIN_FILES) {
    unknown = [];
    for (const path of paths) {
      if (isKnown(path)) checked.add(path);
      else unknown.push(path);
    }
    if (unknown.length >= PARALLEL_MIN_FILES) {
      for (const read of await deriveInParallel(unknown)) checked.add(remember(read).path);
      justChecked = checked;
      return;
    }
  }
  let next = 0;
  const reader = async () => {
    while (next < unknown.length) {
      const path = unknown[next++]!;
      checked.add(remember(await readArticleAsync(path, known(path))).path);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENT_READS }, reader));
  justChecked = checked;
}

/** Files read at once: enough to keep the thread pool's four threads busy. */
const CONCURRENT_READS = 8;

/** Read every article in a folder (the I/O edge of the core) and assemble the newsletter. */
export function loadCorpus(settings: Settings, today = fromUtcDate(new Date())): Corpus {
  const dir = settings.articlesDir;
  const settingsKey = JSON.stringify([dir, settings.cadence, settings.future, today]);
  if (filesUnchanged && lastCorpus?.settingsKey === settingsKey) return lastCorpus.corpus;
  const problems: Problem[] = [];
  const derived: Derived[] = [];
  const names = articleNames(dir);
  if (!Array.isArray(names)) {
    problems.push({ file: dir, line: 1, column: 1, code: "unreadable", message: `the articles folder ${names.reason}; pass --articles DIR` });
    return assembleCorpus([], problems, { ...settings, today }, 0);
  }
  const stamps: string[] = [];
  const trusted = justChecked;
  justChecked = undefined;
  const results = names.map((name) => {
    const path = join(dir, name);
    const { stamp, result } = (trusted?.has(path) && byStat.get(path)) || remember(readArticle(path, known(path)));
    stamps.push(stamp);
    return result;
  });
  const key = JSON.stringify([settingsKey, names, stamps]);
  filesUnchanged = true;
  if (lastCorpus?.key === key) return lastCorpus.corpus;
  for (const result of results) {
    if (Array.isArray(result)) problems.push(...result);
    else derived.push(result);
  }
  const corpus = assembleCorpus(derived, problems, { ...settings, today }, names.length);
  lastCorpus = { key, settingsKey, corpus };
  return corpus;
}

/**
 * One article read and derived again, for `lede serve`: the edited file's own entry without assembling
 * the whole corpus (which at 10,000 articles takes seconds). Cached by content like the full load.
 */
export function reloadArticle(dir: string, name: string): Derived | Problem[] {
  const path = join(dir, name);
  return remember(readArticle(path, known(path))).result;
}

/** The newsletter as last assembled, if any: where each article stands (issue, neighbours, related). */
export function lastAssembled(): Corpus | undefined {
  return lastCorpus?.corpus;
}

/** The folder's article files in name order, or why the folder cannot be listed. */
function articleNames(dir: string): string[] | { reason: string } {
  try {
    return readdirSync(dir).filter(isArticleFile).sort();
  } catch (error) {
    return { reason: (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "cannot be read" };
  }
}

/** An earlier result for this path's stamp, or for the same bytes under the same path. */
function known(path: string): (stamp: string, key: string) => Derived | Problem[] | undefined {
  return (stamp, key) => {
    if (key) return byContent.get(key);
    const last = byStat.get(path);
    return last?.stamp === stamp ? last.result : undefined;
  };
}

/** Whether this file is known, unchanged: only a file known from before is looked at (a `stat`). */
function isKnown(path: string): boolean {
  const last = byStat.get(path);
  if (!last) return false;
  try {
    return last.stamp === statStamp(path);
  } catch {
    return false;
  }
}

function remember(read: ReadResult): ReadResult {
  if (read.key) byContent.set(read.key, read.result);
  if (read.stamp) byStat.set(read.path, { stamp: read.stamp, key: read.key || (byStat.get(read.path)?.key ?? ""), result: read.result });
  if (read.fresh) derivedNow++;
  return read;
}

/** How many articles the last load parsed and derived (the others were known from before). */
export function articlesDerived(): number {
  return derivedNow;
}

/**
 * Keep this folder's digest entries for the next build, if the cache is on and something changed.
 * The entries are those of the files in the folder now: a removed article's goes.
 */
export async function keepDigestEntries(settings: Settings): Promise<void> {
  const names = articleNames(settings.articlesDir);
  if (!cache || !Array.isArray(names)) return;
  const entries = new Map<string, CachedArticle>();
  for (const name of names) {
    const path = join(settings.articlesDir, name);
    const kept = byStat.get(path);
    if (kept && !Array.isArray(kept.result)) entries.set(path, kept);
  }
  if (derivedNow === 0 && entries.size === cache.loaded.get(settings.articlesDir)) return; // nothing new to keep
  await new DigestCache(cache.dir, settings.articlesDir).write(entries);
  cache.loaded.set(settings.articlesDir, entries.size);
}
