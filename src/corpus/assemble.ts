import type { Problem } from "../article/types.ts";
import type { CalendarDate } from "../date/calendar.ts";
import { articleUrl } from "../digest/derive.ts";
import { slugify } from "../digest/slug.ts";
import { groupIntoIssues, newestFirst, periodOf } from "../issue/group.ts";
import { issueUrl } from "../issue/group.ts";
import type { Cadence } from "../issue/types.ts";
import { findDuplicates, shinglesOf } from "./duplicates.ts";
import { relatedArticles } from "./related.ts";
import type { ArticleFacts, Corpus, CorpusEntry, Entry, Tag } from "./types.ts";

/** A topic page lists at least this many articles: a page of one is a dead end, and there are thousands. */
export const MIN_TAG_ARTICLES = 2;

export interface AssembleOptions {
  cadence: Cadence;
  today: CalendarDate;
  future: boolean;
}

/** Entries → the newsletter: future articles held back, unique URLs, issues, tags, previous/next. Pure. */
export function assembleCorpus(
  derived: ReadonlyArray<{ article: ArticleFacts; entry: CorpusEntry & { text?: string }; shingles?: Uint32Array }>,
  problems: Problem[],
  options: AssembleOptions,
  filesRead = derived.length + problems.length,
): Corpus {
  const current = derived.filter(({ article }) => options.future || article.date <= options.today);
  // The same story twice is published once: the earliest (then the first by file name) stays.
  const byAge = [...current].sort((a, b) => compare(a.entry.date, b.entry.date) || compare(a.entry.file, b.entry.file));
  const duplicates = findDuplicates(byAge.map(({ entry, shingles }) => ({ file: entry.file, shingles: shingles ?? shinglesOf(entry.text ?? "") })));
  const dropped = new Set(duplicates.map((duplicate) => duplicate.file));
  const published = current.filter(({ entry }) => !dropped.has(entry.file));
  const repeated = current.filter(({ entry }) => dropped.has(entry.file)).map(({ entry }) => {
    const rest = withoutBody(entry);
    const issue = periodOf(entry.date, options.cadence).id;
    return { ...rest, issue, issueUrl: issueUrl(issue), tagRefs: entry.tags.map((name) => ({ name })), related: [], duplicateOf: duplicates.find((d) => d.file === entry.file)!.duplicateOf };
  });
  const scheduled = derived.filter(({ article }) => !options.future && article.date > options.today).map(({ article }) => article);
  const digestEntries = spellTagsAlike(uniqueSlugs(published.map(({ entry }) => entry)));
  const tagSlugs = tagSlugsOf(digestEntries);
  const shared = sharedTags(digestEntries);

  const entries: Entry[] = digestEntries
    .map((entry) => {
      const issue = periodOf(entry.date, options.cadence).id;
      // Only a topic that two articles share gets a page; the others are shown as plain text.
      const tagRefs = entry.tags.map((name) =>
        shared.has(name.toLowerCase()) ? { name, url: `/tags/${tagSlugs.get(name.toLowerCase())}/` } : { name });
      const placed = withoutBody(entry);
      return { ...placed, issue, issueUrl: issueUrl(issue), tagRefs, related: [] };
    })
    .sort(newestFirst);
  const related = relatedArticles(entries);
  entries.forEach((entry, index) => {
    const newer = entries[index - 1];
    const older = entries[index + 1];
    if (newer) entry.newer = { headline: newer.headline, url: newer.url };
    if (older) entry.older = { headline: older.headline, url: older.url };
    entry.related = related.get(entry)!.map((other) => ({ headline: other.headline, url: other.url }));
  });

  return {
    entries,
    issues: groupIntoIssues(entries, options.cadence),
    tags: tagsOf(entries, tagSlugs).filter((tag) => tag.entries.length >= MIN_TAG_ARTICLES),
    problems,
    duplicates,
    repeated,
    scheduled,
    filesRead,
  };
}

/**
 * Two files may slugify alike (`a b.txt`, `a-b.txt`): both are published, the later file name (in
 * sorted order) gets `-2`, `-3`…, so every URL stays the same from build to build.
 */
function uniqueSlugs(entries: CorpusEntry[]): CorpusEntry[] {
  const taken = new Set<string>();
  return [...entries]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((entry) => {
      let slug = entry.slug;
      for (let n = 2; taken.has(slug); n++) slug = `${entry.slug}-${n}`;
      taken.add(slug);
      return slug === entry.slug ? entry : { ...entry, slug, url: articleUrl(slug) };
    });
}

/** One spelling per tag across the corpus: the most used (`Hong Kong`, never also `hong kong`). */
function spellTagsAlike(entries: CorpusEntry[]): CorpusEntry[] {
  const forms = new Map<string, Map<string, number>>();
  for (const entry of entries) {
    for (const tag of entry.tags) {
      const key = tag.toLowerCase();
      const counts = forms.get(key) ?? new Map<string, number>();
      counts.set(tag, (counts.get(tag) ?? 0) + 1);
      forms.set(key, counts);
    }
  }
  const spelling = new Map([...forms].map(([key, counts]) => [key, [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]]));
  return entries.map((entry) => {
    const tags = [...new Set(entry.tags.map((tag) => spelling.get(tag.toLowerCase())!))];
    return tags.every((tag, i) => tag === entry.tags[i]) && tags.length === entry.tags.length ? entry : { ...entry, tags };
  });
}

/** Derived entries come with the body as HTML only; one made by `deriveEntry` directly (tests) has all of it. */
function withoutBody(entry: CorpusEntry & { blocks?: unknown; text?: string }): CorpusEntry {
  const { blocks: _blocks, text: _text, ...rest } = entry;
  return rest;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sharedTags(entries: CorpusEntry[]): Set<string> {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of new Set(entry.tags.map((name) => name.toLowerCase()))) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count >= MIN_TAG_ARTICLES).map(([tag]) => tag));
}

function tagSlugsOf(entries: CorpusEntry[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of [...new Set(entries.flatMap((entry) => entry.tags.map((tag) => tag.toLowerCase())))].sort()) {
    const base = slugify(name, "tag");
    let slug = base;
    for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
    taken.add(slug);
    slugs.set(name, slug);
  }
  return slugs;
}

function tagsOf(entries: Entry[], slugs: Map<string, string>): Tag[] {
  const tags = new Map<string, Tag>();
  for (const entry of entries) {
    for (const name of entry.tags) {
      const key = name.toLowerCase();
      const slug = slugs.get(key)!;
      const tag = tags.get(key) ?? { name, slug, url: `/tags/${slug}/`, entries: [] };
      tag.entries.push(entry);
      tags.set(key, tag);
    }
  }
  return [...tags.values()].sort((a, b) => b.entries.length - a.entries.length || (a.slug < b.slug ? -1 : 1));
}
