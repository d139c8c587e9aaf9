import { decodeArticle } from "./decode.ts";
export { ARTICLE_EXTENSIONS, isArticleFile } from "./files.ts";
import { parseMarkdown } from "./markdown.ts";
import { parseRaw } from "./raw.ts";
import type { ParseResult } from "./types.ts";

/**
 * Names that make a readable, stable URL on every web server: ASCII letters and digits with `-`, `_`,
 * `.` and spaces between them (`Harbour Ferry.txt` becomes `/articles/harbour-ferry/`).
 */
const SAFE_NAME = /^[A-Za-z0-9](?:[A-Za-z0-9._ -]*[A-Za-z0-9])?$/;

/** Parse one file's bytes. Never throws: the result is an Article or the file's problems. */
export function parseArticle(file: string, bytes: Uint8Array): ParseResult {
  const name = file.split(/[\\/]/).pop() ?? file;
  const id = name.replace(/\.[^.]+$/, "");
  if (!SAFE_NAME.test(id)) {
    return { ok: false, problems: [{ file, line: 1, column: 1, code: "unsafe-name",
      message: "the file name becomes the article's URL; rename the file with letters, digits, hyphens, underscores or dots, e.g. harbour-ferry.txt" }] };
  }
  const decoded = decodeArticle(file, bytes);
  if ("problem" in decoded) return { ok: false, problems: [decoded.problem] };
  return name.toLowerCase().endsWith(".md") ? parseMarkdown(id, file, decoded.text) : parseRaw(id, file, decoded.text);
}
