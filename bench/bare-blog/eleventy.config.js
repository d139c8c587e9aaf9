// The yardstick for `npm run bench`: a bare Eleventy blog of the same articles, as Markdown posts with
// front matter, one Nunjucks layout, a paginated index (20 per page), a page per tag and the RSS
// plugin's own feed. Input is a generated folder (see bench/bench.ts); this folder holds only templates.
import { feedPlugin } from "@11ty/eleventy-plugin-rss";

export default function (eleventyConfig) {
  eleventyConfig.addPlugin(feedPlugin, {
    type: "rss",
    outputPath: "/feed.xml",
    collection: { name: "posts", limit: 50 },
    metadata: { language: "en", title: "Bare blog", subtitle: "Bench", base: "https://example.com/", author: { name: "Bench" } },
  });
  eleventyConfig.addCollection("posts", (api) => api.getFilteredByGlob("**/posts/*.md").reverse());
  eleventyConfig.addCollection("tagList", (api) => {
    const tags = new Set();
    for (const item of api.getAll()) for (const tag of item.data.tags ?? []) if (tag !== "posts") tags.add(tag);
    return [...tags].sort();
  });
  eleventyConfig.setQuietMode(true);
}
