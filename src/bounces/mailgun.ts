import { createHmac, timingSafeEqual } from "node:crypto";
import { isValidAddress } from "../email/address.ts";
import type { RelayEvent } from "./events.ts";

/** Mailgun's signature is refused when older (or newer) than this: a captured call cannot be replayed later. */
const MAX_AGE_MS = 15 * 60_000;

export interface MailgunRefusal {
  status: 400 | 403;
  code: string;
  message: string;
}

/**
 * A Mailgun webhook call's event, once its signature is checked: HMAC-SHA256 of `timestamp` + `token` with
 * the webhook signing key, hex, in the body's `signature` object. `failed` with severity `permanent` is a
 * bounce, `temporary` a soft one; `complained` unsubscribes; other events carry none.
 */
export function mailgunEvents(body: unknown, signingKey: string, now: Date): RelayEvent[] | MailgunRefusal {
  const malformed = (message: string): MailgunRefusal => ({ status: 400, code: "not-a-mailgun-event", message });
  if (typeof body !== "object" || body === null) return malformed("the body is not a JSON object");
  const { signature, "event-data": event } = body as { signature?: Record<string, unknown>; "event-data"?: Record<string, unknown> };
  if (typeof signature !== "object" || signature === null) return malformed("no signature object");
  const { timestamp, token, signature: hex } = signature;
  if (typeof timestamp !== "string" || typeof token !== "string" || typeof hex !== "string") return malformed("the signature object needs timestamp, token and signature strings");
  if (typeof event !== "object" || event === null) return malformed("no event-data object");

  const expected = createHmac("sha256", signingKey).update(timestamp + token).digest();
  const given = /^[0-9a-f]{64}$/i.test(hex) ? Buffer.from(hex, "hex") : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { status: 403, code: "invalid-signature", message: "the signature does not match" };
  if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now.getTime() - Number(timestamp) * 1000) > MAX_AGE_MS) {
    return { status: 403, code: "stale-signature", message: "the signature's timestamp is not within 15 minutes of now" };
  }

  const recipient = typeof event.recipient === "string" ? event.recipient.trim() : "";
  if (!isValidAddress(recipient)) return event.event === "failed" || event.event === "complained" ? malformed("the event has no valid recipient") : [];
  if (event.event === "failed") {
    const status = (event["delivery-status"] ?? {}) as { code?: unknown; message?: unknown; description?: unknown };
    const words = [status.code, status.message || status.description].filter((part) => typeof part === "string" || typeof part === "number").join(" ").slice(0, 300);
    const reason = `mailgun ${String(event.severity)} ${String(event.reason ?? "")}${words ? ` ${words}` : ""}`.trim();
    return [{ email: recipient, kind: event.severity === "permanent" ? "bounce" : "soft-bounce", reason }];
  }
  if (event.event === "complained") return [{ email: recipient, kind: "complaint", reason: "mailgun complained" }];
  return [];
}
