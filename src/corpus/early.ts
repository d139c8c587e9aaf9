import { join } from "node:path";
import { parseArgs } from "node:util";
import site from "../../_data/site.ts";
import { PROJECT_ROOT } from "../build/eleventy.ts";
import { articlesFolder, exportOptions } from "../build/options.ts";
import { keepBetweenBuilds } from "../cache/keptFile.ts";
import { CLI_OPTIONS } from "../cliOptions.ts";
import { deriveArticles } from "./deriveArticles.ts";
import { leaveEarlyStart } from "./earlyStart.ts";
import { knowledge } from "./known.ts";

/**
 * `lede build`'s first step, run by bin/lede.js from this module's bundle before tsx and the build's
 * packages load (half a second): the workers start deriving the articles at once. The folder and the
 * cache are found with cli.ts's own functions; the build takes this work over only if it names the same
 * folder (see deriveArticles), so a difference could cost time, never a wrong entry.
 */
export function startEarly(argv: string[]): void {
  const { values, positionals } = parseArgs({ args: argv, options: CLI_OPTIONS, allowPositionals: true, strict: true });
  if (positionals.length !== 1 || positionals[0] !== "build" || values.help) return;
  exportOptions({ articles: values.articles, future: values.future }, process.cwd()); // as cli.ts will
  const articlesDir = articlesFolder(site.articlesDir);
  if (!values["no-cache"]) keepBetweenBuilds(join(PROJECT_ROOT, ".cache", "lede"));
  const checked = deriveArticles({ articlesDir });
  checked.catch(() => {}); // the build awaits it, or derives itself if it failed
  leaveEarlyStart({ articlesDir, checked, knowledge });
}
