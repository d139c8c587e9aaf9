export const ARTICLE_EXTENSIONS = [".txt", ".md"] as const;

/** An article file by its name: `.txt` or `.md`, not hidden. */
export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith(".") && ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
