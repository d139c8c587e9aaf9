import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { SiteSettings } from "../site/settings.ts";
import { readBuiltIssue } from "./issueEmail.ts";
import { Ledger } from "./ledger.ts";
import { lockIssue } from "./lock.ts";
import { writeOutbox } from "./outbox.ts";
import { checkUnsubscribeLinks, personalMessage } from "./personalise.ts";
import { planDelivery } from "./plan.ts";
import { progressReporter } from "./progress.ts";
import { exitCode, reportRun, uncertainAdvice, type RunResult } from "./report.ts";
import { readSubscribers, type Subscriber } from "./subscribers.ts";
import { redact, smtpDelivery, type Delivery } from "./transport.ts";

export interface SendRequest {
  issue: string;
  subscribersFile: string;
  /** How messages name the subscriber file (as the user typed it); the path by default. */
  subscribersLabel?: string;
  outDir: string;
  /** Where `<ISSUE>.jsonl` ledgers live; the dry run's outbox defaults to `../outbox/<ISSUE>` beside it. */
  ledgerDir: string;
  smtpUrl?: string;
  secret?: string;
  /** Messages per second, at most. */
  rate: number;
  dryRun: boolean;
  outbox?: string;
  skipInvalid: boolean;
  retryFailed: boolean;
  resend: string[];
  /** The first retry of a temporary failure waits this long, then twice as long. */
  backoffMs: number;
  attempts?: number;
}

type Log = (line: string) => void;

/**
 * `lede send`: each subscriber gets the issue once. The ledger says who already has it, so a rerun (after
 * a crash, a failure or new sign-ups) sends only to the others. Returns the exit code: 0 all delivered,
 * 1 something failed or needs a check, 2 a usage error.
 */
export async function sendIssue(site: SiteSettings, request: SendRequest, log: Log, error: Log, delivery?: Delivery): Promise<number> {
  const fail = (message: string, code = 1) => (error(`lede send: ${message}`), code);
  const issue = readBuiltIssue(request.outDir, request.issue, site.url);
  if ("error" in issue) return fail(issue.error);
  const unlinked = checkUnsubscribeLinks(issue, site.email.unsubscribeUrl);
  if (unlinked) return fail(unlinked);

  const label = request.subscribersLabel ?? request.subscribersFile;
  let csv: string;
  try {
    csv = readFileSync(request.subscribersFile, "utf8");
  } catch (cause) {
    return fail(`cannot read the subscriber list ${label} (${(cause as NodeJS.ErrnoException).code ?? cause}); nothing was sent`);
  }
  const list = readSubscribers(label, csv);
  for (const problem of list.problems) error(problem);
  if (list.problems.length > 0 && !request.skipInvalid) {
    return fail(`${list.problems.length} problem(s) in ${label}: nothing was sent. Fix them, or pass --skip-invalid to send to the valid rows.`);
  }

  if (!request.secret && !request.dryRun) {
    return fail("set LEDE_SECRET to a long random string (openssl rand -hex 32): it signs each reader's unsubscribe link; keep it, and use the same one in your unsubscribe endpoint. Nothing was sent.");
  }
  const secret = request.secret ?? "dry-run-placeholder-secret";
  const compose = (subscriber: Subscriber) => personalMessage(site, issue, subscriber, secret);

  if (request.dryRun) {
    const outbox = request.outbox ?? join(request.ledgerDir, "..", "outbox", issue.id);
    const written = await writeOutbox(outbox, list.subscribers, compose);
    if (!request.secret) log("LEDE_SECRET is not set: the unsubscribe links in these messages are signed with a placeholder and will not verify.");
    log(`Dry run: wrote ${written} messages for ${issue.id} to ${outbox}; nothing was sent and no ledger was written (${list.unsubscribed} unsubscribed, ${list.invalid} invalid, ${list.duplicates} duplicate rows left out).`);
    return 0;
  }

  const smtpUrl = request.smtpUrl;
  if (!smtpUrl) return fail("no SMTP server: pass --smtp smtp://user:password@host:587 or set SMTP_URL", 2);
  if (!/^smtps?:\/\/[^/?#]+/i.test(smtpUrl) || !URL.canParse(smtpUrl)) {
    return fail(`the SMTP URL must look like smtp://user:password@host:587 (or smtps:// for TLS from the start), not ${JSON.stringify(redact(smtpUrl))}`, 2);
  }

  const lock = lockIssue(join(request.ledgerDir, `${issue.id}.lock`));
  if ("error" in lock) return fail(`${lock.error} Nothing was sent.`);
  const ledger = new Ledger(join(request.ledgerDir, `${issue.id}.jsonl`));
  const transport = delivery ?? smtpDelivery(smtpUrl, { attempts: request.attempts ?? 3, backoffMs: request.backoffMs });
  try {
    const plan = planDelivery(list.subscribers, ledger.states(), request);
    for (const email of plan.unknownResend) error(`--resend ${email}: not a subscribed address in ${label}; nothing sent to it`);
    for (const email of plan.uncertain) error(uncertainAdvice(email, "a crash"));
    const result: RunResult = { delivered: 0, failed: [], deferred: [], uncertain: [], notAttempted: 0 };
    if (plan.queue.length > 0) {
      const refused = await transport.verify();
      if (refused?.kind === "auth") {
        return fail(`the SMTP server ${redact(smtpUrl)} refused the login (${refused.reason}): check the user and password. Nobody was sent anything.`);
      }
      if (refused) return fail(`cannot use the SMTP server ${redact(smtpUrl)} (${refused.reason}); nobody was sent anything. Retrying is safe.`);
      const stopped = await deliverAll(plan.queue, { transport, ledger, compose, from: envelopeAddress(site.email.from), rate: request.rate, result }, error);
      if (stopped) error(`lede send: ${stopped}`);
    }
    reportRun(issue.id, list, plan, result, log, error);
    return exitCode(plan, result);
  } finally {
    transport.close();
    ledger.close();
    lock.release();
  }
}

interface Run {
  transport: Delivery;
  ledger: Ledger;
  compose: (subscriber: Subscriber) => Promise<Buffer>;
  from: string;
  rate: number;
  result: RunResult;
}

/**
 * One message at a time, each recorded on disk before the next: `sending`, then what became of it.
 * Returns why the run stopped early, if it did.
 */
async function deliverAll(queue: Subscriber[], run: Run, error: Log): Promise<string | undefined> {
  const { transport, ledger, result } = run;
  // Ctrl-C finishes the message in flight, so that its address is not left uncertain; a second one kills.
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
    error("\nlede send: stopping after the message in flight (press Ctrl-C again to kill)…");
  };
  process.once("SIGINT", interrupt).once("SIGTERM", interrupt);
  const progress = progressReporter(queue.length);
  const interval = 1000 / run.rate;
  let next = Date.now();
  try {
    for (const [index, subscriber] of queue.entries()) {
      if (interrupted) {
        result.notAttempted = queue.length - index;
        return `interrupted: ${result.delivered} delivered in this run.`;
      }
      const wait = next - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      next = Math.max(next, Date.now()) + interval;
      const raw = await run.compose(subscriber);
      const email = subscriber.email;
      ledger.append({ email, state: "sending" });
      const outcome = await transport.send(run.from, email, raw);
      progress.step(email, outcome.kind === "unreachable" ? "deferred" : outcome.kind);
      if (outcome.kind === "sent") {
        ledger.append({ email, state: "sent", messageId: messageIdOf(raw), reason: outcome.response });
        result.delivered++;
        continue;
      }
      const state = outcome.kind === "failed" || outcome.kind === "uncertain" ? outcome.kind : "deferred";
      ledger.append({ email, state, reason: outcome.reason });
      if (state === "failed") result.failed.push({ email, reason: outcome.reason });
      else if (state === "uncertain") result.uncertain.push({ email, reason: outcome.reason });
      else result.deferred.push({ email, reason: outcome.reason });
      if (outcome.kind === "auth" || outcome.kind === "unreachable") {
        result.notAttempted = queue.length - index - 1;
        return outcome.kind === "auth"
          ? `the SMTP server refused the login mid-run (${outcome.reason}): check the user and password. ${result.delivered} delivered in this run.`
          : `the SMTP server stopped answering (${outcome.reason}). ${result.delivered} delivered in this run.`;
      }
    }
    return undefined;
  } finally {
    progress.end();
    process.off("SIGINT", interrupt).off("SIGTERM", interrupt);
  }
}

/** The bare address of `Name <address>`: the envelope sender. */
function envelopeAddress(from: string): string {
  return /<([^>]+)>/.exec(from)?.[1] ?? from.trim();
}

function messageIdOf(raw: Buffer): string | undefined {
  const headers = raw.subarray(0, raw.indexOf("\r\n\r\n")).toString("utf8");
  return /^Message-ID:\s*(<[^>]+>)/im.exec(headers)?.[1];
}
