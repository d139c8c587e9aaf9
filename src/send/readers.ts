import { readFileSync } from "node:fs";
import type { Wanted } from "../store/deliveries.ts";
import type { Store } from "../store/open.ts";
import { listSubscribers, markBounced, statusesOf } from "../store/subscribers.ts";
import { readSubscribers, type SubscriberList } from "./subscribers.ts";

/** Who a run is for: the database's subscribed readers, or a CSV file's. */
export interface Readers {
  list: SubscriberList;
  /** How messages name the source: the file as typed, or the database. */
  label: string;
  /** Asked just before each message: a reader who unsubscribed while the run goes on gets nothing more. */
  wanted: Wanted;
  /** The server refused the address for good at send time: it is `bounced` in the database, whichever the source. */
  bounced(email: string, reason: string): Promise<void>;
}

/**
 * The database's subscribed readers; or the CSV's, less those the database knows have unsubscribed or
 * bounced (a reader who used the link in an earlier issue is not sent the next because the file is old).
 */
export async function readersOf(store: Store, file: string | undefined, label: string | undefined): Promise<Readers | { error: string }> {
  const bounced = async (email: string, reason: string) => void (await markBounced(store, email, `smtp: ${reason}`, new Date()));
  if (!file) {
    const list: SubscriberList = { subscribers: [], readers: [], notSubscribed: 0, duplicates: 0, invalid: 0, problems: [] };
    for await (const row of listSubscribers(store, "subscribed")) list.subscribers.push(row.name ? { email: row.email, name: row.name, line: 0 } : { email: row.email, line: 0 });
    return { list, label: store.label, wanted: "subscribed", bounced };
  }
  const name = label ?? file;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    return { error: `cannot read the subscriber list ${name} (${code === "ENOENT" ? "no such file" : (code ?? String(cause))}); nothing was sent` };
  }
  const list = readSubscribers(name, text);
  const left = (status: string | undefined) => status === "unsubscribed" || status === "bounced";
  const statuses = await statusesOf(store, list.subscribers.map((subscriber) => subscriber.email));
  const before = list.subscribers.length;
  list.subscribers = list.subscribers.filter((subscriber) => !left(statuses.get(subscriber.email.toLowerCase())));
  list.notSubscribed += before - list.subscribers.length;
  return { list, label: name, wanted: "not-left", bounced };
}
