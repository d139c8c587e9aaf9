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
  /** The site's icon, a path on the site or a URL (an SVG, PNG or ICO). */
  favicon: string;
  api: ApiSettings;
  email: {
    from: string;
    /**
     * Where readers unsubscribe; `lede send` adds each reader's address and token to it. By default
     * `<api.url>/unsubscribe`, which `lede api` answers; set it only to use an endpoint of your own.
     */
    unsubscribeUrl: string;
    unsubscribeMailto: string;
    listId: string;
    /** Why the reader gets this email (shown in the footer). */
    reason: string;
    /** Gmail clips messages over about 102 KB: the build fails before an email gets there. */
    maxHtmlBytes: number;
  };
}

/** `lede api`, the service beside the static site that signs readers up and unsubscribes them. */
export interface ApiSettings {
  /** Its public address, without a trailing slash (LEDE_API_URL overrides). Empty: no sign-up form on the site. */
  url: string;
  /** Sign-ups never confirmed are deleted, and confirmation links expire, after this many days. */
  pendingDays: number;
  /** Confirmation emails to one address in 24 hours, whoever asks. */
  confirmationsPerDay: number;
  /** Per client address: sign-ups an hour, and requests of any kind a minute (answered 429 beyond). */
  rateLimit: { signUpsPerHour: number; requestsPerMinute: number };
  /** Behind a reverse proxy: trust its `X-Forwarded-For` for the client's address (true, or the proxies' addresses: "127.0.0.1", "10.0.0.0/8"). */
  trustProxy: boolean | string;
  /** An optional CAPTCHA on the sign-up form (off while `siteKey` is empty); its secret is LEDE_CAPTCHA_SECRET. */
  captcha: { provider: "hcaptcha" | "turnstile"; siteKey: string; verifyUrl: string };
  /**
   * Bounce and complaint reports from the relay that sends the email. `sesTopicArn`: the SNS topic Amazon
   * SES publishes them to (LEDE_SES_TOPIC_ARN overrides); empty: no `/webhooks/ses`. Mailgun's webhook is on
   * when LEDE_MAILGUN_SIGNING_KEY is set. Relays post from few addresses: each gets `requestsPerMinute`.
   */
  webhooks: { sesTopicArn: string; requestsPerMinute: number };
}

type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

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
  favicon: "/assets/favicon.svg",
  api: {
    url: "",
    pendingDays: 3,
    confirmationsPerDay: 3,
    rateLimit: { signUpsPerHour: 10, requestsPerMinute: 60 },
    trustProxy: false,
    captcha: { provider: "turnstile", siteKey: "", verifyUrl: "" },
    webhooks: { sesTopicArn: "", requestsPerMinute: 1200 },
  },
  email: {
    from: "Lede <newsletter@example.com>",
    unsubscribeUrl: "",
    unsubscribeMailto: "mailto:unsubscribe@example.com",
    listId: "newsletter.example.com",
    reason: "You receive this email because you subscribed to our newsletter.",
    maxHtmlBytes: 102_000,
  },
};

const CAPTCHA_VERIFY_URLS = {
  hcaptcha: "https://api.hcaptcha.com/siteverify",
  turnstile: "https://challenges.cloudflare.com/turnstile/v0/siteverify",
};

/** Whether readers can unsubscribe by the emails' links: `lede api` answers them, or an endpoint of your own. */
export function unsubscribeLinkWorks(site: SiteSettings): boolean {
  return site.api.url !== "" || site.email.unsubscribeUrl !== `${site.url}/unsubscribe/`;
}

/**
 * The settings in `_data/site.ts`, completed with defaults and overridden by the `lede` command's options
 * (passed as LEDE_ARTICLES, LEDE_BASE_URL, LEDE_FUTURE so that Eleventy's data files see them too), and
 * LEDE_API_URL.
 */
export function defineSite(input: DeepPartial<SiteSettings>, env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const settings: SiteSettings = {
    ...DEFAULTS,
    ...input,
    author: { ...DEFAULTS.author, ...input.author },
    feed: { ...DEFAULTS.feed, ...input.feed },
    email: { ...DEFAULTS.email, ...input.email },
    api: {
      ...DEFAULTS.api,
      ...input.api,
      rateLimit: { ...DEFAULTS.api.rateLimit, ...input.api?.rateLimit },
      captcha: { ...DEFAULTS.api.captcha, ...input.api?.captcha },
      webhooks: { ...DEFAULTS.api.webhooks, ...input.api?.webhooks },
    },
  } as SiteSettings;
  if (env.LEDE_ARTICLES) settings.articlesDir = env.LEDE_ARTICLES;
  if (env.LEDE_BASE_URL) settings.url = env.LEDE_BASE_URL;
  if (env.LEDE_FUTURE === "1") settings.future = true;
  if (env.LEDE_API_URL) settings.api.url = env.LEDE_API_URL;
  if (env.LEDE_SES_TOPIC_ARN) settings.api.webhooks.sesTopicArn = env.LEDE_SES_TOPIC_ARN;
  settings.url = settings.url.replace(/\/+$/, "");
  settings.api.url = settings.api.url.replace(/\/+$/, "");
  if (settings.api.url && !/^https?:\/\/[^/]+/.test(settings.api.url)) {
    throw new Error(`_data/site.ts: api.url (or LEDE_API_URL) must be an absolute http(s) URL, like https://example.com/api, not ${JSON.stringify(settings.api.url)}`);
  }
  // Without the service, the links go to the site's /unsubscribe/, which nothing answers (the build says so).
  settings.email.unsubscribeUrl ||= settings.api.url ? `${settings.api.url}/unsubscribe` : `${settings.url}/unsubscribe/`;
  settings.api.captcha.verifyUrl ||= CAPTCHA_VERIFY_URLS[settings.api.captcha.provider];
  if (settings.api.webhooks.sesTopicArn && !/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[A-Za-z0-9_-]{1,256}(\.fifo)?$/.test(settings.api.webhooks.sesTopicArn)) {
    throw new Error(`_data/site.ts: api.webhooks.sesTopicArn (or LEDE_SES_TOPIC_ARN) must be an SNS topic ARN, like arn:aws:sns:us-east-1:123456789012:ses-bounces, not ${JSON.stringify(settings.api.webhooks.sesTopicArn)}`);
  }
  if (!["day", "week", "month"].includes(settings.cadence)) {
    throw new Error(`_data/site.ts: cadence must be "day", "week" or "month", not ${JSON.stringify(settings.cadence)}`);
  }
  return settings;
}
