import type { SendPlan } from "./plan.ts";
import type { SubscriberList } from "./subscribers.ts";

/** What one run did, address by address where something needs the editor's attention. */
export interface RunResult {
  delivered: number;
  /** Refused for good in this run (5xx). */
  failed: Array<{ email: string; reason: string; bounced?: boolean }>;
  /** Refused for now or not reachable, after the retries: the next run tries again. */
  deferred: Array<{ email: string; reason: string }>;
  /** The connection dropped after the whole message went out. */
  uncertain: Array<{ email: string; reason: string }>;
  /** Not tried because the run stopped early (interrupted, server gone, login refused). */
  notAttempted: number;
  /** Unsubscribed (or bounced, or erased) after the run started: not sent. */
  leftDuringRun: number;
}

type Log = (line: string) => void;

export function uncertainAdvice(email: string, cause: string): string {
  return `may have been delivered before ${cause}: ${email} — check, then rerun with --resend ${email}`;
}

/** The closing summary on stdout; each address that needs attention on stderr, with what to do. */
export function reportRun(issueId: string, list: SubscriberList, plan: SendPlan, result: RunResult, log: Log, error: Log): void {
  for (const { email, reason, bounced } of result.failed) {
    error(bounced
      ? `bounced: ${email}: the server refused the address for good (${reason}); marked bounced, so no issue goes to it again unless the reader signs up again`
      : `failed: ${email}: refused for good (${reason}); a rerun skips it unless you pass --retry-failed`);
  }
  for (const { email, reason } of result.deferred) {
    error(`not delivered yet: ${email} (${reason}); rerun lede send to try again (safe: nobody gets a second copy)`);
  }
  for (const { email, reason } of result.uncertain) error(`${uncertainAdvice(email, "the connection dropped")} (${reason})`);
  if (result.notAttempted > 0) error(`${result.notAttempted} subscriber(s) not tried yet: rerun lede send to send to them (safe: nobody gets a second copy)`);
  if (plan.failedBefore.length > 0) {
    log(`Not retried, refused for good in an earlier run (--retry-failed retries them): ${plan.failedBefore.join(", ")}`);
  }
  log(`Sent ${issueId}: ${result.delivered} delivered, ${result.failed.length} failed, ${result.deferred.length + result.notAttempted} to retry, ${result.uncertain.length} uncertain.`);
  log(
    `Skipped: ${plan.alreadySent} already sent, ${list.notSubscribed} not subscribed, ${list.invalid} invalid, ${list.duplicates} duplicate, ` +
      `${plan.uncertain.length} uncertain, ${plan.failedBefore.length} refused before${result.leftDuringRun ? `, ${result.leftDuringRun} unsubscribed during the run` : ""}.`,
  );
}

/** 0 when every subscriber has the issue (or was refused for good before), 1 when some need another run or a check. */
export function exitCode(plan: SendPlan, result: RunResult): number {
  const open = result.failed.length + result.deferred.length + result.uncertain.length + result.notAttempted + plan.uncertain.length;
  return open > 0 ? 1 : 0;
}
