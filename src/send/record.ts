import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Store } from "../store/open.ts";
import {
  claimReaders, holdingSenders, recordOutcomes, registerSender, releaseClaims, removeSender, renewSender, startSending, takeOverSender,
  type ClaimedReader, type Outcome, type Wanted,
} from "../store/deliveries.ts";

/** A sender that has not renewed its row in `senders` for this long is taken for dead, on any machine. */
const LEASE_MS = 60_000;
const RENEW_MS = 15_000;

/** `host/pid/nonce`: names the sender in the record and in messages; the nonce tells a reused pid apart. */
export function newSenderId(): string {
  return `${hostname()}/${process.pid}/${randomBytes(3).toString("hex")}`;
}

/**
 * Whether the sender holding rows is gone: it stopped saying it runs (or never did, or was taken over),
 * or it was a process on this machine that no longer runs (a `kill -9`: its rows need not wait).
 */
export function senderGone(sender: string, renewedAt: string | null, now: Date, leaseMs = LEASE_MS): boolean {
  if (renewedAt === null || renewedAt < new Date(now.getTime() - leaseMs).toISOString()) return true;
  const [host, pid] = sender.split("/");
  if (host !== hostname() || !(Number(pid) > 0) || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0); // signal 0: only asks whether the process exists
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== "EPERM";
  }
}

/**
 * One sender's hold on one issue's send record: it claims readers a batch at a time, marks each
 * `sending` before the message goes out, and records outcomes, the marks and outcomes that arrive while
 * one commit is under way going together in the next. While it runs it renews its row in `senders`, so
 * that other senders know it is alive; when they find it gone they take its rows over.
 */
export class SendRecord {
  readonly sender = newSenderId();
  /** Which version of the issue's email this sender sends (issue_sends.version). */
  version = 1;
  private pending: Write[] = [];
  private writing: Promise<void> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private failure: Error | undefined;

  constructor(
    private readonly store: Store,
    readonly issueId: string,
    private readonly wanted: Wanted,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Say this sender runs, and keep saying it. */
  async open(): Promise<void> {
    await registerSender(this.store, this.sender, this.issueId, this.now());
    this.timer = setInterval(() => {
      renewSender(this.store, this.sender, this.now()).catch((cause: Error) => (this.failure ??= cause));
    }, RENEW_MS);
    this.timer.unref();
  }

  claim(limit: number): Promise<ClaimedReader[]> {
    return claimReaders(this.store, this.issueId, this.sender, limit, this.now());
  }

  /** The reader's row becomes `sending`, committed (see startSending) before this resolves. */
  start(reader: ClaimedReader): Promise<"go" | "left" | "lost"> {
    return this.write((store) => startSending(store, this.issueId, reader.key, this.sender, this.wanted, this.version, this.now()));
  }

  /** What became of a message; written with the others that finish meanwhile. */
  record(outcome: Outcome): void {
    // The row stays `sending` if this fails: named as uncertain later, never sent twice.
    this.write((store) => recordOutcomes(store, this.issueId, this.sender, [outcome], this.now())).catch((cause: Error) => (this.failure ??= cause));
  }

  /** Rows of senders that are gone: claimed ones back to the queue, those being sent `uncertain`. */
  async takeOverGone(): Promise<{ requeued: number; uncertain: number; senders: string[] }> {
    const total = { requeued: 0, uncertain: 0, senders: [] as string[] };
    const now = this.now();
    for (const { sender, renewedAt } of await holdingSenders(this.store, this.issueId)) {
      if (sender === this.sender || !senderGone(sender, renewedAt, now)) continue;
      const taken = await takeOverSender(this.store, this.issueId, sender, now);
      total.requeued += taken.requeued;
      total.uncertain += taken.uncertain;
      total.senders.push(sender);
    }
    return total;
  }

  /** Every outcome recorded so far is in the database. Throws if writing one failed. */
  async flush(): Promise<void> {
    while (this.writing) await this.writing;
    if (this.failure) throw this.failure;
  }

  /** Flush, put back what this sender claimed and did not send, stop renewing. Returns how many it put back. */
  async close(): Promise<number> {
    clearInterval(this.timer);
    await this.flush();
    const released = await releaseClaims(this.store, this.issueId, this.sender, this.now());
    await removeSender(this.store, this.sender);
    return released;
  }

  /**
   * Writes wait for the one being committed, then go together in one transaction (a group commit): with
   * four connections, four `sending` marks share one sync to disk, each still checked on its own.
   */
  private write<T>(step: (store: Store) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ step, resolve: resolve as (value: unknown) => void, reject });
      this.writing ??= this.writePending();
    });
  }

  private async writePending(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending;
        this.pending = [];
        const results: unknown[] = [];
        try {
          await this.store.db.transaction().execute(async (db) => {
            for (const write of batch) results.push(await write.step({ ...this.store, db }));
          });
        } catch (cause) {
          for (const write of batch) write.reject(cause as Error);
          continue;
        }
        batch.forEach((write, index) => write.resolve(results[index]));
      }
    } finally {
      this.writing = undefined;
    }
  }
}

interface Write {
  step: (store: Store) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (cause: Error) => void;
}
