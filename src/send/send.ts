import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { composeMessage } from "../email/message.ts";
import type { SiteSettings } from "../site/settings.ts";
import { readBuiltIssue, type BuiltIssueEmail } from "./issueEmail.ts";
import { Ledger } from "./ledger.ts";
import { progressReporter } from "./progress.ts";
import { readSubscribers, type Subscriber } from "./subscribers.ts";
import { personalUnsubscribeUrl, unsubscribeToken } from "./token.ts";
import { redact, smtpDelivery, type Delivery } from "./transport.ts";

export interface SendRequest {
  issue: string;
  subscribersFile: string;
  outDir: string;
  ledgerDir: string;
  smtpUrl?: string;
  secret?: string;
  rate: number;
  dryRun: boolean;
  outbox?: string;
  skipInvalid: boolean;
  retryFailed: boolean;
  resend: string[];
  backoffMs: number;
}

type Log = (line: string) => void;

/**
 * `lede send`: each subscriber gets the issue once. The ledger says who already has it, so a rerun
 * (after a crash, a failure or a new subscriber) sends only to the others. Returns the exit code.
 */
export async function sendIssue(site: SiteSettings, request: SendRequest, log: Log, error: Log, delivery?: Delivery): Promise<number> {
  const issue = readBuiltIssue(request.outDir, request.issue, site.url);
  if ("error" in issue) return fail(error, issue.error);

  let csv: string;
  try {
    csv = readFileSync(request.subscribersFile, "utf8");
  } catch {
    return fail(error, `cannot read the subscriber list ${request.subscribersFile}`);
  }
  const list = readSubscribers(request.subscribersFile, csv);
  for (const problem of list.problems) error(problem);
  if (list.problems.length > 0 && !request.skipInvalid) {
    return fail(error, `${list.problems.length} problem(s) in ${request.subscribersFile}: nothing was sent. Fix them, or pass --skip-invalid to send to the valid rows.`);
  }

  const secret = request.secret ?? (request.dryRun ? "dry-run-placeholder" : undefined);
  if (!secret) return fail(error, "set LEDE_SECRET to a long random string: it signs each reader's unsubscribe link (keep it the same for every send)");
  if (!request.secret) log("No LEDE_SECRET: the dry run signs unsubscribe links with a placeholder.");

  const ledger = new Ledger(join(request.ledgerDir, `${issue.id}.jsonl`));
  const states = request.dryRun ? new Map() : ledger.states();
  const resend = new Set(request.resend.map((email) => email.toLowerCase()));
  const counts = { sent: 0, already: 0, uncertain: [] as string[], failedBefore: 0 };
  const queue = list.subscribers.filter((subscriber) => {
    const last = states.get(subscriber.email.toLowerCase());
    if (!last || resend.has(subscriber.email.toLowerCase()) || last.state === "deferred") return true;
    if (last.state === "sent") counts.already++;
    else if (last.state === "sending") counts.uncertain.push(subscriber.email);
    else if (last.state === "failed" && request.retryFailed) return true;
    else counts.failedBefore++;
    return false;
  });
  for (const email of counts.uncertain) {
    error(`${email}: a previous run stopped while sending to this address; it may have been delivered. Check, then rerun with --resend ${email} if it was not.`);
  }

  const compose = (subscriber: Subscriber) => personalMessage(site, issue, subscriber, secret);
  if (request.dryRun) {
    const outbox = request.outbox ?? join(request.ledgerDir, "..", "outbox", issue.id);
    mkdirSync(outbox, { recursive: true });
    for (const [index, subscriber] of queue.entries()) {
      writeFileSync(join(outbox, `${String(index + 1).padStart(5, "0")}-${subscriber.email.replace(/[^A-Za-z0-9@._-]/g, "_")}.eml`), await compose(subscriber));
    }
    log(`Dry run: wrote ${queue.length} messages for ${issue.id} to ${outbox}; nothing was sent.`);
    return 0;
  }

  const smtpUrl = request.smtpUrl;
  if (!smtpUrl) return fail(error, "no SMTP server: pass --smtp smtp://user:password@host:587 or set SMTP_URL");
  const transport = delivery ?? smtpDelivery(smtpUrl, { attempts: 3, backoffMs: request.backoffMs });
  const failures: string[] = [];
  let deferred = 0;
  try {
    const refused = queue.length > 0 ? await transport.verify() : undefined;
    if (refused?.kind === "auth") return fail(error, `the SMTP server ${redact(smtpUrl)} refused the login (${refused.reason}); nobody was sent anything. Check the user and password.`);
    if (refused) return fail(error, `cannot reach the SMTP server ${redact(smtpUrl)} (${refused.reason}); nobody was sent anything. Retrying is safe.`);

    const progress = progressReporter(queue.length);
    const interval = 1000 / request.rate;
    let next = Date.now();
    for (const subscriber of queue) {
      const wait = next - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      next = Date.now() + interval;
      const raw = await compose(subscriber);
      ledger.append({ email: subscriber.email, state: "sending" });
      const outcome = await transport.send(fromAddress(site.email.from), subscriber.email, raw);
      if (outcome.kind === "sent") {
        ledger.append({ email: subscriber.email, state: "sent", messageId: outcome.messageId });
        counts.sent++;
      } else if (outcome.kind === "auth") {
        ledger.append({ email: subscriber.email, state: "deferred", reason: outcome.reason });
        return fail(error, `the SMTP server refused the login mid-run (${outcome.reason}); ${counts.sent} delivered so far. Rerunning sends to the others only.`);
      } else {
        ledger.append({ email: subscriber.email, state: outcome.kind, reason: outcome.reason });
        if (outcome.kind === "deferred") deferred++;
        failures.push(`${subscriber.email}: ${outcome.kind === "failed" ? "refused" : "not accepted yet"} (${outcome.reason})`);
      }
      progress.step(subscriber.email, outcome.kind);
    }
  } finally {
    transport.close();
    ledger.close();
  }

  log(`Sent ${issue.id}: ${counts.sent} delivered; skipped ${counts.already} already sent, ${list.unsubscribed} unsubscribed, ${list.problems.length} invalid, ${list.duplicates} duplicate, ${counts.uncertain.length} uncertain; ${failures.length} failed.`);
  for (const failure of failures) error(`failed: ${failure}`);
  if (deferred > 0) error(`${deferred} message(s) were refused for now: rerun lede send to retry them (safe: nobody gets a second copy).`);
  if (counts.failedBefore > 0) log(`${counts.failedBefore} address(es) refused in an earlier run were not retried (--retry-failed retries them).`);
  return failures.length > 0 || counts.uncertain.length > 0 ? 1 : 0;
}

/** The reader's own message: their name in `To`, their signed unsubscribe link in the body and headers. */
async function personalMessage(site: SiteSettings, issue: BuiltIssueEmail, subscriber: Subscriber, secret: string): Promise<Buffer> {
  const url = personalUnsubscribeUrl(site.email.unsubscribeUrl, subscriber.email, unsubscribeToken(subscriber.email, site.email.listId, secret));
  const generic = site.email.unsubscribeUrl;
  const html = issue.html.split(generic.replace(/&/g, "&amp;")).join(url.replace(/&/g, "&amp;"));
  const text = issue.text.split(generic).join(url);
  return composeMessage({
    from: site.email.from,
    to: subscriber.name ? `"${subscriber.name.replace(/["\\]/g, "")}" <${subscriber.email}>` : subscriber.email,
    subject: issue.subject,
    date: new Date(),
    html,
    text,
    listId: site.email.listId,
    unsubscribeUrl: url,
    unsubscribeMailto: site.email.unsubscribeMailto,
    webUrl: issue.webUrl,
  });
}

function fromAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from;
}

function fail(error: Log, message: string): number {
  error(`lede send: ${message}`);
  return 1;
}
