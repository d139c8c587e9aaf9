import { createHmac, timingSafeEqual } from "node:crypto";
import { addressKey } from "../email/address.ts";

/**
 * The confirmation link's token: the address, when it was issued, and an HMAC-SHA256 of both and the list
 * id under a key derived from `LEDE_SECRET` for this purpose alone, so that no other token of Lede's (an
 * unsubscribe link's) can stand in for it. `<address, base64url>.<issued, seconds in base 36>.<mac>`.
 */
export function confirmToken(email: string, listId: string, issuedAt: Date, secret: string): string {
  const issued = Math.floor(issuedAt.getTime() / 1000);
  return `${Buffer.from(addressKey(email)).toString("base64url")}.${issued.toString(36)}.${mac(addressKey(email), issued, listId, secret)}`;
}

export type ConfirmTokenCheck =
  | { valid: true; email: string; issuedAt: Date }
  | { valid: false; reason: "forged" | "expired" };

/** Whether the token is one Lede issued for this list, and still within `validMs` of being issued. */
export function checkConfirmToken(token: unknown, listId: string, secret: string, now: Date, validMs: number): ConfirmTokenCheck {
  const parts = typeof token === "string" && token.length <= 600 ? /^([A-Za-z0-9_-]+)\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{43})$/.exec(token) : null;
  if (!parts || !secret) return { valid: false, reason: "forged" };
  const email = Buffer.from(parts[1]!, "base64url").toString("utf8");
  const issued = parseInt(parts[2]!, 36);
  const expected = Buffer.from(mac(email, issued, listId, secret));
  if (!timingSafeEqual(expected, Buffer.from(parts[3]!))) return { valid: false, reason: "forged" };
  const issuedAt = new Date(issued * 1000);
  // A minute of clock skew between two servers of the same list is not a forgery.
  if (issuedAt.getTime() > now.getTime() + 60_000 || now.getTime() - issuedAt.getTime() > validMs) return { valid: false, reason: "expired" };
  return { valid: true, email, issuedAt };
}

function mac(emailKey: string, issued: number, listId: string, secret: string): string {
  const key = createHmac("sha256", secret).update("lede: confirm a subscription").digest();
  return createHmac("sha256", key).update(`${listId}\n${emailKey}\n${issued}`).digest("base64url");
}
