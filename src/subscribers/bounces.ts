import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { readDsn, type RecipientBounce } from "../bounces/dsn.ts";
import { isMbox, splitMbox } from "../bounces/mbox.ts";
import type { Store } from "../store/open.ts";
import { markBounced } from "../store/subscribers.ts";

type Log = (line: string) => void;

interface Message {
  /** How messages name it: the file, or `file:line` for a message of an mbox. */
  label: string;
  raw: Buffer;
}

/**
 * `lede subscribers bounces PATH`: reads delivery status notifications (an .eml file, a folder of them, or
 * an mbox), marks each hard bounce's reader `bounced` and lists the soft ones, which are not marked (the
 * server may take the next issue). A message that is not a DSN is named with why, and the rest are read
 * all the same. Returns the exit code: 0 all read, 1 some could not be.
 */
export async function bouncesCommand(store: Store, path: string, label: string, log: Log, error: Log, now = () => new Date()): Promise<number> {
  const messages = readMessages(path, label, error);
  if (!messages) return 1;
  let unreadable = 0;
  let marked = 0;
  const hard: RecipientBounce[] = [];
  const soft: RecipientBounce[] = [];
  for (const message of messages) {
    const reading = await readDsn(message.raw);
    if ("error" in reading) {
      error(`${message.label}: ${reading.error}`);
      unreadable++;
      continue;
    }
    for (const bounce of reading.bounces) {
      if (bounce.kind === "soft") {
        soft.push(bounce);
        log(`soft: ${bounce.email} (${describe(bounce)}): not marked; the next issue is tried as usual`);
        continue;
      }
      hard.push(bounce);
      const changed = await markBounced(store, bounce.email, `dsn: ${describe(bounce)}`, now());
      if (changed) marked++;
      log(`hard: ${bounce.email} (${describe(bounce)}): ${changed ? "marked bounced" : "already bounced or unsubscribed"}`);
    }
  }
  log(`Read ${messages.length} message(s) from ${label}: ${hard.length} hard bounce(s), ${marked} newly marked bounced in ${store.label}; ${soft.length} soft bounce(s), not marked${unreadable ? `; ${unreadable} not readable as a delivery status notification` : ""}.`);
  return unreadable > 0 ? 1 : 0;
}

function describe(bounce: RecipientBounce): string {
  return [bounce.status || "no status", bounce.action, bounce.diagnostic].filter(Boolean).join(", ").slice(0, 300);
}

/** The messages at `path`: one .eml, each .eml of a folder (in name order), or each message of an mbox. */
function readMessages(path: string, label: string, error: Log): Message[] | undefined {
  const read = (file: string, name: string): Message[] => {
    const bytes = readFileSync(file);
    return isMbox(bytes) ? splitMbox(bytes).map((message) => ({ label: `${name}:${message.line}`, raw: message.raw })) : [{ label: name, raw: bytes }];
  };
  try {
    if (!statSync(path).isDirectory()) return read(path, label);
    const names = readdirSync(path).filter((name) => /\.(eml|mbox)$/i.test(name)).sort();
    if (names.length === 0) {
      error(`lede subscribers: no .eml or .mbox file in ${label}; nothing was marked`);
      return undefined;
    }
    return names.flatMap((name) => read(join(path, name), join(label, name)));
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    error(`lede subscribers: cannot read ${label} (${code === "ENOENT" ? "no such file or folder" : (code ?? String(cause))}); nothing was marked`);
    return undefined;
  }
}
