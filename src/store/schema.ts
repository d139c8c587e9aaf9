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

export interface Database {
  subscribers: SubscribersTable;
}
