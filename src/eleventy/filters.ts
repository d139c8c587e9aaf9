import { formatLong, formatRfc3339, formatRfc822, formatShort } from "../date/calendar.ts";
import { wrapText } from "../email/wrap.ts";

/** Nunjucks filters, one job each; `.eleventy.ts` registers them by these names, and page sets use them too. */
export const filters = {
  /** `2021-07-22` → `22 July 2021`, as written: never shifted by a time zone. */
  longDate: (date: string) => formatLong(date),
  shortDate: (date: string) => formatShort(date),
  /**
   * Feed dates from calendar dates. Not the RSS plugin's `dateToRfc822`: it builds an Intl formatter per
   * call (4 s of a 10,000-article build) and needs a Date, which invites time-zone slips.
   */
  rfc822: (date: string) => formatRfc822(date),
  rfc3339: (date: string) => formatRfc3339(date),
  /**
   * A site path made absolute against the base URL: `/articles/x/` → `https://example.com/articles/x/`.
   * Site paths (the common case, 200,000 calls in a 10,000-article build) are joined as strings.
   */
  absolute: (path: string, base: string) =>
    path.startsWith("/") && !path.startsWith("//") ? `${base.replace(/\/+$/, "")}${path}` : new URL(path, `${base.replace(/\/+$/, "")}/`).href,
  /**
   * Feed readers resolve no relative URL: every `href`/`src` in an entry's HTML made absolute against its
   * page. The HTML is markdown-it's (attributes always double-quoted), so one pattern finds them all; most
   * entries have only absolute links and come back untouched.
   */
  absoluteLinks: (html: string, pageUrl: string) =>
    html.replace(/ (href|src)="(?![a-z][a-z0-9+.-]*:)([^"]*)"/gi, (_match, name: string, url: string) => ` ${name}="${new URL(url.replace(/&amp;/g, "&"), pageUrl).href.replace(/&/g, "&amp;")}"`),
  minutes: (minutes: number) => `${minutes} min read`,
  head: <T>(items: readonly T[], count: number) => items.slice(0, count),
  /** The newest calendar date of a list of entries (for feeds' `updated`: stable when content is). */
  newestDate: (entries: ReadonlyArray<{ date: string }>) =>
    entries.reduce((newest, entry) => (entry.date > newest ? entry.date : newest), "1970-01-01"),
  json: (value: unknown) => JSON.stringify(value),
  /** Plain text wrapped at 78 columns, for the email's text part. */
  wrap: wrapText,
};
