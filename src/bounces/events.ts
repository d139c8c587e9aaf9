import { maskAddress } from "../email/address.ts";
import type { Store } from "../store/open.ts";
import { markBounced, unsubscribe } from "../store/subscribers.ts";

/**
 * What a relay reported about one address: refused for good (`bounce`), for now (`soft-bounce`, nothing
 * changes), or the reader marked the email as spam (`complaint`: they are unsubscribed at once).
 */
export interface RelayEvent {
  email: string;
  kind: "bounce" | "soft-bounce" | "complaint";
  /** For the bounce record and the log: the relay's words (`ses Permanent/General 5.1.1`). */
  reason: string;
}

export interface Applied {
  bounced: number;
  unsubscribed: number;
  ignored: number;
}

/** Record each event in the database; one log line each, with the address masked. */
export async function applyRelayEvents(store: Store, events: RelayEvent[], at: Date, log: (line: string) => void): Promise<Applied> {
  const applied: Applied = { bounced: 0, unsubscribed: 0, ignored: 0 };
  for (const event of events) {
    const who = maskAddress(event.email);
    if (event.kind === "bounce") {
      const changed = await markBounced(store, event.email, event.reason, at);
      if (changed) applied.bounced++;
      log(`bounce ${who}: ${changed ? "marked bounced" : "already bounced or unsubscribed"} (${event.reason})`);
    } else if (event.kind === "complaint") {
      const changed = await unsubscribe(store, event.email, at);
      if (changed) applied.unsubscribed++;
      log(`complaint ${who}: ${changed ? "unsubscribed" : "already unsubscribed"} (${event.reason})`);
    } else {
      applied.ignored++;
      log(`soft bounce ${who}: not marked (${event.reason})`);
    }
  }
  return applied;
}
