import type { Entry } from "./types.ts";

/** The public shape of `lede digest --json`: one object per article (`duplicateOf` on unpublished repeats). */
export function entryJson(entry: Entry & { duplicateOf?: string }, baseUrl: string) {
  return {
    ...(entry.duplicateOf ? { duplicateOf: entry.duplicateOf } : {}),
    id: entry.id,
    file: entry.file,
    date: entry.date,
    headline: entry.headline,
    summary: entry.summary,
    tags: entry.tags,
    words: entry.words,
    readingMinutes: entry.readingMinutes,
    url: new URL(entry.url, `${baseUrl}/`).href,
    issue: entry.issue,
  };
}
