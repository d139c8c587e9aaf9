import type { Cadence } from "../issue/types.ts";

/** Everything a newsletter owner configures, in `_data/site.ts`. */
export interface SiteSettings {
  title: string;
  description: string;
  /** Absolute base URL of the published site, without a trailing slash. */
  url: string;
  language: string;
  /** Dates are shown as written, in this time zone (only UTC is meaningful for calendar dates). */
  timeZone: string;
  author: { name: string; email: string };
  /** How articles are grouped into issues. */
  cadence: Cadence;
  /** Where the articles are, relative to the project. */
  articlesDir: string;
  /** Publish articles dated after today. */
  future: boolean;
  /** Items in the main feeds, and in each topic's feed (smaller: there are hundreds of topics). */
  feed: { items: number; topicItems: number };
  email: {
    from: string;
    /** The page where readers unsubscribe; `lede send` adds a personal token to it. */
    unsubscribeUrl: string;
    unsubscribeMailto: string;
    listId: string;
    /** Why the reader gets this email (shown in the footer). */
    reason: string;
    /** Gmail clips messages over about 102 KB: the build fails before an email gets there. */
    maxHtmlBytes: number;
  };
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? Partial<T[K]> : T[K] };

const DEFAULTS: SiteSettings = {
  title: "Lede",
  description: "A newsletter.",
  url: "http://localhost:8080",
  language: "en",
  timeZone: "UTC",
  author: { name: "The editors", email: "editors@example.com" },
  cadence: "week",
  articlesDir: "articles",
  future: false,
  feed: { items: 50, topicItems: 10 },
  email: {
    from: "Lede <newsletter@example.com>",
    unsubscribeUrl: "http://localhost:8080/unsubscribe/",
    unsubscribeMailto: "mailto:unsubscribe@example.com",
    listId: "newsletter.example.com",
    reason: "You receive this email because you subscribed to our newsletter.",
    maxHtmlBytes: 102_000,
  },
};

/**
 * The settings in `_data/site.ts`, completed with defaults and overridden by the `lede` command's options
 * (passed as LEDE_ARTICLES, LEDE_BASE_URL, LEDE_FUTURE so that Eleventy's data files see them too).
 */
export function defineSite(input: DeepPartial<SiteSettings>, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const settings: SiteSettings = {
    ...DEFAULTS,
    ...input,
    author: { ...DEFAULTS.author, ...input.author },
    feed: { ...DEFAULTS.feed, ...input.feed },
    email: { ...DEFAULTS.email, ...input.email },
  } as SiteSettings;
  if (env.LEDE_ARTICLES) settings.articlesDir = env.LEDE_ARTICLES;
  if (env.LEDE_BASE_URL) settings.url = env.LEDE_BASE_URL;
  if (env.LEDE_FUTURE === "1") settings.future = true;
  settings.url = settings.url.replace(/\/+$/, "");
  if (!["day", "week", "month"].includes(settings.cadence)) {
    throw new Error(`_data/site.ts: cadence must be "day", "week" or "month", not ${JSON.stringify(settings.cadence)}`);
  }
  return settings;
}
