import { resolve } from "node:path";
import { PROJECT_ROOT } from "./eleventy.ts";

export interface BuildOptions {
  articles?: string;
  out: string;
  baseUrl?: string;
  keepGoing: boolean;
  future: boolean;
}

/**
 * The `lede` options reach Eleventy's data files through the environment (Eleventy loads them itself);
 * paths are made absolute first because the build runs from the project folder.
 */
export function exportOptions(options: Pick<BuildOptions, "articles" | "baseUrl" | "future">, cwd = process.cwd()): void {
  if (options.articles) process.env.LEDE_ARTICLES = resolve(cwd, options.articles);
  if (options.baseUrl) process.env.LEDE_BASE_URL = options.baseUrl;
  if (options.future) process.env.LEDE_FUTURE = "1";
}

/** The articles folder: LEDE_ARTICLES (which `--articles` sets), else the site's setting, from the project folder. */
export function articlesFolder(configured: string): string {
  return process.env.LEDE_ARTICLES || resolve(PROJECT_ROOT, configured);
}
