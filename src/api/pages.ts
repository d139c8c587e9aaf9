import { join } from "node:path";
import nunjucks from "nunjucks";
import { PROJECT_ROOT } from "../build/eleventy.ts";
import { readFileSync } from "node:fs";
import { inlineEmailTemplate } from "../email/inline.ts";
import { filters } from "../eleventy/filters.ts";
import type { SiteSettings } from "../site/settings.ts";

/** The service's pages and emails, from `templates/api/`, in the site's own layout. */
export interface Pages {
  /** A page's HTML: `templates/api/<name>.njk` inside `layouts/base.njk`. */
  page(name: string, title: string, data?: Record<string, unknown>): string;
  /** The confirmation email's parts, with the HTML's CSS inlined. */
  confirmationEmail(email: string, link: string): Promise<{ subject: string; html: string; text: string }>;
}

export function apiPages(site: SiteSettings, root = PROJECT_ROOT): Pages {
  const templates = join(root, "templates");
  const env = new nunjucks.Environment(
    new nunjucks.FileSystemLoader([join(templates, "api"), join(templates, "partials"), join(templates, "layouts")]),
    { autoescape: true, throwOnUndefined: false },
  );
  for (const [name, filter] of Object.entries(filters)) env.addFilter(name, filter as (...args: unknown[]) => unknown);
  // The email's CSS is inlined into the template once, not into each email (as the digest's is).
  let emailHtml: Promise<nunjucks.Template> | undefined;
  const compiledEmailHtml = () => (emailHtml ??= inlineEmailTemplate(readFileSync(join(templates, "api", "confirm-email.html.njk"), "utf8"), join(templates, "partials"))
    .then((source) => nunjucks.compile(source, env)));
  return {
    page(name, title, data = {}) {
      // `siteBase` makes the layout's links, stylesheet and icon point at the site, which lives elsewhere.
      const context = { site, siteBase: site.url, title, page: { url: `/${name}` }, ...data };
      return env.render("base.njk", { ...context, content: env.render(`${name}.njk`, context) });
    },
    async confirmationEmail(email, link) {
      const context = { site, email, link };
      return {
        subject: `Confirm your subscription to ${site.title}`,
        html: (await compiledEmailHtml()).render(context),
        text: env.render("confirm-email.txt.njk", context),
      };
    },
  };
}
