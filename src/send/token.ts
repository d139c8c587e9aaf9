import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * The unsubscribe token: an HMAC over the list and the address, so a link unsubscribes only the reader it
 * was sent to. Your unsubscribe endpoint checks it with `verifyUnsubscribeToken`.
 */
export function unsubscribeToken(email: string, listId: string, secret: string): string {
  return createHmac("sha256", secret).update(`${listId}\n${email.trim().toLowerCase()}`).digest("base64url");
}

export function verifyUnsubscribeToken(email: string, listId: string, token: string, secret: string): boolean {
  const expected = Buffer.from(unsubscribeToken(email, listId, secret));
  const given = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** The settings' unsubscribe page with the reader's address and token. */
export function personalUnsubscribeUrl(baseUrl: string, email: string, token: string): string {
  const separator = baseUrl.includes("?") ? "&" : "?";
  return `${baseUrl}${separator}email=${encodeURIComponent(email)}&token=${token}`;
}
