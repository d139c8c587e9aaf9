import type { Selectable } from "kysely";
import { addressKey } from "../email/address.ts";
import type { Store } from "./open.ts";
import type { DeliveryState, IssueSendsTable } from "./schema.ts";

/**
 * The send record: every query on `deliveries` and `issue_sends`, each named with the reason it exists.
 * A row goes `queued` → `claimed` (by one sender) → `sending` → `sent` | `failed` | `deferred` |
 * `uncertain`. Each step is one statement that checks the step before it, so two senders never both
 * take a row, whichever engine. Callers pass the time, so that tests can move the clock.
 */

export interface Reader {
  email: string;
  name?: string | undefined;
}

export interface ClaimedReader extends Reader {
  key: string;
}

/** Who may still be sent the issue: the database's subscribed readers, or a list's, less those who left. */
export type Wanted = "subscribed" | "not-left";

export interface Outcome {
  key: string;
  state: Extract<DeliveryState, "sent" | "failed" | "deferred" | "uncertain">;
  messageId?: string | undefined;
  reason?: string | undefined;
}

export type IssueSend = Selectable<IssueSendsTable>;

/** States a run leaves a row in for good; the others wait for a sender, a rerun or the editor. */
const SETTLED: DeliveryState[] = ["sent", "failed"];
const HELD: DeliveryState[] = ["claimed", "sending"];

/**
 * enqueue-readers: a row for each reader the issue has none for, in one transaction (readers who signed
 * up since an earlier run join; the others keep theirs).
 */
export async function enqueueReaders(store: Store, issueId: string, readers: Reader[], at: Date): Promise<void> {
  const now = at.toISOString();
  // In key order, as every sender does: two senders inserting the same readers at once wait for each
  // other, one row at a time in the same order, and never deadlock.
  const rows = readers
    .map((reader) => ({ issue_id: issueId, email_key: addressKey(reader.email), email: reader.email, name: reader.name || null, state: "queued" as const, updated_at: now }))
    .sort((a, b) => (a.email_key < b.email_key ? -1 : a.email_key > b.email_key ? 1 : 0));
  await store.db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += 500) {
      const batch = rows.slice(start, start + 500);
      await trx.insertInto("deliveries").values(batch).onConflict((conflict) => conflict.columns(["issue_id", "email_key"]).doNothing()).execute();
    }
  });
}

/**
 * requeue-for-run: a new run tries again what was refused for now, what was refused for good when the
 * editor asks (`retryFailed`), and the addresses the editor names (`resend`: after checking an uncertain
 * one did not arrive, or to send a copy again). Rows a live sender holds are left to it: returns the
 * named addresses it holds.
 */
export async function requeueForRun(store: Store, issueId: string, options: { retryFailed: boolean; resend: string[] }, at: Date): Promise<string[]> {
  const requeue = { state: "queued" as const, sender: null, claimed_at: null, updated_at: at.toISOString() };
  await store.db.updateTable("deliveries").set(requeue).where("issue_id", "=", issueId).where("state", "=", "deferred").execute();
  if (options.retryFailed) {
    // Not an address that bounced: the server refused the address itself, not this message.
    await store.db
      .updateTable("deliveries")
      .set(requeue)
      .where("issue_id", "=", issueId)
      .where("state", "=", "failed")
      .where((eb) => eb.not(eb.exists(eb.selectFrom("subscribers").select("email_key").whereRef("subscribers.email_key", "=", "deliveries.email_key").where("subscribers.status", "=", "bounced"))))
      .execute();
  }
  const keys = options.resend.map(addressKey);
  if (keys.length === 0) return [];
  await store.db.updateTable("deliveries").set(requeue).where("issue_id", "=", issueId).where("email_key", "in", keys).where("state", "not in", HELD).execute();
  const held = await store.db.selectFrom("deliveries").select("email").where("issue_id", "=", issueId).where("email_key", "in", keys).where("state", "in", HELD).execute();
  return held.map((row) => row.email);
}

/**
 * claim-readers: up to `limit` queued rows become this sender's. PostgreSQL skips rows another sender is
 * claiming at that moment; SQLite has one writer at a time. Either way a row is claimed once.
 */
export async function claimReaders(store: Store, issueId: string, sender: string, limit: number, at: Date): Promise<ClaimedReader[]> {
  // The rows are picked once, in a materialized CTE: as an `IN (subquery)`, PostgreSQL may run the
  // subquery again per row, skipping other locks each time, and claim more than `limit`.
  const rows = await store.db
    .with((cte) => cte("picked").materialized(), (db) =>
      db
        .selectFrom("deliveries")
        .select("email_key")
        .where("issue_id", "=", issueId)
        .where("state", "=", "queued")
        .orderBy("email_key")
        .limit(limit)
        .$if(store.engine === "postgres", (query) => query.forUpdate().skipLocked()))
    .updateTable("deliveries")
    .set({ state: "claimed", sender, claimed_at: at.toISOString() })
    .where("issue_id", "=", issueId)
    .where("state", "=", "queued")
    .where("email_key", "in", (eb) => eb.selectFrom("picked").select("picked.email_key"))
    .returning(["email_key", "email", "name"])
    .execute();
  return rows
    .map((row) => (row.name ? { key: row.email_key, email: row.email, name: row.name } : { key: row.email_key, email: row.email }))
    .sort((a, b) => (a.key < b.key ? -1 : 1));
}

/**
 * start-sending: the row this sender claimed becomes `sending`, committed before the message goes out,
 * if the reader still wants the issue (asked in the same statement: someone who unsubscribed a moment
 * ago gets nothing). `left`: the reader left, and the row is gone (a later run asks again); `lost`:
 * another sender took the row over (this one was taken for dead).
 */
export async function startSending(store: Store, issueId: string, key: string, sender: string, wanted: Wanted, version: number, at: Date): Promise<"go" | "left" | "lost"> {
  const result = await store.db
    .updateTable("deliveries")
    .set({ state: "sending", version, updated_at: at.toISOString() })
    .where("issue_id", "=", issueId)
    .where("email_key", "=", key)
    .where("state", "=", "claimed")
    .where("sender", "=", sender)
    .where((eb) => {
      const reader = eb.selectFrom("subscribers").select("email_key").whereRef("subscribers.email_key", "=", "deliveries.email_key");
      return wanted === "subscribed"
        ? eb.exists(reader.where("subscribers.status", "=", "subscribed"))
        : eb.not(eb.exists(reader.where("subscribers.status", "in", ["unsubscribed", "bounced"])));
    })
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 1) return "go";
  const dropped = await store.db
    .deleteFrom("deliveries")
    .where("issue_id", "=", issueId)
    .where("email_key", "=", key)
    .where("state", "=", "claimed")
    .where("sender", "=", sender)
    .executeTakeFirst();
  return Number(dropped.numDeletedRows) === 1 ? "left" : "lost";
}

/**
 * record-outcomes: what became of messages this sender sent (a sender groups these, with its `sending`
 * marks, in one transaction). A row another sender marked `uncertain` meanwhile (it took this one for
 * dead) gets the real outcome.
 */
export async function recordOutcomes(store: Store, issueId: string, sender: string, outcomes: Outcome[], at: Date): Promise<void> {
  const now = at.toISOString();
  for (const outcome of outcomes) {
    await store.db
      .updateTable("deliveries")
      .set({ state: outcome.state, message_id: outcome.messageId ?? null, reason: outcome.reason ?? null, sender: outcome.state === "uncertain" ? sender : null, claimed_at: null, updated_at: now })
      .where("issue_id", "=", issueId)
      .where("email_key", "=", outcome.key)
      .where("sender", "=", sender)
      .where("state", "in", ["sending", "uncertain"])
      .execute();
  }
}

/** release-claims: rows this sender claimed and will not send (it stops early) go back to the queue. */
export async function releaseClaims(store: Store, issueId: string, sender: string, at: Date): Promise<number> {
  const result = await store.db
    .updateTable("deliveries")
    .set({ state: "queued", sender: null, claimed_at: null, updated_at: at.toISOString() })
    .where("issue_id", "=", issueId)
    .where("sender", "=", sender)
    .where("state", "=", "claimed")
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** register-sender: a sender starts on an issue; until it stops, it renews its row. */
export async function registerSender(store: Store, sender: string, issueId: string, at: Date): Promise<void> {
  await store.db.insertInto("senders").values({ id: sender, issue_id: issueId, renewed_at: at.toISOString() }).execute();
}

/**
 * renew-sender: this sender is alive, so its rows are not taken over. One row, not every row the sender
 * holds: updating those beside the sender's own writes would deadlock them on PostgreSQL.
 */
export async function renewSender(store: Store, sender: string, at: Date): Promise<void> {
  await store.db.updateTable("senders").set({ renewed_at: at.toISOString() }).where("id", "=", sender).execute();
}

/** remove-sender: a sender stopped (or was taken over). */
export async function removeSender(store: Store, sender: string): Promise<void> {
  await store.db.deleteFrom("senders").where("id", "=", sender).execute();
}

/** The senders holding rows of an issue, with when each last said it was alive (null: it no longer says). */
export async function holdingSenders(store: Store, issueId: string): Promise<Array<{ sender: string; renewedAt: string | null }>> {
  const rows = await store.db
    .selectFrom("deliveries")
    .leftJoin("senders", "senders.id", "deliveries.sender")
    .select(["deliveries.sender", "senders.renewed_at"])
    .distinct()
    .where("deliveries.issue_id", "=", issueId)
    .where("deliveries.state", "in", HELD)
    .execute();
  return rows.filter((row) => row.sender !== null).map((row) => ({ sender: row.sender!, renewedAt: row.renewed_at }));
}

/**
 * take-over-sender: a sender that stopped (killed, its machine gone) leaves its rows. What it only
 * claimed goes back to the queue; what it was sending may have arrived, so it becomes `uncertain`, to be
 * named and never sent again without --resend. Returns how many of each.
 */
export async function takeOverSender(store: Store, issueId: string, sender: string, at: Date): Promise<{ requeued: number; uncertain: number }> {
  const now = at.toISOString();
  const requeued = await store.db
    .updateTable("deliveries")
    .set({ state: "queued", sender: null, claimed_at: null, updated_at: now })
    .where("issue_id", "=", issueId).where("sender", "=", sender).where("state", "=", "claimed")
    .executeTakeFirst();
  const uncertain = await store.db
    .updateTable("deliveries")
    .set({ state: "uncertain", claimed_at: null, reason: `its sender (${sender}) stopped while sending`, updated_at: now })
    .where("issue_id", "=", issueId).where("sender", "=", sender).where("state", "=", "sending")
    .executeTakeFirst();
  await removeSender(store, sender);
  return { requeued: Number(requeued.numUpdatedRows), uncertain: Number(uncertain.numUpdatedRows) };
}

/** count-deliveries: how many rows of an issue are in each state. */
export async function countDeliveries(store: Store, issueId: string): Promise<Record<DeliveryState, number>> {
  const rows = await store.db
    .selectFrom("deliveries")
    .select((eb) => ["state", eb.fn.countAll<string | number>().as("count")])
    .where("issue_id", "=", issueId)
    .groupBy("state")
    .execute();
  const counts: Record<DeliveryState, number> = { queued: 0, claimed: 0, sending: 0, sent: 0, failed: 0, deferred: 0, uncertain: 0 };
  for (const row of rows) counts[row.state] = Number(row.count);
  return counts;
}

/** deliveries-in-state: the addresses of an issue in one state (the uncertain, the refused), with why. */
export async function deliveriesIn(store: Store, issueId: string, state: DeliveryState): Promise<Array<{ email: string; reason: string | null }>> {
  return store.db.selectFrom("deliveries").select(["email", "reason"]).where("issue_id", "=", issueId).where("state", "=", state).orderBy("email_key").execute();
}

/** delivery-of: one reader's row for an issue. */
export async function deliveryOf(store: Store, issueId: string, email: string) {
  return store.db.selectFrom("deliveries").selectAll().where("issue_id", "=", issueId).where("email_key", "=", addressKey(email)).executeTakeFirst();
}

/** Whether every row of an issue is settled: sent, or refused for good. */
export function allSettled(counts: Record<DeliveryState, number>): boolean {
  return Object.entries(counts).every(([state, count]) => count === 0 || SETTLED.includes(state as DeliveryState));
}

/** forget-deliveries: a deletion request erases the reader's rows in every issue; returns how many. */
export async function forgetDeliveries(store: Store, email: string): Promise<number> {
  const result = await store.db.deleteFrom("deliveries").where("email_key", "=", addressKey(email)).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** issue-send: what was recorded of an issue's first send (the email's digest), if it was ever sent. */
export async function issueSendOf(store: Store, issueId: string): Promise<IssueSend | undefined> {
  return store.db.selectFrom("issue_sends").selectAll().where("issue_id", "=", issueId).executeTakeFirst();
}

/**
 * record-issue-send: the first run of an issue records its email. Two senders starting at once both try;
 * the first one's record stands, and both read it back.
 */
export async function recordIssueSend(store: Store, issueId: string, emailDigest: string, entries: string, at: Date): Promise<IssueSend> {
  await store.db
    .insertInto("issue_sends")
    .values({ issue_id: issueId, email_digest: emailDigest, entries, version: 1, started_at: at.toISOString() })
    .onConflict((conflict) => conflict.column("issue_id").doNothing())
    .execute();
  return (await issueSendOf(store, issueId))!;
}

/** accept-changed-email: --allow-changed; the issue's email is now this one, one version on. */
export async function acceptChangedEmail(store: Store, previous: IssueSend, emailDigest: string, entries: string, at: Date): Promise<IssueSend> {
  await store.db
    .updateTable("issue_sends")
    .set({ email_digest: emailDigest, entries, version: previous.version + 1, changed_at: at.toISOString(), finished_at: null })
    .where("issue_id", "=", previous.issue_id)
    .where("version", "=", previous.version)
    .execute();
  return (await issueSendOf(store, previous.issue_id))!;
}

/** finish-issue-send: every reader is served; `--due` moves on from this issue. */
export async function finishIssueSend(store: Store, issueId: string, at: Date): Promise<void> {
  await store.db.updateTable("issue_sends").set({ finished_at: at.toISOString() }).where("issue_id", "=", issueId).where("finished_at", "is", null).execute();
}

/** send-states: every issue ever sent, and whether its send finished. */
export async function issueSendStates(store: Store): Promise<Map<string, "finished" | "started">> {
  const rows = await store.db.selectFrom("issue_sends").select(["issue_id", "finished_at"]).execute();
  return new Map(rows.map((row) => [row.issue_id, row.finished_at ? "finished" : "started"]));
}

/**
 * import-ledger: an issue's send record from elsewhere (Lede 0.1's ledger files), with the email it was
 * sent as, in one transaction. Does nothing when the issue already has a record.
 */
export async function importSendRecord(
  store: Store, issueId: string, rows: Array<{ email: string; state: Exclude<DeliveryState, "queued" | "claimed" | "sending">; messageId?: string | undefined; reason?: string | undefined; at: string }>,
  emailDigest: string, entries: string, finishedAt: string | null, at: Date,
): Promise<boolean> {
  return store.db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto("issue_sends")
      .values({ issue_id: issueId, email_digest: emailDigest, entries, version: 1, started_at: at.toISOString(), finished_at: finishedAt })
      .onConflict((conflict) => conflict.column("issue_id").doNothing())
      .executeTakeFirst();
    if (Number(created.numInsertedOrUpdatedRows ?? 0) === 0) return false;
    for (let start = 0; start < rows.length; start += 500) {
      const values = rows.slice(start, start + 500).map((row) => ({
        issue_id: issueId, email_key: addressKey(row.email), email: row.email, name: null, state: row.state, version: 1,
        message_id: row.messageId ?? null, reason: row.reason ?? null, updated_at: row.at,
      }));
      await trx.insertInto("deliveries").values(values).onConflict((conflict) => conflict.columns(["issue_id", "email_key"]).doNothing()).execute();
    }
    return true;
  });
}
