import MailComposer from "nodemailer/lib/mail-composer/index.js";
import { envelopeAddress, maskAddress } from "../email/address.ts";
import type { Delivery } from "../send/transport.ts";
import type { SiteSettings } from "../site/settings.ts";
import type { Store } from "../store/open.ts";
import { claimDueConfirmations, confirmationDeferred, confirmationSent, nextConfirmationDue, type DueConfirmation } from "../store/subscribers.ts";
import { confirmToken } from "../token/confirm.ts";
import type { Activity } from "./activity.ts";
import type { Pages } from "./pages.ts";

type Log = (line: string) => void;

/** Sends the confirmation emails that sign-ups queue in the database. */
export interface ConfirmationMailer {
  /** A sign-up queued one: send it now rather than at the next poll. */
  kick(): void;
  /** Stop after the email in flight. */
  stop(): Promise<void>;
}

export interface MailerOptions {
  store: Store;
  site: SiteSettings;
  secret: string;
  delivery: Delivery;
  pages: Pages;
  log: Log;
  now?: () => Date;
  /** While requests are being answered, emails go out at most one per BUSY_PACE_MS. */
  activity?: Activity;
}

/** A claimed email not marked sent in this long (the process died) is sent again by whoever finds it. */
const LEASE_MS = 2 * 60_000;
/** Other processes queue emails too: look for due ones at least this often. */
const POLL_MS = 30_000;
const RETRY_MS = 60_000;
/** One confirmation email per this long while requests come in: 20 a second, and the answers stay quick. */
const BUSY_PACE_MS = 50;

/**
 * The queue is the database (`confirmation_due_at`), so a sign-up answered `2xx` gets its email even if
 * the service is killed before sending it: the next start (or another process) finds it due.
 */
export function startConfirmationMailer(options: MailerOptions): ConfirmationMailer {
  const { store, delivery, log } = options;
  const now = options.now ?? (() => new Date());
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

  const sendOne = async (due: DueConfirmation) => {
    const raw = await composeConfirmation(options, due.email, now());
    const outcome = await delivery.send(envelopeAddress(options.site.email.from), due.email, raw);
    if (outcome.kind === "sent") return confirmationSent(store, due);
    if (outcome.kind === "deferred" || outcome.kind === "unreachable") {
      log(`confirmation email to ${maskAddress(due.email)} deferred (${outcome.reason}); retrying in a minute`);
      return confirmationDeferred(store, due, new Date(now().getTime() + RETRY_MS));
    }
    // Refused for good (or the connection dropped after the message went out): never sent twice by us.
    log(`confirmation email to ${maskAddress(due.email)} not sent: ${outcome.reason}`);
    return confirmationSent(store, due);
  };

  const drain = async () => {
    do {
      again = false;
      for (;;) {
        if (stopped) return;
        const batch = await claimDueConfirmations(store, now(), LEASE_MS, 10);
        if (batch.length === 0) break;
        for (const due of batch) {
          if (stopped) return;
          if (options.activity?.busy) await new Promise((resolve) => setTimeout(resolve, BUSY_PACE_MS));
          await sendOne(due);
        }
      }
    } while (again && !stopped);
  };

  const schedule = async () => {
    if (stopped) return;
    const due = await nextConfirmationDue(store).catch(() => undefined);
    const wait = due ? Math.min(Math.max(due.getTime() - now().getTime(), 0), POLL_MS) : POLL_MS;
    clearTimeout(timer);
    timer = setTimeout(kick, wait);
    timer.unref();
  };

  function kick() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = drain()
      .catch((error: Error) => log(`confirmation emails: ${error.message}`))
      .then(schedule)
      .finally(() => (running = undefined));
  }

  kick();
  return {
    kick,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/** The confirmation email: the address and the link, nothing the sign-up typed besides the address. */
async function composeConfirmation(options: MailerOptions, email: string, at: Date): Promise<Buffer> {
  const { site, secret, pages } = options;
  const link = `${site.api.url}/confirm?token=${confirmToken(email, site.email.listId, at, secret)}`;
  const { subject, html, text } = await pages.confirmationEmail(email, link);
  const mail = new MailComposer({
    from: site.email.from,
    to: email,
    subject,
    text,
    html,
    // An automatic message (RFC 3834): vacation responders do not answer it.
    headers: { "Auto-Submitted": "auto-generated" },
  });
  return new Promise((resolve, reject) => mail.compile().build((error, message) => (error ? reject(error) : resolve(message))));
}
