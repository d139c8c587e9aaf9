import nodemailer from "nodemailer";

/** What became of one message, after the retries. */
export type Outcome =
  | { kind: "sent"; response: string }
  /**
   * The server refused it for good (5xx): retrying the same message will not help. `addressRefused`: the
   * refusal was the answer to RCPT TO, so the address itself is refused (a bounce), not the message or sender.
   */
  | { kind: "failed"; reason: string; addressRefused?: boolean }
  /** Refused for now (4xx): safe to retry later, nothing was delivered. */
  | { kind: "deferred"; reason: string }
  /** No connection, or lost before the server took the message's text: safe to retry later. */
  | { kind: "unreachable"; reason: string }
  /** The connection was lost while the message's text went out or after: it may have been delivered. */
  | { kind: "uncertain"; reason: string }
  /** The server refused the login: nothing can be sent. */
  | { kind: "auth"; reason: string };

export type Refusal = Exclude<Outcome, { kind: "sent" }>;

export interface Delivery {
  /** Connect and log in once before anything is sent; undefined when all is well. */
  verify(): Promise<Refusal | undefined>;
  send(from: string, to: string, raw: Buffer): Promise<Outcome>;
  close(): void;
}

export interface DeliveryOptions {
  /** Attempts per message for temporary failures (4xx, no connection). */
  attempts: number;
  /** The first retry waits this long, each next one twice as long. */
  backoffMs: number;
}

/**
 * SMTP through nodemailer's pooled transport (one connection, reused), with retries and exponential backoff
 * for temporary failures. `smtp://` upgrades with STARTTLS when the server offers it; `smtps://` is TLS
 * from the start.
 */
export function smtpDelivery(url: string, options: DeliveryOptions): Delivery {
  // Whether the server said "354, send the data" in the current transaction: a connection lost before that
  // delivered nothing and is safe to retry; one lost after it may have delivered the message.
  let bodyAccepted = false;
  const transport = nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 1,
    // The pool would silently send a message again on a new connection when one drops mid-message; we
    // decide that ourselves, since the first copy may have arrived.
    maxRequeues: 0,
    // A password must not cross a network in clear; on this machine it never leaves it. The URL can say
    // otherwise (`?requireTLS=false`) for a relay on a trusted network.
    requireTLS: carriesPassword(url) && !isLoopback(url),
    // Commands and replies only (never the message, nor the password): read for the 354, printed nowhere.
    transactionLog: true,
    logger: replyWatcher((reply) => {
      if (/^354[ -]/.test(reply)) bodyAccepted = true;
    }),
  });
  return {
    async verify() {
      try {
        await transport.verify();
        return undefined;
      } catch (error) {
        return classify(error, false);
      }
    },
    async send(from, to, raw) {
      for (let attempt = 1; ; attempt++) {
        bodyAccepted = false;
        try {
          const info = await transport.sendMail({ envelope: { from, to: [to] }, raw });
          return { kind: "sent", response: redact(String(info.response ?? "")) };
        } catch (error) {
          const refusal = classify(error, bodyAccepted);
          const temporary = refusal.kind === "deferred" || refusal.kind === "unreachable";
          if (!temporary || attempt >= options.attempts) return refusal;
          await new Promise((resolve) => setTimeout(resolve, options.backoffMs * 2 ** (attempt - 1)));
        }
      }
    },
    close: () => transport.close(),
  };
}

/** A bunyan-style logger for nodemailer that hands on each server reply and drops everything else. */
function replyWatcher(onReply: (reply: string) => void) {
  const ignore = () => {};
  return {
    trace: ignore, info: ignore, warn: ignore, error: ignore, fatal: ignore,
    debug(entry?: unknown, message?: unknown) {
      if ((entry as { tnx?: string } | undefined)?.tnx === "server") onReply(String(message));
    },
  };
}

/** nodemailer's codes for a connection that failed or went silent, as opposed to a refusal. */
const CONNECTION_LOST = new Set(["ECONNECTION", "ETIMEDOUT", "ESOCKET", "EDNS", "ETLS", "EPROTOCOL"]);

function classify(error: unknown, bodyAccepted: boolean): Refusal {
  const { code, responseCode, response, message, command } = error as { code?: string; responseCode?: number; response?: string; message?: string; command?: string };
  const reason = redact(response || message || String(error));
  if (code === "EAUTH" || code === "ENOAUTH") return { kind: "auth", reason };
  if (responseCode && responseCode >= 500) return command === "RCPT TO" ? { kind: "failed", reason, addressRefused: true } : { kind: "failed", reason };
  if (responseCode && responseCode >= 400) return { kind: "deferred", reason };
  if (code && CONNECTION_LOST.has(code)) return bodyAccepted ? { kind: "uncertain", reason } : { kind: "unreachable", reason: `${code}: ${reason}` };
  // nodemailer refused the message itself (an address it cannot encode, say): the same would happen again.
  return { kind: "failed", reason: code ? `${code}: ${reason}` : reason };
}

function carriesPassword(url: string): boolean {
  try {
    return new URL(url).password !== "";
  } catch {
    return false;
  }
}

function isLoopback(url: string): boolean {
  try {
    return /^(localhost|127(\.\d+){3}|\[::1\])$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** `smtp://user:secret@host:587` → `smtp://user:***@host:587` (any scheme): passwords never reach output or files. */
export function redact(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*):[^@\s]*@/gi, "$1:***@");
}
