import type UserConfig from "@11ty/eleventy/UserConfig";
import { writeIssueMessages } from "./src/email/write.ts";
import { eleventyRunStarts } from "./src/corpus/load.ts";
import { filters } from "./src/eleventy/filters.ts";
import { PAGE_SETS, pageSetsPlugin } from "./src/eleventy/pageSets.ts";
import { preprocessTemplate } from "./src/eleventy/preprocess.ts";
import { PROJECT_ROOT } from "./src/build/eleventy.ts";
import { eleventyPackages } from "./src/build/eleventyBundle.ts";
import { runnable } from "./src/compiled.ts";
import { join } from "node:path";
import site from "./_data/site.ts";

/** Eleventy wiring only: directories, data files, filters, page sets and the emails' finishing step. */
export default async function (eleventyConfig: UserConfig) {
  const { rssPlugin } = await eleventyPackages(); // the copy Eleventy came with (src/build/eleventyBundle.ts)
  eleventyConfig.addDataExtension("ts", {
    read: false,
    parser: async (path: string) => {
      const module = await import(runnable(path).href); // compiled, when Lede runs compiled
      return typeof module.default === "function" ? module.default() : module.default;
    },
  });
  // The RSS plugin's filters stay available to templates; Lede's own feeds use `rfc822`, `rfc3339` and
  // `absoluteLinks` (src/eleventy/filters.ts), which are time-zone proof and 10x faster at 10,000 articles.
  eleventyConfig.addPlugin(rssPlugin);
  // Each build (each rebuild under `lede serve`) reads the articles afresh, once.
  eleventyConfig.on("eleventy.before", async () => eleventyRunStarts());
  // A page per article, topic and issue, rendered by Lede from these Eleventy templates; then each issue's
  // email is made send-ready (size checked, message.eml written).
  const { article, topic, topicFeed, issue, emailHtml, emailText } = PAGE_SETS;
  pageSetsPlugin(eleventyConfig, {
    // The article pages are about half of the work once the topics' pages, the issues and their emails,
    // which the main thread takes, are counted (at 10,000 articles: 0.93x the time of the topics on the worker too).
    many: [article],
    few: [topic, topicFeed, issue, emailHtml, emailText],
    // The emails render first, so that their messages compose (on a worker for many) while the rest render.
    first: [emailHtml, emailText],
    then: async (output, otherCoreFree) => void (await writeIssueMessages(output, site, otherCoreFree)),
  });
  // The email template's CSS is inlined before it compiles (page sets do the same themselves).
  eleventyConfig.addPreprocessor("lede", "njk", async function (this: { inputPath: string }, _data: unknown, content: string) {
    return preprocessTemplate(this.inputPath, content, PROJECT_ROOT, join(PROJECT_ROOT, "templates", "partials"));
  });
  for (const [name, filter] of Object.entries(filters)) eleventyConfig.addFilter(name, filter);
  // The pages and emails of `lede api`, rendered by the service itself (src/api/pages.ts), not by the build.
  eleventyConfig.ignores.add("templates/api/**");
  eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
  eleventyConfig.addWatchTarget(site.articlesDir);
  eleventyConfig.setQuietMode(true);

  return {
    // No output folder here: `lede build` renders into a temporary folder it names itself (default _site).
    dir: { input: "templates", includes: "partials", layouts: "layouts", data: "../_data" },
    templateFormats: ["njk"],
    htmlTemplateEngine: "njk",
  };
}
