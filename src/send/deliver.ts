import type { Ledger } from "./ledger.ts";
import { progressReporter } from "./progress.ts";
import type { RunResult } from "./report.ts";
import type { Subscriber } from "./subscribers.ts";
import type { Delivery } from "./transport.ts";

type Log = (line: string) => void;

export interface Run {
  transport: Delivery;
  ledger: Ledger;
  compose: (subscriber: Subscriber) => Promise<Buffer>;
  from: string;
  rate: number;
  result: RunResult;
  /** Whether the reader still wants the issue, asked just before their message. */
  stillWanted: (email: string) => Promise<boolean>;
  /** The server refused the address itself for good: no issue goes to it again. */
  bounced?: (email: string, reason: string) => Promise<void>;
}

/**
 * One message at a time, each recorded on disk before the next: `sending`, then what became of it.
 * Returns why the run stopped early, if it did.
 */
export async function deliverAll(queue: Subscriber[], run: Run, error: Log): Promise<string | undefined> {
  const { transport, ledger, result } = run;
  // Ctrl-C finishes the message in flight, so that its address is not left uncertain; a second one kills.
  let interrupted = false;
  const interrupt = () => {
    interrupted = true;
    error("\nlede send: stopping after the message in flight (press Ctrl-C again to kill)…");
  };
  process.once("SIGINT", interrupt).once("SIGTERM", interrupt);
  const progress = progressReporter(queue.length);
  const interval = 1000 / run.rate;
  let next = Date.now();
  try {
    for (const [index, subscriber] of queue.entries()) {
      if (interrupted) {
        result.notAttempted = queue.length - index;
        return `interrupted: ${result.delivered} delivered in this run.`;
      }
      const wait = next - Date.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      next = Math.max(next, Date.now()) + interval;
      const email = subscriber.email;
      if (!(await run.stillWanted(email))) {
        result.leftDuringRun++;
        progress.step(email, "unsubscribed");
        continue;
      }
      const raw = await run.compose(subscriber);
      ledger.append({ email, state: "sending" });
      const outcome = await transport.send(run.from, email, raw);
      progress.step(email, outcome.kind === "unreachable" ? "deferred" : outcome.kind);
      if (outcome.kind === "sent") {
        ledger.append({ email, state: "sent", messageId: messageIdOf(raw), reason: outcome.response });
        result.delivered++;
        continue;
      }
      const state = outcome.kind === "failed" || outcome.kind === "uncertain" ? outcome.kind : "deferred";
      ledger.append({ email, state, reason: outcome.reason });
      let bounced = false;
      if (outcome.kind === "failed" && outcome.addressRefused && run.bounced) {
        // The ledger already says `failed`, so a database that fails here costs the mark, not the run.
        bounced = await run.bounced(email, outcome.reason).then(() => true, (cause: Error) => {
          error(`lede send: could not mark ${email} bounced in the database (${cause.message}); the ledger records it as failed`);
          return false;
        });
      }
      if (state === "failed") result.failed.push(bounced ? { email, reason: outcome.reason, bounced } : { email, reason: outcome.reason });
      else if (state === "uncertain") result.uncertain.push({ email, reason: outcome.reason });
      else result.deferred.push({ email, reason: outcome.reason });
      if (outcome.kind === "auth" || outcome.kind === "unreachable") {
        result.notAttempted = queue.length - index - 1;
        return outcome.kind === "auth"
          ? `the SMTP server refused the login mid-run (${outcome.reason}): check the user and password. ${result.delivered} delivered in this run.`
          : `the SMTP server stopped answering (${outcome.reason}). ${result.delivered} delivered in this run.`;
      }
    }
    return undefined;
  } finally {
    progress.end();
    process.off("SIGINT", interrupt).off("SIGTERM", interrupt);
  }
}

function messageIdOf(raw: Buffer): string | undefined {
  const headers = raw.subarray(0, raw.indexOf("\r\n\r\n")).toString("utf8");
  return /^Message-ID:\s*(<[^>]+>)/im.exec(headers)?.[1];
}
