import type { Generated } from "kysely";

/** Where a reader is: only `subscribed` readers are sent issues. */
export type SubscriberStatus = "pending" | "subscribed" | "unsubscribed" | "bounced";
export const SUBSCRIBER_STATUSES: readonly SubscriberStatus[] = ["pending", "subscribed", "unsubscribed", "bounced"];

/**
 * Times are ISO 8601 strings in UTC (`2026-12-05T16:09:03.123Z`) in both engines: they sort as text,
 * read the same from SQLite and PostgreSQL, and print as they are in an export.
 */
export type Instant = string;

export interface SubscribersTable {
  /** The address lower-cased: one reader per address, whatever its case. */
  email_key: string;
  /** The address as the reader wrote it. */
  email: string;
  name: string | null;
  status: SubscriberStatus;
  created_at: Instant;
  updated_at: Instant;
  /** The last sign-up request, and where it came from (client address; the page or `api`). */
  requested_at: Instant | null;
  request_ip: string | null;
  request_source: string | null;
  /** When and from where the reader gave consent (confirmed, or the import that brought them). */
  consent_at: Instant | null;
  consent_ip: string | null;
  consent_source: string | null;
  unsubscribed_at: Instant | null;
  /** Confirmation emails sent in the window that started at `confirmations_since` (a per-address limit). */
  confirmations_sent: Generated<number>;
  confirmations_since: Instant | null;
  /** A confirmation email is waiting to go out from this time on (a lease while one is being sent). */
  confirmation_due_at: Instant | null;
  /** When an address was refused for good, and why (an SMTP reply, a DSN status, a relay's report). */
  bounced_at: Instant | null;
  bounce_reason: string | null;
}

/**
 * Where one reader's copy of one issue is. `queued` waits for a sender; `claimed` is held by a sender
 * that will send it soon; `sending` is written just before the message goes out, so a sender that dies
 * leaves it there: it may or may not have arrived. Then `sent` (the server took it), `failed` (refused for
 * good: retried only with --retry-failed), `deferred` (refused for now: the next run tries again) or
 * `uncertain` (the connection dropped after the message went out, or its sender died while sending).
 */
export type DeliveryState = "queued" | "claimed" | "sending" | "sent" | "failed" | "deferred" | "uncertain";
export const DELIVERY_STATES: readonly DeliveryState[] = ["queued", "claimed", "sending", "sent", "failed", "deferred", "uncertain"];

export interface DeliveriesTable {
  /** `2026-W47`, as issues are named. */
  issue_id: string;
  email_key: string;
  email: string;
  name: string | null;
  state: DeliveryState;
  /** The sender holding a `claimed` or `sending` row (`host/pid/nonce`), kept on `uncertain` ones to name it. */
  sender: string | null;
  /** When the sender claimed the row. */
  claimed_at: Instant | null;
  /** Which version of the issue's email went to the reader (issue_sends.version when it was sent). */
  version: number | null;
  message_id: string | null;
  /** The server's reply (for `sent`, its queue id) or what went wrong. */
  reason: string | null;
  updated_at: Instant;
}

export interface IssueSendsTable {
  issue_id: string;
  /** SHA-256 of the email first sent (subject, HTML, text), or of the version --allow-changed accepted. */
  email_digest: string;
  /** JSON `[{ url, headline, digest }]`: the email's stories, to say what changed. */
  entries: string;
  /** 1, and one more each time --allow-changed accepted a changed email. */
  version: number;
  started_at: Instant;
  changed_at: Instant | null;
  /** Every reader was served (sent, or refused for good) at this time: `--due` moves on. */
  finished_at: Instant | null;
}

/** The senders running now: each renews its row while it runs, so that the others know it is alive. */
export interface SendersTable {
  /** `host/pid/nonce`, as deliveries.sender names it. */
  id: string;
  issue_id: string;
  renewed_at: Instant;
}

export interface Database {
  subscribers: SubscribersTable;
  deliveries: DeliveriesTable;
  issue_sends: IssueSendsTable;
  senders: SendersTable;
}
