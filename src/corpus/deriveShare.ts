import { readArticle, type ReadResult } from "./readArticle.ts";

/** A worker thread's share of the articles (see deriveInParallel.ts): read and derive each file. */
export function deriveShare(paths: string[]): ReadResult[] {
  return paths.map((path) => readArticle(path));
}
