import SMTPConnection from "nodemailer/lib/smtp-connection/index.js";
import { parseConnectionUrl } from "nodemailer/lib/shared/index.js";

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

/** A connection sends this many messages, then the next one opens a new connection (nodemailer's pool does the same). */
const MESSAGES_PER_CONNECTION = 100;

/**
 * One SMTP connection (nodemailer's SMTPConnection), opened when first needed, logged in, reused for
 * message after message, and opened again when the server closes it; with retries and exponential
 * backoff for temporary failures. `smtp://` upgrades with STARTTLS when the server offers it;
 * `smtps://` is TLS from the start. A run opens one per `--connections`.
 *
 * Not nodemailer's pooled transport: it composes every message again on its way out, which cost three
 * times the CPU of sending it (1.3 ms against 0.4 ms a message here), the most of any step of a send.
 */
export function smtpDelivery(url: string, options: DeliveryOptions): Delivery {
  // Whether the server said "354, send the data" in the current transaction: a connection lost before that
  // delivered nothing and is safe to retry; one lost after it may have delivered the message.
  let bodyAccepted = false;
  const { auth, ...parsed } = parseConnectionUrl(url) as SMTPConnection.Options & { auth?: { user: string; pass: string } };
  const settings: SMTPConnection.Options = {
    // A password must not cross a network in clear; on this machine it never leaves it. The URL can say
    // otherwise (`?requireTLS=false`) for a relay on a trusted network.
    requireTLS: carriesPassword(url) && !isLoopback(url),
    ...parsed,
    // Commands and replies only (never the message, nor the password): read for the 354, printed nowhere.
    transactionLog: true,
    logger: replyWatcher((reply) => {
      if (/^354[ -]/.test(reply)) bodyAccepted = true;
    }) as unknown as SMTPConnection.Options["logger"],
  };
  const login = auth && (auth.user || auth.pass) ? { user: auth.user, credentials: { user: auth.user, pass: auth.pass } } : undefined;
  let open: Promise<SMTPConnection> | undefined;
  let current: SMTPConnection | undefined;
  let sending = false;
  let sentHere = 0;

  const drop = (connection: SMTPConnection) => {
    if (current === connection) open = undefined;
    connection.close();
  };
  const connect = () =>
    (open ??= new Promise<SMTPConnection>((resolve, reject) => {
      const connection = new SMTPConnection(settings);
      current = connection;
      sentHere = 0;
      let ready = false;
      const fail = (error: Error) => {
        if (ready) return;
        ready = true;
        drop(connection);
        reject(error);
      };
      // An error while a message is on its way reaches its callback too; one between messages (the
      // server closed an idle connection) means the next message opens a new one.
      connection.on("error", (error: Error) => (ready ? !sending && drop(connection) : fail(error)));
      connection.once("end", () => (ready ? drop(connection) : fail(Object.assign(new Error("the server closed the connection"), { code: "ECONNECTION" }))));
      connection.connect((error?: Error | null) => {
        if (error) return fail(error);
        if (!login || !connection.allowsAuth) {
          ready = true;
          return resolve(connection);
        }
        connection.login(login, (refused?: Error | null) => {
          if (refused) return fail(refused);
          ready = true;
          resolve(connection);
        });
      });
    }));

  const sendOnce = async (from: string, to: string, raw: Buffer): Promise<string> => {
    const connection = await connect();
    sending = true;
    try {
      const info = await new Promise<SMTPConnection.SentMessageInfo>((resolve, reject) =>
        connection.send({ from, to: [to] }, raw, (error, sent) => (error ? reject(error) : resolve(sent))));
      if (++sentHere >= MESSAGES_PER_CONNECTION) {
        open = undefined;
        connection.quit();
      }
      return String(info.response ?? "");
    } catch (error) {
      const { code, responseCode } = error as { code?: string; responseCode?: number };
      // The server refused this message, and the connection is fine: start over on it.
      const refusedMessage = (code === "EENVELOPE" || code === "EMESSAGE") && responseCode !== 421;
      if (refusedMessage) await new Promise<void>((resolve) => connection.reset((failed?: Error | null) => resolve(void (failed && drop(connection)))));
      else drop(connection);
      throw error;
    } finally {
      sending = false;
    }
  };

  return {
    async verify() {
      try {
        await connect();
        return undefined;
      } catch (error) {
        return classify(error, false);
      }
    },
    async send(from, to, raw) {
      for (let attempt = 1; ; attempt++) {
        bodyAccepted = false;
        try {
          return { kind: "sent", response: redact(await sendOnce(from, to, raw)) };
        } catch (error) {
          const refusal = classify(error, bodyAccepted);
          const temporary = refusal.kind === "deferred" || refusal.kind === "unreachable";
          if (!temporary || attempt >= options.attempts) return refusal;
          await new Promise((resolve) => setTimeout(resolve, options.backoffMs * 2 ** (attempt - 1)));
        }
      }
    },
    close: () => {
      if (current) current.quit();
      open = undefined;
    },
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
