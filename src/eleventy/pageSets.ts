import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { runnable } from "../compiled.ts";
import { runJob } from "../parallel/tsWorker.ts";
import { renderPage } from "../pages/render.ts";
import type { PageTemplate } from "../pages/template.ts";
import { readPageSets, renderPageSets, type PageSetJob } from "./pageSetJob.ts";
import { EMAIL_HTML_TEMPLATE } from "./preprocess.ts";

export interface Directories {
  input: string;
  includes: string;
  layouts: string;
  data: string;
  output: string;
}

interface EleventyEvents {
  ignores: { add(glob: string): void };
  addWatchTarget(path: string): void;
  on(event: "eleventy.before" | "eleventy.after", handler: (event: { directories: Directories }) => Promise<void>): void;
}

/**
 * The templates rendered as page sets: per article, per topic (a page and a feed), per issue (a page
 * and its email as HTML and text).
 */
export const PAGE_SETS = {
  article: "templates/articles/article.njk",
  topic: "templates/tags/tag.njk",
  topicFeed: "templates/feeds/tag-rss.njk",
  issue: "templates/issues/issue.njk",
  emailHtml: EMAIL_HTML_TEMPLATE,
  emailText: "templates/email/text.njk",
} as const;

/** Set to let Eleventy paginate these templates itself (slow; the tests compare both ways). */
export const ELEVENTY_PAGINATION_ENV = "LEDE_ELEVENTY_PAGINATION";

/**
 * From this many articles on, the `many` sets render on a worker thread while the main thread renders the
 * rest: starting the worker and copying the data to it take about 0.5 s.
 */
export const PAGE_SET_WORKER_ARTICLES = 3000;

export interface PageSetOptions {
  /** The sets rendered on a worker thread for big sites: about half the rendering work of the build. */
  many: readonly string[];
  /** The other sets: always on the main thread. */
  few: readonly string[];
  /** Of the main thread's sets, those it renders first: `then` needs them. */
  first: readonly string[];
  /**
   * Starts once the `first` sets are written, and runs while the main thread renders its other sets;
   * `otherCoreFree` resolves when the `many` sets, rendering on a worker meanwhile, are written.
   */
  then: (output: string, otherCoreFree?: Promise<unknown>) => Promise<void>;
}

let written: string[] = [];
/** The last build's page-set job, so that `lede serve` can rewrite one page at once. */
let last: { job: PageSetJob; templates?: Map<string, PageTemplate> } | undefined;

/**
 * Templates that make one page per item (an article, a topic, an issue) are rendered by Lede rather than
 * by Eleventy's pagination: with the same filters, data cascade and layouts, byte for byte the same pages,
 * but each written at once and let go, and on another thread when there are many. Eleventy spends about
 * 0.4 ms and keeps about 30 KB per paginated page, which at 10,000 articles was most of the build's time
 * and memory.
 */
export function pageSetsPlugin(eleventyConfig: EleventyEvents, { many, few, first, then }: PageSetOptions): void {
  if (process.env[ELEVENTY_PAGINATION_ENV]) {
    eleventyConfig.on("eleventy.after", ({ directories }) => then(resolve(directories.output)));
    return;
  }
  for (const template of [...many, ...few]) {
    eleventyConfig.ignores.add(template);
    eleventyConfig.addWatchTarget(template);
  }
  let onWorker: Promise<string[]> | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    const job: PageSetJob = {
      root: process.cwd(), includes: directories.includes, layouts: directories.layouts, templates: [...many, ...few],
      globalData: await readGlobalData(directories.data), output: resolve(directories.output),
    };
    last = { job };
    const entries = job.globalData.entries;
    onWorker = Array.isArray(entries) && entries.length >= PAGE_SET_WORKER_ARTICLES
      ? runJob<string[]>(new URL("./pageSetJob.ts", import.meta.url), "renderPageSets", { ...job, templates: [...many] })
      : undefined;
    onWorker?.catch(() => {}); // awaited after Eleventy's own pages
  });
  eleventyConfig.on("eleventy.after", async () => {
    const job = last!.job;
    const here = onWorker ? few : [...many, ...few];
    const firstWritten = await renderPageSets({ ...job, templates: here.filter((template) => first.includes(template)) });
    const finishing = then(job.output, onWorker?.catch(() => {}));
    finishing.catch(() => {}); // awaited below
    const restWritten = await renderPageSets({ ...job, templates: here.filter((template) => !first.includes(template)) });
    await finishing;
    written = [...(onWorker ? await onWorker : []), ...firstWritten, ...restWritten];
    onWorker = undefined;
  });
}

/** The URLs the page sets wrote in the last build (for the build summary). */
export function pageSetUrls(): readonly string[] {
  return written;
}

/**
 * One item's page of a page set, rendered as the last build rendered that set (same templates and data
 * but for the item): `lede serve` shows an edited article at once while Eleventy rebuilds the rest.
 * Undefined until a build has rendered the set.
 */
export async function renderOnePage(template: string, item: unknown): Promise<{ outputPath: string; content: string } | undefined> {
  if (!last) return undefined;
  last.templates ??= await readPageSets(last.job);
  const pageTemplate = last.templates.get(template);
  return pageTemplate && renderPage(pageTemplate, last.job.globalData, item, last.job.output);
}

/** Eleventy's global data as `.eleventy.ts` defines it: each `_data/*.ts` module's default export, called. */
export async function readGlobalData(dataDir: string): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  for (const name of readdirSync(dataDir).filter((file) => file.endsWith(".ts")).sort()) {
    const module = await import(runnable(pathToFileURL(resolve(join(dataDir, name)))).href);
    data[name.replace(/\.ts$/, "")] = typeof module.default === "function" ? await module.default() : module.default;
  }
  return data;
}
