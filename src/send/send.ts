import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { envelopeAddress } from "../email/address.ts";
import type { SiteSettings } from "../site/settings.ts";
import { openStore, type Store } from "../store/open.ts";
import { chooseIssues, type SendState } from "./choose.ts";
import { builtIssueIds, readBuiltIssue, type BuiltIssueEmail } from "./issueEmail.ts";
import { Ledger } from "./ledger.ts";
import { lockIssue } from "./lock.ts";
import { writeOutbox } from "./outbox.ts";
import { checkUnsubscribeLinks, personalMessage } from "./personalise.ts";
import { planDelivery } from "./plan.ts";
import { deliverAll } from "./deliver.ts";
import { exitCode, reportRun, uncertainAdvice, type RunResult } from "./report.ts";
import { readersOf } from "./readers.ts";
import type { Subscriber } from "./subscribers.ts";
import { redact, smtpDelivery, type Delivery } from "./transport.ts";

export interface SendRequest {
  /** An issue id or `latest`; unused with `due`. */
  issue?: string | undefined;
  /** Every finished issue not sent yet, oldest first (see choose.ts). */
  due?: boolean;
  /** Send an issue whose period is not over yet. */
  partial?: boolean;
  /** Which issues are over is decided at this time (now by default). */
  now?: Date;
  /** A CSV list; without one, the database's subscribed readers. */
  subscribersFile?: string | undefined;
  /** How messages name the subscriber file (as the user typed it); the path by default. */
  subscribersLabel?: string | undefined;
  /** The database: readers, and who unsubscribed or bounced (CSV runs skip them too). */
  database: string;
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
  if (!request.dryRun) {
    if (!request.smtpUrl) return fail("no SMTP server: pass --smtp smtp://user:password@host:587 or set SMTP_URL", 2);
    if (!/^smtps?:\/\/[^/?#]+/i.test(request.smtpUrl) || !URL.canParse(request.smtpUrl)) {
      return fail(`the SMTP URL must look like smtp://user:password@host:587 (or smtps:// for TLS from the start), not ${JSON.stringify(redact(request.smtpUrl))}`, 2);
    }
  }
  const choice = chooseIssues(builtIssueIds(request.outDir), {
    issue: request.issue, due: request.due ?? false, partial: request.partial ?? false, timeZone: site.timeZone, now: request.now ?? new Date(), outDir: request.outDir,
  }, (id) => sendState(request.ledgerDir, id));
  if ("error" in choice) return fail(choice.error);
  for (const note of choice.notes) log(note);
  if (choice.ids.length === 0) {
    log("Nothing to send: every finished issue has been sent.");
    return 0;
  }
  let code = 0;
  for (const id of choice.ids) {
    code = Math.max(code, await sendOneIssue(site, id, request, log, error, delivery));
    if (code === 2) break;
  }
  return code;
}

/**
 * Whether an issue's send is finished (a run ended with every reader served), started (it has a
 * ledger) or never begun.
 */
function sendState(ledgerDir: string, id: string): SendState {
  if (existsSync(join(ledgerDir, `${id}.done`))) return "finished";
  return existsSync(join(ledgerDir, `${id}.jsonl`)) ? "started" : "never";
}

async function sendOneIssue(site: SiteSettings, id: string, request: SendRequest, log: Log, error: Log, delivery?: Delivery): Promise<number> {
  const fail = (message: string, code = 1) => (error(`lede send: ${message}`), code);
  const issue = readBuiltIssue(request.outDir, id, site.url);
  const unlinked = checkUnsubscribeLinks(issue, site.email.unsubscribeUrl);
  if (unlinked) return fail(unlinked);

  let store: Store;
  try {
    store = await openStore(request.database);
  } catch (cause) {
    return fail(`${(cause as Error).message}; nothing was sent`);
  }
  try {
    return await sendTo(store, site, issue, request, log, error, delivery);
  } finally {
    await store.close();
  }
}

async function sendTo(store: Store, site: SiteSettings, issue: BuiltIssueEmail, request: SendRequest, log: Log, error: Log, delivery?: Delivery): Promise<number> {
  const fail = (message: string, code = 1) => (error(`lede send: ${message}`), code);
  const readers = await readersOf(store, request.subscribersFile, request.subscribersLabel);
  if ("error" in readers) return fail(readers.error);
  const { list, label } = readers;
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
    log(`Dry run: wrote ${written} messages for ${issue.id} to ${outbox}; nothing was sent and no ledger was written (${list.notSubscribed} not subscribed, ${list.invalid} invalid, ${list.duplicates} duplicate rows left out).`);
    return 0;
  }

  const smtpUrl = request.smtpUrl ?? "";
  const lock = lockIssue(join(request.ledgerDir, `${issue.id}.lock`));
  if ("error" in lock) return fail(`${lock.error} Nothing was sent.`);
  const ledger = new Ledger(join(request.ledgerDir, `${issue.id}.jsonl`));
  const transport = delivery ?? smtpDelivery(smtpUrl, { attempts: request.attempts ?? 3, backoffMs: request.backoffMs });
  try {
    const plan = planDelivery(list.subscribers, ledger.states(), request);
    for (const email of plan.unknownResend) error(`--resend ${email}: not a subscribed address in ${label}; nothing sent to it`);
    for (const email of plan.uncertain) error(uncertainAdvice(email, "a crash"));
    const result: RunResult = { delivered: 0, failed: [], deferred: [], uncertain: [], notAttempted: 0, leftDuringRun: 0 };
    if (plan.queue.length > 0) {
      const refused = await transport.verify();
      if (refused?.kind === "auth") {
        return fail(`the SMTP server ${redact(smtpUrl)} refused the login (${refused.reason}): check the user and password. Nobody was sent anything.`);
      }
      if (refused) return fail(`cannot use the SMTP server ${redact(smtpUrl)} (${refused.reason}); nobody was sent anything. Retrying is safe.`);
      const stopped = await deliverAll(plan.queue, { transport, ledger, compose, from: envelopeAddress(site.email.from), rate: request.rate, result, stillWanted: readers.stillWanted, bounced: readers.bounced }, error);
      if (stopped) error(`lede send: ${stopped}`);
    }
    reportRun(issue.id, list, plan, result, log, error);
    const code = exitCode(plan, result);
    // Every reader is served: `--due` moves on from this issue.
    if (code === 0) writeFileSync(join(request.ledgerDir, `${issue.id}.done`), `${JSON.stringify({ finished: new Date().toISOString(), delivered: result.delivered })}\n`);
    return code;
  } finally {
    transport.close();
    ledger.close();
    lock.release();
  }
}
