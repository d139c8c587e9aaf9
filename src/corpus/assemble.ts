import type { Article, Problem } from "../article/types.ts";
import type { CalendarDate } from "../date/calendar.ts";
import { articleUrl } from "../digest/derive.ts";
import { slugify } from "../digest/slug.ts";
import type { DigestEntry } from "../digest/types.ts";
import { groupIntoIssues, newestFirst, periodOf } from "../issue/group.ts";
import { issueUrl } from "../issue/group.ts";
import type { Cadence } from "../issue/types.ts";
import type { Corpus, Entry, Tag } from "./types.ts";

/** A topic page lists at least this many articles: a page of one is a dead end, and there are thousands. */
export const MIN_TAG_ARTICLES = 2;

export interface AssembleOptions {
  cadence: Cadence;
  today: CalendarDate;
  future: boolean;
}

/** Entries → the newsletter: future articles held back, unique URLs, issues, tags, previous/next. Pure. */
export function assembleCorpus(
  derived: ReadonlyArray<{ article: Article; entry: DigestEntry }>,
  problems: Problem[],
  options: AssembleOptions,
  filesRead = derived.length + problems.length,
): Corpus {
  const published = derived.filter(({ article }) => options.future || article.date <= options.today);
  const scheduled = derived.filter(({ article }) => !options.future && article.date > options.today).map(({ article }) => article);
  const digestEntries = uniqueSlugs(published.map(({ entry }) => entry));
  const tagSlugs = tagSlugsOf(digestEntries);
  const shared = sharedTags(digestEntries);

  const entries: Entry[] = digestEntries
    .map((entry) => {
      const issue = periodOf(entry.date, options.cadence).id;
      // Only a topic that two articles share gets a page; the others are shown as plain text.
      const tagRefs = entry.tags.map((name) =>
        shared.has(name.toLowerCase()) ? { name, url: `/tags/${tagSlugs.get(name.toLowerCase())}/` } : { name });
      const { blocks: _blocks, ...placed } = entry;
      return { ...placed, issue, issueUrl: issueUrl(issue), tagRefs };
    })
    .sort(newestFirst);
  entries.forEach((entry, index) => {
    const newer = entries[index - 1];
    const older = entries[index + 1];
    if (newer) entry.newer = { headline: newer.headline, url: newer.url };
    if (older) entry.older = { headline: older.headline, url: older.url };
  });

  return {
    entries,
    issues: groupIntoIssues(entries, options.cadence),
    tags: tagsOf(entries, tagSlugs).filter((tag) => tag.entries.length >= MIN_TAG_ARTICLES),
    problems,
    scheduled,
    filesRead,
  };
}

/**
 * Two files may slugify alike (`a b.txt`, `a-b.txt`): both are published, the later file name (in
 * sorted order) gets `-2`, `-3`…, so every URL stays the same from build to build.
 */
function uniqueSlugs(entries: DigestEntry[]): DigestEntry[] {
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

function sharedTags(entries: DigestEntry[]): Set<string> {
  const counts = new Map<string, number>();
  for (const entry of entries) for (const tag of new Set(entry.tags.map((name) => name.toLowerCase()))) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return new Set([...counts].filter(([, count]) => count >= MIN_TAG_ARTICLES).map(([tag]) => tag));
}

function tagSlugsOf(entries: DigestEntry[]): Map<string, string> {
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
