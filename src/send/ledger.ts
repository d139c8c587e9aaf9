import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from "node:fs";
import { join } from "node:path";
import type { Store } from "../store/open.ts";
import { importSendRecord } from "../store/deliveries.ts";
import type { EmailFingerprint } from "./frozen.ts";

/**
 * Lede 0.1 kept each issue's send record as an append-only JSON Lines file, `.lede/sent/<ISSUE>.jsonl`
 * (and `<ISSUE>.done` once every reader was served). The database holds it now; the first `lede send`
 * after the upgrade moves each file in, so that nobody who has an issue gets it again.
 */
export type LedgerState = "sending" | "sent" | "failed" | "deferred" | "uncertain";

export interface LedgerRecord {
  email: string;
  state: LedgerState;
  at: string;
  messageId?: string;
  reason?: string;
}

/** The last record of every address in a ledger file, by lower-cased address. */
export function readLedger(path: string): Map<string, LedgerRecord> {
  const states = new Map<string, LedgerRecord>();
  for (const line of readFileSync(path, "utf8").split("\n")) {
    const record = parseRecord(line);
    if (record) states.set(record.email.toLowerCase(), record);
  }
  return states;
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

/**
 * Move every ledger in `dir` of a built issue into the database, then remove its files. A 0.1 run that
 * died mid-message left `sending`: that reader may have the issue, so they are `uncertain`. Returns the
 * issues moved.
 */
export async function importLedgers(store: Store, dir: string, fingerprintOf: (id: string) => EmailFingerprint | undefined, at: Date): Promise<string[]> {
  const moved: string[] = [];
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".jsonl")) : [];
  for (const name of files) {
    const base = name.slice(0, -".jsonl".length);
    const fingerprint = fingerprintOf(base.toUpperCase());
    if (!fingerprint) continue; // not built: it cannot be sent, so nobody can get it twice
    const rows = [...readLedger(join(dir, name)).values()].map((record) => ({
      email: record.email,
      state: record.state === "sending" ? ("uncertain" as const) : record.state,
      messageId: record.messageId,
      reason: record.state === "sending" ? "a Lede 0.1 run stopped while sending" : record.reason,
      at: record.at,
    }));
    const done = join(dir, `${base}.done`);
    const finishedAt = existsSync(done) ? at.toISOString() : null;
    if (await importSendRecord(store, base.toUpperCase(), rows, fingerprint.digest, JSON.stringify(fingerprint.entries), finishedAt, at)) moved.push(base.toUpperCase());
    for (const file of [name, `${base}.done`, `${base}.lock`]) rmSync(join(dir, file), { force: true });
  }
  return moved;
}

/**
 * A deletion request: every record of `email` is removed from the 0.1 ledgers still in `dir` (issues
 * not sent since the upgrade), each file replaced whole (written beside it, synced, renamed over it).
 * Returns the records removed.
 */
export function eraseFromLedgers(dir: string, email: string): number {
  const key = email.trim().toLowerCase();
  let removed = 0;
  const files = existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".jsonl")) : [];
  const holds = (line: string) => parseRecord(line)?.email.toLowerCase() === key;
  for (const name of files) {
    const path = join(dir, name);
    const lines = readFileSync(path, "utf8").split("\n");
    const kept = lines.filter((line) => !holds(line));
    if (kept.length === lines.length) continue;
    const fresh = `${path}.erasing`;
    const fd = openSync(fresh, "w");
    writeSync(fd, kept.join("\n"));
    fsyncSync(fd);
    closeSync(fd);
    renameSync(fresh, path);
    removed += lines.length - kept.length;
  }
  return removed;
}
