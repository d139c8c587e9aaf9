import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { PageTemplate } from "./template.ts";

type Data = Record<string, unknown>;

/** Where Eleventy writes a permalink: `/a/b/` → `a/b/index.html`, `/a/feed.xml` → `a/feed.xml`. */
export function outputPathOf(outDir: string, url: string): string {
  return join(outDir, url.endsWith("/") ? `${url}index.html` : url);
}

/** One item's page: the data Eleventy would give it (global, layouts', the template's, computed), rendered. */
export function renderPage(template: PageTemplate, globalData: Data, item: unknown, outDir: string): { url: string; outputPath: string; content: string } {
  let data: Data = { ...globalData };
  for (let i = template.layouts.length - 1; i >= 0; i--) Object.assign(data, template.layouts[i]!.fields);
  Object.assign(data, template.fields, { [template.alias]: item });
  const url = template.permalink(data);
  const outputPath = outputPathOf(outDir, url);
  data.page = { url, outputPath, inputPath: template.inputPath };
  if (Object.keys(template.computed).length > 0) {
    data = { ...data };
    for (const [key, compute] of Object.entries(template.computed)) data[key] = compute(data);
  }
  let content = template.body.render(data);
  for (const layout of template.layouts) content = layout.template.render({ ...data, content });
  return { url, outputPath, content };
}

/** Pages rendered between two turns of the event loop: what waits for this thread (a worker done, a write) goes on. */
const PAGES_A_TURN = 200;

/**
 * Every page of a set, each written as soon as it is rendered and then let go: unlike Eleventy's own
 * pagination, nothing is kept for the whole build (at 10,000 articles that was 300 MB and 4 s). `made`:
 * the folders made already, shared by sets that write into the same ones (a topic's page and feed).
 */
export async function writePageSet(template: PageTemplate, globalData: Data, outDir: string, made = new Set<string>()): Promise<string[]> {
  const items = globalData[template.data];
  if (!Array.isArray(items)) throw new Error(`${template.inputPath}: the global data "${template.data}" is not a list`);
  const urls: string[] = [];
  for (const item of items) {
    if (urls.length % PAGES_A_TURN === PAGES_A_TURN - 1) await new Promise(setImmediate);
    const { url, outputPath, content } = renderPage(template, globalData, item, outDir);
    urls.push(url);
    const dir = outputPath.slice(0, outputPath.lastIndexOf("/"));
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    writeFileSync(outputPath, content);
  }
  return urls;
}
