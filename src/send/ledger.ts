import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, writeSync } from "node:fs";
import { dirname } from "node:path";

/**
 * What happened to each address, per issue, as an append-only JSON Lines file. Every record is on disk
 * (fsync) before the next step: `sending` before a message goes out, then `sent`, `failed` (the server
 * refused it for good) or `deferred` (refused for now, safe to try again). An address whose last record
 * is `sending` was in flight when the sender died: it may or may not have arrived.
 */
export type DeliveryState = "sending" | "sent" | "failed" | "deferred";

export interface LedgerRecord {
  email: string;
  state: DeliveryState;
  at: string;
  messageId?: string;
  reason?: string;
}

export class Ledger {
  readonly path: string;
  private fd: number | undefined;

  constructor(path: string) {
    this.path = path;
  }

  /** The last state of every address in the ledger, by lower-cased address. */
  states(): Map<string, LedgerRecord> {
    const states = new Map<string, LedgerRecord>();
    if (!existsSync(this.path)) return states;
    for (const line of readFileSync(this.path, "utf8").split("\n")) {
      if (!line.trim()) continue;
      try {
        const record = JSON.parse(line) as LedgerRecord;
        states.set(record.email.toLowerCase(), record);
      } catch {
        // A line cut short by a crash: the record before it stands.
      }
    }
    return states;
  }

  append(record: Omit<LedgerRecord, "at">): void {
    if (this.fd === undefined) {
      mkdirSync(dirname(this.path), { recursive: true });
      this.fd = openSync(this.path, "a");
    }
    writeSync(this.fd, `${JSON.stringify({ ...record, at: new Date().toISOString() })}\n`);
    fsyncSync(this.fd);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }
}
