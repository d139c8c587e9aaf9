import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { isArticleFile, parseArticle } from "../article/parse.ts";
import type { Article, Problem } from "../article/types.ts";
import { fromUtcDate } from "../date/calendar.ts";
import { deriveEntry } from "../digest/derive.ts";
import type { DigestEntry } from "../digest/types.ts";
import type { SiteSettings } from "../site/settings.ts";
import { assembleCorpus } from "./assemble.ts";
import type { Corpus } from "./types.ts";

/** Bigger than any article; a file this size is a mistake (a data dump, a video). */
export const MAX_ARTICLE_BYTES = 1_000_000;

type Derived = { article: Article; entry: DigestEntry };

/** Derivations by file content: unchanged files are not parsed or derived again (watch mode, several data files). */
const byContent = new Map<string, Derived | Problem[]>();
/** The last result per path with the file's size and time: an unchanged file is not even read again. */
const byStat = new Map<string, { stamp: string; result: Derived | Problem[] }>();
/** The last corpus per folder and settings: the data files, the build and the email step share one. */
let lastCorpus: { key: string; corpus: Corpus } | undefined;

/** Read every article in a folder (the I/O edge of the core) and assemble the newsletter. */
export function loadCorpus(settings: Pick<SiteSettings, "articlesDir" | "cadence" | "future">, today = fromUtcDate(new Date())): Corpus {
  const dir = settings.articlesDir;
  const problems: Problem[] = [];
  const derived: Derived[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter(isArticleFile).sort();
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "cannot be read";
    problems.push({ file: dir, line: 1, column: 1, code: "unreadable", message: `the articles folder ${reason}; pass --articles DIR` });
    return assembleCorpus([], problems, { ...settings, today }, 0);
  }
  const stamps: string[] = [];
  const results = names.map((name) => {
    const path = join(dir, name);
    const { stamp, result } = readArticle(path);
    stamps.push(stamp);
    return result;
  });
  const key = JSON.stringify([dir, settings.cadence, settings.future, today, names, stamps]);
  if (lastCorpus?.key === key) return lastCorpus.corpus;
  for (const result of results) {
    if (Array.isArray(result)) problems.push(...result);
    else derived.push(result);
  }
  const corpus = assembleCorpus(derived, problems, { ...settings, today }, names.length);
  lastCorpus = { key, corpus };
  return corpus;
}

/**
 * One article read and derived again, for `lede serve`: the edited file's own entry without assembling
 * the whole corpus (which at 10,000 articles takes seconds). Cached by content like the full load.
 */
export function reloadArticle(dir: string, name: string): Derived | Problem[] {
  return readArticle(join(dir, name)).result;
}

/** The newsletter as last assembled, if any: where each article stands (issue, neighbours, related). */
export function lastAssembled(): Corpus | undefined {
  return lastCorpus?.corpus;
}

function readArticle(path: string): { stamp: string; result: Derived | Problem[] } {
  let bytes: Buffer;
  let stamp = "";
  try {
    const stats = statSync(path);
    stamp = `${stats.size}:${stats.mtimeMs}:${stats.ino}`;
    const known = byStat.get(path);
    if (known?.stamp === stamp) return known;
    if (stats.size > MAX_ARTICLE_BYTES) {
      return { stamp, result: [{ file: path, line: 1, column: 1, code: "too-large", message: `the file is over ${MAX_ARTICLE_BYTES / 1_000_000} MB; an article is text, split it or remove it` }] };
    }
    bytes = readFileSync(path);
  } catch (error) {
    return { stamp, result: [{ file: path, line: 1, column: 1, code: "unreadable", message: `cannot read the file (${(error as NodeJS.ErrnoException).code}); check its permissions` }] };
  }
  const key = createHash("sha1").update(path).update("\0").update(bytes).digest("hex");
  let result = byContent.get(key);
  if (!result) {
    const parsed = parseArticle(path, bytes);
    result = parsed.ok ? { article: parsed.article, entry: deriveEntry(parsed.article) } : parsed.problems;
    byContent.set(key, result);
  }
  byStat.set(path, { stamp, result });
  return { stamp, result };
}
