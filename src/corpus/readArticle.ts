import { createHash } from "node:crypto";
import { readFileSync, statSync } from "node:fs";
import { parseArticle } from "../article/parse.ts";
import type { Problem } from "../article/types.ts";
import { deriveEntry } from "../digest/derive.ts";
import type { DigestEntry } from "../digest/types.ts";
import { shinglesOf } from "./duplicates.ts";
import type { ArticleFacts, CorpusEntry } from "./types.ts";

/** Bigger than any article; a file this size is a mistake (a data dump, a video). */
export const MAX_ARTICLE_BYTES = 1_000_000;

/**
 * An article once derived: its facts, its entry with the body as HTML only (the blocks and plain text
 * were for deriving), and the fingerprint of its text that finds repeats of it. Kept for the whole
 * build and sent from worker threads, so nothing is kept twice.
 */
export type Derived = { article: ArticleFacts; entry: CorpusEntry; shingles: Uint32Array };

/** One file read: its size and time (`stamp`), a hash of its path and bytes (`key`), and what it became. */
export interface ReadResult {
  path: string;
  stamp: string;
  /** Empty when the file could not be read. */
  key: string;
  result: Derived | Problem[];
}

/** The file's size, time and inode: when they are unchanged, so is the file. */
export function statStamp(path: string): string {
  const stats = statSync(path);
  return `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
}

/**
 * Read one article file and derive its entry (the I/O edge of the core). `known` returns an earlier
 * result for the same stamp or key, so that an unchanged file is not read, or not derived, again.
 */
export function readArticle(path: string, known: (stamp: string, key: string) => Derived | Problem[] | undefined = () => undefined): ReadResult {
  let bytes: Buffer;
  let stamp = "";
  try {
    stamp = statStamp(path);
    const cached = known(stamp, "");
    if (cached) return { path, stamp, key: "", result: cached };
    if (Number(stamp.split(":")[0]) > MAX_ARTICLE_BYTES) {
      return { path, stamp, key: "", result: [{ file: path, line: 1, column: 1, code: "too-large", message: `the file is over ${MAX_ARTICLE_BYTES / 1_000_000} MB; an article is text, split it or remove it` }] };
    }
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = code === "EISDIR" ? "this is a folder, not an article file; move it out of the articles folder" : `cannot read the file (${code}); check its permissions`;
    return { path, stamp, key: "", result: [{ file: path, line: 1, column: 1, code: "unreadable", message }] };
  }
  const key = createHash("sha1").update(path).update("\0").update(bytes).digest("hex");
  const cached = known(stamp, key);
  if (cached) return { path, stamp, key, result: cached };
  const parsed = parseArticle(path, bytes);
  if (!parsed.ok) return { path, stamp, key, result: parsed.problems };
  const { blocks: _blocks, text, ...entry } = deriveEntry(parsed.article);
  const { paragraphs: _paragraphs, markdown: _markdown, ...article } = parsed.article;
  return { path, stamp, key, result: { article, entry, shingles: shinglesOf(text) } };
}
