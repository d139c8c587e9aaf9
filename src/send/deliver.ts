import type { ClaimedReader } from "../store/deliveries.ts";
import { progressReporter } from "./progress.ts";
import type { SendRecord } from "./record.ts";
import type { RunResult } from "./report.ts";
import type { Delivery } from "./transport.ts";

type Log = (line: string) => void;

export interface Run {
  record: SendRecord;
  /** One per SMTP connection: each sends one message at a time, all at once. */
  connections: Delivery[];
  compose: (reader: ClaimedReader) => Promise<Buffer>;
  from: string;
  /** Messages per second across all connections, at most; 0 for as fast as the server takes them. */
  rate: number;
  /** How many readers wait for this run, for the progress line. */
  total: number;
  result: RunResult;
  /** The server refused the address itself for good: no issue goes to it again. */
  bounced?: (email: string, reason: string) => Promise<void>;
}

/**
 * Every connection takes the next reader this sender claimed (claiming a batch when none are left),
 * composes their message, marks it `sending`, sends it and records what became of it. Returns why the
 * run stopped early, if it did.
 */
export async function deliverAll(run: Run, error: Log): Promise<string | undefined> {
  const { record, result } = run;
  // Ctrl-C finishes the messages in flight, so that no address is left uncertain; a second one kills.
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
    error("\nlede send: stopping after the messages in flight (press Ctrl-C again to kill)…");
  };
  process.once("SIGINT", interrupt).once("SIGTERM", interrupt);
  const progress = progressReporter(run.total);
  const pace = pacer(run.rate);
  let stopped: string | undefined;
  const next = readerSource(record, run.connections.length, run.rate);

  const work = async (connection: Delivery) => {
    try {
      await sendAll(connection);
    } catch (cause) {
      // The database failed: the other connections stop too, after their messages in flight.
      stopped ??= `the database failed (${(cause as Error).message}); what was being sent stays recorded as such.`;
    }
  };
  const sendAll = async (connection: Delivery) => {
    for (;;) {
      if (interrupted || stopped) return;
      const reader = await next();
      if (!reader) return;
      await pace();
      if (interrupted || stopped) return; // the reader stays claimed, and goes back when the run ends
      const raw = await run.compose(reader);
      const go = await record.start(reader);
      if (go === "left") {
        result.leftDuringRun++;
        progress.step(reader.email, "unsubscribed");
      }
      if (go !== "go") continue;
      const outcome = await connection.send(run.from, reader.email, raw);
      progress.step(reader.email, outcome.kind === "unreachable" ? "deferred" : outcome.kind);
      const email = reader.email;
      if (outcome.kind === "sent") {
        record.record({ key: reader.key, state: "sent", messageId: messageIdOf(raw), reason: outcome.response });
        result.delivered++;
        continue;
      }
      const state = outcome.kind === "failed" || outcome.kind === "uncertain" ? outcome.kind : "deferred";
      record.record({ key: reader.key, state, reason: outcome.reason });
      let bounced = false;
      if (outcome.kind === "failed" && outcome.addressRefused && run.bounced) {
        // The record already says `failed`, so a database that fails here costs the mark, not the run.
        bounced = await run.bounced(email, outcome.reason).then(() => true, (cause: Error) => {
          error(`lede send: could not mark ${email} bounced in the database (${cause.message}); the send record says failed`);
          return false;
        });
      }
      if (state === "failed") result.failed.push(bounced ? { email, reason: outcome.reason, bounced } : { email, reason: outcome.reason });
      else if (state === "uncertain") result.uncertain.push({ email, reason: outcome.reason });
      else result.deferred.push({ email, reason: outcome.reason });
      if (outcome.kind === "auth") stopped ??= `the SMTP server refused the login mid-run (${outcome.reason}): check the user and password.`;
      if (outcome.kind === "unreachable") stopped ??= `the SMTP server stopped answering (${outcome.reason}).`;
    }
  };

  try {
    await Promise.all(run.connections.map(work));
    if (stopped) return `${stopped} ${result.delivered} delivered in this run.`;
    if (interrupted) return `interrupted: ${result.delivered} delivered in this run.`;
    return undefined;
  } finally {
    progress.end();
    process.off("SIGINT", interrupt).off("SIGTERM", interrupt);
  }
}

/**
 * The readers for this sender's connections, claimed a batch at a time: enough to keep every connection
 * busy, few enough that another sender finds work too (about five seconds' worth at the rate). When the
 * queue is empty, the rows of senders that are gone are taken over before giving up.
 */
function readerSource(record: SendRecord, connections: number, rate: number): () => Promise<ClaimedReader | undefined> {
  const batch = Math.max(1, Math.min(100, rate > 0 ? Math.ceil(rate * 5) : 100, connections * 25));
  const queue: ClaimedReader[] = [];
  let exhausted = false;
  let claiming: Promise<void> | undefined;
  const refill = async () => {
    const claimed = await record.claim(batch);
    if (claimed.length === 0) {
      const taken = await record.takeOverGone();
      if (taken.requeued === 0) exhausted = true;
    }
    queue.push(...claimed);
  };
  return async () => {
    while (queue.length === 0 && !exhausted) {
      claiming ??= refill().finally(() => (claiming = undefined));
      await claiming;
    }
    return queue.shift();
  };
}

/** Waits for each message's turn: at most `rate` a second across all connections (0: no wait). */
function pacer(rate: number): () => Promise<void> {
  if (rate <= 0) return async () => {};
  const interval = 1000 / rate;
  let next = Date.now();
  return async () => {
    const slot = Math.max(next, Date.now());
    next = slot + interval;
    const wait = slot - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  };
}

function messageIdOf(raw: Buffer): string | undefined {
  const headers = raw.subarray(0, raw.indexOf("\r\n\r\n")).toString("utf8");
  return /^Message-ID:\s*(<[^>]+>)/im.exec(headers)?.[1];
}
