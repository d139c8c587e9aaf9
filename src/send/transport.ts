import nodemailer from "nodemailer";

export type Outcome =
  | { kind: "sent"; messageId: string }
  | { kind: "failed"; reason: string } // the server refused it for good (5xx): do not retry
  | { kind: "deferred"; reason: string } // refused for now (4xx, dropped connection): safe to retry later
  | { kind: "auth"; reason: string }; // the server refused our credentials: stop everything

export type Refusal = Exclude<Outcome, { kind: "sent" }>;

export interface Delivery {
  /** Connect and log in once before sending anything; undefined when all is well. */
  verify(): Promise<Refusal | undefined>;
  send(from: string, to: string, raw: Buffer): Promise<Outcome>;
  close(): void;
}

export interface DeliveryOptions {
  /** Attempts per message for temporary failures. */
  attempts: number;
  /** The first retry waits this long; each next one twice as long. */
  backoffMs: number;
}

/** SMTP delivery through nodemailer's pooled transport, with retries and backoff for temporary failures. */
export function smtpDelivery(url: string, options: DeliveryOptions): Delivery {
  const transport = nodemailer.createTransport(url, { pool: true, maxConnections: 1 } as object);
  const classify = (error: unknown): Refusal => {
    const { code, responseCode, response, message } = error as { code?: string; responseCode?: number; response?: string; message?: string };
    const reason = redact(response ?? message ?? String(error));
    if (code === "EAUTH") return { kind: "auth", reason };
    if (responseCode && responseCode >= 500) return { kind: "failed", reason };
    return { kind: "deferred", reason };
  };
  return {
    async verify() {
      try {
        await transport.verify();
        return undefined;
      } catch (error) {
        return classify(error);
      }
    },
    async send(from, to, raw) {
      let outcome: Refusal = { kind: "deferred", reason: "not tried" };
      for (let attempt = 1; attempt <= options.attempts; attempt++) {
        try {
          const info = await transport.sendMail({ envelope: { from, to: [to] }, raw });
          return { kind: "sent", messageId: String(info.messageId ?? "") };
        } catch (error) {
          outcome = classify(error);
          if (outcome.kind !== "deferred" || attempt === options.attempts) return outcome;
          await new Promise((resolve) => setTimeout(resolve, options.backoffMs * 2 ** (attempt - 1)));
        }
      }
      return outcome;
    },
    close: () => transport.close(),
  };
}

/** `smtp://user:secret@host:587` → `smtp://user:***@host:587`: passwords never reach output or files. */
export function redact(text: string): string {
  return text.replace(/(smtps?:\/\/[^:/@\s]+):[^@\s]+@/gi, "$1:***@");
}
