import type { Selectable } from "kysely";
import { addressKey } from "../email/address.ts";
import type { Store } from "./open.ts";
import type { SubscriberStatus, SubscribersTable } from "./schema.ts";

/**
 * Every query on readers, each a named function with the reason it exists (as listmonk keeps its SQL).
 * Callers pass the time, so that tests can move the clock.
 */

export type SubscriberRow = Selectable<SubscribersTable>;

export interface SignUp {
  email: string;
  name?: string | undefined;
  /** The client's address, and the page the form was on (or `api`). */
  ip: string;
  source: string;
  at: Date;
}

/** What a sign-up led to. The service answers the same whatever it is, so nobody learns who subscribes. */
export type SignUpOutcome = "confirmation-queued" | "already-subscribed" | "limit-reached";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * request-subscription: a new address is stored as `pending`; a known one that is not subscribed (pending,
 * unsubscribed, bounced) keeps its status until it confirms. Either way a confirmation email is queued,
 * unless the address had `perDay` of them in the last 24 hours (bots sign strangers up again and again).
 * One statement, so that concurrent sign-ups of one address count right on either engine.
 */
export async function requestSubscription(store: Store, signUp: SignUp, perDay: number): Promise<SignUpOutcome> {
  const now = signUp.at.toISOString();
  const windowStart = new Date(signUp.at.getTime() - DAY_MS).toISOString();
  const request = { name: signUp.name || null, requested_at: now, request_ip: signUp.ip, request_source: signUp.source, updated_at: now };
  const row = await store.db
    .insertInto("subscribers")
    .values({
      email_key: addressKey(signUp.email), email: signUp.email.trim(), status: "pending", created_at: now, ...request,
      confirmations_sent: 1, confirmations_since: now, confirmation_due_at: now,
    })
    .onConflict((conflict) => conflict.column("email_key").doUpdateSet((eb) => {
      const windowOver = eb.or([eb("subscribers.confirmations_since", "is", null), eb("subscribers.confirmations_since", "<", windowStart)]);
      const mayMail = eb.or([windowOver, eb("subscribers.confirmations_sent", "<", perDay)]);
      return {
        ...request,
        confirmations_sent: eb.case().when(windowOver).then(1).when(mayMail).then(eb("subscribers.confirmations_sent", "+", 1)).else(eb.ref("subscribers.confirmations_sent")).end(),
        confirmations_since: eb.case().when(windowOver).then(now).else(eb.ref("subscribers.confirmations_since")).end(),
        confirmation_due_at: eb.case().when(mayMail).then(now).else(eb.ref("subscribers.confirmation_due_at")).end(),
      };
    }).where("subscribers.status", "!=", "subscribed"))
    .returning("confirmation_due_at")
    .executeTakeFirst();
  // No row: the conflict's update did not apply, so the reader is subscribed.
  if (!row) return "already-subscribed";
  return row.confirmation_due_at === now ? "confirmation-queued" : "limit-reached";
}

export type ConfirmOutcome = "confirmed" | "already-subscribed" | "unknown" | "withdrawn";

/**
 * confirm-subscription: the reader followed the link sent at `issuedAt` and pressed the button, so they
 * are `subscribed`, with when and from where. A link from before the reader last unsubscribed does not
 * bring them back (`withdrawn`), and an address that is no longer stored (pruned, forgotten) is `unknown`.
 */
export async function confirmSubscription(store: Store, email: string, issuedAt: Date, ip: string, at: Date): Promise<ConfirmOutcome> {
  const key = addressKey(email);
  const now = at.toISOString();
  const confirmed = await store.db
    .updateTable("subscribers")
    .set((eb) => ({
      status: "subscribed",
      consent_at: now,
      consent_ip: ip,
      consent_source: eb.ref("request_source"),
      confirmation_due_at: null,
      unsubscribed_at: null,
      updated_at: now,
    }))
    .where("email_key", "=", key)
    .where("status", "!=", "subscribed")
    .where((eb) => eb.or([eb("unsubscribed_at", "is", null), eb("unsubscribed_at", "<", issuedAt.toISOString())]))
    .returning("email_key")
    .executeTakeFirst();
  if (confirmed) return "confirmed";
  const row = await store.db.selectFrom("subscribers").select("status").where("email_key", "=", key).executeTakeFirst();
  if (!row) return "unknown";
  return row.status === "subscribed" ? "already-subscribed" : "withdrawn";
}

/**
 * unsubscribe: the reader is `unsubscribed` at once, and any confirmation waiting for them is dropped. An
 * address not stored yet (a reader of a CSV list) is kept as unsubscribed, so that no later send or
 * import reaches it. Returns false when the reader was already unsubscribed.
 */
export async function unsubscribe(store: Store, email: string, at: Date): Promise<boolean> {
  const now = at.toISOString();
  const change = { status: "unsubscribed" as const, unsubscribed_at: now, confirmation_due_at: null, updated_at: now };
  const changed = await store.db
    .insertInto("subscribers")
    .values({ email_key: addressKey(email), email: email.trim(), created_at: now, ...change })
    .onConflict((conflict) => conflict.column("email_key").doUpdateSet(change).where("subscribers.status", "!=", "unsubscribed"))
    .returning("email_key")
    .executeTakeFirst();
  return changed !== undefined;
}

/**
 * mark-bounced: the address was refused for good (a 5xx at RCPT TO, a DSN's `5.x.x`, a relay's permanent
 * bounce), so no issue goes to it again: a subscribed or pending reader becomes `bounced`, with why, and
 * any confirmation waiting for them is dropped. An address not stored yet (a reader of a CSV list) is
 * kept as bounced, so that CSV runs skip it too. A reader who unsubscribed stays so. Returns whether the
 * status changed. Signing up again and confirming is the way back.
 */
export async function markBounced(store: Store, email: string, reason: string, at: Date): Promise<boolean> {
  const now = at.toISOString();
  const change = { status: "bounced" as const, bounced_at: now, bounce_reason: reason.slice(0, 500), confirmation_due_at: null, updated_at: now };
  const changed = await store.db
    .insertInto("subscribers")
    .values({ email_key: addressKey(email), email: email.trim(), created_at: now, ...change })
    .onConflict((conflict) => conflict.column("email_key").doUpdateSet(change).where("subscribers.status", "in", ["subscribed", "pending"]))
    .returning("email_key")
    .executeTakeFirst();
  return changed !== undefined;
}

/** prune-unconfirmed: sign-ups never confirmed are deleted after a while; Lede keeps no address that did not ask to be kept. */
export async function pruneUnconfirmed(store: Store, requestedBefore: Date): Promise<number> {
  const result = await store.db
    .deleteFrom("subscribers")
    .where("status", "=", "pending")
    .where("requested_at", "<", requestedBefore.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** forget-subscriber: a deletion request erases the reader; returns whether there was one. */
export async function forgetSubscriber(store: Store, email: string): Promise<boolean> {
  const result = await store.db.deleteFrom("subscribers").where("email_key", "=", addressKey(email)).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** get-subscriber: one reader, by address in any case. */
export async function findSubscriber(store: Store, email: string): Promise<SubscriberRow | undefined> {
  return store.db.selectFrom("subscribers").selectAll().where("email_key", "=", addressKey(email)).executeTakeFirst();
}

/** list-subscribers: readers in the order they came, a page at a time (an export of 100,000 holds 1,000 in memory). */
export async function* listSubscribers(store: Store, status?: SubscriberStatus, pageSize = 1000): AsyncGenerator<SubscriberRow> {
  let after: { created_at: string; email_key: string } | undefined;
  for (;;) {
    const page = await store.db
      .selectFrom("subscribers")
      .selectAll()
      .$if(status !== undefined, (query) => query.where("status", "=", status!))
      .$if(after !== undefined, (query) =>
        query.where((eb) => eb(eb.refTuple("created_at", "email_key"), ">", eb.tuple(after!.created_at, after!.email_key))))
      .orderBy("created_at")
      .orderBy("email_key")
      .limit(pageSize)
      .execute();
    yield* page;
    if (page.length < pageSize) return;
    after = page[page.length - 1]!;
  }
}

/** status-of: the status of each of these addresses that is stored, by key (checked just before sending). */
export async function statusesOf(store: Store, emails: string[]): Promise<Map<string, SubscriberStatus>> {
  const statuses = new Map<string, SubscriberStatus>();
  for (let start = 0; start < emails.length; start += 500) {
    const keys = emails.slice(start, start + 500).map(addressKey);
    const rows = await store.db.selectFrom("subscribers").select(["email_key", "status"]).where("email_key", "in", keys).execute();
    for (const row of rows) statuses.set(row.email_key, row.status);
  }
  return statuses;
}

export interface ImportedReader {
  email: string;
  name?: string | undefined;
  status: SubscriberStatus;
  consentAt?: string | undefined;
  consentIp?: string | undefined;
  consentSource?: string | undefined;
}

/**
 * import-subscribers: new addresses are added with the list's status; readers already stored keep theirs
 * (an old list must not resubscribe someone who left). All or nothing: one transaction.
 */
export async function importSubscribers(store: Store, readers: ImportedReader[], source: string, at: Date): Promise<{ added: number; kept: number }> {
  const now = at.toISOString();
  let added = 0;
  await store.db.transaction().execute(async (trx) => {
    for (let start = 0; start < readers.length; start += 500) {
      const rows = readers.slice(start, start + 500).map((reader) => ({
        email_key: addressKey(reader.email),
        email: reader.email.trim(),
        name: reader.name || null,
        status: reader.status,
        created_at: now,
        updated_at: now,
        requested_at: reader.status === "pending" ? now : null,
        consent_at: reader.consentAt ?? (reader.status === "subscribed" ? now : null),
        consent_ip: reader.consentIp ?? null,
        consent_source: reader.consentSource ?? source,
        unsubscribed_at: reader.status === "unsubscribed" ? now : null,
      }));
      const inserted = await trx.insertInto("subscribers").values(rows).onConflict((conflict) => conflict.column("email_key").doNothing()).returning("email_key").execute();
      added += inserted.length;
    }
  });
  return { added, kept: readers.length - added };
}

/** count-subscribers: readers by status, for reports and the health of a list. */
export async function countByStatus(store: Store): Promise<Record<SubscriberStatus, number>> {
  const counts: Record<SubscriberStatus, number> = { pending: 0, subscribed: 0, unsubscribed: 0, bounced: 0 };
  const rows = await store.db.selectFrom("subscribers").select((eb) => ["status", eb.fn.countAll<string | number>().as("count")]).groupBy("status").execute();
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

export interface DueConfirmation {
  email: string;
  /** The lease: the row is due again at this time unless the email is marked sent. */
  leaseUntil: string;
}

/**
 * claim-due-confirmations: take up to `limit` confirmation emails that are due, for `leaseMs`: another
 * process (or this one after a crash) sends one again only when the lease ran out. PostgreSQL skips rows
 * another process is claiming; SQLite has one writer at a time.
 */
export async function claimDueConfirmations(store: Store, at: Date, leaseMs: number, limit: number): Promise<DueConfirmation[]> {
  const now = at.toISOString();
  const leaseUntil = new Date(at.getTime() + leaseMs).toISOString();
  // Picked once, in a materialized CTE: as `IN (subquery)`, PostgreSQL may run the subquery again per
  // row and claim more than `limit` (see claimReaders).
  const rows = await store.db
    .with((cte) => cte("due").materialized(), (db) =>
      db
        .selectFrom("subscribers")
        .select("email_key")
        .where("confirmation_due_at", "<=", now)
        .where("status", "!=", "subscribed")
        .orderBy("confirmation_due_at")
        .limit(limit)
        .$if(store.engine === "postgres", (query) => query.forUpdate().skipLocked()))
    .updateTable("subscribers")
    .set({ confirmation_due_at: leaseUntil })
    .where("email_key", "in", (eb) => eb.selectFrom("due").select("due.email_key"))
    .returning("email")
    .execute();
  return rows.map((row) => ({ email: row.email, leaseUntil }));
}

/** confirmation-sent: the email left, so the row is no longer due (unless a new request came in meanwhile). */
export async function confirmationSent(store: Store, confirmation: DueConfirmation): Promise<void> {
  await store.db
    .updateTable("subscribers")
    .set({ confirmation_due_at: null })
    .where("email_key", "=", addressKey(confirmation.email))
    .where("confirmation_due_at", "=", confirmation.leaseUntil)
    .execute();
}

/** confirmation-deferred: the server refused for now; try again at `retryAt`. */
export async function confirmationDeferred(store: Store, confirmation: DueConfirmation, retryAt: Date): Promise<void> {
  await store.db
    .updateTable("subscribers")
    .set({ confirmation_due_at: retryAt.toISOString() })
    .where("email_key", "=", addressKey(confirmation.email))
    .where("confirmation_due_at", "=", confirmation.leaseUntil)
    .execute();
}

/** The earliest time a confirmation is due, to sleep until then (undefined: none waiting). */
export async function nextConfirmationDue(store: Store): Promise<Date | undefined> {
  const row = await store.db
    .selectFrom("subscribers")
    .select((eb) => eb.fn.min("confirmation_due_at").as("due"))
    .where("confirmation_due_at", "is not", null)
    .executeTakeFirst();
  return row?.due ? new Date(row.due) : undefined;
}
