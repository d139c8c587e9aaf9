import { readArticle, type ReadResult } from "./readArticle.ts";

/** A run of the articles a worker thread takes (see deriveInParallel.ts): read and derive each file. */
export function deriveShare(paths: string[]): ReadResult[] {
  return paths.map((path) => readArticle(path));
}
