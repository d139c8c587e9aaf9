import { readFileSync } from "node:fs";
import { stringify } from "csv-stringify/sync";
import { isValidAddress } from "../email/address.ts";
import { readSubscribers } from "../send/subscribers.ts";
import type { Store } from "../store/open.ts";
import { SUBSCRIBER_STATUSES, type SubscriberStatus } from "../store/schema.ts";
import { eraseFromLedgers } from "../send/ledger.ts";
import { forgetDeliveries } from "../store/deliveries.ts";
import { forgetSubscriber, importSubscribers, listSubscribers } from "../store/subscribers.ts";

type Log = (line: string) => void;

/** The export's columns: the import's first, so that an export imports as it is; then why an address bounced. */
const COLUMNS = ["email", "name", "status", "consent_at", "consent_ip", "consent_source", "created_at", "bounced_at", "bounce_reason"] as const;

/**
 * `lede subscribers import FILE.csv`: all rows or none (unless `skipInvalid`); readers already stored keep
 * their status. Returns the exit code.
 */
export async function importCommand(store: Store, file: string, label: string, skipInvalid: boolean, log: Log, error: Log): Promise<number> {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    error(`lede subscribers: cannot read ${label} (${code === "ENOENT" ? "no such file" : (code ?? String(cause))}); nothing was imported`);
    return 1;
  }
  const list = readSubscribers(label, text);
  for (const problem of list.problems) error(problem);
  if (list.problems.length > 0 && !skipInvalid) {
    error(`lede subscribers: ${list.problems.length} problem(s) in ${label}: nothing was imported. Fix them, or pass --skip-invalid to import the valid rows.`);
    return 1;
  }
  const { added, kept } = await importSubscribers(store, list.readers, `import ${label}`, new Date());
  const byStatus = SUBSCRIBER_STATUSES.map((status) => [status, list.readers.filter((reader) => reader.status === status).length] as const)
    .filter(([, count]) => count > 0).map(([status, count]) => `${count} ${status}`).join(", ");
  log(`Imported ${added} new reader(s) from ${label} into ${store.label}; ${kept} already stored kept their status (the list had ${byStatus || "no readers"}${list.duplicates ? `, ${list.duplicates} duplicate rows` : ""}${list.invalid ? `, ${list.invalid} invalid rows skipped` : ""}).`);
  return 0;
}

/** `lede subscribers export [--status S]`: CSV on standard output, in the order readers came. */
export async function exportCommand(store: Store, status: string | undefined, write: (text: string) => void, error: Log): Promise<number> {
  if (status !== undefined && !SUBSCRIBER_STATUSES.includes(status as SubscriberStatus)) {
    error(`lede subscribers: --status must be one of ${SUBSCRIBER_STATUSES.join(", ")}, not ${JSON.stringify(status)}`);
    return 2;
  }
  write(stringify([[...COLUMNS]]));
  let rows: string[][] = [];
  for await (const reader of listSubscribers(store, status as SubscriberStatus | undefined)) {
    rows.push(COLUMNS.map((column) => reader[column] ?? ""));
    if (rows.length === 1000) {
      write(stringify(rows));
      rows = [];
    }
  }
  if (rows.length > 0) write(stringify(rows));
  return 0;
}

/**
 * `lede subscribers forget EMAIL`: a deletion request; the reader is erased from the database, from the
 * send record of every issue, and from Lede 0.1's ledgers in `ledgerDir` if any are left.
 */
export async function forgetCommand(store: Store, ledgerDir: string, email: string, log: Log, error: Log): Promise<number> {
  if (!isValidAddress(email.trim())) {
    error(`lede subscribers: ${JSON.stringify(email)} is not an email address`);
    return 2;
  }
  const inDatabase = await forgetSubscriber(store, email);
  const records = (await forgetDeliveries(store, email)) + eraseFromLedgers(ledgerDir, email);
  if (!inDatabase && records === 0) {
    error(`lede subscribers: no reader ${email} in ${store.label} or in the send records; nothing to erase`);
    return 1;
  }
  log(`Erased ${email}: ${inDatabase ? `the reader in ${store.label}` : `no reader in ${store.label}`}, ${records} send record(s).`);
  return 0;
}
