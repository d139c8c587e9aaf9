import * as pagefind from "pagefind";
import { join } from "node:path";
import type { Entry } from "../corpus/types.ts";
import { formatLong } from "../date/calendar.ts";

/**
 * The search index, written with Pagefind into `<outDir>/pagefind/`. Records come straight from the
 * digest entries (headline, date, summary, clean text) rather than from re-parsing the built HTML:
 * the same index, without reading 10,000 pages back.
 */
export async function writeSearchIndex(outDir: string, entries: readonly Entry[], language: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: language });
  try {
    if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    for (const entry of entries) {
      const added = await index.addCustomRecord({
        url: entry.url,
        content: `${entry.headline}\n${entry.text}`,
        language,
        meta: { title: entry.headline, date: formatLong(entry.date), datetime: entry.date, summary: entry.summary },
        filters: { tag: entry.tags },
        sort: { date: entry.date },
      });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${entry.file}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, "pagefind") });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write the index: ${written.errors.join("; ")}`);
    return entries.length;
  } finally {
    await pagefind.close();
  }
}
