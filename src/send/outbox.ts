import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Subscriber } from "./subscribers.ts";

const MESSAGE_FILE = /^\d{5,}-.*\.eml$/;

/**
 * `--dry-run`: each reader's message as a `.eml` file (open it in a mail client, or diff two readers').
 * Messages from an earlier dry run are removed first, so the folder holds exactly this run's; other files
 * in it are left alone.
 */
export async function writeOutbox(dir: string, subscribers: Subscriber[], compose: (subscriber: Subscriber) => Promise<Buffer>): Promise<number> {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(dir)) if (MESSAGE_FILE.test(name)) rmSync(join(dir, name));
  for (const [index, subscriber] of subscribers.entries()) {
    const name = `${String(index + 1).padStart(5, "0")}-${subscriber.email.replace(/[^A-Za-z0-9@._+-]/g, "_")}.eml`;
    writeFileSync(join(dir, name), await compose(subscriber));
  }
  return subscribers.length;
}
