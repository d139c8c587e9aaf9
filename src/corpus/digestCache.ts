import type { Problem } from "../article/types.ts";
import { keptFile, type KeptFile } from "../cache/keptFile.ts";
import type { Derived } from "./readArticle.ts";

/** What is kept of one article file between builds. */
export interface CachedArticle {
  stamp: string;
  key: string;
  result: Derived | Problem[];
}

/** The code an article's entry depends on: a change to any of it derives every article again. */
const DERIVATION_CODE = ["article", "digest", "markdown.ts", "corpus/readArticle.ts", "corpus/duplicates.ts", "corpus/types.ts", "../package-lock.json"];

/** The digest entries of a folder's last build, by file path: a rebuild derives only new or changed articles. */
export function digestCache(articlesDir: string): KeptFile<CachedArticle> | undefined {
  return keptFile<CachedArticle>("digest", articlesDir, DERIVATION_CODE);
}
