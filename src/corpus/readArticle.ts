import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { parseArticle } from "../article/parse.ts";
import type { Problem } from "../article/types.ts";
import { deriveEntry } from "../digest/derive.ts";
import type { DigestEntry } from "../digest/types.ts";
import { shinglesOf } from "./duplicates.ts";
import { stampOf, statStamp } from "./stamp.ts";
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
  /** Parsed and derived now, rather than known from before. */
  fresh?: true;
}

type Known = (stamp: string, key: string) => Derived | Problem[] | undefined;

/**
 * Read one article file and derive its entry (the I/O edge of the core). `known` returns an earlier
 * result for the same stamp or key, so that an unchanged file is not read, or not derived, again.
 */
export function readArticle(path: string, known: Known = () => undefined): ReadResult {
  let stamp = "";
  try {
    stamp = statStamp(path);
    const early = earlyResult(path, stamp, known);
    return early ?? deriveBytes(path, stamp, readFileSync(path), known);
  } catch (error) {
    return unreadable(path, stamp, error);
  }
}

/** The same, reading with the thread pool: the calling thread stays free while the disk answers. */
export async function readArticleAsync(path: string, known: Known = () => undefined): Promise<ReadResult> {
  let stamp = "";
  let bytes: Buffer;
  try {
    stamp = stampOf(await stat(path));
    const early = earlyResult(path, stamp, known);
    if (early) return early;
    bytes = await readFile(path);
  } catch (error) {
    return unreadable(path, stamp, error);
  }
  return deriveBytes(path, stamp, bytes, known);
}

/** What a file is without reading it: known from its stamp, or too large to be an article. */
function earlyResult(path: string, stamp: string, known: Known): ReadResult | undefined {
  const cached = known(stamp, "");
  if (cached) return { path, stamp, key: "", result: cached };
  if (Number(stamp.split(":")[0]) > MAX_ARTICLE_BYTES) {
    return { path, stamp, key: "", result: [{ file: path, line: 1, column: 1, code: "too-large", message: `the file is over ${MAX_ARTICLE_BYTES / 1_000_000} MB; an article is text, split it or remove it` }] };
  }
  return undefined;
}

function unreadable(path: string, stamp: string, error: unknown): ReadResult {
  const code = (error as NodeJS.ErrnoException).code;
  const message = code === "EISDIR" ? "this is a folder, not an article file; move it out of the articles folder" : `cannot read the file (${code}); check its permissions`;
  return { path, stamp, key: "", result: [{ file: path, line: 1, column: 1, code: "unreadable", message }] };
}

/** A file's bytes to its entry: parsed, derived, fingerprinted (or its problems). */
function deriveBytes(path: string, stamp: string, bytes: Buffer, known: Known): ReadResult {
  const key = createHash("sha1").update(path).update("\0").update(bytes).digest("hex");
  const cached = known(stamp, key);
  if (cached) return { path, stamp, key, result: cached };
  const parsed = parseArticle(path, bytes);
  if (!parsed.ok) return { path, stamp, key, result: parsed.problems, fresh: true };
  const { blocks: _blocks, text, ...entry } = deriveEntry(parsed.article);
  const { paragraphs: _paragraphs, markdown: _markdown, ...article } = parsed.article;
  return { path, stamp, key, result: { article, entry, shingles: shinglesOf(text) }, fresh: true };
}
