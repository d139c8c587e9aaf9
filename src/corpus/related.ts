export const RELATED_MAX = 3;

interface Tagged {
  url: string;
  tags: readonly string[];
  date: string;
}

/**
 * Up to three related articles per article: those sharing the most telling tags, where a tag shared by
 * few articles counts for more than one shared by hundreds (inverse document frequency). Never itself.
 */
export function relatedArticles<T extends Tagged>(entries: readonly T[]): Map<T, T[]> {
  const byTag = new Map<string, T[]>();
  for (const entry of entries) for (const tag of new Set(entry.tags.map((name) => name.toLowerCase()))) byTag.set(tag, [...(byTag.get(tag) ?? []), entry]);
  const related = new Map<T, T[]>();
  for (const entry of entries) {
    const scores = new Map<T, number>();
    for (const tag of new Set(entry.tags.map((name) => name.toLowerCase()))) {
      const sharing = byTag.get(tag)!;
      if (sharing.length > 200) continue; // a tag on hundreds of articles relates nothing
      const weight = Math.log(1 + entries.length / sharing.length);
      for (const other of sharing) if (other !== entry) scores.set(other, (scores.get(other) ?? 0) + weight);
    }
    const best = [...scores.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0].date < b[0].date ? 1 : a[0].date > b[0].date ? -1 : a[0].url < b[0].url ? -1 : 1))
      .slice(0, RELATED_MAX)
      .map(([other]) => other);
    related.set(entry, best);
  }
  return related;
}
