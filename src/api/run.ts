import { smtpDelivery, redact } from "../send/transport.ts";
import type { SiteSettings } from "../site/settings.ts";
import { openStore } from "../store/open.ts";
import { pruneUnconfirmed } from "../store/subscribers.ts";
import { Activity } from "./activity.ts";
import { startConfirmationMailer } from "./confirmations.ts";
import { apiPages } from "./pages.ts";
import { createApi } from "./server.ts";
import { warmUp } from "./warm.ts";

export interface ApiRequest {
  host: string;
  port: number;
  database: string;
  secret?: string | undefined;
  smtpUrl?: string | undefined;
  captchaSecret?: string | undefined;
  /** LEDE_MAILGUN_SIGNING_KEY: turns on `/webhooks/mailgun`. */
  mailgunSigningKey?: string | undefined;
}

type Log = (line: string) => void;

const HOUR_MS = 3_600_000;

/**
 * `lede api`: serves until SIGINT or SIGTERM, then finishes the requests and the email in flight.
 * Returns the exit code: 2 when a setting is missing (nothing started), 1 when it cannot start.
 */
export async function runApi(site: SiteSettings, request: ApiRequest, log: Log, error: Log): Promise<number> {
  const fail = (message: string, code = 2) => (error(`lede api: ${message}`), code);
  if (!request.secret) return fail("set LEDE_SECRET to a long random string (openssl rand -hex 32), the same one lede send uses: it signs the confirmation and unsubscribe links. Nothing was started.");
  if (!request.smtpUrl) return fail("set SMTP_URL (or pass --smtp) to the server that sends the confirmation emails, like smtp://user:password@smtp.example.com:587. Nothing was started.");
  if (!site.api.url) return fail("set api.url in _data/site.ts (or LEDE_API_URL) to the address readers reach this service at, like https://example.com/api. Nothing was started.");
  if (site.api.captcha.siteKey && !request.captchaSecret) return fail("api.captcha.siteKey is set: set LEDE_CAPTCHA_SECRET to the provider's secret key too. Nothing was started.");

  let store;
  try {
    store = await openStore(request.database);
  } catch (cause) {
    return fail((cause as Error).message, 1);
  }
  const pages = apiPages(site);
  const delivery = smtpDelivery(request.smtpUrl, { attempts: 1, backoffMs: 0 });
  const activity = new Activity();
  const mailer = startConfirmationMailer({ activity, store, site, secret: request.secret, delivery, pages, log });
  let warming = true;
  const requestLog: Log = (line) => warming || log(line);
  const app = await createApi({ site, store, secret: request.secret, captchaSecret: request.captchaSecret ?? "", pages, mailer, activity, now: () => new Date(), log: requestLog, mailgunSigningKey: request.mailgunSigningKey ?? "" });
  await warmUp(app, () => pages.confirmationEmail("warm-up@example.com", `${site.api.url}/confirm?token=warm-up`));
  warming = false;

  const prune = async () => {
    const removed = await pruneUnconfirmed(store, new Date(Date.now() - site.api.pendingDays * 24 * HOUR_MS)).catch(() => 0);
    if (removed > 0) log(`deleted ${removed} sign-up(s) not confirmed within ${site.api.pendingDays} days`);
  };
  await prune();
  const pruning = setInterval(prune, HOUR_MS);

  try {
    await app.listen({ host: request.host, port: request.port });
  } catch (cause) {
    clearInterval(pruning);
    await mailer.stop();
    delivery.close();
    await store.close();
    return fail(`cannot listen on ${request.host}:${request.port}: ${(cause as Error).message}`, 1);
  }
  log(`lede api: listening on http://${request.host}:${request.port} for ${site.api.url} (database ${store.label}, email through ${redact(request.smtpUrl)})`);
  const webhooks = [site.api.webhooks.sesTopicArn && `/webhooks/ses for ${site.api.webhooks.sesTopicArn}`, request.mailgunSigningKey && "/webhooks/mailgun"].filter(Boolean);
  if (webhooks.length > 0) log(`lede api: bounce and complaint reports at ${webhooks.join(" and ")}`);

  return new Promise<number>((resolve) => {
    const stop = async () => {
      process.off("SIGINT", stop).off("SIGTERM", stop);
      log("lede api: stopping after the requests in flight…");
      clearInterval(pruning);
      await app.close();
      await mailer.stop();
      delivery.close();
      await store.close();
      resolve(0);
    };
    process.once("SIGINT", stop).once("SIGTERM", stop);
  });
}
