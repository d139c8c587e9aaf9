import { readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { renderPage, writePageSet } from "../pages/render.ts";
import { readPageTemplate, type NunjucksEnvironment, type NunjucksLike, type PageTemplate } from "../pages/template.ts";

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
  on(event: "eleventy.engine.njk", handler: (event: { nunjucks: NunjucksLike; environment: NunjucksEnvironment }) => void): void;
  on(event: "eleventy.after", handler: (event: { directories: Directories }) => Promise<void>): void;
}

/** The templates rendered as page sets: one page per article, per topic, and a feed per topic. */
export const PAGE_SETS = {
  article: "templates/articles/article.njk",
  topic: "templates/tags/tag.njk",
  topicFeed: "templates/feeds/tag-rss.njk",
} as const;

/** Set to let Eleventy paginate these templates itself (slow; the tests compare both ways). */
export const ELEVENTY_PAGINATION_ENV = "LEDE_ELEVENTY_PAGINATION";

let written: string[] = [];
/** The last build's templates and data, so that `lede serve` can rewrite one page at once. */
let last: { templates: Map<string, PageTemplate>; globalData: Record<string, unknown>; output: string } | undefined;

/**
 * Templates that make one page per item (an article, a topic) are rendered by Lede rather than by
 * Eleventy's pagination: with Eleventy's own Nunjucks environment (its filters and shortcodes), the same
 * data cascade and layouts, byte for byte the same pages, but each written at once and let go. Eleventy
 * spends about 0.4 ms and keeps about 30 KB per paginated page, which at 10,000 articles was most of the
 * build's time and memory.
 */
export function pageSetsPlugin(eleventyConfig: EleventyEvents, templates: readonly string[]): void {
  if (process.env[ELEVENTY_PAGINATION_ENV]) return;
  let engine: { nunjucks: NunjucksLike; environment: NunjucksEnvironment } | undefined;
  for (const template of templates) {
    eleventyConfig.ignores.add(template);
    eleventyConfig.addWatchTarget(template);
  }
  eleventyConfig.on("eleventy.engine.njk", (event) => {
    engine = event;
  });
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    if (!engine) throw new Error("Eleventy's Nunjucks engine did not start: the page sets cannot be rendered");
    const dirs = { root: process.cwd(), layouts: resolve(directories.layouts) };
    const globalData = await readGlobalData(directories.data);
    written = [];
    last = { templates: new Map(), globalData, output: directories.output };
    for (const template of templates) {
      const pageTemplate = await readPageTemplate(resolve(template), dirs, engine.nunjucks, engine.environment);
      last.templates.set(template, pageTemplate);
      written.push(...writePageSet(pageTemplate, globalData, directories.output));
    }
  });
}

/**
 * One item's page of a page set, rendered as the last build rendered that set (same templates and data
 * but for the item): `lede serve` shows an edited article at once while Eleventy rebuilds the rest.
 * Undefined until a build has rendered the set.
 */
export function renderOnePage(template: string, item: unknown): { outputPath: string; content: string } | undefined {
  const pageTemplate = last?.templates.get(template);
  return pageTemplate && renderPage(pageTemplate, last!.globalData, item, last!.output);
}

/** The URLs the page sets wrote in the last build (for the build summary). */
export function pageSetUrls(): readonly string[] {
  return written;
}

/** Eleventy's global data as `.eleventy.ts` defines it: each `_data/*.ts` module's default export, called. */
async function readGlobalData(dataDir: string): Promise<Record<string, unknown>> {
  const data: Record<string, unknown> = {};
  for (const name of readdirSync(dataDir).filter((file) => file.endsWith(".ts")).sort()) {
    const module = await import(pathToFileURL(resolve(join(dataDir, name))).href);
    data[name.replace(/\.ts$/, "")] = typeof module.default === "function" ? await module.default() : module.default;
  }
  return data;
}
