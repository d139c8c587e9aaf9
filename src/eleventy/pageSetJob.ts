import { resolve } from "node:path";
import type nunjucks from "nunjucks";
import { nunjucksPackage } from "../build/eleventyBundle.ts";
import { writePageSet } from "../pages/render.ts";
import { readPageTemplate, type PageTemplate } from "../pages/template.ts";
import { filters } from "./filters.ts";

/** Everything a page-set build needs, copyable to a worker thread. */
export interface PageSetJob {
  /** The project folder; templates are named relative to it. */
  root: string;
  includes: string;
  layouts: string;
  templates: string[];
  globalData: Record<string, unknown>;
  output: string;
}

/**
 * The Nunjucks environment Eleventy gives templates, as far as Lede's templates use it: the includes
 * folder then the project folder to search, Nunjucks' default options (autoescape on) and Lede's filters.
 * The page-set test holds the pages to what Eleventy's own environment renders.
 */
export function pageSetEnvironment(lib: typeof nunjucks, root: string, includes: string): nunjucks.Environment {
  const env = new lib.Environment(new lib.FileSystemLoader([resolve(includes), resolve(root)]), {});
  for (const [name, filter] of Object.entries(filters)) env.addFilter(name, filter as (...args: unknown[]) => unknown);
  return env;
}

export async function readPageSets(job: Omit<PageSetJob, "globalData" | "output">): Promise<Map<string, PageTemplate>> {
  const nunjucks = await nunjucksPackage();
  const env = pageSetEnvironment(nunjucks, job.root, job.includes);
  const dirs = { root: job.root, layouts: resolve(job.layouts), includes: resolve(job.includes) };
  const read = new Map<string, PageTemplate>();
  for (const template of job.templates) read.set(template, await readPageTemplate(resolve(job.root, template), dirs, nunjucks, env));
  return read;
}

/** Render and write every page of every set; returns the URLs written. Runs on a worker thread for big sites. */
export async function renderPageSets(job: PageSetJob): Promise<string[]> {
  const urls: string[] = [];
  const made = new Set<string>();
  for (const template of (await readPageSets(job)).values()) urls.push(...(await writePageSet(template, job.globalData, job.output, made)));
  return urls;
}
