import * as pagefind from "pagefind";
import { join } from "node:path";
import type { Entry } from "../corpus/types.ts";
import { formatLong } from "../date/calendar.ts";
import { escapeHtml } from "../markdown.ts";

/**
 * The search index, written with Pagefind into `<outDir>/pagefind/`. Each article is handed to Pagefind
 * as a small HTML page made from its entry (headline, body, and date, summary and topics as Pagefind's
 * meta, filter and sort attributes) rather than by reading 10,000 built pages back; Pagefind extracts
 * the words from the body's HTML itself.
 */
export async function writeSearchIndex(outDir: string, entries: readonly Entry[], language: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    for (const entry of entries) {
      const added = await index.addHTMLFile({ url: entry.url, content: searchPage(entry, language) });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${entry.file}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
    return entries.length;
  } finally {
    await pagefind.close();
  }
}

/**
 * What Pagefind reads of one article: the headline and body as content; date, summary and topics as
 * meta, filters and sort keys, taken from the text of elements that are not indexed themselves.
 */
export function searchPage(entry: Entry, language: string): string {
  const hidden = (attribute: string, value: string) => `<span data-pagefind-${attribute}>${escapeHtml(value)}</span>`;
  return [
    `<!doctype html><html lang="${escapeHtml(language)}"><body><main data-pagefind-body>`,
    `<h1 data-pagefind-meta="title">${escapeHtml(entry.headline)}</h1>`,
    "<div data-pagefind-ignore>",
    hidden(`meta="date"`, formatLong(entry.date)),
    hidden(`meta="datetime"`, entry.date),
    hidden(`meta="summary"`, entry.summary),
    hidden(`sort="date"`, entry.date),
    ...entry.tags.map((tag) => hidden(`filter="tag"`, tag)),
    "</div>",
    entry.html,
    "</main></body></html>",
  ].join("\n");
}
