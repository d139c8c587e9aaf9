import { readFileSync } from "node:fs";
import { join } from "node:path";
import matter from "gray-matter";
import nunjucks from "nunjucks";
import type { Entry } from "../corpus/types.ts";
import { filters } from "../eleventy/filters.ts";
import type { SiteSettings } from "../site/settings.ts";

/**
 * Renders one article page the way the Eleventy build does (same template, layout and filters), for
 * `lede serve`: an edited article shows at once, while Eleventy rebuilds the pages around it.
 */
export function articlePageRenderer(projectRoot: string, site: SiteSettings): (entry: Entry) => string {
  const templates = join(projectRoot, "templates");
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader([join(templates, "partials"), join(templates, "layouts")]), { autoescape: true });
  for (const [name, filter] of Object.entries(filters)) env.addFilter(name, filter as (...args: unknown[]) => unknown);
  const page = matter(readFileSync(join(templates, "articles", "article.njk"), "utf8"));
  const body = nunjucks.compile(page.content, env);
  const layout = env.getTemplate(String(page.data.layout ?? "base.njk"));

  return (entry) => {
    const data = {
      ...page.data, site, entry, page: { url: entry.url },
      title: entry.headline, description: entry.summary, publishedDate: entry.date,
    };
    return layout.render({ ...data, content: body.render(data) });
  };
}
