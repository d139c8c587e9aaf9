import { formatProblem } from "../article/problem.ts";
import { deriveArticles, PROGRESS_FROM } from "../corpus/deriveArticles.ts";
import { articlesDerived, keepDigestEntries, loadCorpus } from "../corpus/load.ts";
import type { Corpus } from "../corpus/types.ts";
import { formatKb, lastEmailReports } from "../email/write.ts";
import { unsubscribeLinkWorks, type SiteSettings } from "../site/settings.ts";
import { pageSetUrls } from "../eleventy/pageSets.ts";
import { prepareEleventy } from "./eleventy.ts";
import { discard, swapInto, temporarySibling } from "./swap.ts";

export interface BuildResult {
  exitCode: 0 | 1;
  corpus: Corpus;
}

type Log = (line: string) => void;

export interface BuildRequest {
  outDir: string;
  keepGoing: boolean;
  /** Write the Pagefind search index (the slowest stage on big sites). */
  search: boolean;
}

/**
 * `lede build`: check every article, render into a temporary folder, swap it in, print a summary.
 * `deriving` is `deriveArticles(site, log)` if the caller started it already (to start the workers sooner).
 */
export async function build(site: SiteSettings, request: BuildRequest, log: Log, error: Log, deriving = deriveArticles(site, log)): Promise<BuildResult> {
  const { outDir, keepGoing } = request;
  const stages = stageTimer();
  // The articles are derived while Eleventy loads and reads its configuration (on other threads for big
  // folders, in between Eleventy's steps for small ones).
  const tmpDir = temporarySibling(outDir);
  const eleventy = prepareEleventy(tmpDir);
  eleventy.catch(() => {}); // awaited below, unless the articles have problems
  const corpus = loadCorpus(site, undefined, await deriving);
  const derived = articlesDerived();
  try {
    stages.end("read + digest");
    const progress = (line: string) => { if (corpus.filesRead > PROGRESS_FROM) log(line); };
    for (const problem of corpus.problems) error(formatProblem(problem));
    if (corpus.problems.length > 0 && !keepGoing) {
      error(`${plural(corpus.problems.length, "problem")} in ${site.articlesDir}: nothing was built and ${outDir} is unchanged. Fix them, or pass --keep-going to build the other articles.`);
      return { exitCode: 1, corpus };
    }
    if (corpus.entries.length === 0) {
      error(`No articles to publish in ${site.articlesDir}: add .txt or .md files (see README.md), or pass --articles DIR.`);
      return { exitCode: 1, corpus };
    }
    progress(`Read ${plural(corpus.entries.length, "article")}; rendering the site, feeds and emails…`);

    let pages;
    try {
      pages = await (await eleventy).write();
      stages.end("render");
      if (request.search) {
        progress(`Rendered ${pages.length + pageSetUrls().length} files; indexing ${corpus.entries.length} articles for search…`);
        const { writeSearchIndex } = await import("../search/index.ts");
        await writeSearchIndex(tmpDir, corpus.entries, site.language);
        stages.end("search index");
      }
    } catch (cause) {
      discard(tmpDir);
      error(`The build failed and ${outDir} is unchanged: ${messageOf(cause)}`);
      return { exitCode: 1, corpus };
    }
    swapInto(tmpDir, outDir);
    const htmlPages = pages.filter((page) => page.outputPath && String(page.outputPath).endsWith(".html")).length + pageSetUrls().filter((url) => url.endsWith("/")).length;
    log(summary(site, request, { corpus, derived, htmlPages, seconds: stages.total(), stages: stages.all() }));
    if (!unsubscribeLinkWorks(site)) {
      error(`Note: the emails' unsubscribe links go to ${site.email.unsubscribeUrl}, which nothing answers, and the site has no sign-up form: run lede api and set api.url in _data/site.ts (or LEDE_API_URL) to its address.`);
    }
    return { exitCode: corpus.problems.length > 0 ? 1 : 0, corpus };
  } finally {
    // Kept for the next build once this one is done (not while it renders: 35 MB at 10,000 articles).
    await keepDigestEntries(site).catch((cause) =>
      error(`Note: the derived entries could not be kept in .cache/lede (${messageOf(cause)}); the next build derives every article again.`));
  }
}

interface Built {
  corpus: Corpus;
  derived: number;
  htmlPages: number;
  seconds: number;
  stages: Array<[string, number]>;
}

/** What the build made, in a few lines. */
function summary(site: SiteSettings, request: BuildRequest, { corpus, derived, htmlPages, seconds, stages }: Built): string {
  const emails = lastEmailReports();
  const largest = Math.max(0, ...emails.map((email) => email.htmlBytes));
  const read = corpus.filesRead;
  return [
    `Built ${request.outDir} in ${seconds.toFixed(1)} s`,
    `  articles  ${read} read${derived < read ? ` (${read - derived} unchanged since the last build)` : ""}, ${corpus.entries.length} published` +
      (corpus.scheduled.length ? `, ${corpus.scheduled.length} scheduled (dated after today; --future publishes them)` : ""),
    `  problems  ${corpus.problems.length}`,
    ...(corpus.duplicates.length
      ? [`  duplicates ${corpus.duplicates.length} not published, each repeats an earlier article:`,
        ...corpus.duplicates.map((d) => `    ${d.file} repeats ${d.duplicateOf}`)]
      : []),
    `  issues    ${corpus.issues.length}`,
    `  pages     ${htmlPages}`,
    `  feed      ${Math.min(site.feed.items, corpus.entries.length)} items`,
    `  emails    ${emails.length} (largest HTML ${formatKb(largest)} of ${formatKb(site.email.maxHtmlBytes)})`,
    `  search    ${request.search ? `${corpus.entries.length} articles indexed` : "skipped (--no-search)"}`,
    `  time      ${stages.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(1)} s`).join(", ")}`,
  ].join("\n");
}

/** Times the build's stages, each from the end of the one before. */
function stageTimer() {
  const started = performance.now();
  const stages: Array<[string, number]> = [];
  let stageStart = started;
  return {
    end(name: string) {
      const now = performance.now();
      stages.push([name, now - stageStart]);
      stageStart = now;
    },
    all: () => stages,
    total: () => (performance.now() - started) / 1000,
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

function messageOf(cause: unknown): string {
  let current = cause as { message?: string; originalError?: unknown; cause?: unknown } | undefined;
  // Eleventy wraps errors in layers; the innermost message is the one that says what went wrong.
  while (current && (current.originalError || current.cause)) current = (current.originalError ?? current.cause) as typeof current;
  return current?.message ?? String(cause);
}
