import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, writeSync } from "node:fs";
import { dirname, join } from "node:path";
import { lockIssue } from "./lock.ts";

/**
 * What happened to each address for one issue, as an append-only JSON Lines file
 * (`.lede/sent/<ISSUE>.jsonl`). Each record is on disk (fsync) before the next step:
 *
 * - `sending`: written before the message goes out. If it is an address's last record, the sender died
 *   while sending to it: it may or may not have arrived.
 * - `sent`: the server accepted the message.
 * - `failed`: the server refused it for good (5xx); retried only with `--retry-failed`.
 * - `deferred`: refused for now (4xx, no connection) after the retries; the next run tries again.
 * - `uncertain`: the connection was lost after the whole message went out; like `sending`.
 */
export type DeliveryState = "sending" | "sent" | "failed" | "deferred" | "uncertain";

export interface LedgerRecord {
  email: string;
  state: DeliveryState;
  at: string;
  messageId?: string;
  /** The server's reply (for `sent`, its queue id) or what went wrong. */
  reason?: string;
}

export class Ledger {
  readonly path: string;
  private fd: number | undefined;

  constructor(path: string) {
    this.path = path;
  }

  /** The last record of every address in the ledger, by lower-cased address. */
  states(): Map<string, LedgerRecord> {
    const states = new Map<string, LedgerRecord>();
    if (!existsSync(this.path)) return states;
    for (const line of readFileSync(this.path, "utf8").split("\n")) {
      const record = parseRecord(line);
      if (record) states.set(record.email.toLowerCase(), record);
    }
    return states;
  }

  append(record: Omit<LedgerRecord, "at">): void {
    const fd = this.fd ?? this.open();
    writeSync(fd, `${JSON.stringify({ ...record, at: new Date().toISOString() })}\n`);
    fsyncSync(fd);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private open(): number {
    const created = !existsSync(this.path);
    mkdirSync(dirname(this.path), { recursive: true });
    const fd = openSync(this.path, "a");
    // A record cut short (a full disk, a power cut) must not swallow the next one into an unreadable line.
    const text = created ? "" : readFileSync(this.path, "utf8");
    if (text.length > 0 && !text.endsWith("\n")) writeSync(fd, "\n");
    if (created) syncDirectory(dirname(this.path));
    this.fd = fd;
    return fd;
  }
}

function parseRecord(line: string): LedgerRecord | undefined {
  if (!line.trim()) return undefined;
  try {
    const record = JSON.parse(line) as Partial<LedgerRecord>;
    return typeof record.email === "string" && typeof record.state === "string" ? (record as LedgerRecord) : undefined;
  } catch {
    return undefined; // a line cut short: the record before it stands
  }
}

/** A new file's name is durable only once its folder is synced too. */
function syncDirectory(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems refuse to sync a folder; the records themselves are synced regardless.
  }
}

/**
 * A deletion request: every record of `email` is removed from each issue's ledger in `dir`, each file
 * replaced whole (written beside it, synced, renamed over it). An issue being sent at that moment is
 * left alone and named, since its sender appends to the file. Returns the records removed and the
 * issues skipped.
 */
export function eraseFromLedgers(dir: string, email: string): { removed: number; busy: string[] } {
  const key = email.trim().toLowerCase();
  let removed = 0;
  const busy: string[] = [];
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".jsonl")) : [];
  const holds = (line: string) => parseRecord(line)?.email.toLowerCase() === key;
  for (const name of files) {
    const path = join(dir, name);
    if (!readFileSync(path, "utf8").split("\n").some(holds)) continue;
    const issue = name.slice(0, -".jsonl".length);
    const lock = lockIssue(join(dir, `${issue}.lock`));
    if ("error" in lock) {
      busy.push(issue);
      continue;
    }
    try {
      // Read again under the lock: a sender may have appended since.
      const lines = readFileSync(path, "utf8").split("\n");
      const kept = lines.filter((line) => !holds(line));
      const fresh = `${path}.erasing`;
      const fd = openSync(fresh, "w");
      writeSync(fd, kept.join("\n"));
      fsyncSync(fd);
      closeSync(fd);
      renameSync(fresh, path);
      syncDirectory(dir);
      removed += lines.length - kept.length;
    } finally {
      lock.release();
    }
  }
  return { removed, busy };
}
