import type { LedgerRecord } from "./ledger.ts";
import type { Subscriber } from "./subscribers.ts";

export interface PlanOptions {
  /** Send again to addresses the server refused for good in an earlier run. */
  retryFailed: boolean;
  /** Send to these addresses whatever the ledger says (after checking an uncertain one did not arrive). */
  resend: string[];
}

export interface SendPlan {
  queue: Subscriber[];
  alreadySent: number;
  /** Addresses a run stopped on mid-message: they may have the issue, so they wait for `--resend`. */
  uncertain: string[];
  /** Refused for good earlier and not retried without `--retry-failed`. */
  failedBefore: string[];
  /** `--resend` addresses that are not subscribed in the list: nothing is sent to them. */
  unknownResend: string[];
}

/** Who gets the issue in this run, from the subscriber list and the ledger of earlier runs. */
export function planDelivery(subscribers: Subscriber[], ledger: Map<string, LedgerRecord>, options: PlanOptions): SendPlan {
  const resend = new Set(options.resend.map((email) => email.trim().toLowerCase()));
  const plan: SendPlan = { queue: [], alreadySent: 0, uncertain: [], failedBefore: [], unknownResend: [] };
  for (const subscriber of subscribers) {
    const key = subscriber.email.toLowerCase();
    const state = ledger.get(key)?.state;
    if (resend.has(key) || state === undefined || state === "deferred") plan.queue.push(subscriber);
    else if (state === "sent") plan.alreadySent++;
    else if (state === "sending" || state === "uncertain") plan.uncertain.push(subscriber.email);
    else if (options.retryFailed) plan.queue.push(subscriber);
    else plan.failedBefore.push(subscriber.email);
  }
  const listed = new Set(subscribers.map((subscriber) => subscriber.email.toLowerCase()));
  plan.unknownResend = options.resend.filter((email) => !listed.has(email.trim().toLowerCase()));
  return plan;
}
