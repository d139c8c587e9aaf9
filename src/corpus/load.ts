import { join } from "node:path";
import type { Problem } from "../article/types.ts";
import { fromUtcDate } from "../date/calendar.ts";
import type { SiteSettings } from "../site/settings.ts";
import { assembleCorpus } from "./assemble.ts";
import { articleNames, keepEntries, known, lastKnown, remember } from "./known.ts";
import { readArticle, type Derived } from "./readArticle.ts";
import type { Corpus } from "./types.ts";

export { MAX_ARTICLE_BYTES } from "./readArticle.ts";
export { articlesDerived } from "./known.ts";

/** The last corpus per folder and settings: the data files, the build and the email step share one. */
let lastCorpus: { key: string; settingsKey: string; corpus: Corpus } | undefined;
/**
 * Until the files may have changed (a new Eleventy build starts), the last corpus is reused without
 * looking at the files again: a build asks for it eight times, and 10,000 `stat` calls cost 40 ms or more.
 */
let filesUnchanged = false;

/**
 * Set by a load whose files `deriveArticles` checked a moment ago: the Eleventy run that `lede build`
 * starts next needs no second look (10,000 `stat` calls and a listing: 80 ms, with one core idle).
 */
let checkedJustNow = false;

/** The articles may have changed since the last load (an edit under `lede serve`): look again. */
export function articlesMayHaveChanged(): void {
  filesUnchanged = false;
  checkedJustNow = false;
}

/** An Eleventy run starts: look at the files again, unless the build that started it just did. */
export function eleventyRunStarts(): void {
  if (!checkedJustNow) filesUnchanged = false;
  checkedJustNow = false;
}

type Settings = Pick<SiteSettings, "articlesDir" | "cadence" | "future">;

/**
 * Read every article in a folder (the I/O edge of the core) and assemble the newsletter. `justChecked`
 * holds files `deriveArticles` read or checked a moment ago: they are taken as they are, without a second
 * `stat` (0.3 s at 10,000 articles).
 */
export function loadCorpus(settings: Settings, today = fromUtcDate(new Date()), justChecked?: ReadonlySet<string>): Corpus {
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
  const results = names.map((name) => {
    const path = join(dir, name);
    const { stamp, result } = (justChecked?.has(path) && lastKnown(path)) || remember(readArticle(path, known(path)));
    stamps.push(stamp);
    return result;
  });
  const key = JSON.stringify([settingsKey, names, stamps]);
  filesUnchanged = true;
  checkedJustNow = justChecked !== undefined;
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

/** Keep this folder's digest entries for the next build, if the cache is on and something changed. */
export async function keepDigestEntries(settings: Pick<Settings, "articlesDir">): Promise<void> {
  const names = articleNames(settings.articlesDir);
  if (Array.isArray(names)) await keepEntries(settings.articlesDir, names.map((name) => join(settings.articlesDir, name)));
}
