import type { Store } from "../store/open.ts";
import { countDeliveries, deliveriesIn, enqueueReaders, requeueForRun, type Reader } from "../store/deliveries.ts";
import type { SendRecord } from "./record.ts";

export interface PlanOptions {
  /** Send again to addresses the server refused for good in an earlier run. */
  retryFailed: boolean;
  /** Send to these addresses whatever the record says (after checking an uncertain one did not arrive). */
  resend: string[];
}

export interface SendPlan {
  /** Readers waiting for a sender, this one or another. */
  queued: number;
  alreadySent: number;
  /** Addresses a run stopped on mid-message: they may have the issue, so they wait for `--resend`. */
  uncertain: string[];
  /** Refused for good earlier and not retried without `--retry-failed`. */
  failedBefore: string[];
  /** `--resend` addresses that are not among the readers: nothing is sent to them. */
  unknownResend: string[];
  /** `--resend` addresses another running sender is sending to now: left to it. */
  heldResend: string[];
  /** Senders found gone (killed, their machine lost), whose readers this run took over. */
  takenOver: string[];
}

/**
 * Before a run: take over the rows of senders that are gone, add a row for each reader the issue has
 * none for, put back in the queue what this run retries, and say where everyone stands.
 */
export async function prepareRun(store: Store, record: SendRecord, readers: Reader[], options: PlanOptions, at: Date): Promise<SendPlan> {
  const issueId = record.issueId;
  const taken = await record.takeOverGone();
  await enqueueReaders(store, issueId, readers, at);
  const heldResend = await requeueForRun(store, issueId, options, at);
  const counts = await countDeliveries(store, issueId);
  const listed = new Set(readers.map((reader) => reader.email.toLowerCase()));
  return {
    queued: counts.queued,
    alreadySent: counts.sent,
    uncertain: (await deliveriesIn(store, issueId, "uncertain")).map((row) => row.email),
    failedBefore: options.retryFailed ? [] : (await deliveriesIn(store, issueId, "failed")).map((row) => row.email),
    unknownResend: options.resend.filter((email) => !listed.has(email.trim().toLowerCase())),
    heldResend,
    takenOver: taken.senders,
  };
}
