import { mkdirSync, watch, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { formatProblem } from "../article/problem.ts";
import { articlesMayHaveChanged, lastAssembled, loadCorpus, reloadArticle } from "../corpus/load.ts";
import type { Entry } from "../corpus/types.ts";
import type { SiteSettings } from "../site/settings.ts";
import { renderOnePage } from "../eleventy/pageSets.ts";

type Log = (line: string) => void;

/**
 * While serving, an edited article's own page is rewritten within a few hundred milliseconds (only that
 * file is parsed and derived again; only its page is rendered), then `reload` refreshes the browser.
 * Eleventy's full rebuild, which updates issue, topic and feed pages, follows on its own.
 */
export function watchArticles(site: SiteSettings, articleTemplate: string, reload: (files: string[]) => Promise<void>, log: Log): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  const flush = async () => {
    const started = performance.now();
    const names = [...pending];
    pending.clear();
    articlesMayHaveChanged();
    const written: string[] = [];
    for (const name of names) {
      const entry = quickEntry(site, name, log);
      const page = entry && (await renderOnePage(articleTemplate, entry));
      if (!page) continue;
      mkdirSync(dirname(page.outputPath), { recursive: true });
      writeFileSync(page.outputPath, page.content);
      written.push(page.outputPath);
    }
    if (written.length === 0) return;
    log(`[lede] Updated ${written.length === 1 ? names[0] : `${written.length} articles`} in ${Math.round(performance.now() - started)} ms; rebuilding the other pages…`);
    await reload(written);
  };

  const watcher = watch(site.articlesDir, (_event, name) => {
    if (!name || name.startsWith(".")) return;
    pending.add(String(name));
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), 30);
  });
  return () => watcher.close();
}

/**
 * The edited article's new entry in its old place: derived again from its file alone, with the issue,
 * neighbours, topics' pages and related reading of the last assembled corpus. A new file, or one that
 * was not published before, takes the slow road through the whole corpus.
 */
function quickEntry(site: SiteSettings, name: string, log: Log): Entry | undefined {
  const result = reloadArticle(site.articlesDir, name);
  if (Array.isArray(result)) {
    for (const problem of result) log(formatProblem(problem));
    return undefined;
  }
  const placed = lastAssembled()?.entries.find((candidate) => candidate.file === name);
  if (!placed || placed.date !== result.entry.date) return loadCorpus(site).entries.find((candidate) => candidate.file === name);
  const fresh = result.entry;
  return { ...placed, ...fresh, slug: placed.slug, url: placed.url, tagRefs: fresh.tags.map((tag) => placed.tagRefs.find((ref) => ref.name === tag) ?? { name: tag }) };
}
