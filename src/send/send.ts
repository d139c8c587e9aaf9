import { join } from "node:path";
import { envelopeAddress } from "../email/address.ts";
import type { SiteSettings } from "../site/settings.ts";
import { allSettled, acceptChangedEmail, countDeliveries, deliveriesIn, finishIssueSend, holdingSenders, issueSendOf, issueSendStates, recordIssueSend, type IssueSend } from "../store/deliveries.ts";
import { openStore, type Store } from "../store/open.ts";
import { chooseIssues } from "./choose.ts";
import { deliverAll } from "./deliver.ts";
import { describeChanges, fingerprintEmail, type EmailEntry } from "./frozen.ts";
import { builtIssueIds, readBuiltIssue, type BuiltIssueEmail } from "./issueEmail.ts";
import { importLedgers } from "./ledger.ts";
import { writeOutbox } from "./outbox.ts";
import { checkUnsubscribeLinks, personalMessages } from "./personalise.ts";
import { prepareRun, type SendPlan } from "./plan.ts";
import { SendRecord } from "./record.ts";
import { exitCode, reportRun, uncertainAdvice, type RunResult } from "./report.ts";
import { readersOf } from "./readers.ts";
import { redact, smtpDelivery } from "./transport.ts";

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
  /** The database: readers, the send record, and who unsubscribed or bounced (CSV runs skip them too). */
  database: string;
  outDir: string;
  /** Where Lede 0.1 kept its ledgers (moved into the database on the first run); the dry run's outbox defaults to `../outbox/<ISSUE>` beside it. */
  ledgerDir: string;
  smtpUrl?: string;
  secret?: string;
  /** Messages per second, at most, across all connections; 0 for as fast as the server takes them. */
  rate: number;
  /** SMTP connections at once, each sending one message at a time. */
  connections?: number;
  dryRun: boolean;
  outbox?: string;
  skipInvalid: boolean;
  retryFailed: boolean;
  resend: string[];
  /** Send an issue whose email changed since its first send (the report says what changed). */
  allowChanged?: boolean;
  /** The first retry of a temporary failure waits this long, then twice as long. */
  backoffMs: number;
  attempts?: number;
}

type Log = (line: string) => void;

/**
 * `lede send`: each subscriber gets the issue once. The send record in the database says who already has
 * it, so a rerun (after a crash, a failure or new sign-ups) sends only to the others, and any number of
 * senders may share an issue. Returns the exit code: 0 all delivered,
 * 1 something failed or needs a check, 2 a usage error.
 */
export async function sendIssue(site: SiteSettings, request: SendRequest, log: Log, error: Log): Promise<number> {
  const fail = (message: string, code = 1) => (error(`lede send: ${message}`), code);
  if (!request.dryRun) {
    if (!request.smtpUrl) return fail("no SMTP server: pass --smtp smtp://user:password@host:587 or set SMTP_URL", 2);
    if (!/^smtps?:\/\/[^/?#]+/i.test(request.smtpUrl) || !URL.canParse(request.smtpUrl)) {
      return fail(`the SMTP URL must look like smtp://user:password@host:587 (or smtps:// for TLS from the start), not ${JSON.stringify(redact(request.smtpUrl))}`, 2);
    }
  }
  let store: Store;
  try {
    store = await openStore(request.database, { durable: true });
  } catch (cause) {
    return fail(`${(cause as Error).message}; nothing was sent`);
  }
  try {
    const built = builtIssueIds(request.outDir);
    if (!request.dryRun) {
      const fingerprintOf = (id: string) => (built.includes(id) ? fingerprintEmail(readBuiltIssue(request.outDir, id, site.url)) : undefined);
      for (const id of await importLedgers(store, request.ledgerDir, fingerprintOf, new Date())) log(`Moved the send record of ${id} from ${request.ledgerDir} into ${store.label}.`);
    }
    const states = await issueSendStates(store);
    const choice = chooseIssues(built, {
      issue: request.issue, due: request.due ?? false, partial: request.partial ?? false, timeZone: site.timeZone, now: request.now ?? new Date(), outDir: request.outDir,
    }, (id) => states.get(id) ?? "never");
    if ("error" in choice) return fail(choice.error);
    for (const note of choice.notes) log(note);
    if (choice.ids.length === 0) {
      log("Nothing to send: every finished issue has been sent.");
      return 0;
    }
    let code = 0;
    for (const id of choice.ids) {
      const issue = readBuiltIssue(request.outDir, id, site.url);
      const unlinked = checkUnsubscribeLinks(issue, site.email.unsubscribeUrl);
      code = Math.max(code, unlinked ? fail(unlinked) : await sendTo(store, site, issue, request, log, error));
      if (code === 2) break;
    }
    return code;
  } finally {
    await store.close();
  }
}

async function sendTo(store: Store, site: SiteSettings, issue: BuiltIssueEmail, request: SendRequest, log: Log, error: Log): Promise<number> {
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
  const compose = personalMessages(site, issue, secret);

  if (request.dryRun) {
    const outbox = request.outbox ?? join(request.ledgerDir, "..", "outbox", issue.id);
    const written = await writeOutbox(outbox, list.subscribers, compose);
    if (!request.secret) log("LEDE_SECRET is not set: the unsubscribe links in these messages are signed with a placeholder and will not verify.");
    log(`Dry run: wrote ${written} messages for ${issue.id} to ${outbox}; nothing was sent and nothing recorded (${list.notSubscribed} not subscribed, ${list.invalid} invalid, ${list.duplicates} duplicate rows left out).`);
    return 0;
  }

  // The email readers get is the one first sent: a changed one is sent only when the editor says so.
  const fingerprint = fingerprintEmail(issue);
  const first = await issueSendOf(store, issue.id);
  const changes = first && first.email_digest !== fingerprint.digest ? describeChanges(JSON.parse(first.entries) as EmailEntry[], fingerprint.entries) : undefined;
  if (changes && !request.allowChanged) {
    const had = (await countDeliveries(store, issue.id)).sent;
    return fail(`the email of ${issue.id} changed since it was first sent (${changes.join("; ")}); ${had} reader(s) have the earlier version. ` +
      "Build it as it was to send that version to the rest, or pass --allow-changed to send them this one. Nothing was sent.");
  }

  const smtpUrl = request.smtpUrl ?? "";
  const connections = Array.from({ length: Math.max(1, request.connections ?? 1) }, () => smtpDelivery(smtpUrl, { attempts: request.attempts ?? 3, backoffMs: request.backoffMs }));
  let record: SendRecord | undefined;
  try {
    record = new SendRecord(store, issue.id, readers.wanted);
    await record.open();
    const plan = await prepareRun(store, record, list.subscribers, request, new Date());
    for (const email of plan.unknownResend) error(`--resend ${email}: not a subscribed address in ${label}; nothing sent to it`);
    for (const email of plan.heldResend) error(`--resend ${email}: another running sender is sending the issue to it now; not sent again`);
    for (const sender of plan.takenOver) log(`Took over the readers of a sender that stopped (${sender}).`);
    for (const email of plan.uncertain) error(uncertainAdvice(email, "a crash"));
    const result: RunResult = { delivered: 0, failed: [], deferred: [], uncertain: [], notAttempted: 0, leftDuringRun: 0 };
    let open = connections;
    if (plan.queued > 0) {
      // Every connection logs in before anything is sent; a server that allows fewer at once than
      // --connections gets the ones it accepted.
      const refusals = await Promise.all(connections.map((connection) => connection.verify()));
      const refused = refusals.find((refusal) => refusal !== undefined);
      if (refused?.kind === "auth") {
        return fail(`the SMTP server ${redact(smtpUrl)} refused the login (${refused.reason}): check the user and password. Nobody was sent anything.`);
      }
      open = connections.filter((_, index) => refusals[index] === undefined);
      if (open.length === 0) return fail(`cannot use the SMTP server ${redact(smtpUrl)} (${refused!.reason}); nobody was sent anything. Retrying is safe.`);
      if (refused) log(`The SMTP server accepted ${open.length} of ${connections.length} connections (${refused.reason}); sending over ${open.length}.`);
    }
    record.version = (await startVersion(store, issue.id, first, changes, fingerprint)).version;
    if (changes) log(`Sending a changed email of ${issue.id} (--allow-changed: ${changes.join("; ")}): readers sent it before keep version ${record.version - 1}, the rest get version ${record.version}.`);
    if (plan.queued > 0) {
      const stopped = await deliverAll({
        record, connections: open, compose, from: envelopeAddress(site.email.from), rate: request.rate, total: plan.queued, result, bounced: readers.bounced,
      }, error);
      if (stopped) error(`lede send: ${stopped}`);
    }
    await record.close();
    record = undefined;
    await settle(store, issue.id, plan, result, log, error);
    reportRun(issue.id, list, plan, result, log, error);
    return exitCode(plan, result);
  } catch (cause) {
    return fail(`the database ${store.label} failed mid-run (${(cause as Error).message}): what was being sent stays recorded as such; rerun lede send to go on (nobody gets a second copy)`);
  } finally {
    await record?.close().catch(() => {});
    for (const connection of connections) connection.close();
  }
}

/**
 * After this sender's part: name the readers of senders that stopped meanwhile (taken over by this run),
 * say what other senders still have, and mark the issue finished once every reader is served.
 */
async function settle(store: Store, issueId: string, plan: SendPlan, result: RunResult, log: Log, error: Log): Promise<void> {
  const named = new Set([...plan.uncertain, ...result.uncertain.map((entry) => entry.email)]);
  for (const { email } of await deliveriesIn(store, issueId, "uncertain")) {
    if (named.has(email)) continue;
    error(uncertainAdvice(email, "a crash"));
    plan.uncertain.push(email);
  }
  const counts = await countDeliveries(store, issueId);
  const others = (await holdingSenders(store, issueId)).length;
  if (others > 0) log(`${counts.claimed + counts.sending + counts.queued} reader(s) left to ${others} other sender(s) still running.`);
  else result.notAttempted = counts.queued;
  if (allSettled(counts)) await finishIssueSend(store, issueId, new Date());
}

/**
 * The issue's send record, as of this run: created with the email's fingerprint by its first run, or
 * one version on when the editor allowed a changed email.
 */
async function startVersion(store: Store, issueId: string, first: IssueSend | undefined, changes: string[] | undefined, fingerprint: ReturnType<typeof fingerprintEmail>): Promise<IssueSend> {
  const entries = JSON.stringify(fingerprint.entries);
  if (!first) return recordIssueSend(store, issueId, fingerprint.digest, entries, new Date());
  return changes ? acceptChangedEmail(store, first, fingerprint.digest, entries, new Date()) : first;
}
