import { decodeArticle } from "./decode.ts";
import { parseMarkdown } from "./markdown.ts";
import { parseRaw } from "./raw.ts";
import type { ParseResult } from "./types.ts";

export const ARTICLE_EXTENSIONS = [".txt", ".md"] as const;

/** Parse one file's bytes. Never throws: the result is an Article or the file's problems. */
export function parseArticle(file: string, bytes: Uint8Array): ParseResult {
  const decoded = decodeArticle(file, bytes);
  if ("problem" in decoded) return { ok: false, problems: [decoded.problem] };
  const name = file.split(/[\\/]/).pop() ?? file;
  const id = name.replace(/\.[^.]+$/, "");
  return name.toLowerCase().endsWith(".md") ? parseMarkdown(id, file, decoded.text) : parseRaw(id, file, decoded.text);
}

export function isArticleFile(name: string): boolean {
  const lower = name.toLowerCase();
  return !name.startsWith(".") && ARTICLE_EXTENSIONS.some((extension) => lower.endsWith(extension));
}
